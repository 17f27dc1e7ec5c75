// relais: the terminal client. Everything is in relais_cli; see client-cli/cli.h.
#include <iostream>
#include <string>
#include <vector>

#include "client-cli/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return relais::cli::run(args, std::cout, std::cerr);
}
