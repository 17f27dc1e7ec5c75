// The relay's log: one line per event on stderr (journald adds the time), with a level.
// By rule a log line never holds an account id, an address, a pseudonym or a payload: the
// call sites pass only fixed words and counts, and an end-to-end test greps a whole log.
#pragma once

#include <sstream>
#include <string_view>

namespace relais::server::log {

enum class Level { debug = 0, info = 1, warn = 2, error = 3 };

void set_level(Level level);
bool parse_level(std::string_view text, Level& out);
bool enabled(Level level);
void write(Level level, std::string_view line);

class Line {
 public:
  explicit Line(Level level) : level_(level) {}
  ~Line() { write(level_, out_.str()); }
  template <class T>
  Line& operator<<(const T& value) {
    out_ << value;
    return *this;
  }

 private:
  Level level_;
  std::ostringstream out_;
};

}  // namespace relais::server::log

// A for loop rather than if/else: safe inside an unbraced if without a dangling else.
#define RELAIS_LOG(lvl)                                                                   \
  for (bool relais_log_on = ::relais::server::log::enabled(::relais::server::log::Level::lvl); \
       relais_log_on; relais_log_on = false)                                              \
  ::relais::server::log::Line(::relais::server::log::Level::lvl)
