// The engine's permanences component: organisations and their weekly slots, workers on and off
// duty, tickets (the member's knock, the worker's queue, taking, handing off, ending) and their
// conversations, out-of-hours messages, statistics and the resources directory. Internal to the
// engine.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  RequestId list_permanences();
  RequestId staff_open(std::string_view org, std::string_view room);
  RequestId staff_close(std::string_view org);
  // ---- Tickets
  RequestId knock(std::string_view org, std::string_view language);
  RequestId ticket_status();
  RequestId ticket_leave();
  RequestId answer_handoff(std::string_view ticket, bool accept);
  RequestId staff_queue(std::string_view org);
  RequestId staff_take(std::string_view ticket);
  RequestId staff_handoff(std::string_view ticket, const AccountId& to_worker);
  RequestId end_ticket(std::string_view ticket);
  Checked<RequestId> ticket_say(std::string_view ticket, std::string_view text, uint64_t now_ms);
  std::vector<TicketConversation> ticket_conversations() const;
  // ---- Out of hours, statistics, resources
  Checked<RequestId> leave_message(std::string_view org, std::string_view text, uint64_t now_ms);
  RequestId mark_handled(std::string_view org, std::string_view message_id_hex);
  RequestId staff_inbox(std::string_view org);
  RequestId staff_stats(std::string_view org, std::string_view period);
  RequestId get_resources();
  std::optional<ResourceDirectory> cached_resources() const;

  // ---- From the relay and from peers
  void handle_ticket_push(const wire::Ticket& t);
  void handle_ticket_assigned_push(const wire::TicketAssigned& a);
  void handle_handoff_offer(const wire::HandoffOffer& o);
  void handle_ticket_closed(const wire::TicketClosed& c);
  void handle_permanence_event(const wire::PermanenceEvent& e);
  void handle_door_closed(const wire::PermanenceClosed& c);
  // The ticket a text labelled `ticket` from `from` belongs to, or "" (notes the activity).
  std::string ticket_text(const AccountId& from, const std::string& ticket, uint64_t at_ms);
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
  // False when the ticket is not usable (the caller reports it).
  bool take_ticket(RequestId request, const wire::Ticket& t);
  bool take_assignment(RequestId request, const wire::TicketAssigned& a);
  void forget_member_tickets();
  void forget_ticket(const std::string& ticket);
  void ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms);

  Link& link_;
  Session& session_;
  Direct& direct_;
  // ---- Saved
  std::map<std::string, state::TicketState, std::less<>> tickets_;  // ticket id → what we hold
  std::string resources_version_;
  std::string resources_json_;
};

}  // namespace relais::engine
