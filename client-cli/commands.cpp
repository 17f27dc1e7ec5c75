#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>

#include "client-cli/cli.h"
#include "client-cli/output.h"
#include "client-cli/profile.h"
#include "client-cli/relay_link.h"
#include "core/base/encoding.h"
#include "core/client_net/url.h"

namespace relais::cli {
namespace {

using namespace std::chrono_literals;
using engine::Event;
namespace event = engine::event;

constexpr auto kRegisterTimeout = 30s;
constexpr auto kSendTimeout = 30s;
constexpr auto kBacklogTimeout = 60s;
// The relay has no room counterpart of queue_last_seq: a room backlog counts as delivered once
// nothing came for this long after the one-to-one backlog.
constexpr auto kRoomQuiet = 300ms;

Result<AccountId> contact_id(const engine::Engine& e, const std::string& name) {
  if (auto id = e.find_contact(name)) return *id;
  return Error{Errc::not_found, "There is no contact named " + terminal_safe(name) +
                                    "; add one with relais contact add NAME ID."};
}

void print_message(Printer& p, const engine::Engine& e, const engine::Message& m) {
  if (!m.ticket.empty()) {
    return p.ticket_message(m.ticket, m.sender_name, m.peer.text(), m.text, m.time_ms);
  }
  if (!m.org.empty()) {
    return p.org_message(m.org, m.sender_name, m.peer.text(), to_hex(m.message_id), m.text,
                         m.time_ms);
  }
  p.direct_message(e.display_name(m), m.peer.text(), e.contact_name(m.peer).has_value(), m.text,
                   m.time_ms);
}

void print_room_item(Printer& p, const engine::Engine& e, const engine::RoomItem& i) {
  if (i.is_event) {
    std::string who_name;
    if (auto n = e.pseudonym(i.from)) who_name = *n;
    return p.room_event(i.room, i.seq, i.event, i.from.empty() ? "" : i.from.text(), who_name,
                        i.time_ms, i.by.empty() ? "" : i.by.text(), i.target_seq, i.until_ms,
                        i.role);
  }
  p.room_message(i.room, i.seq, i.sender_name, i.from.text(), i.text, i.time_ms, i.alert);
}

// A member named by a contact name or by an account id.
Result<AccountId> member_id(const engine::Engine& e, const std::string& text) {
  if (auto id = e.find_contact(text)) return *id;
  if (auto id = AccountId::from_text(text)) return *id;
  return Error{Errc::invalid_argument, terminal_safe(text) +
                                           " is neither a contact nor an account id (26 "
                                           "characters, as relais members prints)."};
}

// Runs one room request to its answer: `handle` returns true once the event answered it.
// `start` returns 0 when it could not start; `start_error` then says why.
Status run_room_request(OpenProfile& p, std::ostream& err,
                        const std::function<engine::RequestId()>& start,
                        const std::function<bool(const Event&, engine::RequestId)>& handle,
                        const Status* start_error = nullptr) {
  boost::asio::io_context io;
  RelayLink link(io, p.engine, &p.vault, err);
  std::optional<engine::RequestId> request;
  link.on_event([&](const Event& e) {
    if (std::holds_alternative<event::LoggedIn>(e) && !request) {
      request = start();
      if (*request == 0) {
        link.fail(start_error && !start_error->ok() ? start_error->error()
                                                    : Error{Errc::internal, "Could not start."});
      }
      return;
    }
    if (!request) return;
    if (auto* f = std::get_if<event::RequestFailed>(&e); f && f->request == *request) {
      return link.fail({f->code, f->message});
    }
    if (handle(e, *request)) link.finish();
  });
  link.set_deadline(kSendTimeout, {Errc::timeout, "The relay did not answer within 30 seconds."});
  return link.run();
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
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
  if (vault::Vault::exists(home)) {
    return Error{Errc::already_exists,
                 "The profile in " + home + " is already registered; use another --home."};
  }
  RELAIS_TRY(client_net::parse_relay_url(inv.server));
  if (auto st = engine::check_name(inv.name); !st) {
    return Error{Errc::invalid_argument, "The pseudonym is not usable: " + st.error().message};
  }
  std::string ca;
  if (!inv.ca.empty()) {
    // Kept in the profile as an absolute path: later commands may run from anywhere.
    std::error_code ec;
    ca = std::filesystem::absolute(inv.ca, ec).string();
    if (ec || !std::ifstream(ca))
      return Error{Errc::invalid_argument, "The CA file " + inv.ca + " cannot be read."};
  }
  RELAIS_TRY_ASSIGN(crypto::ScryptParams params, vault_kdf_params());
  RELAIS_TRY_ASSIGN(std::string passphrase, read_passphrase(/*confirm=*/true));
  RELAIS_TRY_ASSIGN(engine::Engine fresh,
                    engine::Engine::create({inv.name, inv.server, ca, inv.invite}));

  boost::asio::io_context io;
  std::optional<vault::Vault> vault;
  RelayLink link(io, fresh, nullptr, err);
  link.on_event([&](const Event& e) {
    if (std::holds_alternative<event::Registered>(e)) {
      // Only now is there an account worth keeping; the link saves the state right after.
      auto v = vault::Vault::create(home, passphrase, params);
      if (!v) {
        return link.fail({v.error().code, "The profile could not be created in " + home + ": " +
                                              v.error().message});
      }
      vault.emplace(std::move(*v));
      link.set_vault(&*vault);
      link.finish();
    }
  });
  link.set_deadline(kRegisterTimeout,
                    {Errc::timeout, "The relay did not answer the registration in time."});
  if (auto st = link.run(); !st) {
    Error e = std::move(st).error();
    if (e.code == Errc::crypto && inv.ca.empty() &&
        e.message.find("not trusted") != std::string::npos && e.message.back() == '.') {
      e.message.back() = ';';
      e.message += " pass the relay's CA certificate with --ca FILE.";
    }
    return e;
  }
  if (!vault) return Error{Errc::internal, "The registration did not complete."};
  Printer(out, inv.json)
      .registered(fresh.account_id().text(), fresh.name(), fresh.fingerprint(), fresh.server_url());
  return ok_status();
}

Status whoami(const Invocation& inv, const std::string& home, std::ostream& out) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Printer(out, inv.json)
      .whoami(p.engine.account_id().text(), p.engine.name(), p.engine.fingerprint());
  return ok_status();
}

Status add_contact(const Invocation& inv, const std::string& home, std::ostream& out) {
  auto id = AccountId::from_text(inv.id);
  if (!id) {
    return Error{Errc::invalid_argument, terminal_safe(inv.id) +
                                             " is not a Relais id (26 letters and digits, as "
                                             "relais whoami shows it)."};
  }
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  const auto before = p.engine.find_contact(inv.contact);
  if (auto st = p.engine.add_contact(inv.contact, *id); !st) {
    if (st.error().code == Errc::already_exists) {
      return Error{Errc::already_exists, "This id is already the contact " +
                                             terminal_safe(*p.engine.contact_name(*id)) + "."};
    }
    return Error{st.error().code, "The contact name is not usable: " + st.error().message};
  }
  RELAIS_TRY(save(p.vault, p.engine));
  Printer(out, inv.json).contact_added(inv.contact, id->text(), before && *before != *id);
  return ok_status();
}

Status list_contacts(const Invocation& inv, const std::string& home, std::ostream& out) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Printer printer(out, inv.json);
  const auto contacts = p.engine.contacts();
  for (const auto& c : contacts) printer.contact(c.name, c.id.text());
  if (contacts.empty()) printer.no_contacts();
  return ok_status();
}

Status send(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId to, contact_id(p.engine, inv.contact));
  RELAIS_TRY_ASSIGN(engine::RequestId request, p.engine.send_text(to, inv.text, now_ms()));

  boost::asio::io_context io;
  RelayLink link(io, p.engine, &p.vault, err);
  std::optional<event::MessageSent> sent;
  link.on_event([&](const Event& e) {
    if (auto* s = std::get_if<event::MessageSent>(&e); s && s->request == request) {
      sent = *s;
      link.finish();
    } else if (auto* f = std::get_if<event::RequestFailed>(&e); f && f->request == request) {
      if (f->code == Errc::not_found) {
        return link.fail({Errc::not_found, "The relay knows no account for " +
                                               terminal_safe(inv.contact) + "; check the id."});
      }
      link.fail({f->code, "The message was not sent: " + f->message});
    }
  });
  link.set_deadline(kSendTimeout,
                    {Errc::timeout, "The relay did not confirm the message within 30 seconds."});
  RELAIS_TRY(link.run());
  if (!sent) return Error{Errc::internal, "The relay did not confirm the message."};
  Printer(out, inv.json)
      .sent(inv.contact, to.text(), to_hex(sent->message_id), sent->server_time_ms);
  return ok_status();
}

Status sync(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  p.engine.tick(now_ms());
  Printer printer(out, inv.json);
  boost::asio::io_context io;
  boost::asio::steady_timer wait(io);
  boost::asio::steady_timer quiet(io);
  RelayLink link(io, p.engine, &p.vault, err);
  bool backlog_done = false;
  bool caught_up = false;
  size_t printed = 0;
  auto print_unread = [&] {
    for (const auto& m : p.engine.take_unread()) {
      print_message(printer, p.engine, m);
      ++printed;
    }
    for (const auto& i : p.engine.take_room_unread()) {
      print_room_item(printer, p.engine, i);
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
      printer.room_removed(r->room, r->seq);
      ++printed;
    } else if (auto* rep = std::get_if<event::ReportReceived>(&e)) {
      printer.report(rep->report);
      ++printed;
    } else if (auto* t = std::get_if<event::TicketUpdated>(&e); t && t->request == 0) {
      printer.ticket(t->ticket);
      ++printed;
    } else if (auto* tt = std::get_if<event::TicketTaken>(&e); tt && tt->request == 0) {
      printer.conversation(tt->conversation);
      ++printed;
    } else if (auto* h = std::get_if<event::HandoffOffered>(&e)) {
      printer.handoff_offered(h->ticket, h->to_worker.text());
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
      {Errc::timeout, "The relay did not deliver the waiting messages within 60 seconds."});
  RELAIS_TRY(link.run());
  if (printed == 0) printer.no_messages();
  return ok_status();
}

Status safety_number(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId peer, contact_id(p.engine, inv.contact));
  if (!p.engine.has_session(peer)) {
    // The peer's identity key comes with its bundle: fetch it once.
    boost::asio::io_context io;
    RelayLink link(io, p.engine, &p.vault, err);
    const engine::RequestId request = p.engine.open_session(peer);
    link.on_event([&](const Event& e) {
      if (auto* r = std::get_if<event::SessionReady>(&e); r && r->request == request) {
        link.finish();
      } else if (auto* f = std::get_if<event::RequestFailed>(&e); f && f->request == request) {
        link.fail({f->code, f->code == Errc::not_found ? "The relay knows no account for " +
                                                             terminal_safe(inv.contact) + "."
                                                       : f->message});
      }
    });
    link.set_deadline(kSendTimeout, {Errc::timeout, "The relay did not answer within 30 seconds."});
    RELAIS_TRY(link.run());
  }
  RELAIS_TRY_ASSIGN(std::string digits, p.engine.safety_number(peer));
  Printer(out, inv.json).safety_number(inv.contact, peer.text(), digits);
  return ok_status();
}

}  // namespace relais::cli

namespace relais::cli {

Status list_rooms(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::vector<engine::RoomSummary> rooms;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.list_rooms(); },
      [&](const Event& e, engine::RequestId r) {
        auto* l = std::get_if<event::RoomsListed>(&e);
        if (!l || l->request != r) return false;
        rooms = l->rooms;
        return true;
      }));
  Printer printer(out, inv.json);
  for (const auto& r : rooms) {
    std::string name = r.name_fr;
    if (!r.name_nl.empty() && r.name_nl != r.name_fr) {
      name = name.empty() ? r.name_nl : name + " / " + r.name_nl;
    }
    printer.room(r.room, name, r.policy, r.members, r.joined);
  }
  return ok_status();
}

Status join_room(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  bool pending = false;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.join_room(inv.room, inv.invite); },
      [&](const Event& e, engine::RequestId r) {
        auto* j = std::get_if<event::RoomJoined>(&e);
        if (!j || j->request != r) return false;
        pending = j->pending;
        return true;
      }));
  Printer(out, inv.json).joined(inv.room, pending);
  return ok_status();
}

Status leave_room(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.leave_room(inv.room); },
      [&](const Event& e, engine::RequestId r) {
        auto* l = std::get_if<event::RoomLeft>(&e);
        return l && l->request == r;
      }));
  Printer(out, inv.json).left(inv.room);
  return ok_status();
}

Status list_members(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::vector<engine::RoomMember> members;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.list_members(inv.room); },
      [&](const Event& e, engine::RequestId r) {
        auto* m = std::get_if<event::MembersListed>(&e);
        if (!m || m->request != r) return false;
        members = m->members;
        return true;
      }));
  Printer printer(out, inv.json);
  for (const auto& m : members) printer.member(m.id.text(), m.name, m.role);
  return ok_status();
}

Status say(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(engine::RequestId request, p.engine.say(inv.room, inv.text, now_ms()));
  boost::asio::io_context io;
  RelayLink link(io, p.engine, &p.vault, err);
  std::optional<event::RoomPosted> posted;
  link.on_event([&](const Event& e) {
    if (auto* s = std::get_if<event::RoomPosted>(&e); s && s->request == request) {
      posted = *s;
      link.finish();
    } else if (auto* f = std::get_if<event::RequestFailed>(&e); f && f->request == request) {
      link.fail({f->code, f->message});
    }
  });
  link.set_deadline(kSendTimeout,
                    {Errc::timeout, "The relay did not confirm the message within 30 seconds."});
  RELAIS_TRY(link.run());
  if (!posted) return Error{Errc::internal, "The relay did not confirm the message."};
  Printer(out, inv.json).said(inv.room, posted->seq, posted->server_time_ms);
  return ok_status();
}

// ---- Moderation and administration

namespace {

bool answers(const Event& e, engine::RequestId r) {
  auto* d = std::get_if<event::Done>(&e);
  return d && d->request == r;
}

}  // namespace

Status admin_role(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(AccountId who, member_id(p.engine, inv.id));
  const bool grant = inv.command == Command::admin_grant;
  const engine::RoleSpec role{inv.role, inv.scope};
  RELAIS_TRY(run_room_request(
      p, err,
      [&] { return grant ? p.engine.grant_role(who, role) : p.engine.revoke_role(who, role); },
      answers));
  Printer(out, inv.json)
      .done(std::string(grant ? "grant " : "revoke ") + inv.role, inv.scope, who.text());
  return ok_status();
}

Status admin_room_create(const Invocation& inv, const std::string& home, std::ostream& out,
                         std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  engine::RoomSpec spec{inv.room,       inv.name_fr,    inv.name_nl,     inv.policy,
                        inv.retention_s, inv.lifetime_s, inv.max_members, inv.region};
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.create_room(spec); },
      [&](const Event& e, engine::RequestId r) {
        auto* c = std::get_if<event::RoomCreated>(&e);
        return c && c->request == r;
      }));
  Printer(out, inv.json).room_created(inv.room);
  return ok_status();
}

Status admin_invite(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::optional<engine::RoleSpec> grants;
  if (!inv.grant.empty()) {
    const auto colon = inv.grant.find(':');
    grants = engine::RoleSpec{inv.grant.substr(0, colon),
                              colon == std::string::npos ? "" : inv.grant.substr(colon + 1)};
  }
  std::optional<event::InviteCreated> invite;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.create_invite(inv.room, inv.uses, inv.valid_s, grants); },
      [&](const Event& e, engine::RequestId r) {
        auto* i = std::get_if<event::InviteCreated>(&e);
        if (!i || i->request != r) return false;
        invite = *i;
        return true;
      }));
  Printer(out, inv.json).invite(invite->code, invite->expires_ms, inv.room);
  return ok_status();
}

Status mod_requests(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::vector<engine::JoinRequestItem> requests;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.list_join_requests(inv.room); },
      [&](const Event& e, engine::RequestId r) {
        auto* l = std::get_if<event::JoinRequestsListed>(&e);
        if (!l || l->request != r) return false;
        requests = l->requests;
        return true;
      }));
  Printer printer(out, inv.json);
  for (const auto& jr : requests) printer.join_request(inv.room, jr.id.text(), jr.since_ms);
  if (requests.empty()) printer.no_join_requests(inv.room);
  return ok_status();
}

Status mod_action(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  engine::ModCommand c;
  c.kind = *engine::mod_kind_from_word(inv.mod_word);
  c.room = inv.room;
  c.seq = inv.seq;
  c.duration_s = inv.duration_s;
  if (!inv.id.empty()) {
    RELAIS_TRY_ASSIGN(c.target, member_id(p.engine, inv.id));
  }
  RELAIS_TRY(run_room_request(p, err, [&] { return p.engine.mod_action(c); }, answers));
  Printer(out, inv.json)
      .done(inv.mod_word, inv.room, c.target.empty() ? std::to_string(c.seq) : c.target.text());
  return ok_status();
}

Status mod_pin(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(engine::RequestId request,
                    p.engine.pin_alert(inv.room, inv.text, inv.duration_s, now_ms()));
  boost::asio::io_context io;
  RelayLink link(io, p.engine, &p.vault, err);
  uint64_t seq = 0;
  bool pinned = false;
  link.on_event([&](const Event& e) {
    if (auto* s = std::get_if<event::RoomPosted>(&e); s && s->request == request) {
      seq = s->seq;
    } else if (answers(e, request)) {
      pinned = true;
      link.finish();
    } else if (auto* f = std::get_if<event::RequestFailed>(&e); f && f->request == request) {
      link.fail({f->code, seq ? "The alert was posted as message " + std::to_string(seq) +
                                    " but not pinned: " + f->message
                              : f->message});
    }
  });
  link.set_deadline(kSendTimeout, {Errc::timeout, "The relay did not answer within 30 seconds."});
  RELAIS_TRY(link.run());
  if (!pinned) return Error{Errc::internal, "The relay did not confirm the pin."};
  Printer(out, inv.json).pinned(inv.room, seq, inv.duration_s);
  return ok_status();
}

Status mod_log(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::vector<engine::ModLogItem> entries;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.read_mod_log(inv.room); },
      [&](const Event& e, engine::RequestId r) {
        auto* l = std::get_if<event::ModLogRead>(&e);
        if (!l || l->request != r) return false;
        entries = l->entries;
        return true;
      }));
  Printer printer(out, inv.json);
  for (const auto& entry : entries) printer.mod_log_entry(inv.room, entry);
  return ok_status();
}

Status report(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  const auto reason = *engine::report_reason_from_word(inv.reason);
  std::optional<event::ReportSent> sent;
  Status started = ok_status();
  Status run = run_room_request(
      p, err,
      [&]() -> engine::RequestId {
        auto r = p.engine.report(inv.room, inv.seq, reason, inv.comment, now_ms());
        if (!r) {
          started = std::move(r).error();
          return 0;
        }
        return *r;
      },
      [&](const Event& e, engine::RequestId r) {
        auto* s = std::get_if<event::ReportSent>(&e);
        if (!s || s->request != r) return false;
        sent = *s;
        return true;
      },
      &started);
  RELAIS_TRY(std::move(started));
  RELAIS_TRY(std::move(run));
  Printer(out, inv.json).report_sent(inv.room, inv.seq, sent->recipients);
  return ok_status();
}

// Reports arrive as one-to-one messages: take in the backlog, let the relay confirm each new
// report's franking tag, then list every report this profile holds.
Status reports(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  boost::asio::io_context io;
  boost::asio::steady_timer quiet(io);
  RelayLink link(io, p.engine, &p.vault, err);
  bool backlog_done = false;
  std::function<void()> restart_quiet = [&] {
    quiet.expires_after(kRoomQuiet);
    quiet.async_wait([&](boost::system::error_code ec) {
      if (ec || link.done()) return;
      if (p.engine.reports_unchecked() == 0) return link.finish();
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
                    {Errc::timeout, "The relay did not deliver the waiting messages in time."});
  RELAIS_TRY(link.run());
  Printer printer(out, inv.json);
  const auto all = p.engine.reports();
  for (const auto& r : all) printer.report(r);
  if (all.empty()) printer.no_reports();
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

// Runs one request and keeps the event of type T that answers it.
template <class T>
Result<T> ask(OpenProfile& p, std::ostream& err, const std::function<engine::RequestId()>& start) {
  std::optional<T> answer;
  RELAIS_TRY(run_room_request(p, err, start, [&](const Event& e, engine::RequestId r) {
    auto* a = std::get_if<T>(&e);
    if (!a || a->request != r) return false;
    answer = *a;
    return true;
  }));
  if (!answer) return Error{Errc::internal, "The relay did not answer."};
  return *answer;
}

}  // namespace

Status org_create(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  engine::OrgSpec spec{inv.org,      inv.name,    inv.description, split_languages(inv.languages),
                       inv.org_contact, inv.region};
  RELAIS_TRY_ASSIGN(auto listed,
                    ask<event::OrgsListed>(p, err, [&] { return p.engine.create_org(spec); }));
  Printer printer(out, inv.json);
  for (const auto& o : listed.orgs) printer.org(o);
  return ok_status();
}

Status permanence_edit(const Invocation& inv, const std::string& home, std::ostream& out,
                       std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Printer printer(out, inv.json);
  if (inv.command == Command::permanence_add) {
    engine::SlotSpec slot{0,         inv.room, inv.weekday, inv.date,
                          inv.start, inv.end,  split_languages(inv.languages)};
    RELAIS_TRY_ASSIGN(auto listed, ask<event::PermanencesListed>(
                                       p, err, [&] { return p.engine.add_slot(inv.org, slot); }));
    for (const auto& v : listed.permanences) printer.permanence(v);
    return ok_status();
  }
  const bool remove = inv.command == Command::permanence_remove;
  RELAIS_TRY(ask<event::Done>(p, err, [&] {
               return remove ? p.engine.remove_slot(inv.org, inv.slot_id)
                             : p.engine.cancel_date(inv.org, inv.date);
             }));
  printer.done(remove ? "remove slot" : "cancel", inv.org,
               remove ? std::to_string(inv.slot_id) : inv.date);
  return ok_status();
}

Status permanences(const Invocation& inv, const std::string& home, std::ostream& out,
                   std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  RELAIS_TRY_ASSIGN(auto listed, ask<event::PermanencesListed>(
                                     p, err, [&] { return p.engine.list_permanences(); }));
  Printer printer(out, inv.json);
  for (const auto& v : listed.permanences) printer.permanence(v);
  if (listed.permanences.empty()) printer.no_permanences();
  return ok_status();
}

Status knock(const Invocation& inv, const std::string& home, std::ostream& out,
             std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  std::optional<engine::TicketView> ticket;
  std::optional<engine::ClosedView> closed;
  RELAIS_TRY(run_room_request(
      p, err, [&] { return p.engine.knock(inv.org, inv.languages); },
      [&](const Event& e, engine::RequestId r) {
        if (auto* t = std::get_if<event::TicketUpdated>(&e); t && t->request == r) {
          ticket = t->ticket;
          return true;
        }
        if (auto* d = std::get_if<event::DoorClosed>(&e); d && d->request == r) {
          closed = d->closed;
          return true;
        }
        return false;
      }));
  Printer printer(out, inv.json);
  if (ticket) printer.ticket(*ticket);
  if (closed) printer.door_closed(*closed);
  return ok_status();
}

Status ticket(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Printer printer(out, inv.json);
  switch (inv.command) {
    case Command::ticket: {
      RELAIS_TRY_ASSIGN(auto t, ask<event::TicketUpdated>(
                                    p, err, [&] { return p.engine.ticket_status(); }));
      printer.ticket(t.ticket);
      return ok_status();
    }
    case Command::ticket_leave:
      RELAIS_TRY(ask<event::Done>(p, err, [&] { return p.engine.ticket_leave(); }));
      printer.done("leave", {}, "ticket");
      return ok_status();
    case Command::ticket_answer: {
      std::string mine;
      for (const auto& c : p.engine.ticket_conversations())
        if (!c.as_worker) mine = c.ticket;
      if (mine.empty()) return Error{Errc::not_found, "This device holds no ticket."};
      const bool accept = inv.mod_word == "accept";
      RELAIS_TRY(
          ask<event::Done>(p, err, [&] { return p.engine.answer_handoff(mine, accept); }));
      printer.done(inv.mod_word, {}, mine);
      return ok_status();
    }
    default: {  // ticket say
      std::string mine;
      for (const auto& c : p.engine.ticket_conversations())
        if (!c.as_worker) mine = c.ticket;
      if (mine.empty()) return Error{Errc::not_found, "This device holds no ticket; knock first."};
      RELAIS_TRY_ASSIGN(engine::RequestId request, p.engine.ticket_say(mine, inv.text, now_ms()));
      RELAIS_TRY_ASSIGN(auto sent, ask<event::MessageSent>(p, err, [&] { return request; }));
      printer.sent("ticket " + mine, sent.to.text(), to_hex(sent.message_id), sent.server_time_ms);
      return ok_status();
    }
  }
}

Status leave_message(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Status started = ok_status();
  std::optional<event::OrgMessageLeft> left;
  Status run = run_room_request(
      p, err,
      [&]() -> engine::RequestId {
        auto r = p.engine.leave_message(inv.org, inv.text, now_ms());
        if (!r) {
          started = std::move(r).error();
          return 0;
        }
        return *r;
      },
      [&](const Event& e, engine::RequestId r) {
        auto* l = std::get_if<event::OrgMessageLeft>(&e);
        if (!l || l->request != r) return false;
        left = *l;
        return true;
      },
      &started);
  RELAIS_TRY(std::move(started));
  RELAIS_TRY(std::move(run));
  Printer(out, inv.json).message_left(inv.org, left->message_id, left->copies);
  return ok_status();
}

Status staff(const Invocation& inv, const std::string& home, std::ostream& out,
             std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  Printer printer(out, inv.json);
  const std::string& w = inv.mod_word;
  if (w == "tickets") {
    const auto all = p.engine.ticket_conversations();
    for (const auto& c : all) printer.conversation(c);
    if (all.empty()) printer.no_conversations();
    return ok_status();
  }
  if (w == "queue") {
    RELAIS_TRY_ASSIGN(auto q, ask<event::QueueListed>(
                                  p, err, [&] { return p.engine.staff_queue(inv.org); }));
    for (const auto& e : q.entries) printer.queue_entry(inv.org, e);
    if (q.entries.empty()) printer.empty_queue(inv.org);
    return ok_status();
  }
  if (w == "take") {
    RELAIS_TRY_ASSIGN(auto t, ask<event::TicketTaken>(
                                  p, err, [&] { return p.engine.staff_take(inv.ticket); }));
    printer.conversation(t.conversation, /*taken_now=*/true);
    return ok_status();
  }
  if (w == "inbox") {
    RELAIS_TRY_ASSIGN(auto box, ask<event::InboxListed>(
                                    p, err, [&] { return p.engine.staff_inbox(inv.org); }));
    for (const auto& i : box.entries) printer.inbox_item(inv.org, i);
    return ok_status();
  }
  if (w == "stats") {
    std::string period = inv.period;
    if (period.empty()) period = local_time(now_ms()).substr(0, 7);  // this month
    RELAIS_TRY_ASSIGN(auto st, ask<event::StatsRead>(
                                   p, err, [&] { return p.engine.staff_stats(inv.org, period); }));
    printer.stats(st.stats);
    return ok_status();
  }
  if (w == "say") {
    RELAIS_TRY_ASSIGN(engine::RequestId request,
                      p.engine.ticket_say(inv.ticket, inv.text, now_ms()));
    RELAIS_TRY_ASSIGN(auto sent, ask<event::MessageSent>(p, err, [&] { return request; }));
    printer.sent("ticket " + inv.ticket, sent.to.text(), to_hex(sent.message_id),
                 sent.server_time_ms);
    return ok_status();
  }
  std::optional<AccountId> colleague;
  if (w == "handoff") {
    RELAIS_TRY_ASSIGN(colleague, member_id(p.engine, inv.id));
  }
  RELAIS_TRY(ask<event::Done>(p, err, [&] {
               if (w == "open") return p.engine.staff_open(inv.org, inv.room);
               if (w == "close") return p.engine.staff_close(inv.org);
               if (w == "handoff") return p.engine.staff_handoff(inv.ticket, *colleague);
               if (w == "end") return p.engine.end_ticket(inv.ticket);
               return p.engine.mark_handled(inv.org, inv.message_id);  // handled
             }));
  printer.done(w, inv.org, w == "handled" ? inv.message_id : inv.ticket);
  return ok_status();
}

Status resources(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err) {
  RELAIS_TRY_ASSIGN(OpenProfile p, open_profile(home));
  // The directory reads offline: the relay is asked for a newer copy, and the cached one is
  // used when it cannot be reached.
  std::string json;
  auto fresh = ask<event::ResourcesRead>(p, err, [&] { return p.engine.get_resources(); });
  if (fresh) {
    json = fresh->json;
  } else if (auto cached = p.engine.cached_resources()) {
    err << "relais: " << fresh.error().message << " Showing the copy kept on this device.\n";
    json = *cached;
  } else {
    return std::move(fresh).error();
  }
  // The permanences' times, when the relay is there to say them.
  std::vector<engine::PermanenceView> schedules;
  if (fresh) {
    if (auto listed = ask<event::PermanencesListed>(p, err, [&] { return p.engine.list_permanences(); })) {
      schedules = listed->permanences;
    }
  }
  Printer(out, inv.json).resources(json, inv.city, schedules);
  return ok_status();
}

}  // namespace relais::cli
