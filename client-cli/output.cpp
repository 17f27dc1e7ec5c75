#include "client-cli/output.h"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "client-cli/i18n.h"
#include "client-cli/screen_text.h"
#include "core/base/encoding.h"
#include "core/engine/resources.h"
#include "core/engine/words.h"

namespace relais::cli {
namespace json = boost::json;

namespace {

void emit(std::ostream& out, const json::object& o) {
  out << json::serialize(o) << '\n' << std::flush;
}

json::string_view js(std::string_view s) {
  return json::string_view(s.data(), s.size());
}

void add_person(json::object& o, const Who& w) {
  o["mark"] = js(w.person.mark);
  o["verified"] = w.person.verified;
  o["key_changed"] = w.person.key_changed;
  if (!w.person.looks_like.empty()) {
    o["looks_like"] = js(w.person.looks_like.text());
    o["looks_like_name"] = js(w.looks_like);
  }
}

// {"id", "name", "mark", "verified", "key_changed"[, "looks_like", "looks_like_name"]}: a
// person named by a line that is about something else (a report, a log entry, a ticket).
json::object person_object(const Who& w) {
  json::object o{{"id", js(w.person.id.empty() ? std::string() : w.person.id.text())},
                 {"name", js(w.person.name)}};
  add_person(o, w);
  return o;
}

std::string indented(std::string_view text) {
  std::string body = terminal_safe(text);
  for (size_t p = body.find('\n'); p != std::string::npos; p = body.find('\n', p + 1)) {
    body.insert(p + 1, "    ");
  }
  return body;
}

// The engine's words (the --json values) in the person's language, for the readable lines.
// A word this client does not know is shown as it is.
std::string word_in(std::string_view word,
                    std::initializer_list<std::pair<std::string_view, const char*>> table) {
  for (const auto& [w, english] : table)
    if (w == word) return tr(english);
  return std::string(word);
}

std::string role_word(std::string_view role) {
  return word_in(role, {{"member", N_("member")},
                        {"moderator", N_("moderator")},
                        {"outreach", N_("outreach")},
                        {"admin", N_("admin")}});
}

std::string policy_word(std::string_view policy) {
  return word_in(policy, {{"open", N_("open")}, {"knock", N_("knock")}, {"invite", N_("invite")}});
}

std::string event_words(std::string_view event) {
  return word_in(event, {{"joined", N_("joined")},
                         {"left", N_("left")},
                         {"kicked", N_("kicked")},
                         {"banned", N_("banned")},
                         {"unbanned", N_("unbanned")},
                         {"muted", N_("muted")},
                         {"removed", N_("removed")},
                         {"pinned", N_("pinned")},
                         {"unpinned", N_("unpinned")},
                         {"role_granted", N_("role_granted")},
                         {"role_revoked", N_("role_revoked")},
                         {"permanence_started", N_("permanence_started")},
                         {"permanence_ended", N_("permanence_ended")},
                         {"unknown", N_("unknown")}});
}

std::string action_words(std::string_view action) {
  if (action.rfind("grant ", 0) == 0) return tr("grant {1}", role_word(action.substr(6)));
  if (action.rfind("revoke ", 0) == 0) return tr("revoke {1}", role_word(action.substr(7)));
  return word_in(action, {{"approve", N_("approve")},
                          {"refuse", N_("refuse")},
                          {"refused", N_("refused")},
                          {"kick", N_("kick")},
                          {"ban", N_("ban")},
                          {"unban", N_("unban")},
                          {"mute", N_("mute")},
                          {"remove", N_("remove")},
                          {"pin", N_("pin")},
                          {"unpin", N_("unpin")},
                          {"remove slot", N_("removed slot")},
                          {"cancel", N_("cancelled the permanence of")},
                          {"accept", N_("accepted the handoff of ticket")},
                          {"decline", N_("declined the handoff of ticket")},
                          {"open", N_("opened the permanence")},
                          {"close", N_("closed the permanence")},
                          {"handoff", N_("proposed a handoff of ticket")},
                          {"end", N_("ended ticket")},
                          {"handled", N_("marked as handled: message")}});
}

std::string reason_words(std::string_view reason) {
  return word_in(reason, {{"harassment", N_("harassment")},
                          {"doxing", N_("doxing")},
                          {"exploitation", N_("exploitation")},
                          {"threat", N_("threat")},
                          {"spam", N_("spam")},
                          {"other", N_("other")}});
}

std::string notice_words(engine::PermanenceNoticeKind kind) {
  return word_in(engine::word(kind), {{"opened", N_("opened")},
                                      {"closed", N_("closed")},
                                      {"queue_changed", N_("queue_changed")},
                                      {"handoff_declined", N_("handoff_declined")},
                                      {"message_handled", N_("message_handled")},
                                      {"new_ticket", N_("new_ticket")}});
}

std::string every_weekday(std::string_view weekday) {
  return word_in(weekday, {{"mon", N_("every Monday")},
                           {"tue", N_("every Tuesday")},
                           {"wed", N_("every Wednesday")},
                           {"thu", N_("every Thursday")},
                           {"fri", N_("every Friday")},
                           {"sat", N_("every Saturday")},
                           {"sun", N_("every Sunday")}});
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  return printable(text, /*keep_newlines=*/true, /*keep_tabs=*/true);
}

std::string local_time(uint64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

// "15:00" of the relay's "2026-11-24 15:00" (the whole text when it has no time).
static std::string clock_time(std::string_view iso) {
  const auto space = iso.rfind(' ');
  return std::string(space == std::string_view::npos ? iso : iso.substr(space + 1));
}

std::string spelt_date(std::string_view iso) {
  static constexpr std::array<const char*, 7> kWeekdays{
      N_("Sunday"),   N_("Monday"), N_("Tuesday"), N_("Wednesday"),
      N_("Thursday"), N_("Friday"), N_("Saturday")};
  static constexpr std::array<const char*, 12> kMonths{
      N_("January"),   N_("February"), N_("March"),    N_("April"),
      N_("May"),       N_("June"),     N_("July"),     N_("August"),
      N_("September"), N_("October"),  N_("November"), N_("December")};
  int y = 0;
  unsigned m = 0, d = 0, hh = 0, mm = 0;
  char tail = 0;
  // "YYYY-MM-DD HH:MM" and nothing after it.
  if (iso.size() != 16 || std::sscanf(std::string(iso).c_str(), "%4d-%2u-%2u %2u:%2u%c", &y, &m, &d,
                                      &hh, &mm, &tail) != 5) {
    return std::string(iso);
  }
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                         std::chrono::day{d}};
  if (!date.ok() || hh > 23 || mm > 59) return std::string(iso);
  const unsigned weekday = std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding();
  // {1} weekday, {2} day of the month, {3} month, {4} year, {5} HH:MM.
  return tr("{1} {2} {3} {4} at {5}", tr(kWeekdays[weekday]), d, tr(kMonths[m - 1]), y,
            std::string(iso.substr(11)));
}

std::string group_digits(std::string_view digits, std::string_view indent) {
  std::string out;
  for (size_t i = 0; i < digits.size(); i += 5) {
    const size_t group = i / 5;
    if (group % 4 == 0) {
      if (group) out += '\n';
      out += indent;
    } else {
      out += ' ';
    }
    out += digits.substr(i, 5);
  }
  return out;
}

void Printer::registered(std::string_view id, std::string_view name, std::string_view fingerprint,
                         std::string_view server) {
  if (json_) {
    return emit(out_, {{"id", js(id)},
                       {"name", js(name)},
                       {"fingerprint", js(fingerprint)},
                       {"server", js(server)}});
  }
  out_ << tr("Registered as {1} with {2}.", terminal_safe(name), terminal_safe(server)) << "\n"
       << tr("Your id: {1}", id) << "\n"
       << tr("Give this id to the people who should be able to write to you.") << "\n";
}

void Printer::whoami(std::string_view id, std::string_view name, std::string_view fingerprint) {
  if (json_)
    return emit(out_, {{"id", js(id)}, {"name", js(name)}, {"fingerprint", js(fingerprint)}});
  out_ << tr("name:        {1}", terminal_safe(name)) << "\n"
       << tr("id:          {1}", id) << "\n"
       << tr("fingerprint: {1}", fingerprint) << "\n";
}

void Printer::contact_added(std::string_view name, std::string_view id, bool replaced) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}, {"replaced", replaced}});
  out_ << (replaced ? tr("Updated contact {1} ({2}).", terminal_safe(name), id)
                    : tr("Added contact {1} ({2}).", terminal_safe(name), id))
       << "\n";
}

void Printer::contact(std::string_view name, std::string_view id) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}});
  out_ << id << "  " << terminal_safe(name) << "\n";
}

void Printer::no_contacts() {
  if (!json_) out_ << tr("No contacts yet; add one with: relais contact add NAME ID") << "\n";
}

void Printer::sent(std::string_view to, std::string_view to_id, std::string_view message_id_hex,
                   uint64_t ts) {
  if (json_) {
    return emit(
        out_,
        {{"to", js(to)}, {"to_id", js(to_id)}, {"message_id", js(message_id_hex)}, {"ts", ts}});
  }
  // A ticket's conversation is named "ticket T" in --json: the sentence says it in words.
  if (to.rfind("ticket ", 0) == 0) {
    out_ << tr("Sent in ticket {1}.", terminal_safe(to.substr(7))) << "\n";
  } else {
    out_ << tr("Sent to {1}.", terminal_safe(to)) << "\n";
  }
}

void Printer::direct_message(std::string_view from, std::string_view from_id, bool is_contact,
                             std::string_view text, uint64_t ts) {
  if (json_) {
    return emit(out_, {{"kind", "dm"},
                       {"from", js(from)},
                       {"from_id", js(from_id)},
                       {"text", js(text)},
                       {"ts", ts}});
  }
  // A "~" marks a pseudonym the sender chose for themself, not a name you gave a contact.
  std::string who = is_contact ? terminal_safe(from) : "~" + terminal_safe(from);
  std::string body = terminal_safe(text);
  for (size_t p = body.find('\n'); p != std::string::npos; p = body.find('\n', p + 1)) {
    body.insert(p + 1, "    ");
  }
  out_ << "[" << local_time(ts) << "] " << who << ": " << body << "\n" << std::flush;
}

std::string shown(const Who& w) {
  const engine::Person& p = w.person;
  std::string out = p.contact || p.self ? "" : "~";
  out += p.name.empty() ? tr("(no name yet)") : terminal_safe(p.name);
  if (!p.mark.empty()) out += "#" + p.mark;
  if (p.verified) out += " " + tr("[verified]");
  if (p.key_changed) out += " " + tr("[IDENTITY KEY CHANGED: compare the safety number]");
  if (!p.looks_like.empty()) {
    out += " " + tr("[name like {1}: may not be them]",
                    terminal_safe(w.looks_like.empty() ? p.looks_like.text() : w.looks_like));
  }
  return out;
}

void Printer::direct_message(const Who& from, std::string_view text, uint64_t ts) {
  if (json_) {
    json::object o{{"kind", "dm"},
                   {"from", js(from.person.name)},
                   {"from_id", js(from.person.id.text())},
                   {"text", js(text)},
                   {"ts", ts}};
    add_person(o, from);
    return emit(out_, o);
  }
  out_ << "[" << local_time(ts) << "] " << shown(from) << ": " << indented(text) << "\n"
       << std::flush;
}

void Printer::room_message(std::string_view room, uint64_t seq, const Who& from,
                           std::string_view text, uint64_t ts, bool alert) {
  if (json_) {
    json::object o{{"kind", "room"},
                   {"room", js(room)},
                   {"seq", seq},
                   {"from", js(from.person.name)},
                   {"from_id", js(from.person.id.text())},
                   {"text", js(text)},
                   {"ts", ts}};
    if (alert) o["alert"] = true;
    add_person(o, from);
    return emit(out_, o);
  }
  out_ << "[" << local_time(ts) << "] #" << room << " (" << seq << ") " << shown(from)
       << (alert ? " " + tr("[ALERT]") : std::string()) << ": " << indented(text) << "\n"
       << std::flush;
}

void Printer::member(const Who& who, std::string_view role) {
  if (json_) {
    json::object o{
        {"id", js(who.person.id.text())}, {"name", js(who.person.name)}, {"role", js(role)}};
    add_person(o, who);
    return emit(out_, o);
  }
  out_ << who.person.id.text() << "  " << shown(who)
       << (role == "member" ? "" : "  [" + role_word(role) + "]") << "\n";
}

void Printer::person_status(const Who& who, std::string_view action) {
  if (json_) {
    json::object o{
        {"id", js(who.person.id.text())}, {"name", js(who.person.name)}, {"action", js(action)}};
    add_person(o, who);
    return emit(out_, o);
  }
  if (action == "verified") {
    out_ << tr("{1} is verified on this device, until their identity key changes.", shown(who))
         << "\n";
  } else if (action == "unverified") {
    out_ << tr("{1} is no longer marked verified.", shown(who)) << "\n";
  } else {
    out_ << tr("Messages go to {1} again. Their new key is not verified: compare the safety "
               "number when you can.",
               shown(who))
         << "\n";
  }
}

void Printer::safety_number(const Who& who, std::string_view digits) {
  if (json_) {
    json::object o{{"name", js(who.person.name)},
                   {"id", js(who.person.id.text())},
                   {"safety_number", js(digits)}};
    add_person(o, who);
    return emit(out_, o);
  }
  out_ << tr("Safety number with {1}:", shown(who)) << "\n"
       << group_digits(digits, "    ") << "\n"
       << tr("If they read you the same digits (in person, or by a call where you know their "
             "voice),\nnobody is in the middle and you are really writing to them: then run\n"
             "relais verify NAME. If the digits differ, do not trust this conversation.")
       << "\n";
}

void Printer::no_messages() {
  if (!json_) out_ << tr("No new messages.") << "\n";
}

void Printer::room(std::string_view id, std::string_view name, std::string_view policy,
                   uint32_t members, bool joined) {
  if (json_) {
    return emit(out_, {{"room", js(id)},
                       {"name", js(name)},
                       {"policy", js(policy)},
                       {"members", members},
                       {"joined", joined}});
  }
  out_ << (joined ? "* " : "  ") << id << "  " << terminal_safe(name) << "  ("
       << policy_word(policy) << ", " << trn("{1} member", "{1} members", members, members)
       << ")\n";
}

void Printer::joined(std::string_view room, bool pending) {
  if (json_) {
    return emit(out_, {{"room", js(room)}, {"joined", !pending}, {"pending", pending}});
  }
  if (pending) {
    out_ << tr("Asked to join {1}; a moderator will answer (see relais sync).", room) << "\n";
  } else {
    out_ << tr("Joined {1}.", room) << "\n";
  }
}

void Printer::left(std::string_view room) {
  if (json_) return emit(out_, {{"room", js(room)}, {"left", true}});
  out_ << tr("Left {1}.", room) << "\n";
}

void Printer::member(std::string_view id, std::string_view name, std::string_view role) {
  if (json_) return emit(out_, {{"id", js(id)}, {"name", js(name)}, {"role", js(role)}});
  out_ << id << "  " << (name.empty() ? tr("(no name yet)") : "~" + terminal_safe(name))
       << (role == "member" ? "" : "  [" + role_word(role) + "]") << "\n";
}

void Printer::said(std::string_view room, uint64_t seq, uint64_t ts) {
  if (json_) return emit(out_, {{"room", js(room)}, {"seq", seq}, {"ts", ts}});
  out_ << tr("Said in {1}.", room) << "\n";
}

void Printer::room_message(std::string_view room, uint64_t seq, std::string_view from,
                           std::string_view from_id, std::string_view text, uint64_t ts,
                           bool alert) {
  if (json_) {
    json::object o{{"kind", "room"},         {"room", js(room)}, {"seq", seq}, {"from", js(from)},
                   {"from_id", js(from_id)}, {"text", js(text)}, {"ts", ts}};
    if (alert) o["alert"] = true;
    return emit(out_, o);
  }
  std::string body = terminal_safe(text);
  for (size_t p = body.find('\n'); p != std::string::npos; p = body.find('\n', p + 1)) {
    body.insert(p + 1, "    ");
  }
  out_ << "[" << local_time(ts) << "] #" << room << " (" << seq << ") ~"
       << terminal_safe(from.empty() ? from_id : from)
       << (alert ? " " + tr("[ALERT]") : std::string()) << ": " << body << "\n"
       << std::flush;
}

void Printer::room_event(std::string_view room, uint64_t seq, std::string_view event,
                         std::string_view who_id, std::string_view who_name, uint64_t ts,
                         std::string_view by_id, uint64_t target_seq, uint64_t until_ms,
                         std::string_view role, bool about_you) {
  // Moderators act behind their role: members see "a moderator", never who (the relay does
  // not say; the moderation log tells moderators).
  const bool by_moderator = !by_id.empty() || event == "kicked" || event == "banned" ||
                            event == "unbanned" || event == "muted" || event == "pinned" ||
                            event == "unpinned" || event == "role_granted" ||
                            event == "role_revoked" || (event == "removed" && target_seq != 0);
  if (json_) {
    json::object o{{"kind", "event"},    {"room", js(room)},  {"seq", seq},
                   {"event", js(event)}, {"who", js(who_id)}, {"ts", ts}};
    if (by_moderator) o["by_moderator"] = true;
    if (target_seq) o["target_seq"] = target_seq;
    if (until_ms) o["until"] = until_ms;
    if (!role.empty()) o["role"] = js(role);
    if (about_you) o["about_you"] = true;
    return emit(out_, o);
  }
  if (about_you) {
    // What happened to her, said to her: what it means and what she can still do.
    const std::string r(room);
    std::string told;
    if (event == "banned") {
      told =
          tr("A moderator banned you from #{1}: you can no longer read or write there, nor "
             "join again, unless a moderator lifts the ban.",
             r);
    } else if (event == "kicked") {
      told = tr("A moderator removed you from #{1}. You can join again: relais join {1}", r);
    } else if (event == "unbanned") {
      told = tr("A moderator lifted your ban from #{1}: you can join again.", r);
    } else if (event == "muted" && until_ms != 0) {
      told =
          tr("A moderator muted you in #{1} until {2}: you can read, and write again after "
             "that.",
             r, local_time(until_ms));
    } else if (event == "muted") {
      told = tr("A moderator lifted your mute in #{1}: you can write again.", r);
    }
    if (!told.empty()) {
      out_ << "[" << local_time(ts) << "] " << told << "\n" << std::flush;
      return;
    }
  }
  out_ << "[" << local_time(ts) << "] #" << room << " ";
  if (!who_id.empty()) {
    out_ << (who_name.empty() ? std::string(who_id) : "~" + terminal_safe(who_name)) << " ";
  }
  out_ << event_words(event);
  if (!role.empty()) out_ << " " << role_word(role);
  if (target_seq) out_ << " " << tr("message {1}", target_seq);
  if (until_ms) out_ << " " << tr("until {1}", local_time(until_ms));
  if (by_moderator) out_ << " " << tr("(by a moderator)");
  out_ << "\n" << std::flush;
}

void Printer::room_removed(std::string_view room, uint64_t seq, bool yours) {
  if (json_) {
    json::object o{{"kind", "removed"}, {"room", js(room)}, {"seq", seq}};
    if (yours) o["yours"] = true;
    return emit(out_, o);
  }
  if (yours) {
    out_ << tr("A moderator removed your message {2} from #{1}: it is gone from every member's "
               "screen and from the relay.",
               room, seq)
         << "\n";
    return;
  }
  out_ << tr("#{1} message {2} was removed by a moderator.", room, seq) << "\n";
}

void Printer::done(std::string_view action, std::string_view room, std::string_view target) {
  if (json_) {
    json::object o{{"ok", true}, {"action", js(action)}};
    if (!room.empty()) o["room"] = js(room);
    if (!target.empty()) o["target"] = js(target);
    return emit(out_, o);
  }
  if (action == "leave" && target == "ticket") {
    out_ << tr("You left the queue.") << "\n";
    return;
  }
  const std::string what =
      target.empty() ? action_words(action) : action_words(action) + " " + std::string(target);
  out_ << (room.empty() ? tr("Done: {1}.", what) : tr("Done: {1} in {2}.", what, room)) << "\n";
}

void Printer::pinned(std::string_view room, uint64_t seq, uint64_t duration_s) {
  if (json_) {
    return emit(out_, {{"ok", true},
                       {"action", "pin"},
                       {"room", js(room)},
                       {"seq", seq},
                       {"duration_s", duration_s}});
  }
  out_ << tr("Pinned the alert (message {1}) in {2}.", seq, room) << "\n";
}

void Printer::invite(std::string_view code, uint64_t expires_ms, std::string_view room) {
  if (json_) {
    json::object o{{"code", js(code)}, {"expires", expires_ms}};
    if (!room.empty()) o["room"] = js(room);
    return emit(out_, o);
  }
  out_ << tr("Invite code: {1}", code) << "\n"
       << (room.empty() ? tr("It works until {1} for registering.", local_time(expires_ms))
                        : tr("It works until {1} for joining {2}.", local_time(expires_ms), room))
       << "\n";
}

void Printer::room_created(std::string_view room) {
  if (json_) return emit(out_, {{"room", js(room)}, {"created", true}});
  out_ << tr("Created room {1}.", room) << "\n";
}

void Printer::join_request(std::string_view room, std::string_view id, uint64_t since_ms) {
  if (json_) return emit(out_, {{"room", js(room)}, {"id", js(id)}, {"since", since_ms}});
  out_ << id << "  " << tr("waits since {1}", local_time(since_ms)) << "\n";
}

void Printer::no_join_requests(std::string_view room) {
  if (!json_) out_ << tr("Nobody waits to join {1}.", room) << "\n";
}

Who Printer::who(const AccountId& id, std::string_view name_inside) const {
  Who w{who_of_ && !id.empty() ? who_of_(id) : Who{}};
  w.person.id = id;
  if (w.person.name.empty()) w.person.name = std::string(name_inside);
  return w;
}

void Printer::mod_log_entry(std::string_view room, const engine::ModLogItem& e) {
  const Who by = who(e.actor);
  const Who target = who(e.target);
  if (json_) {
    json::object o{{"room", js(room)},
                   {"ts", e.time_ms},
                   {"action", js(engine::mod_log_word(e))},
                   {"by", js(e.actor.empty() ? std::string() : e.actor.text())},
                   {"target", js(e.target.empty() ? std::string() : e.target.text())}};
    if (!e.actor.empty()) o["by_person"] = person_object(by);
    if (!e.target.empty()) o["target_person"] = person_object(target);
    if (e.seq) o["seq"] = e.seq;
    if (e.duration_s) o["duration_s"] = e.duration_s;
    return emit(out_, o);
  }
  out_ << "[" << local_time(e.time_ms) << "] " << (e.actor.empty() ? "?" : shown(by)) << " "
       << action_words(engine::mod_log_word(e));
  if (!e.target.empty()) out_ << " " << shown(target) << " [" << e.target.text() << "]";
  if (e.seq) out_ << " " << tr("message {1}", e.seq);
  if (e.duration_s) out_ << " " << tr("for {1} s", e.duration_s);
  out_ << "\n";
}

void Printer::report_sent(std::string_view room, uint64_t seq, uint32_t recipients) {
  if (json_) {
    return emit(out_,
                {{"reported", true}, {"room", js(room)}, {"seq", seq}, {"moderators", recipients}});
  }
  out_ << trn("Reported message {1} of {2} to {3} moderator.",
              "Reported message {1} of {2} to {3} moderators.", recipients, seq, room, recipients)
       << "\n";
}

void Printer::report(const engine::ReportView& r) {
  const Who from = who(r.message.from, r.message.sender_name);
  const Who reporter = who(r.reporter, r.reporter_name);
  if (json_) {
    json::array context;
    for (const auto& c : r.context) {
      context.push_back(json::object{{"seq", c.seq},
                                     {"from", js(c.sender_name)},
                                     {"from_id", js(c.from.empty() ? "" : c.from.text())},
                                     {"from_person", person_object(who(c.from, c.sender_name))},
                                     {"text", js(c.text)},
                                     {"ts", c.time_ms}});
    }
    return emit(out_, {{"kind", "report"},
                       {"report", js(r.report_id)},
                       {"room", js(r.room)},
                       {"reason", js(engine::word(r.reason))},
                       {"comment", js(r.comment)},
                       {"seq", r.message.seq},
                       {"from", js(r.message.sender_name)},
                       {"from_id", js(r.message.from.empty() ? "" : r.message.from.text())},
                       {"from_person", person_object(from)},
                       {"text", js(r.message.text)},
                       {"ts", r.message.time_ms},
                       {"reporter", js(r.reporter_name)},
                       {"reporter_id", js(r.reporter.empty() ? "" : r.reporter.text())},
                       {"reporter_person", person_object(reporter)},
                       {"context", context},
                       {"checked", r.checked},
                       {"verified", r.verified},
                       {"handled", r.handled},
                       {"handled_at", r.handled_ms}});
  }
  out_ << tr("Report {1} in #{2} ({3}), {4}", r.report_id.substr(0, 8), r.room,
             reason_words(engine::word(r.reason)),
             r.verified  ? tr("VERIFIED")
             : r.checked ? tr("NOT VERIFIED")
                         : tr("not checked yet"))
       << "\n";
  if (r.handled) out_ << "  " << tr("Handled by a moderator on {1}.", local_time(r.handled_ms)) << "\n";
  for (const auto& c : r.context) {
    out_ << "    (" << c.seq << ") " << shown(who(c.from, c.sender_name)) << ": "
         << terminal_safe(c.text) << "\n";
  }
  out_ << "  > (" << r.message.seq << ") " << shown(from) << " ["
       << (r.message.from.empty() ? "" : r.message.from.text())
       << "]: " << terminal_safe(r.message.text) << "\n";
  if (!r.comment.empty()) out_ << "  " << tr("Comment: {1}", terminal_safe(r.comment)) << "\n";
  out_ << "  "
       << tr("Reported by {1} [{2}] on {3}", shown(reporter),
             r.reporter.empty() ? std::string() : r.reporter.text(), local_time(r.received_ms))
       << "\n";
}

void Printer::no_reports() {
  if (!json_) out_ << tr("No reports.") << "\n";
}

void Printer::report_handled(const engine::ReportView& r, bool by_us) {
  if (json_) {
    json::object o{{"kind", "report_handled"},
                   {"report", js(r.report_id)},
                   {"room", js(r.room)},
                   {"handled_at", r.handled_ms}};
    if (by_us) o["ok"] = true;
    return emit(out_, o);
  }
  out_ << (by_us ? tr("Report {1} in #{2} is marked handled for the room's moderators.",
                      r.report_id.substr(0, 8), r.room)
                 : tr("Report {1} in #{2} was marked handled by a moderator.",
                      r.report_id.substr(0, 8), r.room))
       << "\n";
}

void Printer::handled_not_shown(size_t count) {
  if (json_ || count == 0) return;
  out_ << trn("{1} handled report is not shown (relais reports --all).",
              "{1} handled reports are not shown (relais reports --all).", count, count)
       << "\n";
}

void Printer::safety_number(std::string_view name, std::string_view id, std::string_view digits) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}, {"safety_number", js(digits)}});
  out_ << tr("Safety number with {1}:", terminal_safe(name)) << "\n"
       << group_digits(digits, "    ") << "\n"
       << tr("Compare it with theirs in person or over a channel you trust.") << "\n";
}

// ---- Organisations and permanences

namespace {

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(js(s));
  return a;
}

std::string joined_list(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string joined_words(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<std::string> language_names(const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  for (const auto& c : codes) names.push_back(language_words(c));
  return names;
}

// A room as a person reads it: a regional room by its city in the person's language, another
// by its id.
std::string room_words(std::string_view room) {
  const std::string city = engine::room_city(room, data_language());
  return city.empty() ? "#" + terminal_safe(room) : city;
}

std::string duration_words(uint64_t s) {
  if (s < 90) return tr("{1} s", s);
  if (s < 90 * 60) return tr("{1} min", (s + 30) / 60);
  return tr("{1} h", (s + 1800) / 3600);
}

}  // namespace

// A language as relais-qt names it: French, Dutch and English in the person's language, any
// other in itself ("español", "română"), so that its speakers find it whatever the interface.
std::string language_words(std::string_view code) {
  if (code == "fr") return tr("French");
  if (code == "nl") return tr("Dutch");
  if (code == "en") return tr("English");
  // Each in its own name, as Qt's locale data (CLDR) writes it.
  static constexpr std::pair<std::string_view, std::string_view> kOwnNames[] = {
      {"es", "espa\u00f1ol"},
      {"pt", "portugu\u00eas"},
      {"ro", "rom\u00e2n\u0103"},
      {"bg", "\u0431\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438"},
      {"sq", "shqip"},
      {"it", "italiano"},
      {"de", "Deutsch"},
      {"pl", "polski"},
      {"ru", "\u0440\u0443\u0441\u0441\u043a\u0438\u0439"},
      {"uk", "\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"},
      {"tr", "T\u00fcrk\u00e7e"},
      {"hu", "magyar"},
      {"ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"},
      {"th", "\u0e44\u0e17\u0e22"},
      {"zh", "\u4e2d\u6587"},
  };
  for (const auto& [c, name] : kOwnNames) {
    if (c == code) return std::string(name);
  }
  return terminal_safe(code);
}

std::string language_off_sentence(std::string_view asked) {
  return tr("{1} is not offered on this relay: relais speaks {2}.", language_words(asked),
            language_words(spoken_language()));
}

void Printer::org(const engine::OrgSpec& o) {
  if (json_) {
    return emit(out_, {{"org", js(o.org)},
                       {"name", js(o.name)},
                       {"description", js(o.description)},
                       {"languages", strings(o.languages)},
                       {"contact", js(o.contact)},
                       {"region", js(o.region)}});
  }
  out_ << o.org << "  " << terminal_safe(o.name);
  if (!o.languages.empty()) out_ << "  (" << joined_list(o.languages) << ")";
  out_ << "\n";
}

void Printer::permanences_header() {
  if (!json_) out_ << tr("Chat permanences (times in Brussels time):") << "\n";
}

std::string Printer::org_words(std::string_view org) const {
  const auto named = org_names_.find(org);
  return named == org_names_.end() || named->second.empty() ? terminal_safe(org)
                                                           : terminal_safe(named->second);
}

void Printer::permanence(const engine::PermanenceView& p) {
  if (json_) {
    json::array slots;
    for (const auto& s : p.slots) {
      json::object o{{"slot", s.id},
                     {"room", js(s.room)},
                     {"start", js(s.start)},
                     {"end", js(s.end)},
                     {"languages", strings(s.languages)}};
      if (!s.weekday.empty()) o["weekday"] = js(s.weekday);
      if (!s.date.empty()) o["date"] = js(s.date);
      slots.push_back(o);
    }
    return emit(out_, {{"org", js(p.org)},
                       {"name", js(p.name)},
                       {"open", p.open},
                       {"on_duty", p.on_duty},
                       {"next_open", js(p.next_open_local)},
                       {"next_open_ms", p.next_open_ms},
                       {"room", js(p.room)},
                       {"slot_end", js(p.slot_end_local)},
                       {"slot_end_ms", p.slot_end_ms},
                       {"slots", slots},
                       {"cancelled", strings(p.cancelled)}});
  }
  out_ << terminal_safe(p.name.empty() ? p.org : p.name) << " (" << p.org << "): ";
  if (p.open) {
    out_ << trn("OPEN now, {1} worker on duty", "OPEN now, {1} workers on duty", p.on_duty,
                p.on_duty);
  } else if (!p.slot_end_local.empty()) {
    // In the middle of a planned slot with nobody on duty: planned now, not "nothing planned".
    out_ << tr("closed for now: planned until {1} (Brussels time), no worker on duty yet",
               clock_time(p.slot_end_local));
    if (!p.next_open_local.empty()) {
      out_ << "; " << tr("then {1}", spelt_date(p.next_open_local));
    }
  } else if (!p.next_open_local.empty()) {
    out_ << tr("closed; next opens {1} (Brussels time)", spelt_date(p.next_open_local));
  } else {
    out_ << tr("closed; nothing scheduled");
  }
  if (!p.room.empty()) out_ << " " << tr("in {1}", room_words(p.room));
  out_ << "\n";
  for (const auto& s : p.slots) {
    out_ << "    [" << s.id << "] " << (s.weekday.empty() ? s.date : every_weekday(s.weekday))
         << " " << s.start << "-" << s.end << " " << room_words(s.room);
    // A slot that lists no language is held in the organisation's (as the relay decides).
    const auto& languages = s.languages.empty() ? p.languages : s.languages;
    if (!languages.empty()) out_ << " (" << joined_words(language_names(languages)) << ")";
    out_ << "\n";
  }
  for (const auto& c : p.cancelled) out_ << "    " << tr("no permanence on {1}", c) << "\n";
}

void Printer::no_permanences() {
  if (!json_) out_ << tr("No organisation holds permanences on this relay yet.") << "\n";
}

namespace {


// Why a ticket ended, as a person is told.
std::string end_words(engine::TicketEnd reason) {
  switch (reason) {
    case engine::TicketEnd::ended:
      return tr("the conversation was ended");
    case engine::TicketEnd::left:
      return tr("you left");
    case engine::TicketEnd::permanence_closed:
      return tr("the permanence closed before a worker could take it");
    case engine::TicketEnd::handed_off:
      return tr("it was handed to a colleague");
    case engine::TicketEnd::expired:
      return tr("nobody ended it within 12 hours");
    case engine::TicketEnd::away:
      return tr(
          "you were away for a while, so your place went to the people waiting after you; "
          "you can knock again");
    case engine::TicketEnd::other:
      break;
  }
  return tr("it is over");
}

std::string named(std::string_view name, std::string_view id) {
  return name.empty() ? std::string(id.substr(0, 8)) : "~" + terminal_safe(name);
}

}  // namespace

void Printer::ticket(const engine::TicketView& t, std::string_view worker_name) {
  const char* state = t.ended ? "ended" : t.worker.empty() ? "waiting" : "talking";
  if (json_) {
    json::object o{{"kind", "ticket"},          {"ticket", js(t.ticket)},
                   {"org", js(t.org)},          {"state", state},
                   {"place", t.place},          {"wait_estimate_s", t.wait_estimate_s},
                   {"language", js(t.language)}};
    if (!t.worker.empty()) {
      o["worker"] = js(t.worker.text());
      o["worker_name"] = js(worker_name);
    }
    if (!t.offered_to.empty()) {
      o["handoff_to"] = js(t.offered_to.text());
      o["handoff_name"] = js(t.offered_name);
    }
    if (t.ended) o["reason"] = js(engine::word(*t.ended));
    return emit(out_, o);
  }
  if (t.ended) {
    out_ << tr("Your ticket {1} at {2} is over: {3}.", t.ticket, org_words(t.org), end_words(*t.ended))
         << "\n";
    return;
  }
  if (!t.worker.empty()) {
    // A worker this device knows no name for is "someone from" the organisation: never the
    // start of her account id, which would let a member pick her out elsewhere.
    out_ << (worker_name.empty()
                 ? tr("Ticket {1}: someone from {2} is talking with you; write with: relais ticket "
                      "say TEXT",
                      t.ticket, org_words(t.org))
                 : tr("Ticket {1}: {2} of {3} is talking with you; write with: relais ticket say "
                      "TEXT",
                      t.ticket, named(worker_name, t.worker.text()), org_words(t.org)))
         << "\n";
    if (!t.offered_to.empty()) {
      out_ << (t.offered_name.empty()
                   ? tr("They propose to pass you to a colleague: relais ticket accept, or relais "
                        "ticket decline.")
                   : tr("They propose to pass you to a colleague, {1}: relais ticket accept, or "
                        "relais ticket decline.",
                        named(t.offered_name, t.offered_to.text())))
           << "\n";
    }
    return;
  }
  out_ << tr("Ticket {1} at {2}: place {3} in the queue, about {4} to wait.", t.ticket,
             org_words(t.org),
             t.place, duration_words(t.wait_estimate_s))
       << "\n";
}

void Printer::stay_connected() {
  if (json_) return;
  // Each command is one connection: a place with no connection for a few minutes goes to the
  // people after her (permanence-away-grace), so she must know to stay connected.
  out_ << tr("Stay connected to keep your place: relais chat, or relais sync --wait 3600. A place "
             "left without a connection for a few minutes goes to the next person.")
       << "\n";
}

void Printer::languages_offered(const engine::event::LanguagesOffered& l) {
  if (json_) {
    return emit(out_, {{"kind", "languages"},
                       {"org", js(l.org)},
                       {"asked", js(l.asked)},
                       {"languages", strings(l.languages)},
                       {"can_leave_message", l.can_leave_message}});
  }
  out_ << tr("The permanence of {1} is held in {2}; you asked for {3}. No ticket was made.",
             org_words(l.org), joined_words(language_names(l.languages)),
             language_words(l.asked))
       << "\n"
       << tr("Knock anyway: relais knock {1} --lang {2} --anyway", l.org, l.asked) << "\n";
  if (l.can_leave_message) {
    out_ << tr("Or leave a message: relais leave-message {1} \"...\"", l.org) << "\n";
  }
}

void Printer::door_closed(const engine::ClosedView& c) {
  if (json_) {
    json::array emergency;
    for (const auto& e : c.emergency) {
      json::object names;
      for (const auto& [language, name] : e.names) names[language] = js(name);
      emergency.push_back(json::object{{"number", js(e.number)},
                                       {"name", js(engine::in_language(e.names, "en"))},
                                       {"names", std::move(names)}});
    }
    json::object o{{"kind", "closed"},
                   {"org", js(c.org)},
                   {"open", false},
                   {"next_open", js(c.next_open_local)},
                   {"next_open_ms", c.next_open_ms},
                   {"can_leave_message", c.can_leave_message},
                   {"slot_end", js(c.slot_end_local)},
                   {"slot_end_ms", c.slot_end_ms},
                   {"emergency", emergency}};
    // Open, but no place for this knock: no ticket was made.
    if (c.full != engine::QueueFull::no) {
      o["open"] = true;
      o["full"] = c.full == engine::QueueFull::at_max ? "queue" : "network";
    }
    return emit(out_, std::move(o));
  }
  if (c.full == engine::QueueFull::at_max) {
    out_ << tr("The permanence of {1} is open, but its queue is full: no place was kept for you. "
               "Try again later.",
               org_words(c.org))
         << "\n";
  } else if (c.full == engine::QueueFull::network) {
    out_ << tr("The permanence of {1} is open, but many people from your network (or with new "
               "accounts) are waiting already: no place was kept for you. Try again later.",
               org_words(c.org))
         << "\n";
  } else {
    out_ << (c.next_open_local.empty()
                 ? tr("The permanence of {1} is closed.", org_words(c.org))
                 : tr("The permanence of {1} is closed; it opens next on {2} (Brussels time).",
                      org_words(c.org), spelt_date(c.next_open_local)))
         << "\n";
    if (!c.slot_end_local.empty()) {
      out_ << tr("A permanence is planned now until {1} (Brussels time), but no worker is on duty "
                 "yet: knock again in a few minutes.",
                 clock_time(c.slot_end_local))
           << "\n";
    }
  }
  if (c.can_leave_message) {
    out_ << tr("You can leave a message now: relais leave-message {1} \"...\"", c.org) << "\n";
  }
  if (!c.emergency.empty()) out_ << tr("In an emergency:") << "\n";
  // The numbers' names in the person's language, with the engine's stated fallback.
  for (const auto& e : c.emergency) {
    out_ << "    " << terminal_safe(e.number) << "  "
         << terminal_safe(engine::in_language(e.names, data_language())) << "\n";
  }
}

void Printer::queue_entry(std::string_view org, const engine::QueueItem& q) {
  if (json_) {
    return emit(out_, {{"org", js(org)},
                       {"ticket", js(q.ticket)},
                       {"lang", js(q.language)},
                       {"waiting_s", q.waiting_s}});
  }
  out_ << q.ticket << "  " << (q.language.empty() ? "--" : q.language) << "  "
       << tr("waiting {1}", duration_words(q.waiting_s)) << "\n";
}

void Printer::empty_queue(std::string_view org) {
  if (!json_) out_ << tr("Nobody waits at {1}.", org) << "\n";
}

void Printer::conversation(const engine::TicketConversation& c, std::string_view peer_name,
                           bool taken_now) {
  const Who peer = who(c.peer, peer_name);
  if (json_) {
    json::object o{
        {"kind", "conversation"},     {"ticket", js(c.ticket)},
        {"org", js(c.org)},           {"peer", js(c.peer.empty() ? std::string() : c.peer.text())},
        {"peer_name", js(peer_name)}, {"lang", js(c.language)},
        {"as_worker", c.as_worker},   {"awaiting_reply", c.awaiting_reply}};
    if (!c.peer.empty()) o["peer_person"] = person_object(peer);
    return emit(out_, o);
  }
  if (taken_now) {
    out_ << tr("Ticket {1} is yours; write with: relais staff say {1} TEXT", c.ticket) << "\n";
    return;
  }
  out_ << c.ticket << "  " << c.org << "  "
       << (c.as_worker ? tr("with a member") : tr("with a worker"));
  out_ << " " << (c.peer.empty() ? tr("(back soon)") : shown(peer));
  out_ << (c.awaiting_reply ? "  " + tr("** waits for your answer **") : std::string()) << "\n";
}

void Printer::colleague(std::string_view org, const engine::Colleague& c) {
  if (json_) {
    return emit(
        out_,
        {{"kind", "colleague"}, {"org", js(org)}, {"id", js(c.id.text())}, {"name", js(c.name)}});
  }
  out_ << (c.name.empty() ? tr("(name not known yet)") : terminal_safe(c.name)) << "  "
       << c.id.text() << "\n";
}

void Printer::no_colleagues(std::string_view org) {
  if (!json_) out_ << tr("No colleague is on duty for {1} now.", org) << "\n";
}

void Printer::org_answered(std::string_view org, std::string_view message_id) {
  if (json_) {
    return emit(out_, {{"kind", "answered"}, {"org", js(org)}, {"message_id", js(message_id)}});
  }
  out_ << tr("Your answer went to the person, on behalf of {1}; the message is marked handled for "
             "your colleagues.",
             org)
       << "\n";
}

void Printer::no_conversations() {
  if (!json_) out_ << tr("No permanence conversation on this device.") << "\n";
}

void Printer::inbox_item(std::string_view org, const engine::InboxItem& i) {
  if (json_) {
    return emit(out_, {{"org", js(org)},
                       {"message_id", js(i.message_id)},
                       {"received", i.received_ms},
                       {"handled", i.handled},
                       {"from", js(i.sender_name)},
                       {"from_id", js(i.from.empty() ? std::string() : i.from.text())},
                       {"text", js(i.text)},
                       {"answers", strings(i.answers)},
                       {"listed", i.listed}});
  }
  out_ << "[" << local_time(i.received_ms) << "] " << i.message_id.substr(0, 32) << "  "
       << (!i.listed  ? tr("(not on the relay's list, its inbox was full: only your device has it)")
           : i.handled ? tr("(handled)")
                       : tr("(waiting)"))
       << "\n";
  if (!i.text.empty()) {
    out_ << "    ~" << terminal_safe(i.sender_name) << ": " << terminal_safe(i.text) << "\n";
  }
  for (const auto& a : i.answers)
    out_ << "    " << tr("you answered: {1}", terminal_safe(a)) << "\n";
}

void Printer::stats(const engine::StatsView& s) {
  if (json_) {
    json::object languages;
    for (const auto& [l, n] : s.languages) languages[js(l.empty() ? "-" : l)] = n;
    return emit(out_, {{"org", js(s.org)},
                       {"period", js(s.period)},
                       {"permanences", s.permanences},
                       {"conversations", s.conversations},
                       {"unanswered", s.unanswered},
                       {"languages", languages},
                       {"wait_p50_s", s.wait_p50_s},
                       {"wait_p90_s", s.wait_p90_s},
                       {"wait_max_s", s.wait_max_s},
                       {"org_messages", s.org_messages},
                       {"handoffs", s.handoffs}});
  }
  out_ << s.org << ", " << s.period << ": "
       << trn("{1} permanence", "{1} permanences", s.permanences, s.permanences) << ", "
       << trn("{1} conversation", "{1} conversations", s.conversations, s.conversations) << ", "
       << trn("{1} unanswered", "{1} unanswered", s.unanswered, s.unanswered) << ", "
       << trn("{1} handoff", "{1} handoffs", s.handoffs, s.handoffs) << ", "
       << trn("{1} out-of-hours message", "{1} out-of-hours messages", s.org_messages,
              s.org_messages)
       << "\n    "
       << tr("waiting: median {1}, 90 percent under {2}, longest {3}", duration_words(s.wait_p50_s),
             duration_words(s.wait_p90_s), duration_words(s.wait_max_s))
       << "\n    " << tr("languages:");
  for (const auto& [l, n] : s.languages) out_ << " " << (l.empty() ? "-" : l) << " " << n;
  out_ << "\n";
}

void Printer::message_left(std::string_view org, std::string_view message_id, uint32_t copies,
                           const std::optional<engine::Failure>& not_listed) {
  // The workers have their copies either way; without the inbox's record they may see it late,
  // and the person must know it (a flood of other accounts can fill an inbox).
  const bool full = not_listed && not_listed->problem == engine::Problem::queue_full;
  if (json_) {
    json::object o{{"org", js(org)},
                   {"message_id", js(message_id)},
                   {"copies", copies},
                   {"listed", !not_listed}};
    if (not_listed) o["not_listed"] = full ? "inbox_full" : "refused";
    return emit(out_, std::move(o));
  }
  out_ << trn("Your message waits for {2} ({1} worker will read it).",
              "Your message waits for {2} ({1} workers will read it).", copies, copies, org)
       << "\n";
  if (!not_listed) return;
  out_ << (full ? tr("The workers have your message, but {1}'s inbox on the relay is full: they "
                     "may see it late. If it is urgent, relais resources lists emergency numbers.",
                     org)
                : tr("The workers have your message, but the relay could not add it to {1}'s "
                     "inbox for now: they may see it late. If it is urgent, relais resources "
                     "lists emergency numbers.",
                     org))
       << "\n";
}

void Printer::handoff_offered(std::string_view ticket, std::string_view to_worker,
                              std::string_view name) {
  if (json_) {
    return emit(out_, {{"kind", "handoff"},
                       {"ticket", js(ticket)},
                       {"to_worker", js(to_worker)},
                       {"to_name", js(name)}});
  }
  // A colleague this device knows no name for is "a colleague": never the start of her id.
  (void)to_worker;
  out_ << (name.empty()
               ? tr("Your worker proposes to pass your conversation (ticket {1}) to a colleague: "
                    "relais ticket accept, or relais ticket decline.",
                    ticket)
               : tr("Your worker proposes to pass your conversation (ticket {1}) to a colleague, "
                    "{2}: relais ticket accept, or relais ticket decline.",
                    ticket, "~" + terminal_safe(name)))
       << "\n";
}

void Printer::ticket_closed(std::string_view ticket, engine::TicketEnd reason) {
  if (json_) {
    return emit(
        out_,
        {{"kind", "ticket_closed"}, {"ticket", js(ticket)}, {"reason", js(engine::word(reason))}});
  }
  out_ << tr("Ticket {1} is over: {2}.", ticket, end_words(reason)) << "\n";
}

void Printer::permanence_notice(const engine::event::PermanenceNotice& n) {
  if (json_) {
    json::object o{{"kind", "permanence"}, {"event", js(engine::word(n.kind))}, {"org", js(n.org)}};
    if (!n.room.empty()) o["room"] = js(n.room);
    if (!n.ticket.empty()) o["ticket"] = js(n.ticket);
    if (!n.message_id.empty()) o["message_id"] = js(n.message_id);
    if (n.queue_length) o["queue_length"] = n.queue_length;
    return emit(out_, o);
  }
  out_ << tr("Permanence {1}: {2}", n.org, notice_words(n.kind));
  if (!n.ticket.empty()) out_ << " " << tr("(ticket {1})", n.ticket);
  if (n.queue_length)
    out_ << ", " << trn("{1} waiting", "{1} waiting", n.queue_length, n.queue_length);
  out_ << "\n";
}

void Printer::ticket_message(std::string_view ticket, std::string_view from,
                             std::string_view from_id, std::string_view text, uint64_t ts,
                             bool earlier, bool from_worker) {
  if (json_) {
    json::object o{{"kind", "ticket_message"}, {"ticket", js(ticket)}, {"from", js(from)},
                   {"from_id", js(from_id)},   {"text", js(text)},     {"ts", ts}};
    if (earlier) {
      o["earlier"] = true;  // from before a handoff, passed on by the person
      o["from_worker"] = from_worker;
    }
    return emit(out_, o);
  }
  out_ << "[" << local_time(ts) << "] " << tr("ticket {1}", ticket)
       << (earlier ? " " + tr("(earlier)") : std::string()) << " ~" << terminal_safe(from) << ": "
       << terminal_safe(text) << "\n";
}

void Printer::org_message(std::string_view org, std::string_view from, std::string_view from_id,
                          std::string_view message_id, std::string_view text, uint64_t ts,
                          bool answer) {
  if (json_) {
    return emit(out_, {{"kind", answer ? "org_answer" : "org_message"},
                       {"org", js(org)},
                       {"from", js(from)},
                       {"from_id", js(from_id)},
                       {"message_id", js(message_id)},
                       {"text", js(text)},
                       {"ts", ts}});
  }
  out_ << "[" << local_time(ts) << "] " << (answer ? tr("from {1}", org) : tr("for {1}", org))
       << " ~" << terminal_safe(from) << ": " << terminal_safe(text) << "\n";
}

namespace {
// The text in exactly this language, or "" (the --json lines keep one key per language).
std::string text_in(const engine::Texts& texts, std::string_view language) {
  auto it = texts.find(language);
  return it == texts.end() ? std::string() : it->second;
}
}  // namespace

void Printer::resources(const engine::ResourceDirectory& directory, std::string_view city,
                        const std::vector<engine::PermanenceView>& permanences) {
  for (const auto& o : directory.organisations) {
    if (!city.empty() && !engine::works_in(o, city)) continue;
    const auto perm = std::find_if(permanences.begin(), permanences.end(),
                                   [&](const auto& p) { return p.org == o.id; });
    if (json_) {
      json::object line{{"kind", "organisation"},
                        {"id", js(o.id)},
                        {"name", js(o.name)},
                        {"cities", strings(o.cities)},
                        {"what_fr", js(text_in(o.what, "fr"))},
                        {"what_nl", js(text_in(o.what, "nl"))},
                        {"what_en", js(text_in(o.what, "en"))},
                        {"phone", js(o.phone)},
                        {"email", js(o.email)},
                        {"website", js(o.website)},
                        {"address", js(o.address)},
                        {"needs_confirmation", o.needs_confirmation}};
      if (perm != permanences.end()) {
        line["permanence"] =
            json::object{{"open", perm->open}, {"next_open", js(perm->next_open_local)}};
      }
      emit(out_, line);
      continue;
    }
    // The person's language for the data, with the engine's stated fallback (resources.h).
    const std::string name =
        o.names.empty() ? o.name : engine::in_language(o.names, data_language());
    out_ << terminal_safe(name)
         << (o.needs_confirmation ? "  " + tr("[details to be confirmed]") : std::string())
         << "\n    " << terminal_safe(engine::in_language(o.what, data_language())) << "\n";
    if (perm != permanences.end()) {
      out_ << "    "
           << tr("chat permanence: {1}",
                 perm->open ? tr("open now")
                 : perm->next_open_local.empty()
                     ? tr("none scheduled")
                     : tr("next {1} (Brussels time)", spelt_date(perm->next_open_local)))
           << "\n";
    }
    for (const auto& [label, value] :
         {std::pair<const char*, const std::string*>{N_("phone: {1}"), &o.phone},
          {N_("email: {1}"), &o.email},
          {N_("website: {1}"), &o.website},
          {N_("address: {1}"), &o.address}}) {
      if (!value->empty()) out_ << "    " << tr(label, terminal_safe(*value)) << "\n";
    }
  }
  // A city no organisation works in (a typo, or a place Relais does not know): say so, so that
  // the numbers below are not read as the city's own.
  if (!json_ && !city.empty() &&
      std::none_of(directory.organisations.begin(), directory.organisations.end(),
                   [&](const auto& o) { return engine::works_in(o, city); })) {
    out_ << tr("Relais knows no organisation in {1}.", terminal_safe(city)) << "\n";
  }
  if (!directory.emergency.empty() && !json_) out_ << tr("Emergency numbers:") << "\n";
  for (const auto& e : directory.emergency) {
    if (json_) {
      emit(out_, {{"kind", "emergency"},
                  {"number", js(e.number)},
                  {"name_fr", js(text_in(e.names, "fr"))},
                  {"name_nl", js(text_in(e.names, "nl"))},
                  {"name_en", js(text_in(e.names, "en"))}});
      continue;
    }
    out_ << "    " << terminal_safe(e.number) << "  "
         << terminal_safe(engine::in_language(e.names, data_language())) << "\n";
  }
}

void Printer::cached_emergency(const std::vector<engine::EmergencyNumber>& numbers) {
  if (numbers.empty()) return;
  if (!json_) out_ << tr("In an emergency (the list kept on this device):") << "\n";
  for (const auto& e : numbers) {
    if (json_) {
      emit(out_, {{"kind", "emergency"},
                  {"number", js(e.number)},
                  {"name_fr", js(text_in(e.names, "fr"))},
                  {"name_nl", js(text_in(e.names, "nl"))},
                  {"name_en", js(text_in(e.names, "en"))}});
      continue;
    }
    out_ << "    " << terminal_safe(e.number) << "  "
         << terminal_safe(engine::in_language(e.names, data_language())) << "\n";
  }
}

}  // namespace relais::cli
