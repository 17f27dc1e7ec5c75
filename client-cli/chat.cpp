// `relais chat`: the interactive mode. One Asio loop reads the terminal and the relay, so
// messages appear while the person types. Lines fit an 80-column terminal.
#include <unistd.h>

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/streambuf.hpp>
#include <map>
#include <optional>
#include <sstream>

#include "client-cli/cli.h"
#include "client-cli/i18n.h"
#include "client-cli/output.h"
#include "client-cli/profile.h"
#include "client-cli/relay_link.h"
#include "client-cli/sentences.h"
#include "core/base/encoding.h"
#include "core/engine/marks.h"

namespace relais::cli {
namespace {

namespace asio = boost::asio;
using engine::Event;
namespace event = engine::event;

constexpr size_t kMaxLineBytes = 64 * 1024;
constexpr size_t kNameColumn = 24;
constexpr size_t kShownOnOpen = 10;

std::string clock_time(uint64_t ms) {
  return local_time(ms).substr(11);
}  // "HH:MM"

// Cuts a display name to `width` bytes without splitting a UTF-8 sequence.
std::string fit(std::string s, size_t width) {
  if (s.size() <= width) return s + std::string(width - s.size(), ' ');
  size_t cut = width - 1;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "~";
}

const char* kHelp =
    N_("Commands:\n"
       "  /list              the conversations, numbered\n"
       "  /open NAME|NUMBER  talk in a conversation (a contact's name or a number from /list)\n"
       "  /add NAME ID       add a contact\n"
       "  /safety            the safety number of the open conversation\n"
       "  /verify            after comparing it: they are who they say (a badge)\n"
       "  /accept-key        write to a changed identity key without comparing\n"
       "  /whoami            your id, to give to the people who should write to you\n"
       "  /quit              leave (Ctrl-D too)\n"
       "Anything else is sent to the open conversation.\n");

// With --json, stdout carries only JSON lines (messages as `sync` prints them, confirmations as
// `send` does) and everything meant for a person goes to stderr: a script can drive the chat.
class ChatScreen {
 public:
  ChatScreen(profile::Host& host, RelayLink& link, asio::io_context& io, std::ostream& out,
             std::ostream& err, bool json)
      : host_(host),
        link_(link),
        in_(io),
        out_(json ? err : out),
        printer_(out, json),
        json_(json),
        tty_(!json && ::isatty(STDOUT_FILENO) && ::isatty(STDIN_FILENO)),
        input_(kMaxLineBytes) {}

  ~ChatScreen() {
    boost::system::error_code ignored;
    in_.close(ignored);  // our duplicate of stdin
  }

  Status start() {
    const int fd = ::dup(STDIN_FILENO);
    boost::system::error_code ec;
    if (fd >= 0) in_.assign(fd, ec);
    if (fd < 0 || ec) {
      if (fd >= 0) ::close(fd);
      return Error{Errc::io, tr("The chat cannot read its standard input.")};
    }
    out_ << tr("Relais - you are {1}. Connecting to {2}...", terminal_safe(engine().name()),
               terminal_safe(engine().server_url()))
         << "\n"
         << std::flush;
    read_line();
    return ok_status();
  }

  void on_event(const Event& e) {
    if (std::holds_alternative<event::BacklogComplete>(e) && !ready_) {
      ready_ = true;
      std::ostringstream s;
      s << tr("Connected. Type /help for the commands.") << "\n";
      list(s);
      auto unread = host_.command([](engine::Engine& en) { return en.take_unread(); });
      if (json_) {
        say(s.str());
        for (const auto& m : unread) print_json(m);
      } else {
        if (!unread.empty()) s << tr("New messages:") << "\n";
        for (const auto& m : unread) s << format(m) << "\n";
        say(s.str());
      }
      leave_if_asked();
    } else if (auto* r = std::get_if<event::MessageReceived>(&e); r && ready_) {
      host_.command([](engine::Engine& en) { (void)en.take_unread(); });  // shown right now
      if (json_) return print_json(r->message);
      say(format(r->message) + "\n");
    } else if (auto* s = std::get_if<event::MessageSent>(&e)) {
      auto it = pending_.find(s->request);
      if (it == pending_.end()) return;
      const auto [peer, text] = it->second;
      pending_.erase(it);
      if (json_) {
        printer_.sent(name_of(peer, false), peer.text(), to_hex(s->message_id), s->server_time_ms);
      } else {
        say("[" + clock_time(s->server_time_ms) + "] " + tr("me -> {1}", name_of(peer)) + ": " +
            terminal_safe(text) + "\n");
      }
      leave_if_asked();
    } else if (auto* f = std::get_if<event::RequestFailed>(&e)) {
      auto it = pending_.find(f->request);
      if (it == pending_.end()) return;
      say(tr("Not sent to {1}: {2}\n", name_of(it->second.first), sentence(f->failure)));
      pending_.erase(it);
      leave_if_asked();
    }
  }

  // Ctrl-C: leave as /quit does; a second one leaves without waiting for confirmations.
  void interrupted() {
    if (leaving_) return link_.finish();
    if (!json_) out_ << "\n";
    leave();
    if (!pending_.empty())
      say(tr("Waiting for the relay to confirm; Ctrl-C again to leave now.\n"));
  }

 private:
  void read_line() {
    asio::async_read_until(in_, input_, '\n', [this](boost::system::error_code ec, size_t n) {
      if (ec == asio::error::not_found) {
        say(tr("That line is too long; it was not sent.\n"));
        input_.consume(input_.size());
        return read_line();
      }
      if (ec) {
        // Ctrl-D or the end of piped input: send what is queued, then leave.
        if (input_.size() > 0) {
          std::string rest(asio::buffers_begin(input_.data()), asio::buffers_end(input_.data()));
          input_.consume(input_.size());
          on_line(rest);
        }
        return leave();
      }
      std::string line(asio::buffers_begin(input_.data()),
                       asio::buffers_begin(input_.data()) + static_cast<long>(n) - 1);
      input_.consume(n);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      on_line(line);
      if (!link_.done() && !leaving_) read_line();
    });
  }

  // Leaves once connected and every message typed so far is confirmed (or refused), so that
  // `printf '/open bob\nhello\n' | relais chat` sends before it quits.
  void leave() {
    leaving_ = true;
    in_.cancel();
    leave_if_asked();
  }
  void leave_if_asked() {
    if (leaving_ && ready_ && pending_.empty()) link_.finish();
  }

  void on_line(const std::string& line) {
    if (leaving_) return;
    if (line.empty()) return prompt();
    if (line[0] != '/') return send(line);
    std::istringstream words(line);
    std::string cmd, a, b;
    words >> cmd >> a >> b;
    if (cmd == "/quit" || cmd == "/q") return leave();
    if (cmd == "/help") return say(tr(kHelp));
    if (cmd == "/list") {
      std::ostringstream s;
      list(s);
      return say(s.str());
    }
    if (cmd == "/whoami") {
      return say(tr("You are {1}, id {2}\n", terminal_safe(engine().name()),
                    engine().account_id().text()));
    }
    if (cmd == "/open") return open(line.size() > 6 ? line.substr(6) : "");
    if (cmd == "/add") {
      auto id = AccountId::from_text(b);
      if (a.empty() || !id)
        return say(tr("Usage: /add NAME ID (the id has 26 letters and digits)\n"));
      if (auto added = host_.command([&](engine::Engine& e) { return e.add_contact(a, *id); });
          !added) {
        return say(sentence(added.failure()) + "\n");
      }
      return say(tr("Added {1}.\n", terminal_safe(a)));
    }
    if (cmd == "/safety") {
      if (!current_) return say(tr("Open a conversation first.\n"));
      auto digits = engine().safety_number(*current_);
      if (!digits) return say(tr("No safety number yet: exchange a message first.\n"));
      return say(
          tr("Safety number with {1}:\n{2}\nIf they read you the same digits (in person, or by a "
             "call where you know their voice), you are really writing to them: type /verify.\n",
             name_of(*current_), group_digits(*digits, "    ")));
    }
    if (cmd == "/verify" || cmd == "/accept-key") {
      if (!current_) return say(tr("Open a conversation first.\n"));
      const AccountId peer = *current_;
      if (auto st = host_.command([&](engine::Engine& e) {
            return cmd == "/verify" ? e.verify(peer) : e.accept_key(peer);
          });
          !st) {
        return say(sentence(engine::Problem::no_safety_number) + "\n");
      }
      return say(cmd == "/verify" ? name_of(peer) + "\n"
                                  : tr("{1}: messages go to the new key.\n", name_of(peer)));
    }
    say(tr("Unknown command {1}; /help lists them.\n", terminal_safe(cmd)));
  }

  void send(const std::string& text) {
    if (!current_) return say(tr("Open a conversation first: /open NAME (see /list).\n"));
    if (engine().person(*current_).key_changed) {
      return say(
          tr("Not sent: the identity key of {1} changed. It may be a new phone, or someone else. "
             "Compare the safety number (/safety), then /verify; or /accept-key to write to the "
             "new key anyway.\n",
             name_of(*current_)));
    }
    // Pending before the turn hands on the answer, which may come at once.
    auto r = host_.command([&](engine::Engine& e) {
      auto sent = e.send_text(*current_, text, now_ms());
      if (sent) pending_[*sent] = {*current_, text};
      return sent;
    });
    if (!r) return say(sentence(r.failure()) + "\n");
    prompt();
  }

  void open(std::string which) {
    while (!which.empty() && which.front() == ' ') which.erase(0, 1);
    std::optional<AccountId> peer;
    if (!which.empty() &&
        std::all_of(which.begin(), which.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const size_t n = std::stoul(which.substr(0, 6));
      if (listed_.empty()) {
        for (const auto& row : rows()) listed_.push_back(row.peer);
      }
      if (n >= 1 && n <= listed_.size()) peer = listed_[n - 1];
    } else if (auto id = engine().find_contact(which)) {
      peer = *id;
    }
    if (!peer) return say(tr("No such conversation; /list shows them, /add adds a contact.\n"));
    current_ = *peer;
    std::vector<engine::Message> mine;
    for (const auto& m : engine().history()) {
      if (m.peer == *peer) mine.push_back(m);
    }
    std::ostringstream s;
    s << "-- " << name_of(*peer) << " --\n";
    const size_t from = mine.size() > kShownOnOpen ? mine.size() - kShownOnOpen : 0;
    for (size_t i = from; i < mine.size(); ++i) s << format(mine[i]) << "\n";
    say(s.str());
  }

  struct Row {
    AccountId peer;
    uint64_t last = 0;
    size_t unread = 0;
  };

  // Conversations by last activity, then contacts never written to.
  std::vector<Row> rows() const {
    std::map<AccountId, Row> by_peer;
    for (const auto& m : engine().history()) {
      auto& row = by_peer[m.peer];
      row.peer = m.peer;
      row.last = std::max(row.last, m.time_ms);
      row.unread += m.unread;
    }
    std::vector<Row> out;
    for (const auto& [peer, row] : by_peer) out.push_back(row);
    std::sort(out.begin(), out.end(), [](const Row& x, const Row& y) { return x.last > y.last; });
    for (const auto& c : engine().contacts()) {
      if (!by_peer.count(c.id)) out.push_back({c.id, 0, 0});
    }
    return out;
  }

  // At most 3 + 2 + 24 + 2 + 8 + 16 = 55 columns a line.
  void list(std::ostream& s) {
    const auto all = rows();
    listed_.clear();
    if (all.empty()) {
      s << tr("No conversations yet. Add a contact with /add NAME ID.") << "\n";
      return;
    }
    s << tr("Conversations:") << "\n";
    for (const auto& row : all) {
      listed_.push_back(row.peer);
      const std::string number = std::to_string(listed_.size());
      const std::string unread =
          row.unread ? trn("{1} new", "{1} new", row.unread, row.unread) : "";
      std::string line = std::string(number.size() < 3 ? 3 - number.size() : 0, ' ') + number +
                         "  " + fit(name_of(row.peer), kNameColumn) + "  " + unread +
                         std::string(unread.size() < 8 ? 8 - unread.size() : 0, ' ') +
                         (row.last ? local_time(row.last) : std::string());
      while (line.back() == ' ') line.pop_back();
      s << line << "\n";
    }
  }

  // A contact's name; else the pseudonym of their latest message, marked "~" as self-chosen;
  // with the mark of their identity key, the badge and the warnings.
  std::string name_of(const AccountId& peer, bool for_terminal = true) const {
    if (for_terminal) {
      Who who{engine().person(peer), {}};
      if (!who.person.looks_like.empty()) {
        const engine::Person other = engine().person(who.person.looks_like);
        who.looks_like = engine::marked(other.name, other.mark);
      }
      if (!who.person.name.empty()) return shown(who);
    }
    if (auto n = engine().contact_name(peer)) return for_terminal ? terminal_safe(*n) : *n;
    auto history = engine().history();
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
      if (it->peer == peer && !it->outgoing && !it->sender_name.empty()) {
        return for_terminal ? "~" + terminal_safe(it->sender_name) : it->sender_name;
      }
    }
    return peer.text();
  }

  void print_json(const engine::Message& m) {
    Who from{engine().person(m.peer), {}};
    if (from.person.name.empty()) from.person.name = m.sender_name;
    printer_.direct_message(from, m.text, m.time_ms);
  }

  std::string format(const engine::Message& m) const {
    const std::string who = m.outgoing ? tr("me -> {1}", name_of(m.peer)) : name_of(m.peer);
    std::string body = terminal_safe(m.text);
    for (size_t p = body.find('\n'); p != std::string::npos; p = body.find('\n', p + 1)) {
      body.insert(p + 1, "        ");
    }
    return "[" + clock_time(m.time_ms) + "] " + who + ": " + body;
  }

  // Prints above the prompt: on a terminal the half-typed line is redrawn after it.
  void say(const std::string& text) {
    if (tty_) out_ << "\r\x1b[K";
    out_ << text;
    prompt();
  }

  void prompt() {
    if (!tty_) return void(out_.flush());
    std::string who = current_ ? fit(name_of(*current_), 16) : std::string("relais");
    while (!who.empty() && who.back() == ' ') who.pop_back();
    out_ << who << "> " << std::flush;
  }

  const engine::Engine& engine() const { return host_.engine(); }

  profile::Host& host_;
  RelayLink& link_;
  asio::posix::stream_descriptor in_;
  std::ostream& out_;  // for people: stdout, or stderr with --json
  Printer printer_;
  bool json_;
  bool tty_;
  asio::streambuf input_;
  bool ready_ = false;    // the backlog is in
  bool leaving_ = false;  // /quit or the end of the input
  std::optional<AccountId> current_;
  std::vector<AccountId> listed_;
  std::map<engine::RequestId, std::pair<AccountId, std::string>> pending_;  // peer, text
};

}  // namespace

Status chat(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<profile::Host> host, open_profile(home));
  asio::io_context io;
  RelayLink link(io, *host, err);
  ChatScreen screen(*host, link, io, out, err, inv.json);
  link.on_event([&](const Event& e) { screen.on_event(e); });
  RELAIS_TRY(screen.start());
  asio::signal_set signals(io, SIGINT, SIGTERM);
  std::function<void()> watch = [&] {
    signals.async_wait([&](boost::system::error_code ec, int) {
      if (ec) return;
      screen.interrupted();
      watch();
    });
  };
  watch();
  RELAIS_TRY(link.run());
  (inv.json ? err : out) << "\n" << tr("Bye.") << "\n";
  return ok_status();
}

}  // namespace relais::cli
