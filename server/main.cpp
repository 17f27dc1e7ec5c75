// relaisd: parses its options and hands over to the relay library.
#include <cstdio>
#include <string>
#include <vector>

#include "server/net/relaisd.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return relais::server::relaisd_main(args);
}
