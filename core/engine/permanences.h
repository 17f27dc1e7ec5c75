// The engine's permanences component: organisations and their weekly slots, workers on and off
// duty, tickets (the member's knock, the worker's queue, taking, handing off, ending) and their
// conversations, out-of-hours messages and their answers, statistics and the resources directory.
// Internal to the engine.
//
// A ticket's conversation is its own kind of conversation: its texts are labelled with the
// ticket and never enter the direct history unlabelled, and they travel as TicketSend, which the
// relay refuses to anyone who does not hold the ticket now. After each log-in the engine asks
// the relay what became of its tickets (the member presents its ticket's secret, a worker asks
// for its duty and tickets) and tells its host what changed while it was away; a command that
// needs the answer (ticket_say) waits for it.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content.pb.h"
#include "core/engine/direct.h"
#include "core/engine/link.h"
#include "core/engine/session.h"
#include "state.pb.h"

namespace relais::engine {

class Permanences {
 public:
  Permanences(Link& link, Session& session, Direct& direct)
      : link_(link), session_(session), direct_(direct) {}

  // ---- Organisations and schedules
  RequestId create_org(const OrgSpec& org);
  RequestId list_orgs();
  RequestId add_slot(std::string_view org, const SlotSpec& slot);
  RequestId remove_slot(std::string_view org, uint64_t slot_id);
  RequestId cancel_date(std::string_view org, std::string_view date);
  RequestId list_permanences(bool watch);
  RequestId staff_open(std::string_view org, std::string_view room);
  RequestId staff_close(std::string_view org);
  // ---- Tickets (tickets.cpp)
  RequestId knock(std::string_view org, std::string_view language, bool anyway);
  RequestId ticket_status();
  RequestId ticket_leave();
  RequestId answer_handoff(std::string_view ticket, bool accept);
  RequestId staff_queue(std::string_view org);
  RequestId staff_take(std::string_view ticket);
  RequestId staff_status();
  RequestId staff_colleagues(std::string_view org);
  RequestId staff_handoff(std::string_view ticket, const AccountId& to_worker);
  RequestId end_ticket(std::string_view ticket);
  Checked<RequestId> ticket_say(std::string_view ticket, std::string_view text, uint64_t now_ms);
  std::vector<TicketConversation> ticket_conversations() const;
  std::optional<TicketView> member_ticket() const;
  std::optional<TicketEnd> ended_ticket(std::string_view ticket) const;
  // ---- Out of hours, statistics, resources
  Checked<RequestId> leave_message(std::string_view org, std::string_view text, uint64_t now_ms);
  Checked<RequestId> answer_org_message(std::string_view org, std::string_view message_id_hex,
                                       std::string_view text, uint64_t now_ms);
  RequestId mark_handled(std::string_view org, std::string_view message_id_hex);
  RequestId staff_inbox(std::string_view org);
  RequestId staff_stats(std::string_view org, std::string_view period);
  RequestId get_resources();
  std::optional<ResourceDirectory> cached_resources() const;

  // ---- The connection
  // Logged in: what became of our tickets while we were away.
  void after_login();
  void reset_connection();

  // ---- From the relay and from peers
  void handle_ticket_push(const wire::Ticket& t);
  void handle_ticket_assigned_push(const wire::TicketAssigned& a);
  void handle_handoff_offer(const wire::HandoffOffer& o);
  void handle_ticket_closed(const wire::TicketClosed& c);
  void handle_permanence_event(const wire::PermanenceEvent& e);
  void handle_door_closed(const wire::PermanenceClosed& c);
  // A content of the permanences from a peer (Direct's route).
  void receive(const AccountId& from, const content::DirectContent& c,
               const std::string& message_id, uint64_t at_ms);
  void ticket_sent(const std::string& ticket, uint64_t at_ms);

  void save(state::EngineState& s) const;
  void load(const state::EngineState& s);

 private:
  class OrgMessageDelivery;
  bool org_request(RequestId r, std::string_view org);
  bool ticket_request(RequestId r, std::string_view ticket);
  bool logged_in_or_fail(RequestId r);
  void ask_done(RequestId r, wire::ClientFrame f, std::string org = {});
  TicketConversation conversation(const state::TicketState& t) const;
  TicketView member_view(const state::TicketState& t) const;

  // ---- Tickets (tickets.cpp)
  state::TicketState* member_state();
  // The relay's word on our own ticket (answer or push); `request` 0 for news. False when the
  // frame is unusable.
  bool take_ticket(RequestId request, const wire::Ticket& t);
  bool take_assignment(RequestId request, const wire::TicketAssigned& a);
  void take_staff_state(RequestId request, const wire::StaffState& s);
  // A ticket ended: forgotten (with our secret if it was ours), remembered as ended a while.
  void ticket_over(const std::string& ticket, TicketEnd reason, bool tell);
  const state::EndedTicket* ended_record(std::string_view ticket) const;  // the latest, or null
  void forget_member_ticket(TicketEnd reason);
  void ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms);
  // What waits for the log-in's answers (ticket_say) runs once they came.
  void status_answered();
  void when_status_known(std::function<void()> then);
  Checked<RequestId> say_now(RequestId r, const std::string& ticket, const std::string& text,
                            uint64_t now_ms, bool deferred);
  // Content handlers; false when the content must wait for the ticket to be ours (parked).
  bool receive_ticket_text(const AccountId& from, const content::DirectContent& c,
                           const std::string& message_id, uint64_t at_ms);
  bool receive_history(const AccountId& from, const content::TicketHistory& h, uint64_t at_ms);
  void receive_handoff_note(const AccountId& from, const content::TicketHandoff& h);
  void receive_org_reply(const AccountId& from, const content::DirectContent& c,
                         const std::string& message_id, uint64_t at_ms);
  void receive_duty_hello(const AccountId& from, const content::DutyHello& h);
  void park(const AccountId& from, const content::DirectContent& c, const std::string& message_id,
            uint64_t at_ms);
  void unpark(const std::string& ticket);
  // The member passes the conversation so far to the worker she accepted: owed from the moment
  // the relay says the ticket moved (saved, so a program that stops first pays it at the next
  // log-in), sent, and no longer owed once the relay took every part. `then` runs after.
  void owe_history(state::TicketState& t);
  void pay_history(const std::string& ticket, std::function<void()> then = {});
  void send_history(const std::string& ticket, const AccountId& to, std::function<void(bool)> done);
  void greet_colleagues(const std::string& org);
  std::string name_of(const AccountId& id) const;
  void send_control(const AccountId& to, const content::DirectContent& c, const std::string& ticket,
                    std::function<void(bool)> done = {});

  Link& link_;
  Session& session_;
  Direct& direct_;
  // ---- Saved
  std::map<std::string, state::TicketState, std::less<>> tickets_;  // ticket id → what we hold
  std::string ticket_secret_;  // binds our own ticket (member side) at the relay
  std::deque<state::EndedTicket> ended_;
  std::vector<state::ParkedMessage> parked_;
  std::set<std::pair<std::string, AccountId>> greeted_;  // (org, colleague)
  std::string resources_version_;
  std::string resources_json_;
  // ---- Per connection
  int status_pending_ = 0;  // the log-in's TicketStatus / StaffStatus not yet answered
  std::set<std::string> paying_history_;  // tickets whose history is on its way now
  // Tickets taken or handed to us since the last StaffStatus left: its answer may predate them.
  std::set<std::string> assigned_since_status_;
  std::vector<std::function<void()>> after_status_;
};

}  // namespace relais::engine
