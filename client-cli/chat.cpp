// `relais chat`: the interactive mode. One Asio loop reads the terminal and the relay, so
// messages appear while the person types: private conversations, rooms and a permanence's ticket.
//
// On a terminal the chat draws the line being typed itself (raw mode, LineEditor): an arriving
// message is printed above it, folded to the terminal's width, and the half-typed line is drawn
// again under it. Piped (a script, --json) it reads whole lines and draws nothing.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/streambuf.hpp>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "client-cli/cli.h"
#include "client-cli/i18n.h"
#include "client-cli/line_editor.h"
#include "client-cli/output.h"
#include "client-cli/profile.h"
#include "client-cli/relay_link.h"
#include "client-cli/screen_text.h"
#include "client-cli/sentences.h"
#include "core/base/encoding.h"
#include "core/engine/engine.h"
#include "core/engine/marks.h"
#include "core/engine/words.h"

namespace relais::cli {
namespace {

namespace asio = boost::asio;
using engine::Event;
namespace event = engine::event;

// Piped input: a line may be longer than a message, to be refused with a sentence.
constexpr size_t kMaxLineBytes = 2 * engine::kMaxTextBytes;
constexpr size_t kShownOnOpen = 10;
constexpr size_t kNameColumn = 24;
constexpr size_t kHangingIndent = 8;  // under the text of "[14:03] "
constexpr size_t kNoTerminalWidth = 80;

std::string clock_time(uint64_t ms) {
  return local_time(ms).substr(11);
}  // "HH:MM"

// `s` in `width` columns: cut (with "~") or padded, never inside a character.
std::string fit(const std::string& s, size_t width) {
  const size_t cols = columns(s);
  if (cols <= width) return s + std::string(width - cols, ' ');
  std::string cut(head(s, width - 1));
  return cut + "~" + std::string(width - 1 - columns(cut), ' ');
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

const char* kHelp =
    N_("Commands:\n"
       "  /rooms             the rooms, * before those you are in\n"
       "  /join CITY         join a room and write in it\n"
       "  /room CITY         write in a room you are in\n"
       "  /leave [CITY]      leave a room (the one open, without CITY)\n"
       "  /msg NAME|NUMBER   talk with a person (a name, name#mark, or a number from /list)\n"
       "  /list              the private conversations, numbered\n"
       "  /knock ORG [LANG]  ask to talk with an organisation's permanence (a ticket)\n"
       "  /ticket [TICKET]   follow your ticket at a permanence and write in it\n"
       "  /accept, /decline  answer your worker's offer to pass you to a colleague\n"
       "  /add NAME ID       add a contact\n"
       "  /safety            the safety number of the person you talk with\n"
       "  /verify            after comparing it: they are who they say (a badge)\n"
       "  /accept-key        write to a changed identity key without comparing\n"
       "  /whoami            your id, to give to the people who should write to you\n"
       "  /quit              leave (Ctrl-D too)\n"
       "Anything else is sent where you write now (shown before the >).\n");

// Where a typed line goes.
struct Target {
  enum class Kind { none, person, room, ticket };
  Kind kind = Kind::none;
  AccountId peer;    // person
  std::string name;  // room or ticket
};

// The terminal while the chat runs: keys arrive one by one and unechoed (the chat draws the
// line), Ctrl-C and Ctrl-Z arrive as keys. Put back as it was whatever ends the chat.
class RawTerminal {
 public:
  explicit RawTerminal(int fd) : fd_(fd) {
    if (::tcgetattr(fd_, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN | ISIG);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL | INLCR | ISTRIP);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    active_ = ::tcsetattr(fd_, TCSANOW, &raw) == 0;
    flags_ = ::fcntl(fd_, F_GETFL);
  }
  ~RawTerminal() { restore(); }
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;
  void restore() {
    if (active_) ::tcsetattr(fd_, TCSANOW, &saved_);
    // Asio made our duplicate non-blocking, and so the shell's terminal: not after us.
    if (active_ && flags_ >= 0) ::fcntl(fd_, F_SETFL, flags_);
    active_ = false;
  }

 private:
  int fd_;
  int flags_ = -1;
  termios saved_{};
  bool active_ = false;
};

size_t terminal_width(int fd) {
  winsize ws{};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return kNoTerminalWidth;
}

// A stream whose complete lines go to `deliver`: the relay link's warnings, printed above the
// line being typed rather than across it.
class LineSink : public std::streambuf {
 public:
  std::function<void(const std::string&)> deliver;

 protected:
  int overflow(int c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    pending_ += static_cast<char>(c);
    if (c == '\n') {
      if (deliver) deliver(pending_);
      pending_.clear();
    }
    return c;
  }

 private:
  std::string pending_;
};

// With --json, stdout carries only JSON lines (messages as `sync` prints them, confirmations as
// `send` and `say` do) and everything meant for a person goes to stderr: a script can drive it.
class ChatScreen {
 public:
  ChatScreen(profile::Host& host, RelayLink& link, asio::io_context& io, std::ostream& out,
             std::ostream& err, bool json, bool tty)
      : host_(host),
        link_(link),
        in_(io),
        out_(json ? err : out),
        printer_(out, json),
        json_(json),
        tty_(tty),
        width_(tty ? terminal_width(STDOUT_FILENO) : 0),
        editor_(kMaxLineBytes),
        input_(kMaxLineBytes) {
    printer_.people([this](const AccountId& id) { return who_of(id); });
  }

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
    say(tr("Relais - you are {1}. Connecting to {2}...", terminal_safe(engine().name()),
           terminal_safe(engine().server_url())));
    // A script's lines are read once connected (connected()); a person may type meanwhile.
    if (tty_) read_keys();
    return ok_status();
  }

  // The terminal changed size: later lines fold to the new width.
  void resized() {
    if (!tty_) return;
    width_ = terminal_width(STDOUT_FILENO);
    redraw();
  }

  // A warning of the relay link (one line).
  void warn(std::string line) {
    while (!line.empty() && line.back() == '\n') line.pop_back();
    say(line);
  }

  // Done: the line being typed leaves the screen with the chat.
  void close() {
    if (tty_) out_ << "\r\x1b[K" << std::flush;
  }

  void on_event(const Event& e) {
    handle(e);
    if (ready_) {
      for (const auto& line : std::exchange(early_, {})) on_line(line);
    }
    // A script's next line waits for the answer to a /join, /knock... (it may write there).
    if (paused_ && !busy() && !leaving_ && !link_.done()) {
      paused_ = false;
      read_line();
    }
    leave_if_asked();
  }

 private:
  void handle(const Event& e) {
    if (std::holds_alternative<event::BacklogComplete>(e) && !ready_) return connected();
    if (std::holds_alternative<event::MessageReceived>(e) && ready_) {
      for (const auto& m : host_.command([](engine::Engine& en) { return en.take_unread(); })) {
        show_message(m);
      }
      return;
    }
    if (std::holds_alternative<event::RoomItemReceived>(e) && ready_) {
      for (const auto& i :
           host_.command([](engine::Engine& en) { return en.take_room_unread(); })) {
        show_room_item(i);
      }
      return;
    }
    if (auto* s = std::get_if<event::MessageSent>(&e)) {
      return confirmed(s->request, s->server_time_ms, s->message_id, 0);
    }
    if (auto* p = std::get_if<event::RoomPosted>(&e)) {
      return confirmed(p->request, p->server_time_ms, {}, p->seq);
    }
    if (auto* f = std::get_if<event::RequestFailed>(&e)) return failed(*f);
    if (auto* r = std::get_if<event::RoomsListed>(&e)) return rooms_listed(*r);
    if (auto* m = std::get_if<event::IdentitiesLearned>(&e); m && asked(m->request)) {
      return show_unmarked();
    }
    if (auto* j = std::get_if<event::RoomJoined>(&e)) return joined(*j);
    if (auto* l = std::get_if<event::RoomLeft>(&e)) return left(*l);
    if (auto* d = std::get_if<event::Done>(&e); d && asked(d->request)) return;
    if (auto* ja = std::get_if<event::JoinAnswered>(&e)) {
      if (json_) return printer_.joined(ja->room);
      return say(ja->approved
                     ? tr("A moderator let you into {1}: /room {1} to write there.", ja->room)
                     : tr("A moderator refused your request to join {1}.", ja->room));
    }
    if (auto* r = std::get_if<event::RoomItemRemoved>(&e)) {
      return print([&](Printer& p) { p.room_removed(r->room, r->seq); });
    }
    if (auto* t = std::get_if<event::TicketUpdated>(&e)) {
      if (t->request != 0 && !asked(t->request)) return;
      if (t->request != 0 && last_ask_.first == Asked::knock && !t->ticket.ended) {
        target_ = {Target::Kind::ticket, {}, t->ticket.ticket};  // what one types goes there now
      }
      return ticket_state(t->ticket);
    }
    if (auto* l = std::get_if<event::LanguagesOffered>(&e); l && asked(l->request)) {
      if (json_) return printer_.languages_offered(*l);
      // The Printer's first sentence (the languages held), then what to do from the chat.
      std::ostringstream held;
      Printer(held, false).languages_offered(*l);
      std::string text = held.str().substr(0, held.str().find('\n'));
      text += "\n" + tr("Knock anyway: /knock {1} {2} --anyway", l->org, l->asked);
      if (l->can_leave_message) {
        text +=
            "\n" + tr("Or leave a message, after /quit: relais leave-message {1} \"...\"", l->org);
      }
      return say(text);
    }
    if (auto* tt = std::get_if<event::TicketTaken>(&e); tt && tt->request == 0) {
      return ticket_taken(tt->conversation);
    }
    if (auto* h = std::get_if<event::HandoffOffered>(&e)) {
      if (json_) return printer_.handoff_offered(h->ticket, h->to_worker.text(), h->name);
      // A colleague this device knows no name for is "a colleague": no id, no mark.
      return say(h->name.empty()
                     ? tr("Your worker proposes to pass your conversation (ticket {1}) to a "
                          "colleague: /accept, or /decline.",
                          h->ticket)
                     : tr("Your worker proposes to pass your conversation (ticket {1}) to a "
                          "colleague, {2}: /accept, or /decline.",
                          h->ticket, colleague_name(h->name, h->to_worker)));
    }
    if (auto* tc = std::get_if<event::TicketClosed>(&e)) {
      if (target_.kind == Target::Kind::ticket && target_.name == tc->ticket) target_ = {};
      return print([&](Printer& p) { p.ticket_closed(tc->ticket, tc->reason); });
    }
    if (auto* dc = std::get_if<event::DoorClosed>(&e);
        dc && (dc->request == 0 || asked(dc->request))) {
      return print([&](Printer& p) { p.door_closed(dc->closed); });
    }
    if (auto* n = std::get_if<event::PermanenceNotice>(&e)) {
      return print([&](Printer& p) { p.permanence_notice(*n); });
    }
  }

 public:
  // Ctrl-C: leave as /quit does; a second one leaves without waiting for confirmations.
  void interrupted() {
    if (leaving_) return link_.finish();
    leave();
    if (!pending_.empty()) {
      say(tr("Waiting for the relay to confirm; Ctrl-C again to leave now."));
    }
  }

 private:
  // ---- Input

  void read_keys() {
    in_.async_read_some(asio::buffer(keys_), [this](boost::system::error_code ec, size_t n) {
      if (ec) return leave();  // the terminal went away
      const LineEditor::Typed t = editor_.feed(std::string_view(keys_.data(), n));
      for (const auto& line : t.lines) {
        if (line.cut) {
          say(too_long());
          continue;
        }
        on_line(line.text);
      }
      if (t.interrupted) {
        if (!editor_.line().empty()) {
          editor_.clear();  // Ctrl-C on a half-typed line drops the line, as in a shell
        } else {
          interrupted();
        }
      }
      if (t.end) leave();
      if (t.changed || t.interrupted) redraw();
      if (!link_.done() && !leaving_) read_keys();
    });
  }

  void read_line() {
    asio::async_read_until(in_, input_, '\n', [this](boost::system::error_code ec, size_t n) {
      if (ec == asio::error::not_found) {
        say(too_long());
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
      if (link_.done() || leaving_) return;
      if (busy()) {
        paused_ = true;
      } else {
        read_line();
      }
    });
  }

  static std::string too_long() {
    return tr("That line is longer than {1} KiB, the most a message can carry; nothing was sent.",
              engine::kMaxTextBytes / 1024);
  }

  // Leaves once connected and every message typed so far is confirmed (or refused), so that
  // `printf '/msg bob\nhello\n' | relais chat` sends before it quits.
  void leave() {
    leaving_ = true;
    in_.cancel();
    leave_if_asked();
  }
  void leave_if_asked() {
    if (leaving_ && ready_ && pending_.empty() && !busy()) link_.finish();
  }
  // Waiting for the answer to one of the person's commands (not the quiet listing of rooms).
  bool busy() const {
    return std::any_of(asks_.begin(), asks_.end(), [](const auto& a) {
      return a.second.first != Asked::rooms_quietly && a.second.first != Asked::marks;
    });
  }

  void on_line(const std::string& line) {
    if (leaving_) return;
    if (line.empty()) return;
    if (!ready_ && line != "/quit" && line != "/q") {
      early_.push_back(line);  // typed before the relay answered: done once connected
      return;
    }
    if (line[0] != '/') return send(line);
    std::istringstream words(line);
    std::string cmd, a, b;
    words >> cmd >> a >> b;
    const std::string rest = [&] {
      const size_t space = line.find(' ');
      std::string r = space == std::string::npos ? "" : line.substr(space + 1);
      while (!r.empty() && r.front() == ' ') r.erase(0, 1);
      while (!r.empty() && r.back() == ' ') r.pop_back();
      return r;
    }();
    if (cmd == "/quit" || cmd == "/q") return leave();
    if (cmd == "/help") return say(tr(kHelp));
    if (cmd == "/list") return say(conversation_list());
    if (cmd == "/rooms") {
      return ask(Asked::rooms, {}, [](engine::Engine& e) { return e.list_rooms(); });
    }
    if (cmd == "/join") {
      if (a.empty()) return say(tr("Usage: /join CITY (/rooms lists them)"));
      const std::string room = room_of(rest);
      return ask(Asked::join, room, [&](engine::Engine& e) { return e.join_room(room); });
    }
    if (cmd == "/leave") {
      std::string room = a.empty() ? std::string() : room_of(rest);
      if (room.empty() && target_.kind == Target::Kind::room) room = target_.name;
      if (room.empty()) return say(tr("Usage: /leave CITY (or /room CITY first)"));
      return ask(Asked::leave, room, [&](engine::Engine& e) { return e.leave_room(room); });
    }
    if (cmd == "/room") {
      if (a.empty()) return say(tr("Usage: /room CITY (/rooms lists them)"));
      return open_room(room_of(rest));
    }
    if (cmd == "/msg" || cmd == "/open") return open(rest);
    if (cmd == "/ticket") return follow_ticket(a);
    if (cmd == "/knock") {
      if (a.empty()) return say(tr("Usage: /knock ORG [LANG] (relais permanences lists them)"));
      const std::string language = b.empty() ? std::string(data_language()) : b;
      const bool anyway = line.find(" --anyway") != std::string::npos;
      return ask(Asked::knock, a, [&](engine::Engine& e) { return e.knock(a, language, anyway); });
    }
    if (cmd == "/accept" || cmd == "/decline") return answer_handoff(cmd == "/accept");
    if (cmd == "/whoami") {
      return say(
          tr("You are {1}, id {2}", terminal_safe(engine().name()), engine().account_id().text()));
    }
    if (cmd == "/add") {
      auto id = AccountId::from_text(b);
      if (a.empty() || !id)
        return say(tr("Usage: /add NAME ID (the id has 26 letters and digits)"));
      if (auto added = host_.command([&](engine::Engine& e) { return e.add_contact(a, *id); });
          !added) {
        return say(sentence(added.failure()));
      }
      return say(tr("Added {1}.", terminal_safe(a)));
    }
    if (cmd == "/safety") {
      if (target_.kind != Target::Kind::person)
        return say(tr("Open a conversation first: /msg NAME."));
      auto digits = engine().safety_number(target_.peer);
      if (!digits) return say(tr("No safety number yet: exchange a message first."));
      return say(
          tr("Safety number with {1}:\n{2}\nIf they read you the same digits (in person, or by a "
             "call where you know their voice), you are really writing to them: type /verify.\n",
             name_of(target_.peer), group_digits(*digits, "    ")));
    }
    if (cmd == "/verify" || cmd == "/accept-key") {
      if (target_.kind != Target::Kind::person)
        return say(tr("Open a conversation first: /msg NAME."));
      const AccountId peer = target_.peer;
      if (auto st = host_.command([&](engine::Engine& e) {
            return cmd == "/verify" ? e.verify(peer) : e.accept_key(peer);
          });
          !st) {
        return say(sentence(engine::Problem::no_safety_number));
      }
      return say(cmd == "/verify" ? name_of(peer)
                                  : tr("{1}: messages go to the new key.", name_of(peer)));
    }
    say(tr("Unknown command {1}; /help lists them.", printable(cmd, false)));
  }

  // ---- Writing

  void send(const std::string& text) {
    if (text.size() > engine::kMaxTextBytes) return say(too_long());
    engine::Checked<engine::RequestId> r = engine::failure(engine::Problem::empty_text);
    switch (target_.kind) {
      case Target::Kind::none:
        return say(
            tr("Choose where to write first: /join CITY or /room CITY for a room, /msg NAME "
               "for a person, /ticket for your ticket."));
      case Target::Kind::person:
        if (engine().person(target_.peer).key_changed) {
          return say(tr(
              "Not sent: the identity key of {1} changed. It may be a new phone, or someone else. "
              "Compare the safety number (/safety), then /verify; or /accept-key to write to the "
              "new key anyway.",
              name_of(target_.peer)));
        }
        r = remember(text,
                     [&](engine::Engine& e) { return e.send_text(target_.peer, text, now_ms()); });
        break;
      case Target::Kind::room:
        r = remember(text, [&](engine::Engine& e) { return e.say(target_.name, text, now_ms()); });
        break;
      case Target::Kind::ticket:
        r = remember(text,
                     [&](engine::Engine& e) { return e.ticket_say(target_.name, text, now_ms()); });
        break;
    }
    if (!r) say(sentence(r.failure()));
  }

  // Pending before the turn hands on the answer, which may come at once.
  template <typename F>
  engine::Checked<engine::RequestId> remember(const std::string& text, F&& command) {
    return host_.command([&](engine::Engine& e) {
      auto sent = command(e);
      if (sent) pending_[*sent] = {target_, text};
      return sent;
    });
  }

  // The relay has the line: shown once, now, with the relay's time.
  void confirmed(engine::RequestId request, uint64_t server_time_ms, const std::string& message_id,
                 uint64_t seq) {
    auto it = pending_.find(request);
    if (it == pending_.end()) return;
    const auto [to, text] = it->second;
    pending_.erase(it);
    if (!message_id.empty()) shown_messages_.insert(message_id);
    const std::string id_hex = to_hex(message_id);
    if (seq != 0) shown_items_.insert({to.name, seq});
    const std::string at = "[" + clock_time(server_time_ms) + "] ";
    switch (to.kind) {
      case Target::Kind::person:
        if (json_) {
          printer_.sent(plain_name(to.peer), to.peer.text(), id_hex, server_time_ms);
        } else {
          show(at + tr("me -> {1}", name_of(to.peer)) + ": ", text);
        }
        break;
      case Target::Kind::room:
        if (json_) {
          printer_.said(to.name, seq, server_time_ms);
        } else {
          show(at + "#" + to.name + " " + tr("me") + ": ", text);
        }
        break;
      case Target::Kind::ticket:
        if (json_) {
          printer_.sent("ticket " + to.name, {}, id_hex, server_time_ms);
        } else {
          show(at + tr("ticket {1}", to.name) + " " + tr("me") + ": ", text);
        }
        break;
      case Target::Kind::none:
        break;
    }
    leave_if_asked();
  }

  void failed(const event::RequestFailed& f) {
    if (auto it = pending_.find(f.request); it != pending_.end()) {
      const Target to = it->second.first;
      pending_.erase(it);
      const std::string where = to.kind == Target::Kind::person ? name_of(to.peer)
                                : to.kind == Target::Kind::room ? "#" + to.name
                                                                : tr("ticket {1}", to.name);
      say(tr("Not sent to {1}: {2}", where, sentence(f.failure)));
      return leave_if_asked();
    }
    if (!asked(f.request)) return;
    if (last_ask_.first == Asked::marks) return show_unmarked();  // shown by id, then
    say(sentence(f.failure));
  }

  // ---- Requests whose answer the screen waits for

  enum class Asked { rooms, rooms_quietly, join, leave, ticket, handoff, knock, marks };
  // Remembered inside the command's turn: an answer given at once (not connected) finds it.
  template <typename F>
  void ask(Asked what, const std::string& about, F&& command) {
    host_.command([&](engine::Engine& e) { asks_[command(e)] = {what, about}; });
  }
  // Whether `r` was one of the screen's (then forgotten).
  bool asked(engine::RequestId r) {
    auto it = asks_.find(r);
    if (it == asks_.end()) return false;
    last_ask_ = it->second;
    asks_.erase(it);
    return true;
  }

  void rooms_listed(const event::RoomsListed& l) {
    if (!asked(l.request)) return;
    rooms_ = l.rooms;
    if (last_ask_.first == Asked::rooms_quietly) return;
    if (json_) {
      for (const auto& r : l.rooms) {
        printer_.room(r.room, room_name(r), engine::word(r.policy), r.members, r.joined);
      }
      return;
    }
    std::string s = tr("Rooms (* you are in):") + "\n";
    for (const auto& r : l.rooms) {
      s += (r.joined ? "* " : "  ") + fit(r.room, 12) + " " + terminal_safe(room_name(r)) + " (" +
           trn("{1} member", "{1} members", r.members, r.members) + ")\n";
    }
    s += tr("/join CITY to join one, /room CITY to write in one you are in.");
    say(s);
  }

  void joined(const event::RoomJoined& j) {
    if (!asked(j.request)) return;
    if (json_) {
      printer_.joined(j.room, j.pending);
    } else if (j.pending) {
      return say(tr("Asked to join {1}; a moderator will answer.", j.room));
    } else {
      say(tr("Joined {1}.", j.room));
    }
    if (!j.pending) open_room(j.room);
  }

  void left(const event::RoomLeft& l) {
    if (!asked(l.request)) return;
    if (target_.kind == Target::Kind::room && target_.name == l.room) target_ = {};
    if (json_) return printer_.left(l.room);
    say(tr("Left {1}.", l.room));
  }

  // ---- Where one writes

  void open(std::string which) {
    std::optional<AccountId> peer;
    if (!which.empty() &&
        std::all_of(which.begin(), which.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const size_t n = std::stoul(which.substr(0, 6));
      if (listed_.empty()) {
        for (const auto& row : rows()) listed_.push_back(row.peer);
      }
      if (n >= 1 && n <= listed_.size()) peer = listed_[n - 1];
    } else if (!which.empty()) {
      const auto people = engine().people_named(which);
      if (people.size() > 1) {
        std::string names;
        for (const auto& p : people) {
          names += (names.empty() ? "" : ", ") + terminal_safe(engine::marked(p.name, p.mark));
        }
        return say(tr("{1} is the name of {2} people: {3}. Say which with the mark, as in {4}.",
                      terminal_safe(which), people.size(), names,
                      terminal_safe(engine::marked(people[0].name, people[0].mark))));
      }
      if (people.size() == 1) peer = people[0].id;
    }
    if (!peer) return say(tr("No such conversation; /list shows them, /add adds a contact."));
    target_ = {Target::Kind::person, *peer, {}};
    std::vector<engine::Message> mine;
    for (const auto& m : engine().history()) {
      if (m.peer == *peer && m.ticket.empty() && m.org.empty() &&
          !shown_messages_.count(m.message_id)) {
        mine.push_back(m);
      }
    }
    say("-- " + name_of(*peer) + " --");
    const size_t from = mine.size() > kShownOnOpen ? mine.size() - kShownOnOpen : 0;
    for (size_t i = from; i < mine.size(); ++i) show_message(mine[i]);
  }

  // A room by its id or its name in any language ("Luik", "liège"); else as typed.
  std::string room_of(const std::string& typed) const {
    std::string wanted = lower(typed);
    for (const auto& r : rooms_) {
      if (lower(r.room) == wanted || lower(r.name_fr) == wanted || lower(r.name_nl) == wanted) {
        return r.room;
      }
    }
    return wanted;
  }

  std::string room_name(const engine::RoomSummary& r) const {
    const std::string& mine = spoken_language() == "nl" ? r.name_nl : r.name_fr;
    return mine.empty() ? r.room : mine;
  }

  void open_room(const std::string& room) {
    const auto in = engine().joined_rooms();
    if (std::find(in.begin(), in.end(), room) == in.end()) {
      return say(tr("You are not in {1}; /join {1} first.", printable(room, false)));
    }
    target_ = {Target::Kind::room, {}, room};
    say("-- #" + room + " --");
    // What this screen has not shown yet: every line appears once.
    std::vector<engine::RoomItem> items;
    for (auto& i : engine().room_history(room)) {
      if (!shown_items_.count({room, i.seq})) items.push_back(std::move(i));
    }
    const size_t from = items.size() > kShownOnOpen ? items.size() - kShownOnOpen : 0;
    for (size_t i = from; i < items.size(); ++i) show_room_item(items[i]);
  }

  void follow_ticket(const std::string& which) {
    std::string ticket;
    if (const auto mine = engine().member_ticket();
        mine && !mine->ended && (which.empty() || which == mine->ticket)) {
      ticket = mine->ticket;
      ask(Asked::ticket, ticket, [](engine::Engine& e) { return e.ticket_status(); });
    } else {
      std::vector<std::string> mine_as_worker;
      for (const auto& c : engine().ticket_conversations()) {
        if (c.as_worker && (which.empty() || c.ticket == which)) mine_as_worker.push_back(c.ticket);
      }
      if (mine_as_worker.size() == 1) ticket = mine_as_worker[0];
      if (mine_as_worker.size() > 1) {
        std::string list;
        for (const auto& t : mine_as_worker) list += (list.empty() ? "" : ", ") + t;
        return say(tr("You hold several tickets: {1}. Say which: /ticket TICKET.", list));
      }
    }
    if (ticket.empty()) {
      return say(which.empty() ? tr("You hold no ticket. Knock at a permanence first: /knock ORG "
                                    "(relais permanences lists them).")
                               : tr("You hold no ticket {1}.", printable(which, false)));
    }
    target_ = {Target::Kind::ticket, {}, ticket};
    std::vector<engine::Message> said;
    for (const auto& m : engine().history()) {
      if (m.ticket == ticket && !shown_messages_.count(m.message_id)) said.push_back(m);
    }
    say("-- " + tr("ticket {1}", ticket) + " --");
    const size_t from = said.size() > kShownOnOpen ? said.size() - kShownOnOpen : 0;
    for (size_t i = from; i < said.size(); ++i) show_message(said[i]);
  }

  void answer_handoff(bool accept) {
    const auto mine = engine().member_ticket();
    if (!mine || mine->offered_to.empty()) return say(tr("No colleague was offered to you."));
    ask(Asked::handoff, mine->ticket,
        [&](engine::Engine& e) { return e.answer_handoff(mine->ticket, accept); });
    say(accept ? tr("You accepted; your conversation goes to the colleague.")
               : tr("You declined; you stay with your worker."));
  }

  // ---- What is shown

  void connected() {
    ready_ = true;
    ask(Asked::rooms_quietly, {}, [](engine::Engine& e) { return e.list_rooms(); });
    if (!tty_) read_line();
    if (json_) {
      say(tr("Connected. Type /help for the commands."));
      for (const auto& m : host_.command([](engine::Engine& en) { return en.take_unread(); })) {
        show_message(m);
      }
      for (const auto& i :
           host_.command([](engine::Engine& en) { return en.take_room_unread(); })) {
        show_room_item(i);
      }
      return leave_if_asked();
    }
    std::string s = tr("Connected. Type /help for the commands.") + "\n" + conversation_list();
    const auto rooms = engine().joined_rooms();
    if (rooms.empty()) {
      s += "\n" + tr("You are in no room yet: /rooms lists them, /join CITY joins one.");
    } else {
      std::string names;
      for (const auto& r : rooms) names += (names.empty() ? "#" : ", #") + r;
      s += "\n" + tr("Your rooms: {1}. /room CITY to write in one.", names);
    }
    if (const auto t = engine().member_ticket(); t && !t->ended) {
      s += "\n" + tr("You hold ticket {1} at {2}: /ticket follows it.", t->ticket, t->org);
    }
    say(s);
    const auto unread = host_.command([](engine::Engine& en) { return en.take_unread(); });
    if (!unread.empty()) say(tr("New messages:"));
    for (const auto& m : unread) show_message(m);
    // The latest of each room; the rest stays in `relais sync`'s reach and /room's.
    const auto items = host_.command([](engine::Engine& en) { return en.take_room_unread(); });
    std::map<std::string, std::vector<const engine::RoomItem*>> by_room;
    for (const auto& i : items) by_room[i.room].push_back(&i);
    for (const auto& [room, list] : by_room) {
      const size_t from = list.size() > kShownOnOpen ? list.size() - kShownOnOpen : 0;
      if (from > 0) {
        say(trn("({1} earlier message in #{2} not shown)",
                "({1} earlier messages in #{2} not shown)", from, from, room));
      }
      for (size_t i = from; i < list.size(); ++i) show_room_item(*list[i]);
    }
    leave_if_asked();
  }

  void show_message(const engine::Message& m) {
    if (!m.message_id.empty() && !shown_messages_.insert(m.message_id).second) return;
    if (json_) {
      if (!m.ticket.empty()) {
        return printer_.ticket_message(m.ticket, plain_name(m.peer, m.sender_name), m.peer.text(),
                                       m.text, m.time_ms, m.earlier, m.from_worker);
      }
      Who from = who_of(m.peer);
      if (from.person.name.empty()) from.person.name = m.sender_name;
      return printer_.direct_message(from, m.text, m.time_ms);
    }
    const std::string at = "[" + clock_time(m.time_ms) + "] ";
    if (!m.org.empty()) {
      return print([&](Printer& p) {
        p.org_message(m.org, m.sender_name, m.peer.text(), to_hex(m.message_id), m.text, m.time_ms,
                      !m.reply_to.empty());
      });
    }
    if (!m.ticket.empty()) {
      const std::string who = m.outgoing ? tr("me") : name_of(m.peer);
      return show(at + tr("ticket {1}", m.ticket) +
                      (m.earlier ? " " + tr("(earlier)") : std::string()) + " " + who + ": ",
                  m.text);
    }
    show(at + (m.outgoing ? tr("me -> {1}", name_of(m.peer)) : name_of(m.peer)) + ": ", m.text);
  }

  void show_room_item(const engine::RoomItem& i) {
    if (!shown_items_.insert({i.room, i.seq}).second) return;
    if (!json_ && i.is_event && !i.from.empty() && marks_asked_.insert(i.from).second) {
      const engine::Person who = engine().person(i.from);
      if (who.name.empty() && who.mark.empty()) {
        // Someone who never wrote (a member who just joined): their mark, asked of the relay
        // first, rather than a 26-character id. Told as soon as the relay answers.
        shown_items_.erase({i.room, i.seq});
        unmarked_.push_back(i);
        const AccountId id = i.from;
        return ask(Asked::marks, {}, [&](engine::Engine& e) { return e.learn_identities({id}); });
      }
    }
    if (i.is_event) {
      std::string who_name;
      if (!i.from.empty()) {
        const engine::Person who = engine().person(i.from);
        // Someone who has not written yet: their mark, rather than a 26-character id.
        const std::string name = !who.name.empty()   ? who.name
                                 : !who.mark.empty() ? tr("(no name yet)")
                                                     : std::string();
        if (!name.empty()) who_name = engine::marked(name, who.mark);
      }
      auto words = [&](Printer& p) {
        p.room_event(i.room, i.seq, engine::word(i.event), i.from.empty() ? "" : i.from.text(),
                     who_name, i.time_ms, i.by.empty() ? "" : i.by.text(), i.target_seq, i.until_ms,
                     i.role ? engine::word(*i.role) : std::string_view());
      };
      if (json_) return words(printer_);
      std::ostringstream s;
      Printer p(s, false);
      words(p);
      // The time as the chat's other lines give it.
      std::string line = s.str();
      const std::string dated = "[" + local_time(i.time_ms) + "]";
      if (line.rfind(dated, 0) == 0)
        line.replace(0, dated.size(), "[" + clock_time(i.time_ms) + "]");
      while (!line.empty() && line.back() == '\n') line.pop_back();
      return out_rows(wrap(printable(line, false), width_, kHangingIndent));
    }
    Who from = who_of(i.from);
    if (from.person.name.empty()) from.person.name = i.sender_name;
    if (json_) return printer_.room_message(i.room, i.seq, from, i.text, i.time_ms, i.alert);
    const std::string who = i.outgoing || from.person.self ? tr("me") : shown(from);
    show("[" + clock_time(i.time_ms) + "] #" + i.room + " " + who +
             (i.alert ? " " + tr("[ALERT]") : std::string()) + ": ",
         i.text);
  }

  void ticket_state(const engine::TicketView& t) {
    if (json_ || t.ended || t.worker.empty()) {
      if (t.ended && target_.kind == Target::Kind::ticket && target_.name == t.ticket) target_ = {};
      return print([&](Printer& p) { p.ticket(t, plain_name(t.worker)); });
    }
    std::string s = talking(t.ticket, t.worker, t.org);
    s += " " + (following(t.ticket) ? tr("What you type now goes to them.")
                                    : tr("/ticket, then write to them."));
    if (!t.offered_to.empty()) {
      s += "\n" + (t.offered_name.empty()
                       ? tr("They propose to pass you to a colleague: /accept, or /decline.")
                       : tr("They propose to pass you to a colleague, {1}: /accept, or /decline.",
                            colleague_name(t.offered_name, t.offered_to)));
    }
    say(s);
  }

  void ticket_taken(const engine::TicketConversation& c) {
    if (json_) return printer_.conversation(c, plain_name(c.peer));
    if (c.as_worker) {
      return say(tr("Ticket {1} is yours now: /ticket {1}, then write to the person.", c.ticket));
    }
    say(talking(c.ticket, c.peer, c.org) + " " +
        (following(c.ticket) ? tr("What you type now goes to them.")
                             : tr("/ticket, then write to them.")));
  }

  std::string talking(const std::string& ticket, const AccountId& worker,
                      const std::string& org) const {
    if (!nameable(worker)) {
      return tr("Ticket {1}: someone from {2} is talking with you.", ticket, org);
    }
    return tr("Ticket {1}: {2} of {3} is talking with you.", ticket, name_of(worker), org);
  }

  void show_unmarked() {
    for (const auto& item : std::exchange(unmarked_, {})) show_room_item(item);
  }

  bool following(const std::string& ticket) const {
    return target_.kind == Target::Kind::ticket && target_.name == ticket;
  }

  std::string colleague_name(const std::string& name, const AccountId& id) const {
    return name.empty() ? name_of(id) : "~" + terminal_safe(name);
  }

  struct Row {
    AccountId peer;
    uint64_t last = 0;
    size_t unread = 0;
  };

  // Private conversations by last activity, then contacts never written to.
  std::vector<Row> rows() const {
    std::map<AccountId, Row> by_peer;
    for (const auto& m : engine().history()) {
      if (!m.ticket.empty() || !m.org.empty()) continue;
      auto& row = by_peer[m.peer];
      row.peer = m.peer;
      row.last = std::max(row.last, m.time_ms);
      row.unread += m.unread;
    }
    std::vector<Row> out;
    out.reserve(by_peer.size());
    for (const auto& [peer, row] : by_peer) out.push_back(row);
    std::sort(out.begin(), out.end(), [](const Row& x, const Row& y) { return x.last > y.last; });
    for (const auto& c : engine().contacts()) {
      if (!by_peer.count(c.id)) out.push_back({c.id, 0, 0});
    }
    return out;
  }

  std::string conversation_list() {
    const auto all = rows();
    listed_.clear();
    if (all.empty()) return tr("No private conversations yet. Add a contact with /add NAME ID.");
    std::string s = tr("Conversations:");
    for (const auto& row : all) {
      listed_.push_back(row.peer);
      const std::string number = std::to_string(listed_.size());
      const std::string unread =
          row.unread ? trn("{1} new", "{1} new", row.unread, row.unread) : "";
      std::string line = std::string(number.size() < 3 ? 3 - number.size() : 0, ' ') + number +
                         "  " + fit(name_of(row.peer), kNameColumn) + "  " + fit(unread, 8) +
                         (row.last ? local_time(row.last) : std::string());
      while (!line.empty() && line.back() == ' ') line.pop_back();
      s += "\n" + line;
    }
    return s;
  }

  Who who_of(const AccountId& id) const {
    Who who{engine().person(id), {}};
    if (!who.person.looks_like.empty()) {
      const engine::Person other = engine().person(who.person.looks_like);
      who.looks_like = engine::marked(other.name, other.mark);
    }
    return who;
  }

  // A person as the screen shows them: name#mark, the badge and the warnings; else the
  // pseudonym of their latest message, marked "~" as self-chosen; else the id.
  std::string name_of(const AccountId& peer) const {
    const Who who = who_of(peer);
    if (!who.person.name.empty()) return shown(who);
    auto history = engine().history();
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
      if (it->peer == peer && !it->outgoing && !it->sender_name.empty()) {
        return "~" + terminal_safe(it->sender_name);
      }
    }
    if (!who.person.mark.empty()) return shown(who);  // "~(no name yet)#k3fq"
    return peer.text();
  }

  // Whether the screen can name `peer` better than by their account id.
  bool nameable(const AccountId& peer) const { return name_of(peer) != peer.text(); }

  // The name alone, for --json and the prompt.
  std::string plain_name(const AccountId& peer, const std::string& fallback = {}) const {
    if (peer.empty()) return fallback;
    const engine::Person p = engine().person(peer);
    return p.name.empty() ? fallback : p.name;
  }

  // A line with a header ("[14:03] #liege ~amira#k3fq: ") and a text from the network or typed:
  // made safe, folded to the width, printed above the line being typed.
  void show(const std::string& header, const std::string& text) {
    out_rows(wrap(header + printable(text, true), width_, kHangingIndent));
  }

  // One of the client's own sentences (several lines maybe), folded likewise: a folded line
  // goes on under its own text, or under the second column of a table such as /help's.
  void say(const std::string& text) {
    std::vector<std::string> all;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      line = printable(line, false);
      const size_t lead = line.find_first_not_of(' ');
      size_t indent = lead == std::string::npos ? 0 : lead + 2;
      if (const size_t gap = line.find("  ", lead == std::string::npos ? 0 : lead);
          gap != std::string::npos && lead != std::string::npos) {
        const size_t column = line.find_first_not_of(' ', gap);
        if (column != std::string::npos) indent = columns(std::string_view(line).substr(0, column));
      }
      for (auto& row : wrap(line, width_, indent)) all.push_back(std::move(row));
    }
    out_rows(all);
  }

  // What a Printer says in its words, shown as the chat's own lines (or as JSON with --json).
  template <typename F>
  void print(F&& with) {
    if (json_) return with(printer_);
    std::ostringstream s;
    Printer p(s, false);
    p.people([this](const AccountId& id) { return who_of(id); });
    with(p);
    say(s.str());
  }

  void out_rows(const std::vector<std::string>& lines) {
    if (tty_) out_ << "\r\x1b[K";
    for (const auto& row : lines) out_ << row << "\n";
    redraw();
  }

  // The prompt and the half-typed line, under what was printed.
  void redraw() {
    if (!tty_) return void(out_.flush());
    const LineEditor::View v = editor_.view(prompt(), width_);
    out_ << "\r\x1b[K" << v.text << "\r";
    if (v.cursor_column > 0) out_ << "\x1b[" << v.cursor_column << "C";
    out_ << std::flush;
  }

  std::string prompt() const {
    switch (target_.kind) {
      case Target::Kind::person: {
        const engine::Person p = engine().person(target_.peer);
        const std::string name =
            p.name.empty() ? name_of(target_.peer) : terminal_safe(engine::marked(p.name, p.mark));
        return name + "> ";
      }
      case Target::Kind::room:
        return "#" + target_.name + "> ";
      case Target::Kind::ticket:
        return tr("ticket {1}", target_.name) + "> ";
      case Target::Kind::none:
        break;
    }
    return "relais> ";
  }

  const engine::Engine& engine() const { return host_.engine(); }

  profile::Host& host_;
  RelayLink& link_;
  asio::posix::stream_descriptor in_;
  std::ostream& out_;  // for people: stdout, or stderr with --json
  Printer printer_;
  bool json_;
  bool tty_;
  size_t width_;  // 0: not a terminal, nothing folded
  LineEditor editor_;
  std::array<char, 4096> keys_{};
  asio::streambuf input_;
  bool ready_ = false;    // the backlog is in
  bool leaving_ = false;  // /quit or the end of the input
  Target target_;
  std::vector<AccountId> listed_;
  std::vector<engine::RoomSummary> rooms_;                               // as last listed
  std::map<engine::RequestId, std::pair<Target, std::string>> pending_;  // where, text
  std::map<engine::RequestId, std::pair<Asked, std::string>> asks_;
  // What this screen printed (message ids; room and seq), so that nothing shows twice.
  std::set<std::string> shown_messages_;
  std::set<std::pair<std::string, uint64_t>> shown_items_;
  std::pair<Asked, std::string> last_ask_{Asked::rooms, {}};
  std::vector<std::string> early_;          // lines typed before connected
  std::set<AccountId> marks_asked_;         // once each, this session
  std::vector<engine::RoomItem> unmarked_;  // room events waiting for a mark
  bool paused_ = false;                     // piped input: the next line waits until busy() is over
};

}  // namespace

Status chat(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<profile::Host> host, open_profile(home));
  const bool tty = !inv.json && ::isatty(STDOUT_FILENO) && ::isatty(STDIN_FILENO);
  std::optional<RawTerminal> raw;
  if (tty) raw.emplace(STDIN_FILENO);
  asio::io_context io;
  LineSink warnings;
  std::ostream warnings_out(&warnings);
  RelayLink link(io, *host, tty ? warnings_out : err);
  ChatScreen screen(*host, link, io, out, err, inv.json, tty);
  warnings.deliver = [&](const std::string& line) { screen.warn(line); };
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
  asio::signal_set resizes(io, SIGWINCH);
  std::function<void()> watch_size = [&] {
    resizes.async_wait([&](boost::system::error_code ec, int) {
      if (ec) return;
      screen.resized();
      watch_size();
    });
  };
  watch_size();
  Status run = link.run();
  screen.close();
  warnings.deliver = nullptr;
  if (raw) raw->restore();
  RELAIS_TRY(std::move(run));
  (inv.json ? err : out) << "\n" << tr("Bye.") << "\n";
  return ok_status();
}

}  // namespace relais::cli
