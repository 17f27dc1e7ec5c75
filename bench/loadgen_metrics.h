// The relay's Prometheus page (relaisd --metrics HOST:PORT), read at the start and the end of the
// measured window: the store's commits per WAL sync (the group-commit factor) and commit latency
// come from the relay itself rather than from guesses.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::bench {

// Series name with its labels as written ("relais_errors_total{code=\"RATE_LIMITED\"}") -> value.
using MetricSample = std::map<std::string, double>;

// Reads Prometheus text exposition; comments and malformed lines are skipped.
MetricSample parse_prometheus(std::string_view text);

// GET http://127.0.0.1:PORT/metrics. Errc::unavailable when it cannot be read in time.
Result<MetricSample> scrape_metrics(uint16_t port, std::chrono::milliseconds timeout);

// A TCP port on 127.0.0.1 that was free a moment ago (for the started relay's metrics).
uint16_t free_loopback_port();

// `after - before` for one series (0 when absent from either).
double metric_delta(const MetricSample& before, const MetricSample& after, const std::string& name);

}  // namespace relais::bench
