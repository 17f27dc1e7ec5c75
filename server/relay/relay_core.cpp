#include "server/relay/relay_core.h"

#include "core/crypto/random.h"
#include "core/franking/franking.h"
#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

constexpr char kFrankingKey[] = "franking-key";
// How many times the relay started on this store: each run gives one-to-one sequence numbers
// from its own block of 2^32, above every earlier run's (see mailbox.h).
constexpr char kRunCount[] = "run-count";

}  // namespace

RelayCore::RelayCore(KvStore& store, const RelayConfig& config, const Clock& clock,
                     Metrics& metrics)
    : ctx_(store, config, clock, metrics),
      gate_(config.max_unauthenticated, config.max_unauthenticated_per_address,
            config.max_unauthenticated_per_network, config.max_handshaking),
      accounts_(ctx_, [this](const ConnectionPtr& conn) { on_login(conn); }),
      mailbox_(ctx_, accounts_),
      rooms_(ctx_, accounts_),
      permanences_(ctx_, accounts_,
                   {.exists = [this](std::string_view room) { return rooms_.has_room(room); },
                    .announce =
                        [this](const std::string& room, wire::RoomEvent event) {
                          rooms_.append_event(room, std::move(event));
                        },
                    .deliver = [this](const ConnectionPtr& conn, uint64_t id,
                                      const wire::Send& send) { mailbox_.send(conn, id, send); }}) {
  accounts_.set_org_directory([this](std::string_view org) { return permanences_.org_exists(org); });
  ctx_.resume_delivery = [this](const ConnectionPtr& conn) {
    mailbox_.resume(conn);
    rooms_.resume(conn);
  };
}

RelayCore::~RelayCore() = default;

Result<std::unique_ptr<RelayCore>> RelayCore::create(KvStore& store, const RelayConfig& config,
                                                     const Clock& clock, Metrics& metrics) {
  std::unique_ptr<RelayCore> core(new RelayCore(store, config, clock, metrics));
  // The franking key is made once, at the first start, and never leaves the store.
  RELAIS_TRY_ASSIGN(auto key, store.get(Table::meta, kFrankingKey));
  RELAIS_TRY_ASSIGN(auto runs, store.get(Table::meta, kRunCount));
  // A store from before the count (it has a franking key) may hold any number below 2^32.
  const uint64_t run = runs && runs->size() == 8 ? read_be64(*runs) + 1 : (key ? 2 : 1);
  WriteBatch batch;
  if (!key) {
    key = franking::new_franking_key();
    batch.put(Table::meta, kFrankingKey, *key);
  }
  // Synced before anything is served, so that a crash never lets a number be given twice.
  batch.put(Table::meta, kRunCount, be64(run));
  RELAIS_TRY(store.commit_and_wait(std::move(batch), Durability::synced));
  core->ctx_.franking_key = std::move(*key);
  core->mailbox_.set_seq_floor((run - 1) << 32);
  RELAIS_TRY(core->accounts_.load());
  RELAIS_TRY(core->rooms_.load());
  RELAIS_TRY(core->permanences_.load());
  return core;
}

std::optional<Connection::CloseReason> RelayCore::on_accept(const ConnectionPtr& conn,
                                                            PeerAddress peer) {
  auto& st = conn->state();
  st.address_key = peer.address;
  st.network_key = peer.network;
  ctx_.metrics.connections++;
  ctx_.metrics.accepted_total++;
  auto admission = gate_.admit(peer, conn);
  switch (admission.verdict) {
    case ConnectionGate::Verdict::admitted:
      st.gate_place = admission.place;
      if (auto displaced = admission.displaced.lock()) {
        ctx_.metrics.displaced_waiting++;
        displaced->close(Connection::CloseReason::displaced);
      }
      if (auto displaced = admission.displaced_handshaking.lock()) {
        ctx_.metrics.displaced_waiting++;
        ctx_.refused(Refusal::handshaking_displaced);
        displaced->close(Connection::CloseReason::displaced);
      }
      break;
    case ConnectionGate::Verdict::too_many:
      ctx_.metrics.refused_too_many++;
      return Connection::CloseReason::too_many_unauthenticated;
    case ConnectionGate::Verdict::too_many_from_address:
      ctx_.metrics.refused_per_address++;
      ctx_.refused(Refusal::connection_address);
      return Connection::CloseReason::too_many_from_address;
    case ConnectionGate::Verdict::too_many_from_network:
      ctx_.metrics.refused_per_network++;
      ctx_.refused(Refusal::connection_network);
      return Connection::CloseReason::too_many_from_network;
  }
  st.waiting_login = true;
  ctx_.metrics.unauthenticated++;
  return std::nullopt;
}

void RelayCore::on_open(const ConnectionPtr& conn, PeerAddress peer) {
  if (auto refused = on_accept(conn, peer)) return conn->close(*refused);
  on_upgraded(conn);
}

void RelayCore::on_upgraded(const ConnectionPtr& conn) {
  auto& st = conn->state();
  if (!st.waiting_login) return;  // displaced while handshaking: closing
  gate_.upgraded(st.gate_place);
  st.nonce = crypto::random_bytes(wire::kNonceBytes);
  st.frames = TokenBucket(ctx_.config.frames_per_connection, ctx_.clock.now_ms());
  wire::ServerFrame f;
  auto* c = f.mutable_challenge();
  c->set_nonce(st.nonce);
  c->set_protocol_version(wire::kProtocolVersion);
  c->set_pow_difficulty(ctx_.config.pow_difficulty);
  c->set_max_message_bytes(static_cast<uint32_t>(ctx_.config.max_message_bytes));
  for (const auto& l : ctx_.config.interface_languages) c->add_interface_languages(l);
  ctx_.reply(*conn, f);
}

void RelayCore::on_message(const ConnectionPtr& conn, std::string_view message) {
  if (conn->state().nonce.empty()) return;  // refused at opening: closing, nothing is served
  auto batch = wire::decode_client_batch(message, ctx_.config.max_message_bytes);
  if (!batch.ok()) {
    auto code = batch.error().code == Errc::corrupt ? wire::MALFORMED : wire::FRAME_TOO_LARGE;
    ctx_.fail(*conn, 0, code, batch.error().message);
    return;
  }
  auto& st = conn->state();
  const uint64_t now = ctx_.clock.now_ms();
  // The writes of one message's requests (ten posts, say) go to the store as one group, as
  // the requests of many connections queued meanwhile would.
  CommitGroup group(ctx_.store);
  st.member_rows_in_message = 0;
  for (const auto& frame : batch->frames()) {
    if (!st.frames.take(now)) {
      ctx_.fail(*conn, frame.id(), wire::RATE_LIMITED, "Too many requests; slow down.");
      continue;
    }
    ctx_.metrics.frame_in(frame.body_case());
    dispatch(conn, frame);
  }
}

void RelayCore::dispatch(const ConnectionPtr& conn, const wire::ClientFrame& frame) {
  const uint64_t id = frame.id();
  using F = wire::ClientFrame;
  switch (frame.body_case()) {
    case F::kRegister: return accounts_.register_account(conn, id, frame.register_());
    case F::kLogin: return accounts_.login(conn, id, frame.login());
    case F::kPing: {
      wire::ServerFrame f;
      f.set_id(id);
      f.mutable_pong()->set_server_time_ms(ctx_.clock.now_ms());
      return ctx_.reply(*conn, f);
    }
    case F::BODY_NOT_SET:
      return ctx_.fail(*conn, id, wire::UNKNOWN_REQUEST, "The frame has no request this relay knows.");
    default: break;
  }
  if (!conn->state().account) {
    return ctx_.fail(*conn, id, wire::NOT_AUTHENTICATED, "Log in before making this request.");
  }
  switch (frame.body_case()) {
    case F::kFetchBundle: return accounts_.fetch_bundle(conn, id, frame.fetch_bundle());
    case F::kUploadPrekeys: return accounts_.upload_prekeys(conn, id, frame.upload_prekeys());
    case F::kGetIdentityKey: return accounts_.identity_key(conn, id, frame.get_identity_key());
    case F::kGetIdentities:
      return accounts_.get_identities(conn, id, frame.get_identities());
    case F::kSend: return mailbox_.send(conn, id, frame.send());
    case F::kAck: return mailbox_.ack(conn, id, frame.ack());
    case F::kListRooms: return rooms_.list(conn, id);
    case F::kJoinRoom: return rooms_.join(conn, id, frame.join_room());
    case F::kLeaveRoom: return rooms_.leave(conn, id, frame.leave_room());
    case F::kListMembers: return rooms_.members(conn, id, frame.list_members());
    case F::kPostRoom: return rooms_.post(conn, id, frame.post_room());
    case F::kRoomAck: return rooms_.ack(conn, id, frame.room_ack());
    case F::kVerifyFranking: return rooms_.verify_franking(conn, id, frame.verify_franking());
    case F::kModAction: return rooms_.moderate(conn, id, frame.mod_action());
    case F::kListJoinRequests: return rooms_.join_requests(conn, id, frame.list_join_requests());
    case F::kReadModLog: return rooms_.read_mod_log(conn, id, frame.read_mod_log());
    case F::kReportFiled: return rooms_.report_filed(conn, id, frame.report_filed());
    case F::kReportHandled: return rooms_.report_handled(conn, id, frame.report_handled());
    case F::kListHandledReports: return rooms_.list_handled_reports(conn, id, frame.list_handled_reports());
    case F::kGrantRole: return rooms_.grant_role(conn, id, frame.grant_role());
    case F::kRevokeRole: return rooms_.revoke_role(conn, id, frame.revoke_role());
    case F::kCreateRoom: return rooms_.create_room(conn, id, frame.create_room());
    case F::kCreateInvite: return rooms_.create_invite(conn, id, frame.create_invite());
    case F::kCreateOrg: return permanences_.create_org(conn, id, frame.create_org());
    case F::kListOrgs: return permanences_.list_orgs(conn, id);
    case F::kListWorkers: return permanences_.list_workers(conn, id, frame.list_workers());
    case F::kAddSlot: return permanences_.add_slot(conn, id, frame.add_slot());
    case F::kRemoveSlot: return permanences_.remove_slot(conn, id, frame.remove_slot());
    case F::kCancelDate: return permanences_.cancel_date(conn, id, frame.cancel_date());
    case F::kListPermanences: return permanences_.list_permanences(conn, id, frame.list_permanences());
    case F::kStaffOpen: return permanences_.staff_open(conn, id, frame.staff_open());
    case F::kStaffClose: return permanences_.staff_close(conn, id, frame.staff_close());
    case F::kKnock: return permanences_.knock(conn, id, frame.knock());
    case F::kTicketStatus: return permanences_.ticket_status(conn, id, frame.ticket_status());
    case F::kTicketLeave: return permanences_.ticket_leave(conn, id);
    case F::kStaffQueue: return permanences_.staff_queue(conn, id, frame.staff_queue());
    case F::kStaffTake: return permanences_.staff_take(conn, id, frame.staff_take());
    case F::kStaffHandoff: return permanences_.staff_handoff(conn, id, frame.staff_handoff());
    case F::kHandoffAnswer: return permanences_.handoff_answer(conn, id, frame.handoff_answer());
    case F::kTicketEnd: return permanences_.ticket_end(conn, id, frame.ticket_end());
    case F::kTicketSend: return permanences_.ticket_send(conn, id, frame.ticket_send());
    case F::kStaffStatus: return permanences_.staff_status(conn, id);
    case F::kOrgMessageSent: return permanences_.org_message_sent(conn, id, frame.org_message_sent());
    case F::kOrgMessageHandled: return permanences_.org_message_handled(conn, id, frame.org_message_handled());
    case F::kStaffInbox: return permanences_.staff_inbox(conn, id, frame.staff_inbox());
    case F::kStaffStats: return permanences_.staff_stats(conn, id, frame.staff_stats());
    case F::kGetResources: return permanences_.get_resources(conn, id, frame.get_resources());
    default:
      return ctx_.fail(*conn, id, wire::UNKNOWN_REQUEST, "This relay does not offer that request yet.");
  }
}

void RelayCore::stop_waiting(ConnState& st) {
  if (!st.waiting_login) return;
  st.waiting_login = false;
  gate_.release(st.gate_place);
  ctx_.metrics.unauthenticated--;
}

void RelayCore::on_login(const ConnectionPtr& conn) {
  const AccountId account = *conn->state().account;
  stop_waiting(conn->state());
  ctx_.metrics.authenticated++;
  if (auto previous = ctx_.online.attach(account, conn); previous && previous != conn) {
    // One program per profile: the newer connection wins, the older one is told why.
    previous->close(Connection::CloseReason::replaced);
  }
  mailbox_.start(conn);
  rooms_.start(conn);
}

void RelayCore::tick() {
  rooms_.expire();
  mailbox_.expire();
  permanences_.tick();
  ctx_.flush_tallies();
}

void RelayCore::on_close(const ConnectionPtr& conn) {
  auto& st = conn->state();
  ctx_.metrics.connections--;
  stop_waiting(st);
  if (st.account) {
    rooms_.stop(conn);
    ctx_.metrics.authenticated--;
    ctx_.online.detach(*st.account, conn.get());
    if (!ctx_.online.find(*st.account)) permanences_.member_gone(*st.account);
  }
}

}  // namespace relais::server
