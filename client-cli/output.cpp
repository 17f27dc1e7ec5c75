#include "client-cli/output.h"

#include <boost/json.hpp>
#include <ctime>

namespace relais::cli {
namespace json = boost::json;

namespace {

void emit(std::ostream& out, const json::object& o) {
  out << json::serialize(o) << '\n' << std::flush;
}

json::string_view js(std::string_view s) {
  return json::string_view(s.data(), s.size());
}

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is not valid UTF-8.
size_t utf8_sequence(std::string_view text, size_t i, uint32_t& cp) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  size_t len;
  uint32_t min;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    const size_t len = utf8_sequence(text, i, cp);
    if (len == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    const bool control =
        (cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
    const bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    if (control || bidi) {
      out += kReplacement;
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string local_time(uint64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
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
  out_ << "Registered as " << terminal_safe(name) << " with " << terminal_safe(server) << ".\n"
       << "Your id: " << id << "\n"
       << "Give this id to the people who should be able to write to you.\n";
}

void Printer::whoami(std::string_view id, std::string_view name, std::string_view fingerprint) {
  if (json_)
    return emit(out_, {{"id", js(id)}, {"name", js(name)}, {"fingerprint", js(fingerprint)}});
  out_ << "name:        " << terminal_safe(name) << "\n"
       << "id:          " << id << "\n"
       << "fingerprint: " << fingerprint << "\n";
}

void Printer::contact_added(std::string_view name, std::string_view id, bool replaced) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}, {"replaced", replaced}});
  out_ << (replaced ? "Updated contact " : "Added contact ") << terminal_safe(name) << " (" << id
       << ").\n";
}

void Printer::contact(std::string_view name, std::string_view id) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}});
  out_ << id << "  " << terminal_safe(name) << "\n";
}

void Printer::no_contacts() {
  if (!json_) out_ << "No contacts yet; add one with: relais contact add NAME ID\n";
}

void Printer::sent(std::string_view to, std::string_view to_id, std::string_view message_id_hex,
                   uint64_t ts) {
  if (json_) {
    return emit(
        out_,
        {{"to", js(to)}, {"to_id", js(to_id)}, {"message_id", js(message_id_hex)}, {"ts", ts}});
  }
  out_ << "Sent to " << terminal_safe(to) << ".\n";
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

void Printer::no_messages() {
  if (!json_) out_ << "No new messages.\n";
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
  out_ << (joined ? "* " : "  ") << id << "  " << terminal_safe(name) << "  (" << policy << ", "
       << members << (members == 1 ? " member" : " members") << ")\n";
}

void Printer::joined(std::string_view room, bool pending) {
  if (json_) {
    return emit(out_, {{"room", js(room)}, {"joined", !pending}, {"pending", pending}});
  }
  if (pending) {
    out_ << "Asked to join " << room << "; a moderator will answer (see relais sync).\n";
  } else {
    out_ << "Joined " << room << ".\n";
  }
}

void Printer::left(std::string_view room) {
  if (json_) return emit(out_, {{"room", js(room)}, {"left", true}});
  out_ << "Left " << room << ".\n";
}

void Printer::member(std::string_view id, std::string_view name, std::string_view role) {
  if (json_) return emit(out_, {{"id", js(id)}, {"name", js(name)}, {"role", js(role)}});
  out_ << id << "  " << (name.empty() ? std::string("(no name yet)") : "~" + terminal_safe(name))
       << (role == "member" ? "" : "  [" + std::string(role) + "]") << "\n";
}

void Printer::said(std::string_view room, uint64_t seq, uint64_t ts) {
  if (json_) return emit(out_, {{"room", js(room)}, {"seq", seq}, {"ts", ts}});
  out_ << "Said in " << room << ".\n";
}

void Printer::room_message(std::string_view room, uint64_t seq, std::string_view from,
                           std::string_view from_id, std::string_view text, uint64_t ts,
                           bool alert) {
  if (json_) {
    json::object o{{"kind", "room"},       {"room", js(room)}, {"seq", seq},
                   {"from", js(from)},     {"from_id", js(from_id)},
                   {"text", js(text)},     {"ts", ts}};
    if (alert) o["alert"] = true;
    return emit(out_, o);
  }
  std::string body = terminal_safe(text);
  for (size_t p = body.find('\n'); p != std::string::npos; p = body.find('\n', p + 1)) {
    body.insert(p + 1, "    ");
  }
  out_ << "[" << local_time(ts) << "] #" << room << " (" << seq << ") ~"
       << terminal_safe(from.empty() ? from_id : from) << (alert ? " [ALERT]" : "") << ": "
       << body << "\n"
       << std::flush;
}

void Printer::room_event(std::string_view room, uint64_t seq, std::string_view event,
                         std::string_view who_id, std::string_view who_name, uint64_t ts,
                         std::string_view by_id, uint64_t target_seq, uint64_t until_ms,
                         std::string_view role) {
  if (json_) {
    json::object o{{"kind", "event"}, {"room", js(room)}, {"seq", seq},
                   {"event", js(event)}, {"who", js(who_id)}, {"ts", ts}};
    if (!by_id.empty()) o["by"] = js(by_id);
    if (target_seq) o["target_seq"] = target_seq;
    if (until_ms) o["until"] = until_ms;
    if (!role.empty()) o["role"] = js(role);
    return emit(out_, o);
  }
  out_ << "[" << local_time(ts) << "] #" << room << " ";
  if (!who_id.empty()) {
    out_ << (who_name.empty() ? std::string(who_id) : "~" + terminal_safe(who_name)) << " ";
  }
  out_ << event;
  if (!role.empty()) out_ << " " << role;
  if (target_seq) out_ << " message " << target_seq;
  if (until_ms) out_ << " until " << local_time(until_ms);
  if (!by_id.empty()) out_ << " (by " << by_id << ")";
  out_ << "\n" << std::flush;
}

void Printer::room_removed(std::string_view room, uint64_t seq) {
  if (json_) return emit(out_, {{"kind", "removed"}, {"room", js(room)}, {"seq", seq}});
  out_ << "#" << room << " message " << seq << " was removed by a moderator.\n";
}

void Printer::done(std::string_view action, std::string_view room, std::string_view target) {
  if (json_) {
    json::object o{{"ok", true}, {"action", js(action)}};
    if (!room.empty()) o["room"] = js(room);
    if (!target.empty()) o["target"] = js(target);
    return emit(out_, o);
  }
  out_ << "Done: " << action;
  if (!target.empty()) out_ << " " << target;
  if (!room.empty()) out_ << " in " << room;
  out_ << ".\n";
}

void Printer::pinned(std::string_view room, uint64_t seq, uint64_t duration_s) {
  if (json_) {
    return emit(out_, {{"ok", true}, {"action", "pin"}, {"room", js(room)}, {"seq", seq},
                       {"duration_s", duration_s}});
  }
  out_ << "Pinned the alert (message " << seq << ") in " << room << ".\n";
}

void Printer::invite(std::string_view code, uint64_t expires_ms, std::string_view room) {
  if (json_) {
    json::object o{{"code", js(code)}, {"expires", expires_ms}};
    if (!room.empty()) o["room"] = js(room);
    return emit(out_, o);
  }
  out_ << "Invite code: " << code << "\nIt works until " << local_time(expires_ms)
       << (room.empty() ? std::string(" for registering.") : " for joining " + std::string(room) + ".")
       << "\n";
}

void Printer::room_created(std::string_view room) {
  if (json_) return emit(out_, {{"room", js(room)}, {"created", true}});
  out_ << "Created room " << room << ".\n";
}

void Printer::join_request(std::string_view room, std::string_view id, uint64_t since_ms) {
  if (json_) return emit(out_, {{"room", js(room)}, {"id", js(id)}, {"since", since_ms}});
  out_ << id << "  waits since " << local_time(since_ms) << "\n";
}

void Printer::no_join_requests(std::string_view room) {
  if (!json_) out_ << "Nobody waits to join " << room << ".\n";
}

void Printer::mod_log_entry(std::string_view room, const engine::ModLogItem& e) {
  if (json_) {
    json::object o{{"room", js(room)},
                   {"ts", e.time_ms},
                   {"action", js(e.action)},
                   {"by", js(e.actor.empty() ? std::string() : e.actor.text())},
                   {"target", js(e.target.empty() ? std::string() : e.target.text())}};
    if (e.seq) o["seq"] = e.seq;
    if (e.duration_s) o["duration_s"] = e.duration_s;
    return emit(out_, o);
  }
  out_ << "[" << local_time(e.time_ms) << "] " << (e.actor.empty() ? "?" : e.actor.text()) << " "
       << e.action;
  if (!e.target.empty()) out_ << " " << e.target.text();
  if (e.seq) out_ << " message " << e.seq;
  if (e.duration_s) out_ << " for " << e.duration_s << " s";
  out_ << "\n";
}

void Printer::report_sent(std::string_view room, uint64_t seq, uint32_t recipients) {
  if (json_) {
    return emit(out_, {{"reported", true}, {"room", js(room)}, {"seq", seq},
                       {"moderators", recipients}});
  }
  out_ << "Reported message " << seq << " of " << room << " to " << recipients
       << (recipients == 1 ? " moderator.\n" : " moderators.\n");
}

void Printer::report(const engine::ReportView& r) {
  if (json_) {
    json::array context;
    for (const auto& c : r.context) {
      context.push_back(json::object{{"seq", c.seq},
                                     {"from", js(c.sender_name)},
                                     {"from_id", js(c.from.empty() ? "" : c.from.text())},
                                     {"text", js(c.text)},
                                     {"ts", c.time_ms}});
    }
    return emit(out_, {{"kind", "report"},
                       {"report", js(r.report_id)},
                       {"room", js(r.room)},
                       {"reason", js(r.reason)},
                       {"comment", js(r.comment)},
                       {"seq", r.message.seq},
                       {"from", js(r.message.sender_name)},
                       {"from_id", js(r.message.from.empty() ? "" : r.message.from.text())},
                       {"text", js(r.message.text)},
                       {"ts", r.message.time_ms},
                       {"reporter", js(r.reporter_name)},
                       {"reporter_id", js(r.reporter.empty() ? "" : r.reporter.text())},
                       {"context", context},
                       {"checked", r.checked},
                       {"verified", r.verified}});
  }
  out_ << "Report " << r.report_id.substr(0, 8) << " in #" << r.room << " (" << r.reason << "), "
       << (r.verified ? "VERIFIED" : r.checked ? "NOT VERIFIED" : "not checked yet") << "\n";
  for (const auto& c : r.context) {
    out_ << "    (" << c.seq << ") ~" << terminal_safe(c.sender_name) << ": "
         << terminal_safe(c.text) << "\n";
  }
  out_ << "  > (" << r.message.seq << ") ~" << terminal_safe(r.message.sender_name) << " ["
       << (r.message.from.empty() ? "" : r.message.from.text()) << "]: "
       << terminal_safe(r.message.text) << "\n";
  if (!r.comment.empty()) out_ << "  Comment: " << terminal_safe(r.comment) << "\n";
  out_ << "  Reported by ~" << terminal_safe(r.reporter_name) << " ["
       << (r.reporter.empty() ? "" : r.reporter.text()) << "] on " << local_time(r.received_ms)
       << "\n";
}

void Printer::no_reports() {
  if (!json_) out_ << "No reports.\n";
}

void Printer::safety_number(std::string_view name, std::string_view id, std::string_view digits) {
  if (json_) return emit(out_, {{"name", js(name)}, {"id", js(id)}, {"safety_number", js(digits)}});
  out_ << "Safety number with " << terminal_safe(name) << ":\n"
       << group_digits(digits, "    ") << "\n"
       << "Compare it with theirs in person or over a channel you trust.\n";
}

}  // namespace relais::cli
