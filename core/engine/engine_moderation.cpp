// The engine's moderation and administration: moderator actions, roles, rooms and invites,
// the answers to admin requests, and reports (sending them and receiving them as a moderator).

#include <algorithm>
#include <optional>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/engine_impl.h"
#include "core/engine/padding.h"
#include "core/franking/franking.h"

namespace relais::engine {

using detail::admin_request;
using detail::logged_in_or_fail;
using detail::policy_word;
using detail::role_word;
using detail::room_request;
using detail::sanitize_name;
using detail::valid_room_id;

namespace {

constexpr size_t kReportContext = 3;     // messages before the reported one
constexpr size_t kMaxReports = 500;      // kept by a moderator's client
constexpr size_t kMaxCommentBytes = 2048;
constexpr size_t kReportIdSize = 16;

std::optional<wire::RoleGrant> to_grant(const RoleSpec& spec) {
  wire::RoleGrant g;
  if (spec.role == "moderator" && valid_room_id(spec.scope)) {
    g.set_role(wire::MODERATOR);
  } else if (spec.role == "outreach" && valid_room_id(spec.scope)) {
    g.set_role(wire::OUTREACH);
  } else if (spec.role == "admin" && spec.scope.empty()) {
    g.set_role(wire::ADMIN);
  } else {
    return std::nullopt;
  }
  g.set_scope(spec.scope);
  return g;
}

}  // namespace

void Engine::Impl::handle_knock_answer(const wire::Joined& j) {
  if (!logged_in || !valid_room_id(j.room())) {
    return emit(event::ProtocolError{"The relay sent a malformed room answer; it was ignored."});
  }
  if (j.pending()) return;
  RoomData& r = rooms[j.room()];
  r.knocked = false;
  changed();
  if (j.refused()) return emit(event::JoinAnswered{j.room(), false});
  r.joined = true;
  if (j.has_info()) r.message_lifetime_s = j.info().message_lifetime_s();
  changed();
  r.want_distribution = true;
  advance_room(j.room());
  emit(event::JoinAnswered{j.room(), true});
}

void Engine::Impl::handle_admin_answer(const InFlight& req, const wire::ServerFrame& f) {
  switch (f.body_case()) {
    case wire::ServerFrame::kOk:
      if (req.key == "leave" || req.key.rfind("end:", 0) == 0) forget_ticket(req.key);
      return emit(event::Done{req.request});
    case wire::ServerFrame::kOrgList: {
      std::vector<OrgSpec> out;
      for (const auto& o : f.org_list().orgs()) out.push_back(org_view(o));
      return emit(event::OrgsListed{req.request, std::move(out)});
    }
    case wire::ServerFrame::kPermanences: {
      std::vector<PermanenceView> out;
      for (const auto& p : f.permanences().permanences()) out.push_back(permanence_view(p));
      return emit(event::PermanencesListed{req.request, std::move(out)});
    }
    case wire::ServerFrame::kTicket:
      return handle_ticket(req.request, f.ticket());
    case wire::ServerFrame::kPermanenceClosed:
      return emit(event::DoorClosed{req.request, closed_view(f.permanence_closed())});
    case wire::ServerFrame::kQueue: {
      std::vector<QueueItem> out;
      for (const auto& q : f.queue().entries()) {
        out.push_back({sanitize_name(q.ticket()), sanitize_name(q.language()), q.waiting_s()});
      }
      return emit(event::QueueListed{req.request, sanitize_name(f.queue().org()), std::move(out)});
    }
    case wire::ServerFrame::kTicketAssigned:
      return handle_ticket_assigned(req.request, f.ticket_assigned());
    case wire::ServerFrame::kInbox:
      return handle_inbox(req.request, f.inbox());
    case wire::ServerFrame::kStats:
      return emit(event::StatsRead{req.request, stats_view(f.stats())});
    case wire::ServerFrame::kResources:
      if (!f.resources().json().empty()) {
        resources_version = f.resources().version();
        resources_json = f.resources().json();
        changed();
      }
      return emit(event::ResourcesRead{req.request, resources_json});
    case wire::ServerFrame::kInvite:
      return emit(event::InviteCreated{req.request, sanitize_name(f.invite().code()),
                                       f.invite().expires_ms()});
    case wire::ServerFrame::kRoomList: {
      if (f.room_list().rooms().empty()) return fail_unexpected(req.request);
      const auto& info = f.room_list().rooms(0);
      return emit(event::RoomCreated{
          req.request,
          {info.room(), sanitize_name(info.name_fr()), sanitize_name(info.name_nl()),
           policy_word(info.policy()), info.members(), info.joined(),
           info.message_lifetime_s(), info.pending()}});
    }
    case wire::ServerFrame::kJoinRequests: {
      std::vector<JoinRequestItem> out;
      for (const auto& jr : f.join_requests().requests()) {
        auto id = AccountId::from_bytes(jr.account_id());
        if (id && !id->empty()) out.push_back({*id, jr.since_ms()});
      }
      return emit(event::JoinRequestsListed{req.request, req.room, std::move(out)});
    }
    case wire::ServerFrame::kModLog: {
      std::vector<ModLogItem> out;
      for (const auto& le : f.mod_log().entries()) {
        ModLogItem item;
        item.time_ms = le.time_ms();
        if (auto id = AccountId::from_bytes(le.actor())) item.actor = *id;
        if (auto id = AccountId::from_bytes(le.target())) item.target = *id;
        const auto kind = static_cast<int>(le.kind()) - 1;
        if (le.kind() == wire::GRANT_ROLE || le.kind() == wire::REVOKE_ROLE) {
          item.action = std::string(le.kind() == wire::GRANT_ROLE ? "grant " : "revoke ") +
                        role_word(le.role());
        } else if (kind >= 0 && kind <= static_cast<int>(ModKind::unpin)) {
          item.action = mod_kind_word(static_cast<ModKind>(kind));
        } else {
          item.action = "other";
        }
        item.seq = le.seq();
        item.duration_s = le.duration_s();
        out.push_back(std::move(item));
      }
      return emit(event::ModLogRead{req.request, req.room, std::move(out)});
    }
    default:
      return fail_unexpected(req.request);
  }
}

void Engine::Impl::remove_item(const std::string& room, uint64_t seq) {
  RoomData& r = rooms[room];
  const size_t before = r.items.size();
  std::erase_if(r.items, [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
  r.openings.erase(seq);
  std::erase_if(r.pending, [&](const std::string& blob) {
    wire::RoomEntry e;
    return e.ParseFromString(blob) && e.seq() == seq;
  });
  changed();
  if (r.items.size() != before) emit(event::RoomItemRemoved{room, seq});
}

// ---- Reports, sending side

void Engine::Impl::fill_reported(content::ReportedMessage& out, const RoomItem& item,
                                 const Opening& o) {
  out.set_seq(item.seq);
  out.set_from(item.from.bytes());
  out.set_server_time_ms(item.time_ms);
  out.set_content(o.content);
  out.set_franking_key(o.franking_key);
  out.set_commitment(o.commitment);
  out.set_franking_tag(o.franking_tag);
}

Result<RequestId> Engine::Impl::start_report(const std::string& room, uint64_t seq,
                                             ReportReason reason, std::string_view comment,
                                             uint64_t now_ms) {
  auto rit = rooms.find(room);
  const Error missing{Errc::not_found,
                      "This device holds no message with that number in that room."};
  if (rit == rooms.end()) return missing;
  RoomData& r = rit->second;
  auto item = std::find_if(r.items.begin(), r.items.end(),
                           [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
  auto opening = r.openings.find(seq);
  if (item == r.items.end() || opening == r.openings.end()) return missing;
  content::DirectContent c;
  c.set_sender_name(name);
  c.set_sent_at_ms(now_ms);
  auto* rep = c.mutable_report();
  rep->set_room(room);
  fill_reported(*rep->mutable_message(), *item, opening->second);
  // A few messages before it, nearest last, as this device holds them.
  std::vector<const RoomItem*> before;
  for (auto it = std::make_reverse_iterator(item); it != r.items.rend(); ++it) {
    if (before.size() == kReportContext) break;
    if (!it->is_event && r.openings.count(it->seq)) before.push_back(&*it);
  }
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    fill_reported(*rep->add_context(), **it, r.openings.at((*it)->seq));
  }
  rep->set_reason(static_cast<content::ReportReason>(static_cast<int>(reason) + 1));
  rep->set_comment(std::string(comment));
  const std::string report_id = crypto::random_bytes(kReportIdSize);
  rep->set_report_id(report_id);
  const RequestId request = next_request++;
  reports_out[report_id] = {request, room, pad(c.SerializeAsString()), 0, 0, 1};
  wire::ClientFrame f;
  f.mutable_list_members()->set_room(room);
  InFlight in{RequestKind::report_members, {}, {}, room, request};
  in.report_id = report_id;
  in_flight[queue(std::move(f))] = std::move(in);
  if (reason == ReportReason::exploitation) {
    wire::ClientFrame rooms_frame;
    rooms_frame.mutable_list_rooms();
    queue_report_list(report_id, RequestKind::report_rooms, std::move(rooms_frame));
  }
  return request;
}

void Engine::Impl::report_failed(const std::string& report_id, const Error& err) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  const RequestId request = it->second.request;
  reports_out.erase(it);
  emit(event::RequestFailed{request, err.code, err.message});
}

void Engine::Impl::report_moderators(const std::string& report_id, const wire::Members& m) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  for (const auto& member : m.members()) {
    auto id = AccountId::from_bytes(member.account_id());
    if (id && !id->empty() && *id != account_id && member.role() == wire::MODERATOR) {
      it->second.recipients.insert(*id);
      it->second.moderator_found = true;
    }
  }
  list_arrived(report_id);
}

void Engine::Impl::queue_report_list(const std::string& report_id, RequestKind kind,
                                     wire::ClientFrame f) {
  InFlight in{kind, {}, {}, {}, 0};
  in.report_id = report_id;
  in_flight[queue(std::move(f))] = std::move(in);
  ++reports_out[report_id].lists_pending;
}

// Exploitation reports also go to the outreach workers of organisations in the room's region;
// each step is best effort: the moderators get the report whatever happens here.
void Engine::Impl::report_region(const std::string& report_id, const wire::RoomList* list) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  std::string region;
  if (list) {
    for (const auto& info : list->rooms()) {
      if (info.room() == it->second.room) region = info.region();
    }
  }
  if (valid_room_id(region)) {
    wire::ClientFrame f;
    f.mutable_list_orgs();
    queue_report_list(report_id, RequestKind::report_orgs, std::move(f));
    reports_out[report_id].room_region = region;
  }
  list_arrived(report_id);
}

void Engine::Impl::report_orgs(const std::string& report_id, const wire::OrgList* orgs) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  if (orgs) {
    for (const auto& o : orgs->orgs()) {
      if (o.region() != it->second.room_region || !valid_room_id(o.org())) continue;
      wire::ClientFrame f;
      f.mutable_list_workers()->set_org(o.org());
      queue_report_list(report_id, RequestKind::report_workers, std::move(f));
    }
  }
  list_arrived(report_id);
}

void Engine::Impl::report_workers(const std::string& report_id, const wire::Workers* workers) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  if (workers) {
    for (const auto& w : workers->workers()) {
      auto id = AccountId::from_bytes(w.account_id());
      if (id && !id->empty() && *id != account_id) it->second.recipients.insert(*id);
    }
  }
  list_arrived(report_id);
}

void Engine::Impl::list_arrived(const std::string& report_id) {
  auto it = reports_out.find(report_id);
  if (it == reports_out.end() || --it->second.lists_pending > 0) return;
  if (!it->second.moderator_found) {
    return report_failed(report_id,
                         {Errc::not_found, "This room has no moderator to send the report to."});
  }
  it->second.outstanding = it->second.recipients.size();
  for (const auto& peer : it->second.recipients) {
    const RequestId copy = next_request++;
    report_sends[copy] = report_id;
    waiting_sends[peer].push_back({copy, it->second.padded, {}, 0, /*control=*/true});
    advance(peer);
  }
}

void Engine::Impl::report_copy_done(RequestId copy, bool delivered) {
  auto sit = report_sends.find(copy);
  const std::string report_id = sit->second;
  report_sends.erase(sit);
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  OutgoingReport& rep = it->second;
  if (delivered) ++rep.delivered;
  if (--rep.outstanding > 0) return;
  if (rep.delivered == 0) {
    return report_failed(report_id,
                         {Errc::unavailable, "The report could not reach any moderator."});
  }
  wire::ClientFrame f;
  f.mutable_report_filed()->set_room(rep.room);
  InFlight in{RequestKind::report_filed, {}, {}, rep.room, rep.request};
  in.report_id = report_id;
  in_flight[queue(std::move(f))] = std::move(in);
}

void Engine::Impl::report_filed(const std::string& report_id, const std::optional<Error>& /*err*/) {
  // The moderators have the report either way; the relay's count is only a statistic.
  auto it = reports_out.find(report_id);
  if (it == reports_out.end()) return;
  const OutgoingReport rep = std::move(it->second);
  reports_out.erase(it);
  emit(event::ReportSent{rep.request, rep.delivered});
}

// ---- Reports, moderator side

bool Engine::Impl::read_reported(const content::ReportedMessage& in, state::ReportedItem& out) {
  auto from = AccountId::from_bytes(in.from());
  content::RoomContent rc;
  if (!from || from->empty() || in.seq() == 0 || !rc.ParseFromString(in.content())) {
    return false;
  }
  out.set_seq(in.seq());
  out.set_from(in.from());
  out.set_sender_name(sanitize_name(rc.sender_name()));
  out.set_text(rc.text().substr(0, kMaxTextBytes));
  out.set_time_ms(in.server_time_ms());
  return true;
}

void Engine::Impl::receive_report(const AccountId& from, const std::string& sender_name,
                                  const content::Report& rep, uint64_t now_ms) {
  if (!valid_room_id(rep.room()) || !rep.has_message() ||
      rep.report_id().size() != kReportIdSize || rep.comment().size() > kMaxCommentBytes ||
      rep.context_size() > static_cast<int>(kReportContext) || rep.reason() < content::HARASSMENT ||
      rep.reason() > content::OTHER) {
    return emit(event::Undecryptable{from, "A malformed report was dropped."});
  }
  for (const auto& r : reports) {
    if (r.report_id() == rep.report_id()) return;  // a copy sent again
  }
  state::ReceivedReport r;
  r.set_report_id(rep.report_id());
  r.set_room(rep.room());
  r.set_reason(report_reason_word(static_cast<ReportReason>(static_cast<int>(rep.reason()) - 1)));
  r.set_comment(rep.comment());
  r.set_reporter(from.bytes());
  r.set_reporter_name(sanitize_name(sender_name));
  r.set_received_ms(now_ms);
  const auto& m = rep.message();
  // Step one, on this device: the text must open the commitment the relay saw.
  const bool opens = read_reported(m, *r.mutable_message()) &&
                     franking::opens(m.franking_key(), m.content(), m.commitment());
  for (const auto& c : rep.context()) {
    state::ReportedItem item;
    if (read_reported(c, item)) *r.add_context() = std::move(item);
  }
  r.set_commitment(m.commitment());
  r.set_franking_tag(m.franking_tag());
  r.set_checked(!opens);
  r.set_verified(false);
  reports.push_back(std::move(r));
  while (reports.size() > kMaxReports) reports.pop_front();
  changed();
  if (!opens) return emit(event::ReportReceived{view(reports.back())});
  // Step two: only the relay can say whether it bound that commitment to that sender.
  ask_verdict(reports.back());
}

void Engine::Impl::ask_verdict(const state::ReceivedReport& r) {
  if (!logged_in) return;
  wire::ClientFrame f;
  auto* v = f.mutable_verify_franking();
  v->set_room(r.room());
  v->set_seq(r.message().seq());
  v->set_from(r.message().from());
  v->set_server_time_ms(r.message().time_ms());
  v->set_commitment(r.commitment());
  v->set_franking_tag(r.franking_tag());
  InFlight in{RequestKind::verify_report, {}, {}, r.room(), 0};
  in.report_id = r.report_id();
  in_flight[queue(std::move(f))] = std::move(in);
}

void Engine::Impl::report_checked(const std::string& report_id, bool valid) {
  for (auto& r : reports) {
    if (r.report_id() != report_id || r.checked()) continue;
    r.set_checked(true);
    r.set_verified(valid);
    changed();
    return emit(event::ReportReceived{view(r)});
  }
}

ReportedItem Engine::Impl::view(const state::ReportedItem& i) {
  ReportedItem out;
  out.seq = i.seq();
  if (auto id = AccountId::from_bytes(i.from())) out.from = *id;
  out.sender_name = i.sender_name();
  out.text = i.text();
  out.time_ms = i.time_ms();
  return out;
}

ReportView Engine::Impl::view(const state::ReceivedReport& r) {
  ReportView out;
  out.report_id = to_hex(r.report_id());
  out.room = r.room();
  out.reason = r.reason();
  out.comment = r.comment();
  if (auto id = AccountId::from_bytes(r.reporter())) out.reporter = *id;
  out.reporter_name = r.reporter_name();
  out.message = view(r.message());
  for (const auto& c : r.context()) out.context.push_back(view(c));
  out.checked = r.checked();
  out.verified = r.verified();
  out.received_ms = r.received_ms();
  return out;
}

// ---- The public API

Result<RequestId> Engine::pin_alert(std::string_view room, std::string_view text,
                                    uint64_t duration_s, uint64_t now_ms) {
  if (duration_s == 0) return Error{Errc::invalid_argument, "A pin needs a duration."};
  RELAIS_TRY_ASSIGN(const RequestId r, say(room, text, now_ms, /*alert=*/true));
  impl_->rooms[std::string(room)].posts.back().pin_for_s = duration_s;
  return r;
}

RequestId Engine::mod_action(const ModCommand& c) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, c.room)) return r;
  const bool on_member = c.kind <= ModKind::mute;
  if (on_member ? c.target.empty() : c.seq == 0) {
    impl_->emit(event::RequestFailed{
        r, Errc::invalid_argument,
        on_member ? "The action needs a member's id." : "The action needs a message number."});
    return r;
  }
  wire::ClientFrame f;
  auto* a = f.mutable_mod_action();
  a->set_kind(static_cast<wire::ModActionKind>(static_cast<int>(c.kind) + 1));
  a->set_room(c.room);
  if (on_member) a->set_target(c.target.bytes());
  a->set_seq(c.seq);
  a->set_duration_s(c.duration_s);
  return admin_request(*impl_, r, std::move(f), c.room);
}

RequestId Engine::list_join_requests(std::string_view room) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_list_join_requests()->set_room(std::string(room));
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

RequestId Engine::read_mod_log(std::string_view room, uint64_t since_ms) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_read_mod_log()->set_room(std::string(room));
  f.mutable_read_mod_log()->set_since_ms(since_ms);
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

namespace {
RequestId role_request(Engine::Impl& impl, const AccountId& who, const RoleSpec& role, bool grant) {
  const RequestId r = impl.next_request++;
  auto g = to_grant(role);
  if (!g || who.empty()) {
    impl.emit(event::RequestFailed{
        r, Errc::invalid_argument,
        who.empty() ? "The role needs an account id."
                    : "A role is 'moderator ROOM', 'outreach ORG' or 'admin'."});
    return r;
  }
  if (!logged_in_or_fail(impl, r)) return r;
  wire::ClientFrame f;
  auto* body = grant ? f.mutable_grant_role()->mutable_grant() : f.mutable_revoke_role()->mutable_grant();
  *body = *g;
  if (grant) {
    f.mutable_grant_role()->set_account_id(who.bytes());
  } else {
    f.mutable_revoke_role()->set_account_id(who.bytes());
  }
  return admin_request(impl, r, std::move(f));
}
}  // namespace

RequestId Engine::grant_role(const AccountId& who, const RoleSpec& role) {
  return role_request(*impl_, who, role, true);
}

RequestId Engine::revoke_role(const AccountId& who, const RoleSpec& role) {
  return role_request(*impl_, who, role, false);
}

RequestId Engine::create_room(const RoomSpec& spec) {
  const RequestId r = impl_->next_request++;
  wire::JoinPolicy policy = wire::POLICY_UNSPECIFIED;
  if (spec.policy == "open") policy = wire::OPEN;
  if (spec.policy == "knock") policy = wire::KNOCK;
  if (spec.policy == "invite") policy = wire::INVITE;
  std::string problem;
  if (!valid_room_id(spec.room)) problem = "A room id is lowercase letters, digits and '-'.";
  if (!check_name(spec.name_fr).ok() || !check_name(spec.name_nl).ok()) {
    problem = "A room needs a French and a Dutch name of at most 64 bytes.";
  }
  if (policy == wire::POLICY_UNSPECIFIED) problem = "The join policy is open, knock or invite.";
  if (!spec.region.empty() && !valid_room_id(spec.region)) {
    problem = "A region is lowercase letters, digits and '-'.";
  }
  if (!problem.empty()) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument, problem});
    return r;
  }
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  auto* info = f.mutable_create_room()->mutable_room();
  info->set_room(spec.room);
  info->set_name_fr(spec.name_fr);
  info->set_name_nl(spec.name_nl);
  info->set_policy(policy);
  info->set_retention_s(spec.retention_s);
  info->set_message_lifetime_s(spec.message_lifetime_s);
  info->set_max_members(spec.max_members);
  info->set_region(spec.region);
  return admin_request(*impl_, r, std::move(f), spec.room);
}

RequestId Engine::create_invite(std::string_view room, uint32_t uses, uint64_t valid_for_s,
                                const std::optional<RoleSpec>& grants) {
  const RequestId r = impl_->next_request++;
  if (!room.empty() && !valid_room_id(room)) {
    impl_->emit(event::RequestFailed{r, Errc::not_found, "There is no such room."});
    return r;
  }
  std::optional<wire::RoleGrant> g;
  if (grants) {
    g = to_grant(*grants);
    if (!g) {
      impl_->emit(event::RequestFailed{
          r, Errc::invalid_argument, "A role is 'moderator ROOM', 'outreach ORG' or 'admin'."});
      return r;
    }
  }
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  auto* ci = f.mutable_create_invite();
  ci->set_room(std::string(room));
  ci->set_uses(uses);
  ci->set_valid_for_s(valid_for_s);
  if (g) *ci->mutable_grants() = *g;
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

Result<RequestId> Engine::report(std::string_view room, uint64_t seq, ReportReason reason,
                                 std::string_view comment, uint64_t now_ms) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (!valid_room_id(room)) return Error{Errc::not_found, "There is no such room."};
  if (comment.size() > kMaxCommentBytes) {
    return Error{Errc::invalid_argument, "The comment is longer than 2 KiB."};
  }
  if (!impl_->logged_in) return Error{Errc::unavailable, "Not connected to the relay."};
  return impl_->start_report(std::string(room), seq, reason, comment, now_ms);
}

std::vector<ReportView> Engine::reports() const {
  std::vector<ReportView> out;
  for (const auto& r : impl_->reports) out.push_back(Impl::view(r));
  return out;
}

size_t Engine::reports_unchecked() const {
  return static_cast<size_t>(std::count_if(impl_->reports.begin(), impl_->reports.end(),
                                           [](const auto& r) { return !r.checked(); }));
}

namespace {
constexpr std::string_view kModWords[] = {"approve", "refuse", "kick",   "ban",  "unban",
                                          "mute",    "remove", "pin",    "unpin"};
constexpr std::string_view kReasonWords[] = {"harassment", "doxing", "exploitation",
                                             "threat",     "spam",   "other"};
}  // namespace

std::optional<ModKind> mod_kind_from_word(std::string_view word) {
  for (size_t i = 0; i < std::size(kModWords); ++i) {
    if (kModWords[i] == word) return static_cast<ModKind>(i);
  }
  return std::nullopt;
}

const char* mod_kind_word(ModKind kind) {
  return kModWords[static_cast<size_t>(kind)].data();
}

std::optional<ReportReason> report_reason_from_word(std::string_view word) {
  for (size_t i = 0; i < std::size(kReasonWords); ++i) {
    if (kReasonWords[i] == word) return static_cast<ReportReason>(i);
  }
  return std::nullopt;
}

const char* report_reason_word(ReportReason reason) {
  return kReasonWords[static_cast<size_t>(reason)].data();
}

}  // namespace relais::engine
