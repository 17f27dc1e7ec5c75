#include "core/engine/permanences.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/engine/wire_kinds.h"
#include "core/engine/words.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

// Messages left for an organisation that reached a worker's device without a place in the
// relay's inbox: the newest this many are listed with the inbox.
constexpr size_t kUnlistedShown = 200;

OrgSpec org_view(const wire::Org& o) {
  OrgSpec out{sanitize_name(o.org()),          sanitize_name(o.name()),
              o.description().substr(0, 2000), {},
              o.contact().substr(0, 500),      sanitize_name(o.region())};
  for (const auto& l : o.languages()) out.languages.push_back(sanitize_name(l));
  return out;
}

SlotSpec slot_view(const wire::Slot& s) {
  static const char* const kDays[] = {"", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  SlotSpec out;
  out.id = s.slot_id();
  out.room = sanitize_name(s.room());
  const int wd = static_cast<int>(s.weekday());
  out.weekday = wd >= 1 && wd <= 7 ? kDays[wd] : "";
  out.date = sanitize_name(s.date());
  out.start = sanitize_name(s.start());
  out.end = sanitize_name(s.end());
  for (const auto& l : s.languages()) out.languages.push_back(sanitize_name(l));
  return out;
}

PermanenceView permanence_view(const wire::PermanenceInfo& p) {
  PermanenceView out;
  out.org = sanitize_name(p.org());
  out.name = sanitize_name(p.name());
  for (const auto& s : p.slots()) out.slots.push_back(slot_view(s));
  for (const auto& c : p.cancelled()) out.cancelled.push_back(sanitize_name(c));
  out.open = p.open();
  out.on_duty = p.on_duty();
  out.next_open_ms = p.next_open_ms();
  out.next_open_local = sanitize_name(p.next_open_local());
  out.room = sanitize_name(p.room());
  out.slot_end_ms = p.slot_end_ms();
  out.slot_end_local = sanitize_name(p.slot_end_local());
  for (const auto& l : p.languages()) {
    if (out.languages.size() < 32) out.languages.push_back(sanitize_name(l));
  }
  return out;
}

StatsView stats_view(const wire::Stats& s) {
  StatsView out;
  out.org = sanitize_name(s.org());
  out.period = sanitize_name(s.period());
  out.permanences = s.permanences();
  out.conversations = s.conversations();
  out.unanswered = s.unanswered();
  for (const auto& l : s.languages()) {
    out.languages.emplace_back(sanitize_name(l.language()), l.count());
  }
  out.wait_p50_s = s.wait_p50_s();
  out.wait_p90_s = s.wait_p90_s();
  out.wait_max_s = s.wait_max_s();
  out.org_messages = s.org_messages();
  out.handoffs = s.handoffs();
  return out;
}

}  // namespace

// ---- Checks before sending

bool Permanences::logged_in_or_fail(RequestId r) {
  if (session_.logged_in()) return true;
  link_.emit_failed(r, failure(Problem::not_connected));
  return false;
}

bool Permanences::org_request(RequestId r, std::string_view org) {
  if (auto v = wire::check_id(wire::FIELD_ORG, org)) {
    link_.emit_failed(r, invalid(*v));
    return false;
  }
  return logged_in_or_fail(r);
}

bool Permanences::ticket_request(RequestId r, std::string_view ticket) {
  if (auto v = wire::check_ticket(ticket)) {
    link_.emit_failed(r, invalid(*v));
    return false;
  }
  return logged_in_or_fail(r);
}

void Permanences::ask_done(RequestId r, wire::ClientFrame f, std::string org) {
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      link_.fail_to(r, {}, std::move(org)));
}

// ---- Organisations and schedules

RequestId Permanences::create_org(const OrgSpec& org) {
  const RequestId r = link_.new_request();
  wire::ClientFrame f;
  auto* o = f.mutable_create_org()->mutable_org();
  o->set_org(org.org);
  o->set_name(org.name);
  o->set_description(org.description);
  for (const auto& l : org.languages) o->add_languages(l);
  o->set_contact(org.contact);
  o->set_region(org.region);
  if (auto v = wire::check(*o)) {
    link_.emit_failed(r, invalid(*v));
    return r;
  }
  if (!logged_in_or_fail(r)) return r;
  link_.ask<wire::OrgList>(
      std::move(f),
      [this, r](const wire::OrgList& list) {
        std::vector<OrgSpec> out;
        for (const auto& listed : list.orgs()) out.push_back(org_view(listed));
        link_.emit(event::OrgsListed{r, std::move(out)});
      },
      link_.fail_to(r, {}, org.org));
  return r;
}

RequestId Permanences::list_orgs() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_list_orgs();
  link_.ask<wire::OrgList>(
      std::move(f),
      [this, r](const wire::OrgList& list) {
        std::vector<OrgSpec> out;
        for (const auto& o : list.orgs()) out.push_back(org_view(o));
        link_.emit(event::OrgsListed{r, std::move(out)});
      },
      link_.fail_to(r));
  return r;
}

namespace {
void listed_permanences(Link& link, RequestId r, const wire::Permanences& list) {
  std::vector<PermanenceView> out;
  for (const auto& p : list.permanences()) out.push_back(permanence_view(p));
  link.emit(event::PermanencesListed{r, std::move(out)});
}
}  // namespace

RequestId Permanences::add_slot(std::string_view org, const SlotSpec& slot) {
  const RequestId r = link_.new_request();
  static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int weekday = 0;
  for (int i = 0; i < 7; ++i) {
    if (slot.weekday == kDays[i]) weekday = i + 1;
  }
  wire::ClientFrame f;
  f.mutable_add_slot()->set_org(std::string(org));
  auto* sl = f.mutable_add_slot()->mutable_slot();
  sl->set_room(slot.room);
  sl->set_weekday(static_cast<wire::Weekday>(weekday));
  sl->set_date(slot.date);
  sl->set_start(slot.start);
  sl->set_end(slot.end);
  for (const auto& l : slot.languages) sl->add_languages(l);
  wire::Check problem = wire::check(*sl);
  if (!slot.weekday.empty() && weekday == 0) {
    problem = wire::violation(wire::FIELD_WEEKDAY, wire::RULE_MALFORMED);
  }
  if (problem) {
    link_.emit_failed(r, invalid(*problem));
    return r;
  }
  if (!org_request(r, org)) return r;
  link_.ask<wire::Permanences>(
      std::move(f), [this, r](const wire::Permanences& p) { listed_permanences(link_, r, p); },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::remove_slot(std::string_view org, uint64_t slot_id) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_remove_slot()->set_org(std::string(org));
  f.mutable_remove_slot()->set_slot_id(slot_id);
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::cancel_date(std::string_view org, std::string_view date) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_cancel_date()->set_org(std::string(org));
  f.mutable_cancel_date()->set_date(std::string(date));
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::list_permanences(bool watch) {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  // Watching: the relay tells this connection when a permanence opens or closes.
  f.mutable_list_permanences()->set_watch(watch);
  link_.ask<wire::Permanences>(
      std::move(f), [this, r](const wire::Permanences& p) { listed_permanences(link_, r, p); },
      link_.fail_to(r));
  return r;
}

RequestId Permanences::staff_open(std::string_view org_id, std::string_view room) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org_id)) return r;
  const std::string org(org_id);
  wire::ClientFrame f;
  f.mutable_staff_open()->set_org(org);
  f.mutable_staff_open()->set_room(std::string(room));
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, org](const wire::Ok&) {
        link_.emit(event::Done{r});
        greet_colleagues(org);  // so that a handoff names its colleague
      },
      link_.fail_to(r, {}, org));
  return r;
}

RequestId Permanences::staff_close(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_close()->set_org(std::string(org));
  ask_done(r, std::move(f), std::string(org));
  return r;
}

// ---- Tickets: see tickets.cpp

// ---- Out-of-hours messages

// One out-of-hours message on its way: the org's workers listed, one copy to each, then the
// relay told it exists (so that they can mark it handled). Every continuation holds it.
class Permanences::OrgMessageDelivery : public std::enable_shared_from_this<OrgMessageDelivery> {
 public:
  OrgMessageDelivery(Permanences& p, RequestId request, std::string org, std::string message_id,
                     std::string padded, std::string text, uint64_t now_ms)
      : p_(p),
        request_(request),
        org_(std::move(org)),
        message_id_(std::move(message_id)),
        padded_(std::move(padded)),
        text_(std::move(text)),
        sent_at_ms_(now_ms) {}

  void start() {
    wire::ClientFrame f;
    f.mutable_list_workers()->set_org(org_);
    auto self = shared_from_this();
    p_.link_.ask<wire::Workers>(
        std::move(f), [self](const wire::Workers& w) { self->send_copies(w); },
        [self](const Failure& e) { self->fail(e); });
  }

 private:
  void send_copies(const wire::Workers& w) {
    std::vector<AccountId> workers;
    for (const auto& m : w.workers()) {
      auto id = AccountId::from_bytes(m.account_id());
      if (id && !id->empty() && *id != p_.session_.self()) workers.push_back(*id);
    }
    if (workers.empty()) return fail(failure(Problem::no_worker));
    outstanding_ = workers.size();
    auto self = shared_from_this();
    for (const auto& peer : workers) {
      p_.direct_.send(peer, {padded_, {}, 0, /*control=*/true},
                      {[self](const event::MessageSent& s) {
                         self->sent_at_ms_ = s.server_time_ms;
                         self->copy_done(true);
                       },
                       [self](const Failure& refused) {
                         if (refused.problem == Problem::queue_full) self->queue_full_ = refused;
                         self->copy_done(false);
                       }});
    }
  }

  void copy_done(bool delivered) {
    if (delivered) ++delivered_;
    if (--outstanding_ > 0) return;
    if (delivered_ == 0) {
      // Say why when a full queue refused a copy (the workers' queues, filled by other
      // accounts of the sender's network, say): "could not reach" alone is no help.
      Failure f = failure(Problem::message_undelivered);
      if (queue_full_) {
        f.because = Problem::queue_full;
        f.why = queue_full_->why;
      }
      return fail(f);
    }
    wire::ClientFrame f;
    f.mutable_org_message_sent()->set_org(org_);
    f.mutable_org_message_sent()->set_message_id(message_id_);
    // The workers have it either way; the relay's record only lets them mark it handled.
    auto self = shared_from_this();
    p_.link_.ask<wire::Ok>(
        std::move(f), [self](const wire::Ok&) { self->left({}); },
        [self](const Failure& refused) { self->left(refused); });
  }

  // `not_listed`: the relay's refusal of the inbox's record, told to the person (a flood of
  // other accounts may have filled the inbox; the workers may then see the message late).
  void left(std::optional<Failure> not_listed) {
    if (not_listed) not_listed->org = org_;
    // One line in our history for all the copies: the organisation's conversation with us,
    // where its answers land too (peer: no one account).
    p_.direct_.add_history(
        {AccountId{}, true, p_.session_.name(), text_, sent_at_ms_, message_id_, false, {}, org_});
    p_.link_.changed();
    p_.link_.emit(
        event::OrgMessageLeft{request_, to_hex(message_id_), delivered_, std::move(not_listed)});
  }

  void fail(Failure f) {
    f.org = org_;
    p_.link_.emit_failed(request_, f);
  }

  Permanences& p_;
  RequestId request_;
  std::string org_;
  std::string message_id_;
  std::string padded_;
  std::string text_;
  std::optional<Failure> queue_full_;  // a copy the relay refused as queue_full
  uint64_t sent_at_ms_ = 0;
  size_t outstanding_ = 0;
  uint32_t delivered_ = 0;
};

Checked<RequestId> Permanences::leave_message(std::string_view org, std::string_view text,
                                              uint64_t now_ms) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (auto v = wire::check_id(wire::FIELD_ORG, org)) return invalid(*v);
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  if (!session_.logged_in()) return failure(Problem::not_connected);
  const std::string message_id = crypto::random_bytes(kMessageIdSize);
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_org_message()->set_org(std::string(org));
  c.mutable_org_message()->set_text(std::string(text));
  c.mutable_org_message()->set_message_id(message_id);
  const RequestId r = link_.new_request();
  std::make_shared<OrgMessageDelivery>(*this, r, std::string(org), message_id,
                                       pad(c.SerializeAsString()), std::string(text), now_ms)
      ->start();
  return r;
}

Checked<RequestId> Permanences::answer_org_message(std::string_view org_id,
                                                   std::string_view message_id_hex,
                                                   std::string_view text, uint64_t now_ms) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (auto v = wire::check_id(wire::FIELD_ORG, org_id)) return invalid(*v);
  auto id = from_hex(message_id_hex);
  if (!id || id->size() != kMessageIdSize) {
    return invalid(wire::violation(wire::FIELD_MESSAGE_ID, wire::RULE_MALFORMED, kMessageIdSize));
  }
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  const std::string org(org_id);
  // The person is the one whose message this device holds: the answer goes to her alone.
  std::optional<AccountId> person;
  for (const auto& m : direct_.history()) {
    if (!m.outgoing && m.org == org && m.message_id == *id && m.reply_to.empty()) person = m.peer;
  }
  if (!person) {
    Failure f = failure(Problem::no_org_message);
    f.org = org;
    return f;
  }
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_org_reply()->set_org(org);
  c.mutable_org_reply()->set_message_id(*id);
  c.mutable_org_reply()->set_text(std::string(text));
  const RequestId r = link_.new_request();
  DirectSend what{pad(c.SerializeAsString()), std::string(text), now_ms, false, {}, org, *id};
  auto failed = link_.fail_to(r, {}, org);
  direct_.send(*person, std::move(what),
               {[this, r, org, id = *id, failed](const event::MessageSent&) {
                  // Answered: marked handled, so that no colleague answers it a second time.
                  wire::ClientFrame f;
                  f.mutable_org_message_handled()->set_org(org);
                  f.mutable_org_message_handled()->set_message_id(id);
                  link_.ask<wire::Ok>(
                      std::move(f),
                      [this, r, org, id](const wire::Ok&) {
                        link_.emit(event::OrgMessageAnswered{r, org, to_hex(id)});
                      },
                      [this, r, org, id, failed](const Failure& e) {
                        // Not on the relay's list (its inbox was full when it came): nothing
                        // to mark there, and the answer went all the same.
                        if (e.problem == Problem::no_such_message) {
                          link_.emit(event::OrgMessageAnswered{r, org, to_hex(id)});
                          return;
                        }
                        failed(e);
                      });
                },
                failed});
  return r;
}

RequestId Permanences::mark_handled(std::string_view org, std::string_view message_id_hex) {
  const RequestId r = link_.new_request();
  auto id = from_hex(message_id_hex);
  if (!id || id->size() != kMessageIdSize) {
    link_.emit_failed(
        r, invalid(wire::violation(wire::FIELD_MESSAGE_ID, wire::RULE_MALFORMED, kMessageIdSize)));
    return r;
  }
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_org_message_handled()->set_org(std::string(org));
  f.mutable_org_message_handled()->set_message_id(*id);
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::staff_inbox(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_inbox()->set_org(std::string(org));
  link_.ask<wire::Inbox>(
      std::move(f),
      [this, r](const wire::Inbox& answer) {
        // The texts come with envelopes delivered before this answer: once they are taken in.
        direct_.after_taken_in([this, r, inbox = answer] {
          std::vector<InboxItem> out;
          std::set<std::string> listed;
          for (const auto& entry : inbox.entries()) {
            listed.insert(entry.message_id());
            InboxItem item{to_hex(entry.message_id()),
                           entry.received_ms(),
                           entry.handled(),
                           {},
                           {},
                           {},
                           {},
                           true};
            // The text, when this device holds the copy for it, and what it answered.
            for (const auto& m : direct_.history()) {
              if (!m.outgoing && !m.org.empty() && m.message_id == entry.message_id()) {
                item.text = m.text;
                item.from = m.peer;
                item.sender_name = m.sender_name;
              }
              if (m.outgoing && m.reply_to == entry.message_id()) item.answers.push_back(m.text);
            }
            out.push_back(std::move(item));
          }
          // What reached this device while the relay's inbox was full (issue 15: a flood of
          // other accounts must not hide a real message from the workers): listed after the
          // relay's entries, the newest kUnlistedShown only (a flood would be those).
          std::vector<const Message*> unlisted;
          std::map<std::string, std::vector<std::string>> answered;
          for (const auto& m : direct_.history()) {
            if (m.outgoing && !m.reply_to.empty()) answered[m.reply_to].push_back(m.text);
            if (m.outgoing || m.org != inbox.org() || !m.reply_to.empty() || m.message_id.empty() ||
                !listed.insert(m.message_id).second) {
              continue;
            }
            unlisted.push_back(&m);
          }
          const size_t skip = unlisted.size() > kUnlistedShown ? unlisted.size() - kUnlistedShown : 0;
          for (size_t i = skip; i < unlisted.size(); ++i) {
            const Message& m = *unlisted[i];
            InboxItem item{to_hex(m.message_id), m.time_ms, false, m.text, m.peer, m.sender_name,
                           {}, false};
            if (auto a = answered.find(m.message_id); a != answered.end()) item.answers = a->second;
            out.push_back(std::move(item));
          }
          link_.emit(event::InboxListed{r, sanitize_name(inbox.org()), std::move(out)});
        });
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::staff_stats(std::string_view org, std::string_view period) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_stats()->set_org(std::string(org));
  f.mutable_staff_stats()->set_period(std::string(period));
  link_.ask<wire::Stats>(
      std::move(f),
      [this, r](const wire::Stats& s) {
        link_.emit(event::StatsRead{r, stats_view(s)});
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

// ---- The resources directory

RequestId Permanences::get_resources() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  // Our version, so that an unchanged directory comes back empty.
  f.mutable_get_resources()->set_version(resources_json_.empty() ? "" : resources_version_);
  link_.ask<wire::Resources>(
      std::move(f),
      [this, r](const wire::Resources& res) {
        if (!res.json().empty()) {
          resources_version_ = res.version();
          resources_json_ = res.json();
          link_.changed();
        }
        auto directory = parse_resources(resources_json_);
        if (!directory) return link_.emit_failed(r, failure(Problem::damaged_resources));
        link_.emit(event::ResourcesRead{r, std::move(*directory)});
      },
      link_.fail_to(r));
  return r;
}

std::optional<ResourceDirectory> Permanences::cached_resources() const {
  if (resources_json_.empty()) return std::nullopt;
  auto directory = parse_resources(resources_json_);
  if (!directory) return std::nullopt;
  return std::move(*directory);
}

// ---- Saved state

void Permanences::save(state::EngineState& s) const {
  for (const auto& [_, t] : tickets_) *s.add_tickets() = t;
  s.set_ticket_secret(ticket_secret_);
  for (const auto& e : ended_) *s.add_ended_tickets() = e;
  for (const auto& p : parked_) *s.add_parked() = p;
  for (const auto& [org, id] : greeted_) {
    auto* g = s.add_greeted();
    g->set_org(org);
    g->set_account_id(id.bytes());
  }
  s.set_resources_version(resources_version_);
  s.set_resources_json(resources_json_);
}

void Permanences::load(const state::EngineState& s) {
  for (const auto& t : s.tickets()) tickets_[t.ticket()] = t;
  ticket_secret_ = s.ticket_secret();
  ended_.assign(s.ended_tickets().begin(), s.ended_tickets().end());
  parked_.assign(s.parked().begin(), s.parked().end());
  for (const auto& g : s.greeted()) {
    if (auto id = AccountId::from_bytes(g.account_id())) greeted_.emplace(g.org(), *id);
  }
  resources_version_ = s.resources_version();
  resources_json_ = s.resources_json();
}

}  // namespace relais::engine
