#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>

#include "client-cli/ask.h"
#include "client-cli/cli.h"
#include "client-cli/i18n.h"
#include "client-cli/output.h"
#include "client-cli/profile.h"
#include "client-cli/relay_link.h"
#include "client-cli/sentences.h"
#include "core/base/encoding.h"
#include "core/client_net/url.h"
#include "core/engine/marks.h"
#include "core/vault/format.h"

namespace relais::cli {
namespace {

using namespace std::chrono_literals;
using engine::Event;
using profile::Host;
namespace event = engine::event;

constexpr auto kRegisterTimeout = 30s;
constexpr auto kBacklogTimeout = 60s;
// The relay has no room counterpart of queue_last_seq: a room backlog counts as delivered once
// nothing came for this long after the one-to-one backlog.
constexpr auto kRoomQuiet = 300ms;

// How the terminal shows `id`: with the mark, the badge, and whom their name reads like.
Who who_of(const engine::Engine& e, const AccountId& id) {
  Who w{e.person(id), {}};
  if (!w.person.looks_like.empty()) {
    const engine::Person other = e.person(w.person.looks_like);
    w.looks_like = engine::marked(other.name, other.mark);
  }
  return w;
}

// The printer's way to show whoever a line names by id.
WhoOf people_of(const Host& host) {
  return [&host](const AccountId& id) { return who_of(host.engine(), id); };
}

// Asks the relay for the keys of those in `ids` this device has none for, so that their marks
// show; the list still prints without them when the lookup fails (one sentence on stderr).
void learn_marks(Host& host, std::ostream& err, const std::vector<AccountId>& ids) {
  std::vector<AccountId> unknown;
  for (const auto& id : ids) {
    if (!id.empty() && host.engine().person(id).mark.empty()) unknown.push_back(id);
  }
  if (unknown.empty()) return;
  auto learned = ask<event::IdentitiesLearned>(
      host, err, [&](engine::Engine& e) { return e.learn_identities(unknown); });
  if (!learned.ok()) {
    err << "relais: " << tr("marks not shown: {1}", learned.error().message) << "\n";
  }
}

// Whom a person means: a contact's name, a pseudonym (with its mark when two people share it:
// "amira#k3fq"), or an account id.
Result<AccountId> person_id(const engine::Engine& e, const std::string& text,
                            std::string_view unknown) {
  const auto people = e.people_named(text);
  if (people.size() == 1) return people[0].id;
  if (people.empty()) return Error{Errc::not_found, std::string(unknown)};
  std::string which;
  for (const auto& p : people) {
    which += (which.empty() ? "" : ", ") + terminal_safe(engine::marked(p.name, p.mark));
  }
  return Error{Errc::invalid_argument,
               tr("{1} is the name of {2} people: {3}. Say which with the mark, as in {4}.",
                  terminal_safe(text), people.size(), which,
                  terminal_safe(engine::marked(people[0].name, people[0].mark)))};
}

Result<AccountId> contact_id(const engine::Engine& e, const std::string& name) {
  return person_id(e, name,
                   tr("There is no contact named {1}; add one with relais contact add NAME ID.",
                      terminal_safe(name)));
}

void print_message(Printer& p, const engine::Engine& e, const engine::Message& m) {
  if (!m.ticket.empty()) {
    return p.ticket_message(m.ticket, m.sender_name, m.peer.text(), m.text, m.time_ms, m.earlier,
                            m.from_worker);
  }
  if (!m.org.empty()) {
    const bool answer = !m.reply_to.empty();
    return p.org_message(m.org, m.sender_name, m.peer.text(),
                         to_hex(answer ? m.reply_to : m.message_id), m.text, m.time_ms, answer);
  }
  Who from = who_of(e, m.peer);
  if (from.person.name.empty()) from.person.name = m.sender_name;
  p.direct_message(from, m.text, m.time_ms);
}

void print_room_item(Printer& p, const engine::Engine& e, const engine::RoomItem& i) {
  if (i.is_event) {
    std::string who_name;
    if (!i.from.empty()) {
      const engine::Person who = e.person(i.from);
      if (!who.name.empty()) who_name = engine::marked(who.name, who.mark);
    }
    return p.room_event(i.room, i.seq, engine::word(i.event), i.from.empty() ? "" : i.from.text(),
                        who_name, i.time_ms, i.by.empty() ? "" : i.by.text(), i.target_seq,
                        i.until_ms, i.role ? engine::word(*i.role) : std::string_view(),
                        !i.from.empty() && i.from == e.account_id());
  }
  Who from = who_of(e, i.from);
  if (from.person.name.empty()) from.person.name = i.sender_name;
  p.room_message(i.room, i.seq, from, i.text, i.time_ms, i.alert);
}

// The name this device knows for an account: its contact name, else the pseudonym it gave.
std::string name_for(const engine::Engine& e, const AccountId& id) {
  if (id.empty()) return {};
  if (auto n = e.contact_name(id)) return *n;
  if (auto n = e.pseudonym(id)) return *n;
  return {};
}

// A member named by a contact name, a pseudonym (with its mark where ambiguous) or an id.
Result<AccountId> member_id(const engine::Engine& e, const std::string& text) {
  return person_id(e, text,
                   tr("{1} is neither a contact, nor a name seen in a message, nor an account id "
                      "(26 characters, as relais members prints).",
                      terminal_safe(text)));
}

// A message the engine keeps until the relay confirms it: checked before connecting.
AskOptions message_options() {
  AskOptions o;
  o.start = StartAt::once;
  o.timeout_sentence = tr("The relay did not confirm the message within 30 seconds.");
  return o;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  speak(language_from_environment());
  auto inv = parse_command_line(args);
  if (!inv) {
    err << "relais: " << inv.error().message << "\n";
    return kExitUsage;
  }
  if (inv->command == Command::help) {
    out << inv->help_text;
    return kExitOk;
  }
  auto home = resolve_home(inv->home);
  if (!home) {
    err << "relais: " << home.error().message << "\n";
    return kExitUsage;
  }
  Status st;
  switch (inv->command) {
    case Command::register_account:
      st = register_account(*inv, *home, out, err);
      break;
    case Command::whoami:
      st = whoami(*inv, *home, out);
      break;
    case Command::contact_add:
      st = add_contact(*inv, *home, out);
      break;
    case Command::contacts:
      st = list_contacts(*inv, *home, out);
      break;
    case Command::send:
      st = send(*inv, *home, out, err);
      break;
    case Command::sync:
      st = sync(*inv, *home, out, err);
      break;
    case Command::safety_number:
      st = safety_number(*inv, *home, out, err);
      break;
    case Command::verify:
    case Command::accept_key:
      st = verify(*inv, *home, out, err);
      break;
    case Command::version:
      out << "relais " << RELAIS_VERSION << "\n";
      return kExitOk;
    case Command::chat:
      st = chat(*inv, *home, out, err);
      break;
    case Command::rooms:
      st = list_rooms(*inv, *home, out, err);
      break;
    case Command::join:
      st = join_room(*inv, *home, out, err);
      break;
    case Command::leave:
      st = leave_room(*inv, *home, out, err);
      break;
    case Command::members:
      st = list_members(*inv, *home, out, err);
      break;
    case Command::say:
      st = say(*inv, *home, out, err);
      break;
    case Command::admin_grant:
    case Command::admin_revoke:
      st = admin_role(*inv, *home, out, err);
      break;
    case Command::admin_room_create:
      st = admin_room_create(*inv, *home, out, err);
      break;
    case Command::admin_invite:
      st = admin_invite(*inv, *home, out, err);
      break;
    case Command::mod_requests:
      st = mod_requests(*inv, *home, out, err);
      break;
    case Command::mod_action:
      st = mod_action(*inv, *home, out, err);
      break;
    case Command::mod_pin:
      st = mod_pin(*inv, *home, out, err);
      break;
    case Command::mod_log:
      st = mod_log(*inv, *home, out, err);
      break;
    case Command::report:
      st = report(*inv, *home, out, err);
      break;
    case Command::reports:
      st = reports(*inv, *home, out, err);
      break;
    case Command::admin_org_create:
      st = org_create(*inv, *home, out, err);
      break;
    case Command::permanence_add:
    case Command::permanence_remove:
    case Command::permanence_cancel:
      st = permanence_edit(*inv, *home, out, err);
      break;
    case Command::permanences:
      st = permanences(*inv, *home, out, err);
      break;
    case Command::knock:
      st = knock(*inv, *home, out, err);
      break;
    case Command::ticket:
    case Command::ticket_leave:
    case Command::ticket_say:
    case Command::ticket_answer:
      st = ticket(*inv, *home, out, err);
      break;
    case Command::leave_message:
      st = leave_message(*inv, *home, out, err);
      break;
    case Command::staff:
      st = staff(*inv, *home, out, err);
      break;
    case Command::resources:
      st = resources(*inv, *home, out, err);
      break;
    case Command::help:
      break;
  }
  if (!st) {
    err << "relais: " << st.error().message << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

Status register_account(const Invocation& inv, const std::string& home, std::ostream& out,
                        std::ostream& err) {
  if (profile::exists(home)) {
    return Error{Errc::already_exists,
                 tr("The profile in {1} is already registered; use another --home.", home)};
  }
  if (const auto problem = client_net::relay_url_problem(inv.server)) {
    return Error{Errc::invalid_argument, sentence(*problem)};
  }
  if (auto checked = engine::check_name(inv.name); !checked) {
    return Error{Errc::invalid_argument,
                 tr("The pseudonym is not usable: {1}", sentence(checked.failure()))};
  }
  std::string ca;
  if (!inv.ca.empty()) {
    // Kept in the profile as an absolute path: later commands may run from anywhere.
    std::error_code ec;
    ca = std::filesystem::absolute(inv.ca, ec).string();
    if (ec || !std::ifstream(ca))
      return Error{Errc::invalid_argument, tr("The CA file {1} cannot be read.", inv.ca)};
  }
  RELAIS_TRY(profile::vault_kdf_params());  // before asking for a passphrase it could not use
  RELAIS_TRY_ASSIGN(std::string passphrase, read_passphrase(/*confirm=*/true));
  auto begun = Host::begin_registration(home, passphrase, {inv.name, inv.server, ca, inv.invite});
  vault::wipe(passphrase);
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, std::move(begun));

  boost::asio::io_context io;
  RelayLink link(io, *host, err);
  link.on_event([&](const Event& e) {
    // The host created the vault before handing this on.
    if (std::holds_alternative<event::Registered>(e)) link.finish();
  });
  link.set_deadline(kRegisterTimeout,
                    {Errc::timeout, tr("The relay did not answer the registration in time.")});
  RELAIS_TRY(link.run());
  if (host->registering()) return Error{Errc::internal, tr("The registration did not complete.")};
  const engine::Engine& me = host->engine();
  Printer(out, inv.json)
      .registered(me.account_id().text(), me.name(), me.fingerprint(), me.server_url());
  return ok_status();
}

Status whoami(const Invocation& inv, const std::string& home, std::ostream& out) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  const engine::Engine& me = host->engine();
  Printer(out, inv.json).whoami(me.account_id().text(), me.name(), me.fingerprint());
  return ok_status();
}

Status add_contact(const Invocation& inv, const std::string& home, std::ostream& out) {
  auto id = AccountId::from_text(inv.id);
  if (!id) {
    return Error{Errc::invalid_argument,
                 tr("{1} is not a Relais id (26 letters and digits, as relais whoami shows it).",
                    terminal_safe(inv.id))};
  }
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  const auto before = host->engine().find_contact(inv.contact);
  if (auto added =
          host->command([&](engine::Engine& e) { return e.add_contact(inv.contact, *id); });
      !added) {
    const engine::Failure& f = added.failure();
    if (f.problem == engine::Problem::contact_id_taken) {
      return Error{f.code, tr("This id is already the contact {1}.",
                              terminal_safe(*host->engine().contact_name(*id)))};
    }
    return Error{f.code, sentence(f)};
  }
  RELAIS_TRY(save_profile(*host));  // the command's turn saved it, unless the disk refused
  Printer(out, inv.json).contact_added(inv.contact, id->text(), before && *before != *id);
  return ok_status();
}

Status list_contacts(const Invocation& inv, const std::string& home, std::ostream& out) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  Printer printer(out, inv.json);
  const auto contacts = host->engine().contacts();
  for (const auto& c : contacts) printer.contact(c.name, c.id.text());
  if (contacts.empty()) printer.no_contacts();
  return ok_status();
}

Status send(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId to, contact_id(host->engine(), inv.contact));
  if (const Who who = who_of(host->engine(), to); who.person.key_changed) {
    // Nothing goes silently to a key that replaced the one this person knew.
    return Error{Errc::permission,
                 tr("Not sent: the identity key of {1} changed. It may be a new phone, or someone "
                    "else. Compare the safety number (relais safety-number NAME), then relais "
                    "verify NAME; or relais accept-key NAME to write to the new key anyway.",
                    shown(who))};
  }
  AskOptions options = message_options();
  options.refused = [&](const event::RequestFailed& f) -> Error {
    if (f.failure.code == Errc::not_found) {
      return {Errc::not_found,
              tr("The relay knows no account for {1}; check the id.", terminal_safe(inv.contact))};
    }
    return {f.failure.code, tr("The message was not sent: {1}", sentence(f.failure))};
  };
  RELAIS_TRY_ASSIGN(
      event::MessageSent sent,
      ask<event::MessageSent>(
          *host, err, [&](engine::Engine& e) { return e.send_text(to, inv.text, now_ms()); },
          options));
  Printer(out, inv.json).sent(inv.contact, to.text(), to_hex(sent.message_id), sent.server_time_ms);
  return ok_status();
}

Status sync(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  Printer printer(out, inv.json);
  printer.people(people_of(*host));
  boost::asio::io_context io;
  boost::asio::steady_timer wait(io);
  boost::asio::steady_timer quiet(io);
  RelayLink link(io, *host, err);
  bool backlog_done = false;
  bool caught_up = false;
  size_t printed = 0;
  auto print_unread = [&] {
    const auto [messages, items] = host->command(
        [](engine::Engine& e) { return std::make_pair(e.take_unread(), e.take_room_unread()); });
    for (const auto& m : messages) {
      print_message(printer, host->engine(), m);
      ++printed;
    }
    for (const auto& i : items) {
      print_room_item(printer, host->engine(), i);
      ++printed;
    }
  };
  auto caught_up_now = [&] {
    caught_up = true;
    print_unread();
    if (inv.wait_seconds == 0) return link.finish();
    link.clear_deadline();  // the wait takes over
    wait.expires_after(std::chrono::seconds(inv.wait_seconds));
    wait.async_wait([&](boost::system::error_code ec) {
      if (!ec) link.finish();
    });
  };
  auto restart_quiet = [&] {
    quiet.expires_after(kRoomQuiet);
    quiet.async_wait([&](boost::system::error_code ec) {
      if (!ec && !caught_up && !link.done()) caught_up_now();
    });
  };
  link.on_event([&](const Event& e) {
    if (auto* r = std::get_if<event::RoomItemRemoved>(&e)) {
      printer.room_removed(r->room, r->seq, r->yours);
      ++printed;
    } else if (auto* handled = std::get_if<event::ReportHandled>(&e)) {
      printer.report_handled(handled->report, /*by_us=*/false);
      ++printed;
    } else if (auto* rep = std::get_if<event::ReportReceived>(&e)) {
      printer.report(rep->report);
      ++printed;
    } else if (auto* t = std::get_if<event::TicketUpdated>(&e); t && t->request == 0) {
      printer.ticket(t->ticket, name_for(host->engine(), t->ticket.worker));
      ++printed;
    } else if (auto* tt = std::get_if<event::TicketTaken>(&e); tt && tt->request == 0) {
      printer.conversation(tt->conversation, name_for(host->engine(), tt->conversation.peer));
      ++printed;
    } else if (auto* h = std::get_if<event::HandoffOffered>(&e)) {
      printer.handoff_offered(h->ticket, h->to_worker.text(), h->name);
      ++printed;
    } else if (auto* tc = std::get_if<event::TicketClosed>(&e)) {
      printer.ticket_closed(tc->ticket, tc->reason);
      ++printed;
    } else if (auto* n = std::get_if<event::PermanenceNotice>(&e)) {
      printer.permanence_notice(*n);
      ++printed;
    } else if (auto* d = std::get_if<event::DoorClosed>(&e); d && d->request == 0) {
      printer.door_closed(d->closed);
      ++printed;
    } else if (auto* j = std::get_if<event::JoinAnswered>(&e)) {
      if (j->approved) {
        printer.joined(j->room);
      } else {
        printer.done("refused", j->room, {});
      }
      ++printed;
    }
    if (std::holds_alternative<event::BacklogComplete>(e)) {
      backlog_done = true;
      restart_quiet();
    } else if ((std::holds_alternative<event::MessageReceived>(e) ||
                std::holds_alternative<event::RoomItemReceived>(e)) &&
               caught_up) {
      print_unread();
    }
  });
  link.on_incoming([&] {
    if (backlog_done && !caught_up) restart_quiet();
  });
  link.set_deadline(
      kBacklogTimeout,
      {Errc::timeout, tr("The relay did not deliver the waiting messages within 60 seconds.")});
  host->tick(now_ms());  // disappearing messages gone while away
  RELAIS_TRY(link.run());
  if (printed == 0) printer.no_messages();
  return ok_status();
}

Status safety_number(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId peer, contact_id(host->engine(), inv.contact));
  if (!host->engine().has_session(peer)) {
    // The peer's identity key comes with its bundle: fetch it once.
    AskOptions options;
    options.start = StartAt::once;
    options.refused = [&](const event::RequestFailed& f) -> Error {
      if (f.failure.code != Errc::not_found) return error_of(f.failure);
      return {f.failure.code,
              tr("The relay knows no account for {1}.", terminal_safe(inv.contact))};
    };
    RELAIS_TRY(ask<event::SessionReady>(
        *host, err, [&](engine::Engine& e) { return e.open_session(peer); }, options));
  }
  RELAIS_TRY_ASSIGN(std::string digits, host->engine().safety_number(peer));
  Printer(out, inv.json).safety_number(who_of(host->engine(), peer), digits);
  return ok_status();
}

Status verify(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream&) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId peer, contact_id(host->engine(), inv.contact));
  const bool accepting = inv.command == Command::accept_key;
  if (auto st = host->command(
          [&](engine::Engine& e) { return accepting ? e.accept_key(peer) : e.verify(peer); });
      !st) {
    return Error{st.error().code, sentence(engine::failure(engine::Problem::no_safety_number))};
  }
  RELAIS_TRY(save_profile(*host));
  Printer(out, inv.json)
      .person_status(who_of(host->engine(), peer), accepting ? "accepted" : "verified");
  return ok_status();
}

Status list_rooms(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto listed, ask<event::RoomsListed>(
                                     *host, err, [](engine::Engine& e) { return e.list_rooms(); }));
  Printer printer(out, inv.json);
  for (const auto& r : listed.rooms) {
    std::string name = r.name_fr;
    if (!r.name_nl.empty() && r.name_nl != r.name_fr) {
      name = name.empty() ? r.name_nl : name + " / " + r.name_nl;
    }
    printer.room(r.room, name, engine::word(r.policy), r.members, r.joined);
  }
  return ok_status();
}

Status join_room(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto joined, ask<event::RoomJoined>(*host, err, [&](engine::Engine& e) {
                      return e.join_room(inv.room, inv.invite);
                    }));
  Printer(out, inv.json).joined(inv.room, joined.pending);
  return ok_status();
}

Status leave_room(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY(
      ask<event::RoomLeft>(*host, err, [&](engine::Engine& e) { return e.leave_room(inv.room); }));
  Printer(out, inv.json).left(inv.room);
  return ok_status();
}

Status list_members(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto listed, ask<event::MembersListed>(*host, err, [&](engine::Engine& e) {
                      return e.list_members(inv.room);
                    }));
  Printer printer(out, inv.json);
  for (const auto& m : listed.members) {
    printer.member(who_of(host->engine(), m.id), engine::word(m.role));
  }
  return ok_status();
}

Status say(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(
      auto posted,
      ask<event::RoomPosted>(
          *host, err, [&](engine::Engine& e) { return e.say(inv.room, inv.text, now_ms()); },
          message_options()));
  Printer(out, inv.json).said(inv.room, posted.seq, posted.server_time_ms);
  return ok_status();
}

// ---- Moderation and administration

Status admin_role(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId who, member_id(host->engine(), inv.id));
  const bool grant = inv.command == Command::admin_grant;
  // The options allow only the words of a role; anything else is refused by the engine's checks.
  const engine::RoleSpec role{
      engine::from_word<engine::Role>(inv.role).value_or(engine::Role::member), inv.scope};
  RELAIS_TRY(ask<event::Done>(*host, err, [&](engine::Engine& e) {
    return grant ? e.grant_role(who, role) : e.revoke_role(who, role);
  }));
  Printer(out, inv.json)
      .done(std::string(grant ? "grant " : "revoke ") + inv.role, inv.scope, who.text());
  return ok_status();
}

Status admin_room_create(const Invocation& inv, const std::string& home, std::ostream& out,
                         std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  engine::RoomSpec spec{
      inv.room,
      inv.name_fr,
      inv.name_nl,
      engine::from_word<engine::JoinPolicy>(inv.policy).value_or(engine::JoinPolicy::open),
      inv.retention_s,
      inv.lifetime_s,
      inv.max_members,
      inv.region};
  RELAIS_TRY(
      ask<event::RoomCreated>(*host, err, [&](engine::Engine& e) { return e.create_room(spec); }));
  Printer(out, inv.json).room_created(inv.room);
  return ok_status();
}

Status admin_invite(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  std::optional<engine::RoleSpec> grants;
  if (!inv.grant.empty()) {
    const auto colon = inv.grant.find(':');
    grants = engine::RoleSpec{
        engine::from_word<engine::Role>(inv.grant.substr(0, colon)).value_or(engine::Role::member),
        colon == std::string::npos ? "" : inv.grant.substr(colon + 1)};
  }
  RELAIS_TRY_ASSIGN(auto invite, ask<event::InviteCreated>(*host, err, [&](engine::Engine& e) {
                      return e.create_invite(inv.room, inv.uses, inv.valid_s, grants);
                    }));
  Printer(out, inv.json).invite(invite.code, invite.expires_ms, inv.room);
  return ok_status();
}

Status mod_requests(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto listed, ask<event::JoinRequestsListed>(*host, err, [&](engine::Engine& e) {
                      return e.list_join_requests(inv.room);
                    }));
  Printer printer(out, inv.json);
  for (const auto& jr : listed.requests) printer.join_request(inv.room, jr.id.text(), jr.since_ms);
  if (listed.requests.empty()) printer.no_join_requests(inv.room);
  return ok_status();
}

Status mod_action(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  engine::ModCommand c;
  c.kind = *engine::from_word<engine::ModKind>(inv.mod_word);
  c.room = inv.room;
  c.seq = inv.seq;
  c.duration_s = inv.duration_s;
  if (!inv.id.empty()) {
    RELAIS_TRY_ASSIGN(c.target, member_id(host->engine(), inv.id));
  }
  RELAIS_TRY(ask<event::Done>(*host, err, [&](engine::Engine& e) { return e.mod_action(c); }));
  // The account or the message acted on; nothing for an action about the room itself.
  const std::string target = !c.target.empty() ? c.target.text()
                             : c.seq != 0      ? std::to_string(c.seq)
                                               : std::string();
  Printer(out, inv.json).done(inv.mod_word, inv.room, target);
  return ok_status();
}

Status mod_pin(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  uint64_t seq = 0;
  AskOptions options;
  options.start = StartAt::once;
  options.also = [&](const Event& e, engine::RequestId r) {
    if (auto* s = std::get_if<event::RoomPosted>(&e); s && s->request == r) seq = s->seq;
  };
  options.refused = [&](const event::RequestFailed& f) -> Error {
    if (seq == 0) return error_of(f.failure);
    return {f.failure.code, tr("The alert was posted as message {1} but not pinned: {2}", seq,
                               sentence(f.failure))};
  };
  RELAIS_TRY(ask<event::Done>(
      *host, err,
      [&](engine::Engine& e) { return e.pin_alert(inv.room, inv.text, inv.duration_s, now_ms()); },
      options));
  Printer(out, inv.json).pinned(inv.room, seq, inv.duration_s);
  return ok_status();
}

Status mod_log(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto read, ask<event::ModLogRead>(*host, err, [&](engine::Engine& e) {
                      return e.read_mod_log(inv.room);
                    }));
  std::vector<AccountId> named;
  for (const auto& entry : read.entries) {
    named.push_back(entry.actor);
    named.push_back(entry.target);
  }
  learn_marks(*host, err, named);
  Printer printer(out, inv.json);
  printer.people(people_of(*host));
  for (const auto& entry : read.entries) printer.mod_log_entry(inv.room, entry);
  return ok_status();
}

Status report(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  const auto reason = *engine::from_word<engine::ReportReason>(inv.reason);
  RELAIS_TRY_ASSIGN(auto sent, ask<event::ReportSent>(*host, err, [&](engine::Engine& e) {
                      return e.report(inv.room, inv.seq, reason, inv.comment, now_ms());
                    }));
  Printer(out, inv.json).report_sent(inv.room, inv.seq, sent.recipients);
  return ok_status();
}

// The held report whose id starts with `prefix` (what `relais reports` shows is enough).
Result<engine::ReportView> held_report(const engine::Engine& e, std::string_view prefix) {
  std::string wanted(prefix);
  std::transform(wanted.begin(), wanted.end(), wanted.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::vector<engine::ReportView> found;
  for (auto& r : e.reports()) {
    if (!wanted.empty() && r.report_id.rfind(wanted, 0) == 0) found.push_back(std::move(r));
  }
  if (found.empty()) return error_of(engine::failure(engine::Problem::no_held_report));
  if (found.size() > 1) {
    return Error{Errc::invalid_argument,
                 tr("{1} begins the ids of several reports: give more of its characters.",
                    std::string(prefix))};
  }
  return found.front();
}

// Reports arrive as one-to-one messages: take in the backlog, let the relay confirm each new
// report's franking tag and say which reports the room's moderators marked handled, then list
// the open ones this profile holds (all with --all), or mark one handled.
Status reports(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  if (inv.mod_word == "handled") {
    RELAIS_TRY_ASSIGN(const engine::ReportView report, held_report(host->engine(), inv.message_id));
    RELAIS_TRY(ask<event::Done>(*host, err, [&](engine::Engine& e) {
      return e.mark_report_handled(report.report_id);
    }));
    Printer(out, inv.json).report_handled(report);
    return ok_status();
  }
  boost::asio::io_context io;
  boost::asio::steady_timer quiet(io);
  RelayLink link(io, *host, err);
  bool backlog_done = false;
  std::function<void()> restart_quiet = [&] {
    quiet.expires_after(kRoomQuiet);
    quiet.async_wait([&](boost::system::error_code ec) {
      if (ec || link.done()) return;
      if (host->engine().reports_settled()) return link.finish();
      restart_quiet();
    });
  };
  link.on_event([&](const Event& e) {
    if (std::holds_alternative<event::BacklogComplete>(e)) {
      backlog_done = true;
      restart_quiet();
    }
  });
  link.on_incoming([&] {
    if (backlog_done) restart_quiet();
  });
  link.set_deadline(kBacklogTimeout,
                    {Errc::timeout, tr("The relay did not deliver the waiting messages in time.")});
  RELAIS_TRY(link.run());
  const auto all = host->engine().reports();
  std::vector<AccountId> named;
  for (const auto& r : all) {
    named.push_back(r.reporter);
    named.push_back(r.message.from);
    for (const auto& c : r.context) named.push_back(c.from);
  }
  learn_marks(*host, err, named);
  Printer printer(out, inv.json);
  printer.people(people_of(*host));
  size_t shown = 0;
  for (const auto& r : all) {
    if (r.handled && !inv.all) continue;
    printer.report(r);
    ++shown;
  }
  if (shown == 0) printer.no_reports();
  printer.handled_not_shown(all.size() - shown);
  return ok_status();
}

// ---- Organisations and permanences

namespace {

std::vector<std::string> split_languages(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const size_t comma = text.find(',', start);
    std::string part = text.substr(start, comma == std::string::npos ? comma : comma - start);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

Status org_create(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  engine::OrgSpec spec{inv.org,         inv.name,  inv.description, split_languages(inv.languages),
                       inv.org_contact, inv.region};
  RELAIS_TRY_ASSIGN(auto listed, ask<event::OrgsListed>(*host, err, [&](engine::Engine& e) {
                      return e.create_org(spec);
                    }));
  Printer printer(out, inv.json);
  for (const auto& o : listed.orgs) printer.org(o);
  return ok_status();
}

Status permanence_edit(const Invocation& inv, const std::string& home, std::ostream& out,
                       std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  Printer printer(out, inv.json);
  if (inv.command == Command::permanence_add) {
    engine::SlotSpec slot{
        0, inv.room, inv.weekday, inv.date, inv.start, inv.end, split_languages(inv.languages)};
    RELAIS_TRY_ASSIGN(
        auto listed, ask<event::PermanencesListed>(
                         *host, err, [&](engine::Engine& e) { return e.add_slot(inv.org, slot); }));
    for (const auto& v : listed.permanences) printer.permanence(v);
    return ok_status();
  }
  const bool remove = inv.command == Command::permanence_remove;
  RELAIS_TRY(ask<event::Done>(*host, err, [&](engine::Engine& e) {
    return remove ? e.remove_slot(inv.org, inv.slot_id) : e.cancel_date(inv.org, inv.date);
  }));
  printer.done(remove ? "remove slot" : "cancel", inv.org,
               remove ? std::to_string(inv.slot_id) : inv.date);
  return ok_status();
}

Status permanences(const Invocation& inv, const std::string& home, std::ostream& out,
                   std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto listed, ask<event::PermanencesListed>(*host, err, [](engine::Engine& e) {
                      return e.list_permanences();
                    }));
  Printer printer(out, inv.json);
  if (!listed.permanences.empty()) printer.permanences_header();
  for (const auto& v : listed.permanences) printer.permanence(v);
  if (listed.permanences.empty()) printer.no_permanences();
  return ok_status();
}

// The organisations' names for the sentences that name one: the relay's list when it answers
// (in the person's language where the resources kept on this device have one), else those
// resources, else the id.
void name_organisations(Host& host, Printer& printer) {
  if (printer.json()) return;
  std::map<std::string, std::string, std::less<>> names;
  std::map<std::string, std::string, std::less<>> in_language;
  if (auto cached = host.engine().cached_resources()) {
    for (const auto& o : cached->organisations) {
      names[o.id] = o.name;
      if (!o.names.empty()) in_language[o.id] = engine::in_language(o.names, data_language());
    }
  }
  std::ostringstream quiet;  // the question is a courtesy: its failure is not the command's
  if (auto listed = ask<event::PermanencesListed>(
          host, quiet, [](engine::Engine& e) { return e.list_permanences(); })) {
    for (const auto& p : listed->permanences) {
      if (!p.name.empty()) names[p.org] = p.name;
    }
  }
  for (auto& [id, name] : in_language) names[id] = name;
  printer.organisations(std::move(names));
}

Status knock(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  auto asked = ask<event::TicketUpdated, event::DoorClosed, event::LanguagesOffered>(
      *host, err, [&](engine::Engine& e) { return e.knock(inv.org, inv.languages, inv.anyway); });
  Printer printer(out, inv.json);
  if (!asked) {
    // The relay out of reach: the emergency numbers this device keeps (from `relais resources`),
    // then the failure as usual.
    const Errc code = asked.error().code;
    if (code == Errc::unavailable || code == Errc::io || code == Errc::timeout) {
      if (auto cached = host->engine().cached_resources())
        printer.cached_emergency(cached->emergency);
    }
    return std::move(asked).error();
  }
  auto& answer = *asked;
  name_organisations(*host, printer);
  if (auto* t = std::get_if<event::TicketUpdated>(&answer)) {
    printer.ticket(t->ticket, name_for(host->engine(), t->ticket.worker));
    if (t->ticket.worker.empty() && !t->ticket.ended) printer.stay_connected();
  }
  if (auto* d = std::get_if<event::DoorClosed>(&answer)) printer.door_closed(d->closed);
  if (auto* l = std::get_if<event::LanguagesOffered>(&answer)) printer.languages_offered(*l);
  return ok_status();
}

// A message of a ticket's conversation goes once the relay has said, at the log-in, what became
// of the ticket: started after the log-in, not before.
AskOptions ticket_message_options() {
  AskOptions o = message_options();
  o.start = StartAt::login;
  return o;
}

Status ticket(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  Printer printer(out, inv.json);
  switch (inv.command) {
    case Command::ticket: {
      // Over while away: where to turn now comes with the end.
      std::optional<engine::ClosedView> closed;
      AskOptions options;
      options.also = [&](const Event& e, engine::RequestId) {
        if (auto* d = std::get_if<event::DoorClosed>(&e)) closed = d->closed;
      };
      RELAIS_TRY_ASSIGN(
          auto t, ask<event::TicketUpdated>(
                      *host, err, [](engine::Engine& e) { return e.ticket_status(); }, options));
      name_organisations(*host, printer);
      printer.ticket(t.ticket, name_for(host->engine(), t.ticket.worker));
      if (t.ticket.worker.empty() && !t.ticket.ended) printer.stay_connected();
      if (closed) printer.door_closed(*closed);
      return ok_status();
    }
    case Command::ticket_leave:
      RELAIS_TRY(ask<event::Done>(*host, err, [](engine::Engine& e) { return e.ticket_leave(); }));
      printer.done("leave", {}, "ticket");
      return ok_status();
    case Command::ticket_answer: {
      const auto mine = host->engine().member_ticket();
      if (!mine) return Error{Errc::not_found, tr("This device holds no ticket.")};
      const bool accept = inv.mod_word == "accept";
      // The offer may come with this log-in: asked first, so that "nothing to answer" is said
      // as such rather than as the relay's refusal of a malformed request.
      RELAIS_TRY_ASSIGN(auto now, ask<event::TicketUpdated>(*host, err, [](engine::Engine& e) {
                          return e.ticket_status();
                        }));
      if (now.ticket.offered_to.empty()) {
        return Error{Errc::not_found, tr("No colleague was offered to you.")};
      }
      RELAIS_TRY(ask<event::Done>(
          *host, err, [&](engine::Engine& e) { return e.answer_handoff(mine->ticket, accept); }));
      printer.done(inv.mod_word, {}, mine->ticket);
      return ok_status();
    }
    default: {  // ticket say
      const auto mine = host->engine().member_ticket();
      if (!mine) return Error{Errc::not_found, tr("This device holds no ticket; knock first.")};
      RELAIS_TRY_ASSIGN(auto sent, ask<event::MessageSent>(
                                       *host, err,
                                       [&](engine::Engine& e) {
                                         return e.ticket_say(mine->ticket, inv.text, now_ms());
                                       },
                                       ticket_message_options()));
      printer.sent("ticket " + mine->ticket, sent.to.text(), to_hex(sent.message_id),
                   sent.server_time_ms);
      return ok_status();
    }
  }
}

Status leave_message(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  RELAIS_TRY_ASSIGN(auto left, ask<event::OrgMessageLeft>(*host, err, [&](engine::Engine& e) {
                      return e.leave_message(inv.org, inv.text, now_ms());
                    }));
  Printer(out, inv.json).message_left(inv.org, left.message_id, left.copies, left.not_listed);
  return ok_status();
}

namespace {

// A colleague for a handoff, by the name this device knows for her (a contact, or the pseudonym
// she gave) among those on duty, or by her account id.
Result<AccountId> colleague_id(Host& host, std::ostream& err, const std::string& ticket,
                               const std::string& given) {
  if (auto id = AccountId::from_text(given)) return *id;
  if (auto id = host.engine().find_contact(given)) return *id;
  std::string org;
  for (const auto& c : host.engine().ticket_conversations()) {
    if (c.as_worker && c.ticket == ticket) org = c.org;
  }
  if (org.empty()) {
    return Error{Errc::not_found,
                 tr("This device holds no conversation for ticket {1}; see relais staff tickets.",
                    terminal_safe(ticket))};
  }
  RELAIS_TRY_ASSIGN(auto listed, ask<event::ColleaguesListed>(host, err, [&](engine::Engine& e) {
                      return e.staff_colleagues(org);
                    }));
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  // Two colleagues may share a name: their marks tell them apart ("fatou#k3fq").
  std::vector<AccountId> on_duty;
  for (const auto& c : listed.colleagues) on_duty.push_back(c.id);
  learn_marks(host, err, on_duty);
  const engine::NameAndMark wanted = engine::split_mark(given);
  std::vector<AccountId> found;
  std::string which;
  for (const auto& c : listed.colleagues) {
    if (c.name.empty() || lower(c.name) != lower(wanted.name)) continue;
    const std::string mark = host.engine().person(c.id).mark;
    if (!wanted.mark.empty() && mark != wanted.mark) continue;
    found.push_back(c.id);
    which += (which.empty() ? "" : ", ") + terminal_safe(engine::marked(c.name, mark));
  }
  if (found.size() == 1) return found[0];
  if (found.size() > 1) {
    return Error{Errc::invalid_argument,
                 tr("{1} is the name of {2} people: {3}. Say which with the mark, as in {4}.",
                    terminal_safe(given), found.size(), which, which.substr(0, which.find(',')))};
  }
  // Names come with a colleague's first message (the hello of going on duty): one this device
  // has not heard from yet may be the one meant, so "not on duty" would be false.
  const bool some_unnamed =
      std::any_of(listed.colleagues.begin(), listed.colleagues.end(),
                  [](const engine::Colleague& c) { return c.name.empty(); });
  if (some_unnamed) {
    return Error{Errc::not_found,
                 tr("This device knows no colleague named {1} on duty for {2} yet (a name comes "
                    "with a colleague's first message): relais staff colleagues {2} lists them, "
                    "and an id works too.",
                    terminal_safe(given), org)};
  }
  return Error{Errc::not_found,
               tr("No colleague named {1} is on duty for {2}; see relais staff colleagues {2}.",
                  terminal_safe(given), org)};
}

}  // namespace

Status staff(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  Printer printer(out, inv.json);
  printer.people(people_of(*host));
  const std::string& w = inv.mod_word;
  if (w == "tickets") {
    // What the relay says first: tickets handed to us, ended or moved while we were away.
    RELAIS_TRY(ask<event::StaffStatusRead>(*host, err,
                                           [](engine::Engine& e) { return e.staff_status(); }));
    size_t shown = 0;
    for (const auto& c : host->engine().ticket_conversations()) {
      if (!c.as_worker) continue;
      printer.conversation(c, name_for(host->engine(), c.peer));
      ++shown;
    }
    if (shown == 0) printer.no_conversations();
    return ok_status();
  }
  if (w == "queue") {
    RELAIS_TRY_ASSIGN(auto q, ask<event::QueueListed>(*host, err, [&](engine::Engine& e) {
                        return e.staff_queue(inv.org);
                      }));
    for (const auto& e : q.entries) printer.queue_entry(inv.org, e);
    if (q.entries.empty()) printer.empty_queue(inv.org);
    return ok_status();
  }
  if (w == "take") {
    RELAIS_TRY_ASSIGN(auto t, ask<event::TicketTaken>(*host, err, [&](engine::Engine& e) {
                        return e.staff_take(inv.ticket);
                      }));
    printer.conversation(t.conversation, name_for(host->engine(), t.conversation.peer),
                         /*taken_now=*/true);
    return ok_status();
  }
  if (w == "colleagues") {
    RELAIS_TRY_ASSIGN(auto listed, ask<event::ColleaguesListed>(*host, err, [&](engine::Engine& e) {
                        return e.staff_colleagues(inv.org);
                      }));
    for (const auto& c : listed.colleagues) printer.colleague(inv.org, c);
    if (listed.colleagues.empty()) printer.no_colleagues(inv.org);
    return ok_status();
  }
  if (w == "inbox") {
    RELAIS_TRY_ASSIGN(auto box, ask<event::InboxListed>(*host, err, [&](engine::Engine& e) {
                        return e.staff_inbox(inv.org);
                      }));
    for (const auto& i : box.entries) printer.inbox_item(inv.org, i);
    return ok_status();
  }
  if (w == "reply") {
    RELAIS_TRY_ASSIGN(auto answered, ask<event::OrgMessageAnswered>(
                                         *host, err,
                                         [&](engine::Engine& e) {
                                           return e.answer_org_message(inv.org, inv.message_id,
                                                                       inv.text, now_ms());
                                         },
                                         ticket_message_options()));
    printer.org_answered(answered.org, answered.message_id);
    return ok_status();
  }
  if (w == "stats") {
    std::string period = inv.period;
    if (period.empty()) period = local_time(now_ms()).substr(0, 7);  // this month
    RELAIS_TRY_ASSIGN(auto st, ask<event::StatsRead>(*host, err, [&](engine::Engine& e) {
                        return e.staff_stats(inv.org, period);
                      }));
    printer.stats(st.stats);
    return ok_status();
  }
  if (w == "say") {
    RELAIS_TRY_ASSIGN(auto sent, ask<event::MessageSent>(
                                     *host, err,
                                     [&](engine::Engine& e) {
                                       return e.ticket_say(inv.ticket, inv.text, now_ms());
                                     },
                                     ticket_message_options()));
    printer.sent("ticket " + inv.ticket, sent.to.text(), to_hex(sent.message_id),
                 sent.server_time_ms);
    return ok_status();
  }
  std::optional<AccountId> colleague;
  if (w == "handoff") {
    RELAIS_TRY_ASSIGN(colleague, colleague_id(*host, err, inv.ticket, inv.id));
  }
  RELAIS_TRY(ask<event::Done>(*host, err, [&](engine::Engine& e) {
    if (w == "open") return e.staff_open(inv.org, inv.room);
    if (w == "close") return e.staff_close(inv.org);
    if (w == "handoff") return e.staff_handoff(inv.ticket, *colleague);
    if (w == "end") return e.end_ticket(inv.ticket);
    return e.mark_handled(inv.org, inv.message_id);  // handled
  }));
  printer.done(w, inv.org, w == "handled" ? inv.message_id : inv.ticket);
  return ok_status();
}

Status resources(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err) {
  RELAIS_TRY_ASSIGN(std::unique_ptr<Host> host, open_profile(home));
  // The directory reads offline: the relay is asked for a newer copy, and the cached one is
  // used when it cannot be reached.
  engine::ResourceDirectory directory;
  auto fresh =
      ask<event::ResourcesRead>(*host, err, [](engine::Engine& e) { return e.get_resources(); });
  if (fresh) {
    directory = std::move(fresh->directory);
  } else if (auto cached = host->engine().cached_resources()) {
    err << "relais: " << tr("{1} Showing the copy kept on this device.", fresh.error().message)
        << "\n";
    directory = std::move(*cached);
  } else {
    return std::move(fresh).error();
  }
  // The permanences' times, when the relay is there to say them.
  std::vector<engine::PermanenceView> schedules;
  if (fresh) {
    if (auto listed = ask<event::PermanencesListed>(
            *host, err, [](engine::Engine& e) { return e.list_permanences(); })) {
      schedules = listed->permanences;
    }
  }
  Printer(out, inv.json).resources(directory, inv.city, schedules);
  return ok_status();
}

}  // namespace relais::cli
