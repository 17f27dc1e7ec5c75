#include "client-cli/profile.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "client-cli/i18n.h"
#include "client-cli/output.h"
#include "client-cli/sentences.h"
#include "core/vault/format.h"

namespace relais::cli {
namespace {

// One line from stdin, read byte by byte so that nothing after it is consumed from the
// descriptor (the chat reads the rest).
std::optional<std::string> read_line_raw() {
  std::string line;
  char c;
  while (true) {
    const ssize_t n = ::read(STDIN_FILENO, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return line.empty() ? std::nullopt : std::optional(line);
    if (c == '\n') return line;
    if (line.size() < 4096) line.push_back(c);
  }
}

// The terminal's settings while echo is off, so that Ctrl-C at the prompt gives them back.
termios g_saved_termios{};

extern "C" void restore_echo_and_die(int sig) {
  ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved_termios);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

std::optional<std::string> prompt_no_echo(const std::string& prompt) {
  const bool tty = ::tcgetattr(STDIN_FILENO, &g_saved_termios) == 0;
  struct sigaction restore {
  }, old_int{}, old_term{};
  if (tty) {
    restore.sa_handler = restore_echo_and_die;
    ::sigaction(SIGINT, &restore, &old_int);
    ::sigaction(SIGTERM, &restore, &old_term);
    termios quiet = g_saved_termios;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::cerr << prompt << std::flush;
  auto line = read_line_raw();
  if (tty) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved_termios);
    ::sigaction(SIGINT, &old_int, nullptr);
    ::sigaction(SIGTERM, &old_term, nullptr);
  }
  if (line && !line->empty() && line->back() == '\r') line->pop_back();
  return line;
}

}  // namespace

Result<std::string> resolve_home(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("RELAIS_HOME"); env && *env) return std::string(env);
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.relais";
  return Error{Errc::invalid_argument,
               tr("No profile folder: give --home DIR or set RELAIS_HOME.")};
}

Result<std::string> read_passphrase(bool confirm) {
  if (const char* env = std::getenv("RELAIS_PASSPHRASE")) {
    if (!*env) return Error{Errc::invalid_argument, tr("RELAIS_PASSPHRASE is set but empty.")};
    return std::string(env);
  }
  if (!::isatty(STDIN_FILENO)) {
    return Error{Errc::invalid_argument,
                 tr("No passphrase: set RELAIS_PASSPHRASE or run relais in a terminal.")};
  }
  auto first =
      prompt_no_echo(confirm ? tr("New passphrase for this profile: ") : tr("Passphrase: "));
  if (!first || first->empty())
    return Error{Errc::invalid_argument, tr("The passphrase is empty.")};
  if (confirm) {
    auto again = prompt_no_echo(tr("The same passphrase again: "));
    if (!again || *again != *first) {
      return Error{Errc::invalid_argument, tr("The two passphrases differ.")};
    }
  }
  return *first;
}

Result<std::unique_ptr<profile::Host>> open_profile(const std::string& home) {
  // Before asking for a passphrase: there may be nothing to open.
  if (!profile::exists(home)) {
    return Error{Errc::not_found, profile_sentence(Errc::not_found, home)};
  }
  RELAIS_TRY_ASSIGN(std::string passphrase, read_passphrase(false));
  auto host = profile::Host::open(home, passphrase);
  vault::wipe(passphrase);
  if (host) {
    // The languages the relay offered last time (a turned-off one falls back), before any
    // sentence of the command.
    const std::string off = follow_relay_languages((*host)->engine().relay_languages());
    if (!off.empty()) std::cerr << "relais: " << language_off_sentence(off) << "\n";
    return host;
  }
  // The profile exists: not_found now means it never finished registering.
  const Errc code = host.error().code;
  return Error{code, code == Errc::not_found ? tr("The profile in {1} is not registered.", home)
                                             : profile_sentence(code, home)};
}

Status save_profile(profile::Host& host) {
  if (auto st = host.save(); !st) {
    const Errc code = st.error().code;
    return Error{
        code, tr("The profile in {1} could not be saved: {2}.", host.home(), disk_sentence(code))};
  }
  return ok_status();
}

}  // namespace relais::cli
