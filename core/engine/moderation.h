// The engine's moderation component: moderator actions, roles, new rooms and invites, join
// requests and the moderation log; reports, sent (to the room's moderators, and for exploitation
// to the outreach workers of its region) and received (checked against the relay's franking
// tag). Internal to the engine.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content.pb.h"
#include "core/engine/direct.h"
#include "core/engine/link.h"
#include "core/engine/rooms.h"
#include "core/engine/session.h"
#include "state.pb.h"

namespace relais::engine {

class Moderation {
 public:
  Moderation(Link& link, Session& session, Direct& direct, Rooms& rooms)
      : link_(link), session_(session), direct_(direct), rooms_(rooms) {}

  RequestId mod_action(const ModCommand& command);
  RequestId list_join_requests(std::string_view room);
  RequestId read_mod_log(std::string_view room, uint64_t since_ms);
  RequestId change_role(const AccountId& who, const RoleSpec& role, bool grant);
  RequestId create_room(const RoomSpec& spec);
  RequestId create_invite(std::string_view room, uint32_t uses, uint64_t valid_for_s,
                          const std::optional<RoleSpec>& grants);

  Checked<RequestId> report(std::string_view room, uint64_t seq, ReportReason reason,
                            std::string_view comment, uint64_t now_ms);
  std::vector<ReportView> reports() const;
  size_t reports_unchecked() const;
  // Tells the room's other moderators (through the relay) that a report is dealt with.
  RequestId mark_report_handled(std::string_view report_id_hex);
  // No verdict and no handled state asked of the relay is still awaited.
  bool reports_settled() const;
  // HandledReports pushed by the relay: another moderator marked reports handled.
  void handle_handled(const wire::HandledReports& handled);
  void reset_connection() { asking_handled_.clear(); }
  void receive_report(const AccountId& from, const std::string& sender_name,
                      const content::Report& rep, uint64_t now_ms);
  void after_login();  // asks again for the verdicts not yet had

  void save(state::EngineState& s) const;
  void load(const state::EngineState& s);

 private:
  class ReportDelivery;
  // Sends a request answered by Ok: Done, or RequestFailed with the room.
  void ask_done(RequestId r, wire::ClientFrame f, const std::string& room);
  void ask_verdict(const state::ReceivedReport& r);
  void report_checked(const std::string& report_id, bool valid);
  // Asks the relay which reports of the room its moderators marked handled.
  void ask_handled(const std::string& room);
  void learn_handled(const std::string& room, const std::string& report_id, uint64_t when_ms);

  Link& link_;
  Session& session_;
  Direct& direct_;
  Rooms& rooms_;
  // ---- Saved
  std::deque<state::ReceivedReport> reports_;  // received as a moderator, oldest first
  std::deque<state::HandledMark> handled_marks_;  // handled before their report came, oldest first
  // ---- Per connection
  std::set<std::string> asking_handled_;  // rooms whose handled reports were asked
};

}  // namespace relais::engine
