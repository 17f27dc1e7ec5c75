// relais_loadgen: a load generator for the relay's one-to-one protocol and its room fan-out (see
// bench/loadgen_*.h and docs/benchmarks.md). Loopback only.
#include <boost/json/serialize.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "bench/loadgen_options.h"
#include "bench/loadgen_room.h"
#include "bench/loadgen_run.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto options = relais::bench::parse_loadgen_options(args);
  if (!options.ok()) {
    std::cerr << "relais_loadgen: " << options.error().message << '\n';
    return 2;
  }
  if (options->help) {
    std::cout << options->help_text;
    return 0;
  }
  std::string command = "relais_loadgen";
  for (const auto& a : args) command += " " + a;
  auto report = options->room_mode()   ? relais::bench::run_room(*options, command)
                : options->idle_mode() ? relais::bench::run_idle(*options, command)
                                       : relais::bench::run_load(*options, command);
  if (!report.ok()) {
    std::cerr << "relais_loadgen: " << report.error().message << '\n';
    return 1;
  }
  if (options->json) {
    std::cout << boost::json::serialize(*report) << std::endl;
  } else {
    std::cout << relais::bench::render_text(*report);
  }
  return 0;
}
