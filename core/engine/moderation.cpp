#include "core/engine/moderation.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/engine/wire_kinds.h"
#include "core/engine/words.h"
#include "core/franking/franking.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

constexpr size_t kReportContext = 3;  // messages before the reported one
constexpr size_t kMaxReports = 500;   // kept by a moderator's client
constexpr size_t kReportIdSize = 16;
// Handled marks kept for reports not yet arrived: two per report a moderator's client keeps.
constexpr size_t kMaxHandledMarks = 2 * kMaxReports;

wire::RoleGrant to_grant(const RoleSpec& spec) {
  wire::RoleGrant g;
  g.set_role(to_wire(spec.role));
  g.set_scope(spec.scope);
  return g;
}

void fill_reported(content::ReportedMessage& out, const RoomItem& item, const Opening& o) {
  out.set_seq(item.seq);
  out.set_from(item.from.bytes());
  out.set_server_time_ms(item.time_ms);
  out.set_content(o.content);
  out.set_franking_key(o.franking_key);
  out.set_commitment(o.commitment);
  out.set_franking_tag(o.franking_tag);
}

bool read_reported(const content::ReportedMessage& in, state::ReportedItem& out) {
  auto from = AccountId::from_bytes(in.from());
  content::RoomContent rc;
  if (!from || from->empty() || in.seq() == 0 || !rc.ParseFromString(in.content())) return false;
  out.set_seq(in.seq());
  out.set_from(in.from());
  out.set_sender_name(sanitize_name(rc.sender_name()));
  out.set_text(rc.text().substr(0, kMaxTextBytes));
  out.set_time_ms(in.server_time_ms());
  return true;
}

ReportedItem view(const state::ReportedItem& i) {
  ReportedItem out;
  out.seq = i.seq();
  if (auto id = AccountId::from_bytes(i.from())) out.from = *id;
  out.sender_name = i.sender_name();
  out.text = i.text();
  out.time_ms = i.time_ms();
  return out;
}

ReportView view(const state::ReceivedReport& r) {
  ReportView out;
  out.report_id = to_hex(r.report_id());
  out.room = r.room();
  out.reason = from_word<ReportReason>(r.reason()).value_or(ReportReason::other);
  out.comment = r.comment();
  if (auto id = AccountId::from_bytes(r.reporter())) out.reporter = *id;
  out.reporter_name = r.reporter_name();
  out.message = view(r.message());
  for (const auto& c : r.context()) out.context.push_back(view(c));
  out.checked = r.checked();
  out.verified = r.verified();
  out.received_ms = r.received_ms();
  out.handled = r.handled();
  out.handled_ms = r.handled_ms();
  return out;
}

}  // namespace

// ---- Moderator actions and administration

void Moderation::ask_done(RequestId r, wire::ClientFrame f, const std::string& room) {
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
}

namespace {
// A room-scoped request needs a usable id and a log-in: false when it was answered at once.
bool room_request(Link& link, const Session& session, RequestId r, std::string_view room) {
  if (auto v = wire::check_id(wire::FIELD_ROOM, room)) {
    link.emit_failed(r, invalid(*v));
    return false;
  }
  if (!session.logged_in()) {
    link.emit_failed(r, failure(Problem::not_connected));
    return false;
  }
  return true;
}
}  // namespace

RequestId Moderation::mod_action(const ModCommand& c) {
  const RequestId r = link_.new_request();
  if (!room_request(link_, session_, r, c.room)) return r;
  wire::ClientFrame f;
  auto* a = f.mutable_mod_action();
  a->set_kind(to_wire(c.kind));
  const bool on_member = wire::about_account(a->kind());
  a->set_room(c.room);
  if (on_member && !c.target.empty()) a->set_target(c.target.bytes());
  a->set_seq(c.seq);
  a->set_duration_s(c.duration_s);
  if (auto v = wire::check(*a)) {
    link_.emit_failed(r, invalid(*v));
    return r;
  }
  ask_done(r, std::move(f), c.room);
  return r;
}

RequestId Moderation::list_join_requests(std::string_view room_id) {
  const RequestId r = link_.new_request();
  if (!room_request(link_, session_, r, room_id)) return r;
  const std::string room(room_id);
  wire::ClientFrame f;
  f.mutable_list_join_requests()->set_room(room);
  link_.ask<wire::JoinRequests>(
      std::move(f),
      [this, r, room](const wire::JoinRequests& jr) {
        std::vector<JoinRequestItem> out;
        for (const auto& item : jr.requests()) {
          auto id = AccountId::from_bytes(item.account_id());
          if (id && !id->empty()) out.push_back({*id, item.since_ms()});
        }
        link_.emit(event::JoinRequestsListed{r, room, std::move(out)});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

RequestId Moderation::read_mod_log(std::string_view room_id, uint64_t since_ms) {
  const RequestId r = link_.new_request();
  if (!room_request(link_, session_, r, room_id)) return r;
  const std::string room(room_id);
  wire::ClientFrame f;
  f.mutable_read_mod_log()->set_room(room);
  f.mutable_read_mod_log()->set_since_ms(since_ms);
  link_.ask<wire::ModLog>(
      std::move(f),
      [this, r, room](const wire::ModLog& log) {
        std::vector<ModLogItem> out;
        for (const auto& le : log.entries()) {
          ModLogItem item;
          item.time_ms = le.time_ms();
          if (auto id = AccountId::from_bytes(le.actor())) item.actor = *id;
          if (auto id = AccountId::from_bytes(le.target())) item.target = *id;
          item.action = mod_log_action_of(le.kind());
          if (item.action == ModLogAction::grant || item.action == ModLogAction::revoke) {
            item.role = role_of(le.role());
          }
          item.seq = le.seq();
          item.duration_s = le.duration_s();
          out.push_back(std::move(item));
        }
        link_.emit(event::ModLogRead{r, room, std::move(out)});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

RequestId Moderation::change_role(const AccountId& who, const RoleSpec& role, bool grant) {
  const RequestId r = link_.new_request();
  const wire::RoleGrant g = to_grant(role);
  wire::Check problem = wire::check(g);
  if (who.empty()) problem = wire::violation(wire::FIELD_ACCOUNT, wire::RULE_MISSING);
  if (problem) {
    link_.emit_failed(r, invalid(*problem));
    return r;
  }
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return r;
  }
  wire::ClientFrame f;
  if (grant) {
    *f.mutable_grant_role()->mutable_grant() = g;
    f.mutable_grant_role()->set_account_id(who.bytes());
  } else {
    *f.mutable_revoke_role()->mutable_grant() = g;
    f.mutable_revoke_role()->set_account_id(who.bytes());
  }
  ask_done(r, std::move(f), {});
  return r;
}

RequestId Moderation::create_room(const RoomSpec& spec) {
  const RequestId r = link_.new_request();
  wire::ClientFrame f;
  auto* info = f.mutable_create_room()->mutable_room();
  info->set_room(spec.room);
  info->set_name_fr(spec.name_fr);
  info->set_name_nl(spec.name_nl);
  info->set_policy(to_wire(spec.policy));
  info->set_retention_s(spec.retention_s);
  info->set_message_lifetime_s(spec.message_lifetime_s);
  info->set_max_members(spec.max_members);
  info->set_region(spec.region);
  if (auto v = wire::check(*info)) {
    link_.emit_failed(r, invalid(*v));
    return r;
  }
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return r;
  }
  const std::string room = spec.room;
  link_.ask<wire::RoomList>(
      std::move(f),
      [this, r](const wire::RoomList& list) {
        if (list.rooms().empty()) {
          link_.emit(event::ProtocolError{Problem::wrong_answer});
          return link_.emit_failed(r, failure(Problem::wrong_answer));
        }
        link_.emit(event::RoomCreated{r, room_summary(list.rooms(0))});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

RequestId Moderation::create_invite(std::string_view room_id, uint32_t uses, uint64_t valid_for_s,
                                    const std::optional<RoleSpec>& grants) {
  const RequestId r = link_.new_request();
  const std::string room(room_id);
  wire::ClientFrame f;
  auto* ci = f.mutable_create_invite();
  ci->set_room(room);
  ci->set_uses(uses);
  ci->set_valid_for_s(valid_for_s);
  if (grants) *ci->mutable_grants() = to_grant(*grants);
  if (auto v = wire::check(*ci)) {
    link_.emit_failed(r, invalid(*v));
    return r;
  }
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return r;
  }
  link_.ask<wire::Invite>(
      std::move(f),
      [this, r](const wire::Invite& invite) {
        link_.emit(event::InviteCreated{r, sanitize_name(invite.code()), invite.expires_ms()});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

// ---- Reports, sending side

// One report on its way: the lists of who it goes to (the room's members; for exploitation
// also the room's region, its organisations and their workers), then one copy to each, then the
// relay told that a report was made. Every continuation of it holds it; it ends once.
class Moderation::ReportDelivery : public std::enable_shared_from_this<ReportDelivery> {
 public:
  ReportDelivery(Moderation& m, RequestId request, std::string room, std::string padded)
      : m_(m), request_(request), room_(std::move(room)), padded_(std::move(padded)) {}

  void start(bool exploitation) {
    wire::ClientFrame members;
    members.mutable_list_members()->set_room(room_);
    ask_list<wire::Members>(std::move(members), &ReportDelivery::moderators, /*required=*/true);
    if (exploitation) {
      wire::ClientFrame rooms;
      rooms.mutable_list_rooms();
      ask_list<wire::RoomList>(std::move(rooms), &ReportDelivery::region, false);
    }
  }

 private:
  // One of the lists: `required` ones fail the report, the others are best effort. A lost
  // connection fails it either way.
  template <class T>
  void ask_list(wire::ClientFrame f, void (ReportDelivery::*step)(const T&), bool required) {
    ++lists_pending_;
    auto self = shared_from_this();
    m_.link_.ask<T>(
        std::move(f),
        [self, step](const T& answer) {
          (self.get()->*step)(answer);
          self->list_arrived();
        },
        [self, required](Failure e) {
          if (required || e.problem == Problem::not_connected) {
            e.room = self->room_;
            return self->fail(e);
          }
          self->list_arrived();
        });
  }

  void moderators(const wire::Members& m) {
    for (const auto& member : m.members()) {
      auto id = AccountId::from_bytes(member.account_id());
      if (id && !id->empty() && *id != m_.session_.self() && member.role() == wire::MODERATOR) {
        recipients_.insert(*id);
        moderator_found_ = true;
      }
    }
  }

  // Exploitation reports also go to the outreach workers of organisations in the room's region.
  void region(const wire::RoomList& list) {
    for (const auto& info : list.rooms()) {
      if (info.room() == room_) region_ = info.region();
    }
    if (!wire::valid_id(region_)) return;
    wire::ClientFrame f;
    f.mutable_list_orgs();
    ask_list<wire::OrgList>(std::move(f), &ReportDelivery::orgs, false);
  }

  void orgs(const wire::OrgList& orgs) {
    for (const auto& o : orgs.orgs()) {
      if (o.region() != region_ || !wire::valid_id(o.org())) continue;
      wire::ClientFrame f;
      f.mutable_list_workers()->set_org(o.org());
      ask_list<wire::Workers>(std::move(f), &ReportDelivery::workers, false);
    }
  }

  void workers(const wire::Workers& workers) {
    for (const auto& w : workers.workers()) {
      auto id = AccountId::from_bytes(w.account_id());
      if (id && !id->empty() && *id != m_.session_.self()) recipients_.insert(*id);
    }
  }

  void list_arrived() {
    if (finished_ || --lists_pending_ > 0) return;
    if (!moderator_found_) return fail(failure(Problem::no_moderator));
    outstanding_ = recipients_.size();
    auto self = shared_from_this();
    for (const auto& peer : recipients_) {
      m_.direct_.send(peer, {padded_, {}, 0, /*control=*/true},
                      {[self](const event::MessageSent&) { self->copy_done(true); },
                       [self](const Failure&) { self->copy_done(false); }});
    }
  }

  void copy_done(bool delivered) {
    if (finished_) return;
    if (delivered) ++delivered_;
    if (--outstanding_ > 0) return;
    if (delivered_ == 0) return fail(failure(Problem::report_undelivered));
    wire::ClientFrame f;
    f.mutable_report_filed()->set_room(room_);
    // The moderators have the report either way; the relay's count is only a statistic.
    auto self = shared_from_this();
    m_.link_.ask<wire::Ok>(
        std::move(f), [self](const wire::Ok&) { self->sent(); },
        [self](const Failure&) { self->sent(); });
  }

  void sent() {
    finished_ = true;
    m_.link_.emit(event::ReportSent{request_, delivered_});
  }

  void fail(const Failure& f) {
    if (finished_) return;
    finished_ = true;
    m_.link_.emit_failed(request_, f);
  }

  Moderation& m_;
  RequestId request_;
  std::string room_;
  std::string padded_;  // the DirectContent, padded
  size_t lists_pending_ = 0;
  std::set<AccountId> recipients_;
  bool moderator_found_ = false;
  std::string region_;
  size_t outstanding_ = 0;
  uint32_t delivered_ = 0;
  bool finished_ = false;
};

Checked<RequestId> Moderation::report(std::string_view room_id, uint64_t seq, ReportReason reason,
                                      std::string_view comment, uint64_t now_ms) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (auto v = wire::check_id(wire::FIELD_ROOM, room_id)) return invalid(*v);
  if (comment.size() > kMaxCommentBytes) {
    Failure f = failure(Problem::comment_too_long);
    f.limit = kMaxCommentBytes;
    return f;
  }
  if (!session_.logged_in()) return failure(Problem::not_connected);
  const std::string room(room_id);
  const Rooms::Room* r = rooms_.find(room);
  Failure missing = failure(Problem::no_held_message);
  missing.room = room;
  if (!r) return missing;
  auto item = std::find_if(r->items.begin(), r->items.end(),
                           [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
  auto opening = r->openings.find(seq);
  if (item == r->items.end() || opening == r->openings.end()) return missing;
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  auto* rep = c.mutable_report();
  rep->set_room(room);
  fill_reported(*rep->mutable_message(), *item, opening->second);
  // A few messages before it, nearest last, as this device holds them.
  std::vector<const RoomItem*> before;
  for (auto it = std::make_reverse_iterator(item); it != r->items.rend(); ++it) {
    if (before.size() == kReportContext) break;
    if (!it->is_event && r->openings.count(it->seq)) before.push_back(&*it);
  }
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    fill_reported(*rep->add_context(), **it, r->openings.at((*it)->seq));
  }
  rep->set_reason(to_content(reason));
  rep->set_comment(std::string(comment));
  rep->set_report_id(crypto::random_bytes(kReportIdSize));
  const RequestId request = link_.new_request();
  std::make_shared<ReportDelivery>(*this, request, room, pad(c.SerializeAsString()))
      ->start(reason == ReportReason::exploitation);
  return request;
}

// ---- Reports, moderator side

void Moderation::receive_report(const AccountId& from, const std::string& sender_name,
                                const content::Report& rep, uint64_t now_ms) {
  if (!wire::valid_id(rep.room()) || !rep.has_message() ||
      rep.report_id().size() != kReportIdSize || rep.comment().size() > kMaxCommentBytes ||
      rep.context_size() > static_cast<int>(kReportContext) || rep.reason() < content::HARASSMENT ||
      rep.reason() > content::OTHER) {
    return link_.emit(event::Undecryptable{from, Problem::malformed_report});
  }
  for (const auto& r : reports_) {
    if (r.report_id() == rep.report_id()) return;  // a copy sent again
  }
  state::ReceivedReport r;
  r.set_report_id(rep.report_id());
  r.set_room(rep.room());
  r.set_reason(std::string(word(reason_of(rep.reason()))));
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
  // Marked handled by a moderator of its room before its copy reached this device.
  for (auto mark = handled_marks_.begin(); mark != handled_marks_.end(); ++mark) {
    if (mark->report_id() != r.report_id() || mark->room() != r.room()) continue;
    r.set_handled(true);
    r.set_handled_ms(mark->handled_ms());
    handled_marks_.erase(mark);
    break;
  }
  reports_.push_back(std::move(r));
  while (reports_.size() > kMaxReports) reports_.pop_front();
  link_.changed();
  if (!opens) return link_.emit(event::ReportReceived{view(reports_.back())});
  // Step two: only the relay can say whether it bound that commitment to that sender.
  ask_verdict(reports_.back());
}

void Moderation::ask_verdict(const state::ReceivedReport& r) {
  if (!session_.logged_in()) return;
  wire::ClientFrame f;
  auto* v = f.mutable_verify_franking();
  v->set_room(r.room());
  v->set_seq(r.message().seq());
  v->set_from(r.message().from());
  v->set_server_time_ms(r.message().time_ms());
  v->set_commitment(r.commitment());
  v->set_franking_tag(r.franking_tag());
  const std::string id = r.report_id();
  link_.ask<wire::FrankingVerdict>(
      std::move(f),
      [this, id](const wire::FrankingVerdict& verdict) { report_checked(id, verdict.valid()); },
      [this, id](const Failure& e) {
        // The relay will not say (not a member any more, say): the report stays unverified.
        // A lost connection or a wrong answer: asked again at the next log-in.
        if (e.problem != Problem::not_connected && e.problem != Problem::wrong_answer) {
          report_checked(id, false);
        }
      });
}

void Moderation::report_checked(const std::string& report_id, bool valid) {
  for (auto& r : reports_) {
    if (r.report_id() != report_id || r.checked()) continue;
    r.set_checked(true);
    r.set_verified(valid);
    link_.changed();
    return link_.emit(event::ReportReceived{view(r)});
  }
}

void Moderation::after_login() {
  asking_handled_.clear();
  std::set<std::string> rooms;
  for (const auto& r : reports_) {
    if (!r.checked()) ask_verdict(r);
    rooms.insert(r.room());
  }
  // What the room's moderators dealt with while this one was away; in every room it moderates,
  // so that reports still on their way arrive with their state. A room it does not moderate
  // (any more) is refused and left.
  if (session_.has_role(wire::MODERATOR) || session_.has_role(wire::ADMIN)) {
    for (auto& room : rooms_.joined_rooms()) rooms.insert(std::move(room));
  }
  for (const auto& room : rooms) ask_handled(room);
}

void Moderation::ask_handled(const std::string& room) {
  if (!session_.logged_in() || !wire::valid_id(room) || !asking_handled_.insert(room).second)
    return;
  wire::ClientFrame f;
  f.mutable_list_handled_reports()->set_room(room);
  link_.ask<wire::HandledReports>(
      std::move(f),
      [this, room](const wire::HandledReports& h) {
        asking_handled_.erase(room);
        if (h.room() == room) handle_handled(h);
      },
      [this, room](const Failure&) { asking_handled_.erase(room); });
}

void Moderation::handle_handled(const wire::HandledReports& handled) {
  if (!wire::valid_id(handled.room())) return;
  for (const auto& h : handled.reports()) {
    if (h.report_id().size() == kReportIdSize)
      learn_handled(handled.room(), h.report_id(), h.handled_ms());
  }
}

void Moderation::learn_handled(const std::string& room, const std::string& report_id,
                               uint64_t when_ms) {
  // Only a report of that room: a moderator of another room cannot close this one's reports.
  for (auto& r : reports_) {
    if (r.report_id() != report_id || r.room() != room) continue;
    if (r.handled()) return;
    r.set_handled(true);
    r.set_handled_ms(when_ms);
    link_.changed();
    return link_.emit(event::ReportHandled{view(r)});
  }
  for (const auto& m : handled_marks_) {
    if (m.report_id() == report_id && m.room() == room) return;
  }
  state::HandledMark m;
  m.set_room(room);
  m.set_report_id(report_id);
  m.set_handled_ms(when_ms);
  handled_marks_.push_back(std::move(m));
  while (handled_marks_.size() > kMaxHandledMarks) handled_marks_.pop_front();
  link_.changed();
}

RequestId Moderation::mark_report_handled(std::string_view report_id_hex) {
  const RequestId r = link_.new_request();
  const auto id = from_hex(report_id_hex);
  const auto held = std::find_if(reports_.begin(), reports_.end(), [&](const auto& rep) {
    return id && rep.report_id() == *id;
  });
  if (held == reports_.end()) {
    link_.emit_failed(r, failure(Problem::no_held_report));
    return r;
  }
  const std::string room = held->room();
  if (!room_request(link_, session_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_report_handled()->set_room(room);
  f.mutable_report_handled()->set_report_id(*id);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, room, report_id = *id](const wire::Ok&) {
        learn_handled(room, report_id, link_.now_ms());
        link_.emit(event::Done{r});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

bool Moderation::reports_settled() const {
  return reports_unchecked() == 0 && asking_handled_.empty();
}

std::vector<ReportView> Moderation::reports() const {
  std::vector<ReportView> out;
  for (const auto& r : reports_) out.push_back(view(r));
  return out;
}

size_t Moderation::reports_unchecked() const {
  return static_cast<size_t>(
      std::count_if(reports_.begin(), reports_.end(), [](const auto& r) { return !r.checked(); }));
}

void Moderation::save(state::EngineState& s) const {
  for (const auto& r : reports_) *s.add_reports() = r;
  for (const auto& m : handled_marks_) *s.add_handled_marks() = m;
}

void Moderation::load(const state::EngineState& s) {
  reports_.assign(s.reports().begin(), s.reports().end());
  handled_marks_.assign(s.handled_marks().begin(), s.handled_marks().end());
}

}  // namespace relais::engine
