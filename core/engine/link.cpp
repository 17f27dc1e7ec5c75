#include "core/engine/link.h"

#include <algorithm>

#include "core/engine/checks.h"

namespace relais::engine {

namespace {
constexpr int kFramesPerBatch = 256;  // below wire::kMaxFramesPerBatch, with room to spare
}  // namespace

Failure relay_failure(const wire::Error& e) {
  switch (e.code()) {
    case wire::MALFORMED:
      return failure(Problem::relay_malformed);
    case wire::UNKNOWN_REQUEST:
      return failure(Problem::relay_unknown_request);
    case wire::FRAME_TOO_LARGE:
      return failure(Problem::relay_frame_too_large);
    case wire::NOT_AUTHENTICATED:
      return failure(Problem::relay_not_authenticated);
    case wire::ALREADY_AUTHENTICATED:
      return failure(Problem::relay_already_authenticated);
    case wire::BAD_SIGNATURE:
      return failure(Problem::bad_signature);
    case wire::UNKNOWN_ACCOUNT:
      return failure(Problem::unknown_account);
    case wire::INVALID_ARGUMENT:
      return e.has_violation() ? invalid(e.violation()) : failure(Problem::invalid_request);
    case wire::RATE_LIMITED: {
      Failure f = failure(Problem::rate_limited);
      f.why = e.limit();
      return f;
    }
    case wire::STORE_FAILURE:
      return failure(Problem::store_failure);
    case wire::INVITE_REQUIRED:
      return failure(Problem::invite_required);
    case wire::PROOF_OF_WORK_REQUIRED:
      return failure(Problem::proof_of_work_refused);
    case wire::FORBIDDEN:
      return failure(Problem::forbidden);
    case wire::NO_SUCH_ROOM:
      return failure(Problem::no_such_room);
    case wire::NOT_A_MEMBER:
      return failure(Problem::not_a_member);
    case wire::ALREADY_MEMBER:
      return failure(Problem::already_member);
    case wire::ROOM_FULL:
      return failure(Problem::room_full);
    case wire::BANNED:
      return failure(Problem::banned);
    case wire::MUTED:
      return failure(Problem::muted);
    case wire::NO_SUCH_ORG:
      return failure(Problem::no_such_org);
    case wire::NO_SUCH_TICKET:
      return failure(Problem::no_such_ticket);
    case wire::TICKET_TAKEN:
      return failure(Problem::ticket_taken);
    case wire::NOT_ON_DUTY:
      return failure(Problem::not_on_duty);
    case wire::PERMANENCE_CLOSED:
      return failure(Problem::permanence_closed);
    case wire::TICKET_HANDED_OFF:
      return failure(Problem::ticket_handed_off);
    case wire::SHUTTING_DOWN:
      return failure(Problem::shutting_down);
    case wire::OVERLOADED:
      return failure(Problem::overloaded);
    case wire::QUEUE_FULL: {
      Failure f = failure(Problem::queue_full);
      f.why = e.limit();
      return f;
    }
    case wire::QUOTA_EXCEEDED:
      return failure(Problem::quota_exceeded);
    case wire::INSUFFICIENT_STORAGE:
      return failure(Problem::relay_out_of_space);
    default:
      break;
  }
  // The relay's own words are kept for logs only, cleaned like any string from the network.
  Failure f = failure(e.code() == wire::NO_SUCH_MESSAGE  ? Problem::no_such_message
                      : e.code() == wire::ALREADY_EXISTS ? Problem::already_exists
                                                         : Problem::relay_refused);
  f.detail = sanitize_name(e.message().substr(0, 200));
  return f;
}

void Link::emit_failed(RequestId request, const Failure& f) {
  emit(event::RequestFailed{request, f});
}

Link::OnFailure Link::fail_to(RequestId request, std::string room, std::string org,
                              std::string ticket) {
  return [this, request, room = std::move(room), org = std::move(org),
          ticket = std::move(ticket)](Failure f) {
    if (f.room.empty()) f.room = room;
    if (f.org.empty()) f.org = org;
    if (f.ticket.empty()) f.ticket = ticket;
    emit_failed(request, f);
  };
}

void Link::saved() {
  saved_version_ = serialized_version_;
  auto keep = std::stable_partition(held_.begin(), held_.end(),
                                    [&](const auto& h) { return h.first > saved_version_; });
  for (auto it = keep; it != held_.end(); ++it) outgoing_.push_back(std::move(it->second));
  held_.erase(keep, held_.end());
}

uint64_t Link::stamp(wire::ClientFrame& frame) {
  const uint64_t id = next_wire_id_++;
  frame.set_id(id);
  return id;
}

void Link::ask(wire::ClientFrame frame, std::unique_ptr<Query> query) {
  pending_[stamp(frame)] = std::move(query);
  outgoing_.push_back(std::move(frame));
}

void Link::ask_after_save(wire::ClientFrame frame, std::unique_ptr<Query> query) {
  if (!needs_save()) return ask(std::move(frame), std::move(query));
  pending_[stamp(frame)] = std::move(query);
  held_.emplace_back(version_, std::move(frame));
}

void Link::tell_after_save(wire::ClientFrame frame) {
  frame.set_id(0);
  if (!needs_save()) {
    outgoing_.push_back(std::move(frame));
  } else {
    held_.emplace_back(version_, std::move(frame));
  }
}

std::vector<std::string> Link::take_outgoing() {
  std::vector<std::string> out;
  std::string batch;
  int count = 0;
  for (const auto& f : outgoing_) {
    std::string element = wire::encode_element(f);
    if (count > 0 &&
        (count == kFramesPerBatch || batch.size() + element.size() > max_message_bytes_)) {
      out.push_back(std::move(batch));
      batch.clear();
      count = 0;
    }
    batch += element;
    ++count;
  }
  if (count > 0) out.push_back(std::move(batch));
  outgoing_.clear();
  return out;
}

void Link::answer(const wire::ServerFrame& f) {
  auto it = pending_.find(f.id());
  if (it == pending_.end()) return emit(event::ProtocolError{Problem::stray_answer});
  std::unique_ptr<Query> query = std::move(it->second);
  pending_.erase(it);
  if (f.has_error()) return query->on_error(relay_failure(f.error()));
  if (!query->on_answer(f)) {
    emit(event::ProtocolError{Problem::wrong_answer});
    query->on_error(failure(Problem::wrong_answer));
  }
}

void Link::reset() {
  auto lost = std::exchange(pending_, {});
  outgoing_.clear();
  held_.clear();
  // In the order they were asked, so that what a host sees is in the order it asked.
  std::vector<std::pair<uint64_t, std::unique_ptr<Query>>> ordered(
      std::make_move_iterator(lost.begin()), std::make_move_iterator(lost.end()));
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [_, query] : ordered) query->on_error(failure(Problem::not_connected));
}

}  // namespace relais::engine
