// The two runs of relais_loadgen, each returning its report as one JSON object:
// load mode (throughput and latency of one-to-one sends) and idle mode (relay memory per idle
// authenticated connection).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "bench/loadgen_options.h"
#include "core/base/result.h"

namespace relais::bench {

// `command` is the command line, recorded in the report.
Result<boost::json::object> run_load(const LoadgenOptions& options, const std::string& command);
Result<boost::json::object> run_idle(const LoadgenOptions& options, const std::string& command);

// The report as a few lines for a person.
std::string render_text(const boost::json::object& report);

}  // namespace relais::bench
