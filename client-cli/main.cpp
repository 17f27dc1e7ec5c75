// relais: the terminal client. Everything is in relais_cli; see client-cli/cli.h.
#include <iostream>
#include <string>
#include <vector>

#include "client-cli/cli.h"
#include "core/wire/frames.h"

int main(int argc, char** argv) {
  relais::wire::silence_protobuf_logging();
  std::vector<std::string> args(argv + 1, argv + argc);
  return relais::cli::run(args, std::cout, std::cerr);
}
