// Tickets, as the member who knocked and as the worker who holds them: the knock and its secret,
// what the relay says of them (answers, pushes, and after each log-in what became of them), the
// conversation's messages (TicketSend), handoffs (the colleague's name for the member, the
// conversation so far passed on by the member's own device once she accepts), and the messages
// that arrive before the relay's word that their ticket is ours (parked until it comes).
#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/engine/permanences.h"
#include "core/engine/wire_kinds.h"
#include "core/engine/words.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

constexpr size_t kEndedKept = 64;     // ended tickets remembered
constexpr size_t kParkedLimit = 256;  // messages waiting for their ticket
constexpr uint64_t kParkedKeepMs = 24ull * 3600 * 1000;
constexpr size_t kHistoryChunkBytes = 48 * 1024;  // one TicketHistory message, at most
constexpr size_t kHistoryLinesLimit = 2000;       // lines taken in from one message

// What a closed door keeps of each emergency number's names.
constexpr size_t kMaxEmergencyLanguages = 32;
constexpr size_t kMaxEmergencyNameBytes = 300;

ClosedView closed_view(const wire::PermanenceClosed& c) {
  ClosedView out{sanitize_name(c.org()),
                 c.next_open_ms(),
                 sanitize_name(c.next_open_local()),
                 c.can_leave_message(),
                 {},
                 QueueFull::no,
                 c.slot_end_ms(),
                 sanitize_name(c.slot_end_local())};
  // A relay from after this client may give other reasons: the queue is full all the same.
  if (c.full() == wire::QUEUE_AT_MAX) out.full = QueueFull::at_max;
  if (c.full() != wire::QUEUE_NOT_FULL && c.full() != wire::QUEUE_AT_MAX)
    out.full = QueueFull::network;
  for (const auto& e : c.emergency()) {
    EmergencyView view{sanitize_name(e.number()), {}};
    // A relay's list, bounded: a few dozen languages of short names, codes of letters only.
    for (const auto& [language, given] : e.names()) {
      if (view.names.size() >= kMaxEmergencyLanguages) break;
      const bool code = !language.empty() && language.size() <= 8 &&
                        std::all_of(language.begin(), language.end(),
                                    [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (!code) continue;
      if (std::string name = clipped_text(given, kMaxEmergencyNameBytes); !name.empty())
        view.names.emplace(language, std::move(name));
    }
    // A relay from before the names by language sent one name, in English.
    if (view.names.empty() && !e.name().empty())
      view.names.emplace("en", clipped_text(e.name(), kMaxEmergencyNameBytes));
    out.emergency.push_back(std::move(view));
  }
  return out;
}

void malformed_push(Link& link) {
  link.emit(event::ProtocolError{Problem::malformed_notice});
}

// An answer the request did not expect, as the link reports it.
void wrong_answer(Link& link, RequestId r) {
  link.emit(event::ProtocolError{Problem::wrong_answer});
  link.emit_failed(r, failure(Problem::wrong_answer));
}

TicketEnd end_of(std::string_view reason) {
  return from_word<TicketEnd>(reason).value_or(TicketEnd::other);
}

std::optional<AccountId> account_of(const std::string& bytes) {
  if (bytes.empty()) return std::nullopt;
  auto id = AccountId::from_bytes(bytes);
  if (!id || id->empty()) return std::nullopt;
  return id;
}

// The relay's refusal, said for a ticket, with the problems a handoff makes more precise.
Failure for_ticket(Failure f, const std::string& ticket, bool colleague) {
  if (colleague && f.problem == Problem::not_on_duty) {
    f.problem = Problem::colleague_not_on_duty;
    f.code = code_of(f.problem);
  }
  f.ticket = ticket;
  return f;
}

// Knock and TicketStatus: answered by a ticket, a closed door, or the languages offered.
class TicketQuery final : public Query {
 public:
  using OnTicket = std::function<void(const wire::Ticket&)>;
  using OnClosed = std::function<void(const wire::PermanenceClosed&)>;
  using OnLanguages = std::function<void(const wire::LanguagesOffered&)>;
  TicketQuery(OnTicket on_ticket, OnClosed on_closed, OnLanguages on_languages,
              Link::OnFailure on_error)
      : on_ticket_(std::move(on_ticket)),
        on_closed_(std::move(on_closed)),
        on_languages_(std::move(on_languages)),
        on_error_(std::move(on_error)) {}
  bool on_answer(const wire::ServerFrame& f) override {
    if (f.has_ticket()) {
      on_ticket_(f.ticket());
    } else if (f.has_permanence_closed()) {
      on_closed_(f.permanence_closed());
    } else if (f.has_languages_offered()) {
      on_languages_(f.languages_offered());
    } else {
      return false;
    }
    return true;
  }
  void on_error(const Failure& f) override { on_error_(f); }

 private:
  OnTicket on_ticket_;
  OnClosed on_closed_;
  OnLanguages on_languages_;
  Link::OnFailure on_error_;
};

}  // namespace

// ---- Views of what we hold

TicketConversation Permanences::conversation(const state::TicketState& t) const {
  TicketConversation c;
  c.ticket = t.ticket();
  c.org = t.org();
  if (auto id = AccountId::from_bytes(t.peer())) c.peer = *id;
  c.language = t.language();
  c.as_worker = t.as_worker();
  c.awaiting_reply = t.as_worker() && t.last_in_ms() > t.last_out_ms();
  c.last_ms = std::max(t.last_in_ms(), t.last_out_ms());
  return c;
}

TicketView Permanences::member_view(const state::TicketState& t) const {
  TicketView v;
  v.ticket = t.ticket();
  v.org = t.org();
  v.place = t.place();
  v.wait_estimate_s = t.wait_estimate_s();
  v.language = t.language();
  if (auto w = account_of(t.peer())) v.worker = *w;
  if (auto o = account_of(t.offered_to())) {
    v.offered_to = *o;
    if (t.named_worker() == t.offered_to()) v.offered_name = t.named_name();
  }
  return v;
}

state::TicketState* Permanences::member_state() {
  for (auto& [_, t] : tickets_) {
    if (!t.as_worker()) return &t;
  }
  return nullptr;
}

std::optional<TicketView> Permanences::member_ticket() const {
  for (const auto& [_, t] : tickets_) {
    if (!t.as_worker()) return member_view(t);
  }
  return std::nullopt;
}

const state::EndedTicket* Permanences::ended_record(std::string_view ticket) const {
  for (auto it = ended_.rbegin(); it != ended_.rend(); ++it) {
    if (it->ticket() == ticket) return &*it;
  }
  return nullptr;
}

std::optional<TicketEnd> Permanences::ended_ticket(std::string_view ticket) const {
  if (const auto* e = ended_record(ticket)) return end_of(e->reason());
  return std::nullopt;
}

std::vector<TicketConversation> Permanences::ticket_conversations() const {
  std::vector<TicketConversation> out;
  for (const auto& [_, t] : tickets_) out.push_back(conversation(t));
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.last_ms > b.last_ms; });
  return out;
}

std::string Permanences::name_of(const AccountId& id) const {
  if (auto n = session_.contact_name(id)) return *n;
  if (auto n = direct_.pseudonym(id)) return *n;
  return {};
}

// ---- What the relay says of our tickets

bool Permanences::take_ticket(RequestId request, const wire::Ticket& t) {
  const std::string id = sanitize_name(t.ticket());
  if (!wire::valid_ticket(id)) return false;
  if (!t.ended().empty()) {
    // Over while we were away (or just now): where to turn, then the end itself.
    const TicketEnd reason = end_of(t.ended());
    if (t.has_closed()) link_.emit(event::DoorClosed{0, closed_view(t.closed())});
    TicketView over;
    over.ticket = id;
    over.org = sanitize_name(t.org());
    over.ended = reason;
    if (!tickets_.count(id)) ticket_secret_.clear();  // an old secret: nothing of ours is left
    // Taken while we were away: messages parked for it are its worker's.
    if (auto it = tickets_.find(id); it != tickets_.end() && it->second.peer().empty()) {
      if (auto worker = account_of(t.worker())) it->second.set_peer(worker->bytes());
    }
    ticket_over(id, reason, /*tell=*/true);
    link_.changed();
    if (request != 0) link_.emit(event::TicketUpdated{request, std::move(over)});
    return true;
  }
  // One ticket as a member: another we thought we held is gone.
  std::erase_if(tickets_, [&](const auto& kv) { return !kv.second.as_worker() && kv.first != id; });
  const bool fresh = !tickets_.count(id);
  auto& mine = tickets_[id];
  const state::TicketState before = mine;
  mine.set_ticket(id);
  mine.set_org(sanitize_name(t.org()));
  mine.set_language(sanitize_name(t.language()));
  mine.set_as_worker(false);
  mine.set_place(t.place());
  mine.set_wait_estimate_s(t.wait_estimate_s());
  auto worker = account_of(t.worker());
  if (worker) mine.set_peer(worker->bytes());
  auto offered = account_of(t.offered_to());
  mine.set_offered_to(offered ? offered->bytes() : std::string());
  // Another worker than ours: a handoff we accepted took place (its answer may have been lost).
  if (!before.peer().empty() && before.peer() != mine.peer()) owe_history(mine);
  link_.changed();
  if (request != 0) {
    link_.emit(event::TicketUpdated{request, member_view(mine)});
  } else if (worker && before.peer() != mine.peer()) {
    link_.emit(event::TicketTaken{0, conversation(mine)});
  } else if (offered && before.offered_to() != mine.offered_to()) {
    link_.emit(event::HandoffOffered{id, *offered, member_view(mine).offered_name});
  } else if (!worker && (fresh || before.place() != mine.place() ||
                         before.wait_estimate_s() != mine.wait_estimate_s())) {
    link_.emit(event::TicketUpdated{0, member_view(mine)});
  }
  unpark(id);
  return true;
}

bool Permanences::take_assignment(RequestId request, const wire::TicketAssigned& a) {
  const std::string id = sanitize_name(a.ticket());
  auto worker = account_of(a.worker());
  auto member = a.member().empty() ? std::optional<AccountId>(AccountId{})
                                   : AccountId::from_bytes(a.member());
  if (!wire::valid_ticket(id) || !worker || !member) return false;
  const bool fresh = !tickets_.count(id);
  auto& t = tickets_[id];
  const std::string peer_before = t.peer();
  t.set_ticket(id);
  t.set_org(sanitize_name(a.org()));
  t.set_language(sanitize_name(a.language()));
  if (*worker == session_.self()) {
    // Ours to hold: the member is named when the relay knows her (after a restart of the relay,
    // only once her client came back).
    t.set_as_worker(true);
    if (!member->empty()) t.set_peer(member->bytes());
    auto offered = account_of(a.offered_to());
    t.set_offered_to(offered ? offered->bytes() : std::string());
    std::erase_if(ended_, [&](const state::EndedTicket& e) { return e.ticket() == id; });
  } else {
    // Our own ticket, taken (or handed on) by `worker`.
    if (!member->empty()) return false;
    t.set_as_worker(false);
    t.set_peer(worker->bytes());
    t.clear_offered_to();
    t.set_place(0);
    if (!peer_before.empty() && peer_before != t.peer()) owe_history(t);
  }
  link_.changed();
  if (request != 0 || fresh || peer_before != t.peer()) {
    link_.emit(event::TicketTaken{request, conversation(t)});
  }
  unpark(id);
  return true;
}

void Permanences::take_staff_state(RequestId request, const wire::StaffState& s) {
  std::set<std::string> listed;
  for (const auto& a : s.tickets()) {
    if (take_assignment(0, a)) {
      listed.insert(sanitize_name(a.ticket()));
    } else {
      malformed_push(link_);
    }
  }
  for (const auto& c : s.ended()) {
    const std::string id = sanitize_name(c.ticket());
    if (!listed.count(id)) ticket_over(id, end_of(c.reason()), /*tell=*/true);
  }
  // Held here but no longer ours at the relay, and no word why: it ended long ago. Not one
  // taken or handed to us after the relay wrote this answer (its word came first, as the
  // answer waited for the messages delivered before it).
  std::vector<std::string> gone;
  for (const auto& [id, t] : tickets_) {
    if (t.as_worker() && !listed.count(id) && !assigned_since_status_.count(id)) {
      gone.push_back(id);
    }
  }
  assigned_since_status_.clear();
  for (const auto& id : gone) ticket_over(id, TicketEnd::other, /*tell=*/true);
  for (const auto& d : s.declined()) {
    const std::string id = sanitize_name(d);
    auto it = tickets_.find(id);
    if (it == tickets_.end()) continue;
    it->second.clear_offered_to();
    link_.changed();
    link_.emit(event::PermanenceNotice{
        PermanenceNoticeKind::handoff_declined, it->second.org(), {}, id, {}, 0});
  }
  std::vector<std::string> on_duty;
  for (const auto& o : s.on_duty()) on_duty.push_back(sanitize_name(o));
  link_.emit(event::StaffStatusRead{request, std::move(on_duty)});
}

void Permanences::ticket_over(const std::string& ticket, TicketEnd reason, bool tell) {
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) return;
  const bool as_worker = it->second.as_worker();
  if (!as_worker) ticket_secret_.clear();
  state::EndedTicket e;
  e.set_ticket(ticket);
  e.set_reason(std::string(word(reason)));
  e.set_as_worker(as_worker);
  e.set_at_ms(link_.now_ms());
  e.set_peer(it->second.peer());
  tickets_.erase(it);
  ended_.push_back(std::move(e));
  while (ended_.size() > kEndedKept) ended_.pop_front();
  // Messages parked for it are taken in against the ended ticket (its last other side's are
  // shown), not dropped unread.
  std::vector<state::ParkedMessage> waiting;
  std::erase_if(parked_, [&](state::ParkedMessage& p) {
    content::DirectContent c;
    if (!c.ParseFromString(p.content()) ||
        (c.text().ticket() != ticket && c.ticket_history().ticket() != ticket)) {
      return false;
    }
    waiting.push_back(std::move(p));
    return true;
  });
  link_.changed();
  if (tell) link_.emit(event::TicketClosed{ticket, reason});
  for (const auto& p : waiting) {
    content::DirectContent c;
    auto from = account_of(p.from());
    if (!from || !c.ParseFromString(p.content())) continue;
    receive(*from, c, p.message_id(), p.at_ms());
  }
}

void Permanences::forget_member_ticket(TicketEnd reason) {
  std::vector<std::string> mine;
  for (const auto& [id, t] : tickets_) {
    if (!t.as_worker()) mine.push_back(id);
  }
  for (const auto& id : mine) ticket_over(id, reason, /*tell=*/false);
  ticket_secret_.clear();
  link_.changed();
}

void Permanences::ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms) {
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) return;
  if (incoming) {
    it->second.set_last_in_ms(std::max(it->second.last_in_ms(), at_ms));
  } else {
    it->second.set_last_out_ms(std::max(it->second.last_out_ms(), at_ms));
  }
  link_.changed();
}

void Permanences::ticket_sent(const std::string& ticket, uint64_t at_ms) {
  ticket_activity(ticket, false, at_ms);
}

// ---- After a log-in

void Permanences::after_login() {
  status_pending_ = 0;
  if (!ticket_secret_.empty()) {
    ++status_pending_;
    wire::ClientFrame f;
    f.mutable_ticket_status()->set_secret(ticket_secret_);
    link_.ask(std::move(f), std::make_unique<TicketQuery>(
                                [this](const wire::Ticket& t) {
                                  // After the backlog delivered before it (see handle_push).
                                  direct_.after_taken_in([this, t] {
                                    if (!take_ticket(0, t)) malformed_push(link_);
                                    status_answered();
                                  });
                                },
                                [this](const wire::PermanenceClosed&) { status_answered(); },
                                [this](const wire::LanguagesOffered&) { status_answered(); },
                                [this](const Failure& e) {
                                  if (e.problem == Problem::not_connected) return;
                                  if (e.problem == Problem::no_such_ticket) {
                                    // Over, and told already (or long ago): nothing of it is left.
                                    if (auto* mine = member_state()) {
                                      ticket_over(mine->ticket(), TicketEnd::other, /*tell=*/true);
                                    }
                                    ticket_secret_.clear();
                                    link_.changed();
                                  }
                                  status_answered();
                                }));
  }
  const bool holds_worker_ticket = std::any_of(
      tickets_.begin(), tickets_.end(), [](const auto& kv) { return kv.second.as_worker(); });
  if (session_.has_role(wire::OUTREACH) || holds_worker_ticket) {
    ++status_pending_;
    assigned_since_status_.clear();
    wire::ClientFrame f;
    f.mutable_staff_status();
    link_.ask<wire::StaffState>(
        std::move(f),
        [this](const wire::StaffState& s) {
          direct_.after_taken_in([this, s] {
            take_staff_state(0, s);
            status_answered();
          });
        },
        [this](const Failure& e) {
          if (e.problem != Problem::not_connected) status_answered();
        });
  }
  if (status_pending_ == 0) status_answered();
}

void Permanences::reset_connection() {
  status_pending_ = 0;  // what waits for the answers waits for the next log-in's
  paying_history_.clear();  // what was not taken is sent again after the next log-in
}

void Permanences::status_answered() {
  if (status_pending_ > 0) --status_pending_;
  if (status_pending_ > 0 || !session_.logged_in()) return;
  // The conversation so far still owed to the worker of a handoff goes before any new line.
  if (auto* mine = member_state(); mine && !mine->history_to().empty()) {
    pay_history(mine->ticket());
  }
  auto waiting = std::exchange(after_status_, {});
  for (auto& then : waiting) then();
}

void Permanences::when_status_known(std::function<void()> then) {
  if (status_pending_ == 0 && session_.logged_in()) return then();
  after_status_.push_back(std::move(then));
}

// ---- A member's ticket

RequestId Permanences::knock(std::string_view org_id, std::string_view language, bool anyway) {
  const RequestId r = link_.new_request();
  if (!language.empty()) {
    if (auto v = wire::check_language(language)) {
      link_.emit_failed(r, invalid(*v));
      return r;
    }
  }
  if (!org_request(r, org_id)) return r;
  const std::string org(org_id);
  // The secret binds the ticket to this device; kept (saved) before the knock leaves, so that a
  // ticket the relay makes is never one we cannot find again. Knocking again keeps it.
  if (!member_state() || ticket_secret_.empty()) {
    ticket_secret_ = crypto::random_bytes(wire::kTicketSecretBytes);
    link_.changed();
  }
  wire::ClientFrame f;
  f.mutable_knock()->set_org(org);
  f.mutable_knock()->set_language(std::string(language));
  f.mutable_knock()->set_secret(ticket_secret_);
  f.mutable_knock()->set_anyway(anyway);
  auto no_ticket = [this] {
    if (member_state()) return;
    ticket_secret_.clear();
    link_.changed();
  };
  auto failed = link_.fail_to(r, {}, org);
  link_.ask_after_save(
      std::move(f),
      std::make_unique<TicketQuery>(
          [this, r](const wire::Ticket& t) {
            if (!take_ticket(r, t)) wrong_answer(link_, r);
          },
          [this, r, no_ticket](const wire::PermanenceClosed& c) {
            no_ticket();
            link_.emit(event::DoorClosed{r, closed_view(c)});
          },
          [this, r, no_ticket](const wire::LanguagesOffered& l) {
            no_ticket();
            event::LanguagesOffered offered{
                r, sanitize_name(l.org()), sanitize_name(l.asked()), {}, l.can_leave_message()};
            for (const auto& offered_language : l.languages()) {
              offered.languages.push_back(sanitize_name(offered_language));
            }
            link_.emit(std::move(offered));
          },
          [no_ticket, failed](const Failure& e) {
            if (e.problem != Problem::not_connected) no_ticket();
            failed(e);
          }));
  return r;
}

RequestId Permanences::ticket_status() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_status()->set_secret(ticket_secret_);
  auto failed = link_.fail_to(r);
  link_.ask(std::move(f), std::make_unique<TicketQuery>(
                              [this, r](const wire::Ticket& t) {
                                if (!take_ticket(r, t)) wrong_answer(link_, r);
                              },
                              [this, r](const wire::PermanenceClosed& c) {
                                link_.emit(event::DoorClosed{r, closed_view(c)});
                              },
                              [this, r](const wire::LanguagesOffered&) { wrong_answer(link_, r); },
                              [this, failed](const Failure& e) {
                                // Ended and told already: the relay no longer knows it.
                                if (e.problem == Problem::no_such_ticket) {
                                  forget_member_ticket(TicketEnd::other);
                                }
                                failed(e);
                              }));
  return r;
}

RequestId Permanences::ticket_leave() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_leave();
  auto failed = link_.fail_to(r);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r](const wire::Ok&) {
        forget_member_ticket(TicketEnd::left);
        link_.emit(event::Done{r});
      },
      [this, failed](const Failure& e) {
        if (e.problem == Problem::no_such_ticket) forget_member_ticket(TicketEnd::other);
        failed(e);
      });
  return r;
}

RequestId Permanences::answer_handoff(std::string_view ticket_id, bool accept) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket_id)) return r;
  const std::string ticket(ticket_id);
  wire::ClientFrame f;
  f.mutable_handoff_answer()->set_ticket(ticket);
  f.mutable_handoff_answer()->set_accept(accept);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, ticket, accept](const wire::Ok&) {
        auto it = tickets_.find(ticket);
        if (it != tickets_.end() && !it->second.as_worker()) {
          auto to = account_of(it->second.offered_to());
          it->second.clear_offered_to();
          link_.changed();
          if (accept && to) {
            // Ours from now on is the colleague; she gets the conversation so far from this
            // device, which alone decides to pass it on. Done once the relay took it all: a
            // program that stops at Done has passed it on.
            const bool moved = it->second.peer() != to->bytes();
            it->second.set_peer(to->bytes());
            owe_history(it->second);
            if (moved) link_.emit(event::TicketTaken{0, conversation(it->second)});
          }
          // (The relay's push of the move may have come first and made it owed already.)
          if (accept) return pay_history(ticket, [this, r] { link_.emit(event::Done{r}); });
        }
        link_.emit(event::Done{r});
      },
      [this, r, ticket](const Failure& e) {
        link_.emit_failed(r, for_ticket(e, ticket, /*colleague=*/true));
      });
  return r;
}

void Permanences::owe_history(state::TicketState& t) {
  if (t.as_worker() || t.peer().empty() || t.history_to() == t.peer()) return;
  t.set_history_to(t.peer());
  link_.changed();
}

void Permanences::pay_history(const std::string& ticket, std::function<void()> then) {
  auto it = tickets_.find(ticket);
  auto to = it == tickets_.end() || it->second.as_worker() ? std::nullopt
                                                           : account_of(it->second.history_to());
  if (!to || paying_history_.count(ticket)) {
    if (then) then();
    return;
  }
  paying_history_.insert(ticket);
  send_history(ticket, *to, [this, ticket, owed = to->bytes(), then](bool all_taken) {
    paying_history_.erase(ticket);
    auto held = tickets_.find(ticket);
    if (all_taken && held != tickets_.end() && held->second.history_to() == owed) {
      held->second.clear_history_to();
      link_.changed();
    }
    if (then) then();
  });
}

void Permanences::send_history(const std::string& ticket, const AccountId& to,
                               std::function<void(bool)> done) {
  std::vector<Message> lines;
  for (const auto& m : direct_.history()) {
    if (m.ticket == ticket) lines.push_back(m);
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Message& a, const Message& b) { return a.time_ms < b.time_ms; });
  // Every part is sent before any answer can come (the relay answers on a later turn).
  struct Parts {
    size_t waiting = 0;
    bool all_taken = true;
    bool all_sent = false;
    std::function<void(bool)> done;
  };
  auto parts = std::make_shared<Parts>();
  parts->done = std::move(done);
  auto finish_if_over = [parts] {
    if (!parts->all_sent || parts->waiting > 0 || !parts->done) return;
    auto done_now = std::exchange(parts->done, {});
    done_now(parts->all_taken);
  };
  content::DirectContent c;
  auto flush = [&] {
    if (c.ticket_history().lines_size() == 0) return;
    c.set_sender_name(session_.name());
    c.set_sent_at_ms(link_.now_ms());
    c.mutable_ticket_history()->set_ticket(ticket);
    ++parts->waiting;
    send_control(to, c, ticket, [parts, finish_if_over](bool taken) {
      parts->all_taken = parts->all_taken && taken;
      --parts->waiting;
      finish_if_over();
    });
    c.Clear();
  };
  size_t bytes = 0;
  for (const auto& m : lines) {
    if (bytes + m.text.size() + 128 > kHistoryChunkBytes) {
      flush();
      bytes = 0;
    }
    auto* line = c.mutable_ticket_history()->add_lines();
    line->set_by_member(m.outgoing);
    line->set_text(m.text);
    line->set_time_ms(m.time_ms);
    line->set_name(m.outgoing ? session_.name() : m.sender_name);
    bytes += m.text.size() + m.sender_name.size() + 32;
  }
  flush();
  parts->all_sent = true;
  finish_if_over();
}

void Permanences::send_control(const AccountId& to, const content::DirectContent& c,
                               const std::string& ticket, std::function<void(bool)> done) {
  DirectSend what{pad(c.SerializeAsString()), {}, link_.now_ms(), /*control=*/true, ticket};
  auto shared = std::make_shared<std::function<void(bool)>>(std::move(done));
  direct_.send(to, std::move(what),
               {[shared](const event::MessageSent&) {
                  if (*shared) (*shared)(true);
                },
                [shared](const Failure&) {
                  if (*shared) (*shared)(false);
                }});
}

// ---- A worker's tickets

RequestId Permanences::staff_queue(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_queue()->set_org(std::string(org));
  link_.ask<wire::Queue>(
      std::move(f),
      [this, r](const wire::Queue& q) {
        std::vector<QueueItem> out;
        for (const auto& e : q.entries()) {
          out.push_back({sanitize_name(e.ticket()), sanitize_name(e.language()), e.waiting_s()});
        }
        link_.emit(event::QueueListed{r, sanitize_name(q.org()), std::move(out)});
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::staff_take(std::string_view ticket) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_staff_take()->set_ticket(std::string(ticket));
  link_.ask<wire::TicketAssigned>(
      std::move(f),
      [this, r](const wire::TicketAssigned& a) {
        assigned_since_status_.insert(sanitize_name(a.ticket()));
        if (!take_assignment(r, a)) wrong_answer(link_, r);
      },
      link_.fail_to(r, {}, {}, std::string(ticket)));
  return r;
}

RequestId Permanences::staff_status() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  assigned_since_status_.clear();
  wire::ClientFrame f;
  f.mutable_staff_status();
  link_.ask<wire::StaffState>(
      std::move(f), [this, r](const wire::StaffState& s) { take_staff_state(r, s); },
      link_.fail_to(r));
  return r;
}

RequestId Permanences::staff_colleagues(std::string_view org_id) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org_id)) return r;
  const std::string org(org_id);
  wire::ClientFrame f;
  f.mutable_list_workers()->set_org(org);
  f.mutable_list_workers()->set_on_duty(true);
  link_.ask<wire::Workers>(
      std::move(f),
      [this, r, org](const wire::Workers& w) {
        std::vector<Colleague> out;
        for (const auto& m : w.workers()) {
          auto id = account_of(m.account_id());
          if (id && *id != session_.self()) out.push_back({*id, name_of(*id)});
        }
        link_.emit(event::ColleaguesListed{r, org, std::move(out)});
      },
      link_.fail_to(r, {}, org));
  return r;
}

void Permanences::greet_colleagues(const std::string& org) {
  wire::ClientFrame f;
  f.mutable_list_workers()->set_org(org);
  f.mutable_list_workers()->set_on_duty(true);
  link_.ask<wire::Workers>(
      std::move(f),
      [this, org](const wire::Workers& w) {
        for (const auto& m : w.workers()) {
          auto id = account_of(m.account_id());
          if (!id || *id == session_.self() || greeted_.count({org, *id})) continue;
          greeted_.emplace(org, *id);
          link_.changed();
          content::DirectContent c;
          c.set_sender_name(session_.name());
          c.set_sent_at_ms(link_.now_ms());
          c.mutable_duty_hello()->set_org(org);
          send_control(*id, c, {});
        }
      },
      [](const Failure&) {});  // names are a courtesy: a handoff works without them
}

RequestId Permanences::staff_handoff(std::string_view ticket_id, const AccountId& to_worker) {
  const RequestId r = link_.new_request();
  if (to_worker.empty() || to_worker == session_.self()) {
    link_.emit_failed(r, failure(Problem::needs_other_account));
    return r;
  }
  if (!ticket_request(r, ticket_id)) return r;
  const std::string ticket(ticket_id);
  auto offer = [this, r, ticket, to_worker](bool) {
    wire::ClientFrame f;
    f.mutable_staff_handoff()->set_ticket(ticket);
    f.mutable_staff_handoff()->set_to_worker(to_worker.bytes());
    link_.ask<wire::Ok>(
        std::move(f),
        [this, r, ticket, to_worker](const wire::Ok&) {
          if (auto it = tickets_.find(ticket); it != tickets_.end()) {
            it->second.set_offered_to(to_worker.bytes());
            link_.changed();
          }
          link_.emit(event::Done{r});
        },
        [this, r, ticket](const Failure& e) {
          if (e.problem == Problem::ticket_handed_off) {
            ticket_over(ticket, TicketEnd::handed_off, /*tell=*/true);
          }
          link_.emit_failed(r, for_ticket(e, ticket, /*colleague=*/true));
        });
  };
  // First the colleague's name, to the member, so that she knows to whom she says yes or no.
  auto it = tickets_.find(ticket);
  auto member = it == tickets_.end() ? std::nullopt : account_of(it->second.peer());
  const std::string name = name_of(to_worker);
  if (it == tickets_.end() || !it->second.as_worker() || !member || name.empty()) {
    offer(false);
    return r;
  }
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(link_.now_ms());
  c.mutable_ticket_handoff()->set_ticket(ticket);
  c.mutable_ticket_handoff()->set_to_worker(to_worker.bytes());
  c.mutable_ticket_handoff()->set_name(name);
  send_control(*member, c, ticket, offer);
  return r;
}

RequestId Permanences::end_ticket(std::string_view ticket_id) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket_id)) return r;
  const std::string ticket(ticket_id);
  wire::ClientFrame f;
  f.mutable_ticket_end()->set_ticket(ticket);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, ticket](const wire::Ok&) {
        ticket_over(ticket, TicketEnd::ended, /*tell=*/false);
        link_.emit(event::Done{r});
      },
      [this, r, ticket](const Failure& e) {
        // Ended or moved while we were away: the relay no longer gives it to us, so neither do we.
        if (e.problem == Problem::no_such_ticket) ticket_over(ticket, TicketEnd::other, false);
        if (e.problem == Problem::ticket_handed_off) {
          ticket_over(ticket, TicketEnd::handed_off, false);
        }
        link_.emit_failed(r, for_ticket(e, ticket, /*colleague=*/false));
      });
  return r;
}

// ---- The conversation

Checked<RequestId> Permanences::ticket_say(std::string_view ticket_id, std::string_view text,
                                          uint64_t now_ms) {
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  const std::string ticket(ticket_id);
  if (status_pending_ == 0 && session_.logged_in()) {
    return say_now(link_.new_request(), ticket, std::string(text), now_ms, /*deferred=*/false);
  }
  // The relay has not yet said what became of our tickets while we were away (taken, handed
  // on, ended): the text waits for that word.
  const RequestId r = link_.new_request();
  when_status_known([this, r, ticket, text = std::string(text), now_ms] {
    (void)say_now(r, ticket, text, now_ms, /*deferred=*/true);
  });
  return r;
}

Checked<RequestId> Permanences::say_now(RequestId r, const std::string& ticket,
                                       const std::string& text, uint64_t now_ms, bool deferred) {
  auto fail = [&](Problem p) -> Checked<RequestId> {
    Failure f = failure(p);
    f.ticket = ticket;
    if (!deferred) return f;
    link_.emit_failed(r, f);  // the request id is out already: the failure is its event
    return r;
  };
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) {
    const auto ended = ended_ticket(ticket);
    if (ended == TicketEnd::handed_off) return fail(Problem::ticket_handed_off);
    if (ended) return fail(Problem::no_such_ticket);
    return fail(Problem::no_ticket_conversation);
  }
  auto peer = account_of(it->second.peer());
  if (!peer) {
    return fail(it->second.as_worker() ? Problem::member_away : Problem::ticket_not_taken);
  }
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(text);
  c.mutable_text()->set_ticket(ticket);
  direct_.send(*peer, {pad(c.SerializeAsString()), text, now_ms, false, ticket},
               {[this, r](event::MessageSent s) {
                  s.request = r;
                  link_.emit(std::move(s));
                },
                [this, r, ticket](const Failure& e) {
                  if (e.problem == Problem::ticket_handed_off) {
                    ticket_over(ticket, TicketEnd::handed_off, /*tell=*/true);
                  }
                  link_.emit_failed(r, for_ticket(e, ticket, /*colleague=*/false));
                }});
  return r;
}

// ---- Pushes

void Permanences::handle_ticket_push(const wire::Ticket& t) {
  if (!take_ticket(0, t)) malformed_push(link_);
}

void Permanences::handle_ticket_assigned_push(const wire::TicketAssigned& a) {
  assigned_since_status_.insert(sanitize_name(a.ticket()));
  if (!take_assignment(0, a)) malformed_push(link_);
}

void Permanences::handle_handoff_offer(const wire::HandoffOffer& o) {
  auto to = account_of(o.to_worker());
  state::TicketState* mine = member_state();
  if (!to || !mine || mine->ticket() != sanitize_name(o.ticket())) return malformed_push(link_);
  mine->set_offered_to(to->bytes());
  link_.changed();
  link_.emit(event::HandoffOffered{mine->ticket(), *to, member_view(*mine).offered_name});
}

void Permanences::handle_ticket_closed(const wire::TicketClosed& c) {
  // Told once: a second word of the same end (a push, then the log-in's answer) says nothing.
  ticket_over(sanitize_name(c.ticket()), end_of(c.reason()), /*tell=*/true);
}

void Permanences::handle_permanence_event(const wire::PermanenceEvent& e) {
  const auto kind = notice_of(e.kind());
  if (!kind) return malformed_push(link_);
  const std::string ticket = sanitize_name(e.ticket());
  if (*kind == PermanenceNoticeKind::handoff_declined) {
    if (auto it = tickets_.find(ticket); it != tickets_.end()) {
      it->second.clear_offered_to();
      link_.changed();
    }
  }
  link_.emit(event::PermanenceNotice{*kind, sanitize_name(e.org()), sanitize_name(e.room()), ticket,
                                     to_hex(e.message_id()), e.queue_length()});
}

void Permanences::handle_door_closed(const wire::PermanenceClosed& c) {
  link_.emit(event::DoorClosed{0, closed_view(c)});
}

// ---- What peers send

void Permanences::receive(const AccountId& from, const content::DirectContent& c,
                          const std::string& message_id, uint64_t at_ms) {
  switch (c.body_case()) {
    case content::DirectContent::kText:
      if (!receive_ticket_text(from, c, message_id, at_ms)) park(from, c, message_id, at_ms);
      return;
    case content::DirectContent::kTicketHistory:
      if (!receive_history(from, c.ticket_history(), at_ms)) park(from, c, message_id, at_ms);
      return;
    case content::DirectContent::kTicketHandoff:
      return receive_handoff_note(from, c.ticket_handoff());
    case content::DirectContent::kOrgReply:
      return receive_org_reply(from, c, message_id, at_ms);
    case content::DirectContent::kDutyHello:
      return receive_duty_hello(from, c.duty_hello());
    default:
      return;
  }
}

bool Permanences::receive_ticket_text(const AccountId& from, const content::DirectContent& c,
                                      const std::string& message_id, uint64_t at_ms) {
  const std::string& ticket = c.text().ticket();
  auto stray = [&] {
    link_.emit(event::Undecryptable{from, Problem::stray_ticket_message});
    return true;
  };
  if (!wire::valid_ticket(ticket) || c.text().text().size() > kMaxTextBytes) return stray();
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) {
    const state::EndedTicket* ended = ended_record(ticket);
    if (!ended) return false;  // parked until the relay's word that the ticket is ours
    // Written before the end by the one we were talking with, and taken in after it (it came
    // again after a reconnect, or waited in a parked list): hers, and shown as such.
    if (ended->peer().empty() || ended->peer() != from.bytes()) return stray();
  } else {
    auto peer = account_of(it->second.peer());
    if (!peer) return false;  // the relay's word of who holds its other side is on its way
    if (*peer != from) return stray();
  }
  Message m{from, false, sanitize_name(c.sender_name()), c.text().text(), at_ms, message_id,
            true, ticket};
  direct_.add_history(m);
  ticket_activity(ticket, true, at_ms);
  link_.emit(event::MessageReceived{std::move(m)});
  return true;
}

bool Permanences::receive_history(const AccountId& from, const content::TicketHistory& h,
                                  uint64_t at_ms) {
  const std::string& ticket = h.ticket();
  auto stray = [&] {
    link_.emit(event::Undecryptable{from, Problem::stray_ticket_message});
    return true;
  };
  if (!wire::valid_ticket(ticket)) return stray();
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) return ended_ticket(ticket).has_value() ? stray() : false;
  if (!it->second.as_worker()) return stray();  // only a worker is passed a conversation
  auto peer = account_of(it->second.peer());
  if (!peer) return false;
  if (*peer != from) return stray();
  // Passed on again (her device stopped before the relay took all of it): each line once.
  std::set<std::pair<uint64_t, std::string>> had;
  for (const auto& m : direct_.history()) {
    if (m.ticket == ticket) had.emplace(m.time_ms, m.text);
  }
  size_t taken = 0;
  for (const auto& line : h.lines()) {
    if (++taken > kHistoryLinesLimit) break;
    if (line.text().empty() || line.text().size() > kMaxTextBytes) continue;
    if (line.time_ms() != 0 && !had.emplace(line.time_ms(), line.text()).second) continue;
    Message m{from,
              false,
              sanitize_name(line.name()),
              line.text(),
              line.time_ms() ? line.time_ms() : at_ms,
              {},
              true,
              ticket};
    m.earlier = true;
    m.from_worker = !line.by_member();
    direct_.add_history(m);
    link_.emit(event::MessageReceived{std::move(m)});
  }
  link_.changed();
  return true;
}

void Permanences::receive_handoff_note(const AccountId& from, const content::TicketHandoff& h) {
  state::TicketState* mine = member_state();
  auto to = account_of(h.to_worker());
  // Only our own worker names a colleague for our own ticket.
  if (!mine || mine->ticket() != h.ticket() || mine->peer() != from.bytes() || !to) {
    return link_.emit(event::Undecryptable{from, Problem::stray_ticket_message});
  }
  mine->set_named_worker(to->bytes());
  mine->set_named_name(sanitize_name(h.name()));
  link_.changed();
  if (mine->offered_to() == to->bytes()) {
    link_.emit(event::HandoffOffered{mine->ticket(), *to, mine->named_name()});
  }
}

void Permanences::receive_org_reply(const AccountId& from, const content::DirectContent& c,
                                    const std::string& message_id, uint64_t at_ms) {
  const auto& reply = c.org_reply();
  if (!wire::valid_id(reply.org()) || reply.message_id().size() != kMessageIdSize ||
      reply.text().empty() || reply.text().size() > kMaxTextBytes) {
    return link_.emit(event::Undecryptable{from, Problem::malformed_org_message});
  }
  // An answer to a message we left: its id is known only to us and the organisation's workers.
  const auto& history = direct_.history();
  const bool ours = std::any_of(history.begin(), history.end(), [&](const Message& m) {
    return m.outgoing && m.org == reply.org() && m.message_id == reply.message_id();
  });
  if (!ours) return link_.emit(event::Undecryptable{from, Problem::malformed_org_message});
  Message m{from, false,      sanitize_name(c.sender_name()), reply.text(), at_ms, message_id, true,
            {},   reply.org()};
  m.reply_to = reply.message_id();
  direct_.add_history(m);
  link_.emit(event::MessageReceived{std::move(m)});
}

void Permanences::receive_duty_hello(const AccountId& from, const content::DutyHello& h) {
  if (!wire::valid_id(h.org())) return;
  // Her name came with the message; ours goes back once, unless this is the answer.
  const bool known = greeted_.count({h.org(), from}) > 0;
  greeted_.emplace(h.org(), from);
  link_.changed();
  if (h.reply() || known) return;
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(link_.now_ms());
  c.mutable_duty_hello()->set_org(h.org());
  c.mutable_duty_hello()->set_reply(true);
  send_control(from, c, {});
}

void Permanences::park(const AccountId& from, const content::DirectContent& c,
                       const std::string& message_id, uint64_t at_ms) {
  state::ParkedMessage p;
  p.set_from(from.bytes());
  p.set_content(c.SerializeAsString());
  p.set_at_ms(at_ms);
  p.set_message_id(message_id);
  parked_.push_back(std::move(p));
  if (parked_.size() > kParkedLimit) parked_.erase(parked_.begin());
  link_.changed();
}

void Permanences::unpark(const std::string& ticket) {
  const uint64_t now = link_.now_ms();
  std::vector<state::ParkedMessage> waiting;
  std::vector<state::ParkedMessage> kept;
  for (auto& p : parked_) {
    content::DirectContent c;
    if (!c.ParseFromString(p.content())) continue;
    if (c.text().ticket() == ticket || c.ticket_history().ticket() == ticket) {
      waiting.push_back(std::move(p));
    } else if (now == 0 || p.at_ms() + kParkedKeepMs > now) {
      kept.push_back(std::move(p));
    }
  }
  // Always put back what stays: each kept message was moved out of parked_ (leaving it as it
  // was would empty the messages parked for another ticket, lost when their ticket comes).
  const bool changed = !waiting.empty() || kept.size() != parked_.size();
  parked_ = std::move(kept);
  if (!changed) return;
  link_.changed();
  for (const auto& p : waiting) {
    content::DirectContent c;
    auto from = account_of(p.from());
    if (!from || !c.ParseFromString(p.content())) continue;
    receive(*from, c, p.message_id(), p.at_ms());
  }
}

}  // namespace relais::engine
