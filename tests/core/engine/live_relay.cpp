#include "tests/core/engine/live_relay.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>

#include "server/relay/accounts.h"
#include "server/relay/connection.h"
#include "server/relay/metrics.h"
#include "server/relay/relay_core.h"
#include "server/store/kv_store.h"
#include "tests/support/in_process_connection.h"
#include "tests/support/temp_dir.h"

namespace relais::engine::testing {

Device::Device(Device&& other) noexcept
    : engine(std::move(other.engine)),
      disk(std::move(other.disk)),
      autosave(other.autosave),
      events(std::move(other.events)),
      lose(std::move(other.lose)),
      rewrite(std::move(other.rewrite)),
      room_entries_first(other.room_entries_first),
      sent(std::move(other.sent)),
      received(std::move(other.received)) {
  EXPECT_EQ(other.pipe_, nullptr) << "a connected device was moved";
}

Device::~Device() {
  if (relay_) relay_->forget(*this);
}

std::vector<event::RequestFailed> Device::failures(RequestId request) const {
  std::vector<event::RequestFailed> out;
  for (const auto& f : seen<event::RequestFailed>()) {
    if (f.request == request) out.push_back(f);
  }
  return out;
}

Device new_device(const std::string& name, const std::string& invite_code) {
  auto e = Engine::create({name, "ws://127.0.0.1:1", "", invite_code});
  EXPECT_TRUE(e.ok());
  return Device(std::move(*e));
}

LiveRelay::LiveRelay(const std::function<void(server::RelayConfig&)>& configure)
    : dir_(std::make_unique<relais::testing::TempDir>("relais-engine-test")),
      metrics_(std::make_unique<server::Metrics>()) {
  config_.data_dir = dir_->path().string();
  if (configure) configure(config_);
  server::RocksOptions options;
  options.path = (*dir_ / "store").string();
  auto store = server::open_rocks_store(options);
  EXPECT_TRUE(store.ok()) << store.error().message;
  if (!store.ok()) return;
  store_ = std::move(*store);
  auto core = server::RelayCore::create(*store_, config_, clock_, *metrics_);
  EXPECT_TRUE(core.ok()) << core.error().message;
  if (core.ok()) core_ = std::move(*core);
}

void LiveRelay::forget(Device& d) {
  disconnect(d);
  d.relay_ = nullptr;
  std::erase(known_, &d);
}

LiveRelay::~LiveRelay() {
  for (Device* d : std::vector<Device*>(known_)) forget(*d);
  // Commit callbacks run on the store's writer thread: once they are done, none uses the relay.
  if (store_) settle();
  core_.reset();
  store_.reset();
}

void LiveRelay::connect(Device& d) {
  if (d.pipe_) disconnect(d);
  d.pipe_ = std::make_shared<relais::testing::InProcessConnection>();
  if (d.relay_ != this) {
    if (d.relay_) d.relay_->forget(d);
    d.relay_ = this;
    known_.push_back(&d);
  }
  d.engine.on_connected();
  devices_.push_back(&d);
  std::lock_guard lock(d.pipe_->mutex);
  core_->on_open(d.pipe_, next_address_++);
}

void LiveRelay::disconnect(Device& d) {
  if (!d.pipe_) return;
  {
    std::lock_guard lock(d.pipe_->mutex);
    core_->on_close(d.pipe_);
  }
  d.pipe_.reset();
  std::erase(devices_, &d);
  d.engine.on_disconnected();
  take_events(d);
}

void LiveRelay::connect_and_log_in(Device& d) {
  connect(d);
  pump();
  EXPECT_TRUE(d.engine.logged_in()) << d.engine.name() << " did not log in";
}

// Every commit queued so far has completed, with its callbacks: an empty batch goes through the
// writer after them. A callback may queue more (a push, a pump): settled once two barriers in a
// row saw no commit but their own.
void LiveRelay::settle() {
  int clean = 0;
  for (int round = 0; round < 1000 && clean < 2; ++round) {
    const uint64_t before = store_->stats().commits;
    EXPECT_TRUE(store_->commit_and_wait(server::WriteBatch{}, server::Durability::buffered).ok());
    clean = store_->stats().commits == before + 1 ? clean + 1 : 0;
  }
}

void LiveRelay::take_events(Device& d) {
  for (auto& e : d.engine.take_events()) d.events.push_back(std::move(e));
}

// What the relay sent `d`, through the test's transport, to the engine.
bool LiveRelay::deliver(Device& d) {
  auto elements = d.pipe_->take();
  if (elements.empty()) return false;
  auto batch = wire::decode_server_batch(wire::join_elements(elements), 64u << 20);
  EXPECT_TRUE(batch.ok());
  std::vector<wire::ServerFrame> frames;
  for (auto& f : *batch->mutable_frames()) {
    d.received.push_back(f);
    if (f.has_room_entry()) room_log_.push_back(f.room_entry());
    if (d.lose && d.lose(f)) continue;
    if (d.rewrite) d.rewrite(f);
    frames.push_back(std::move(f));
  }
  if (d.room_entries_first) {
    // The room entries move ahead of the first envelope; everything else keeps its place.
    std::vector<wire::ServerFrame> ordered;
    auto first_envelope =
        std::find_if(frames.begin(), frames.end(), [](const auto& f) { return f.has_envelope(); });
    for (auto it = frames.begin(); it != frames.end(); ++it) {
      if (it == first_envelope) {
        for (auto later = it; later != frames.end(); ++later) {
          if (later->has_room_entry()) ordered.push_back(*later);
        }
      }
      if (it > first_envelope && it->has_room_entry()) continue;
      ordered.push_back(std::move(*it));
    }
    frames = std::move(ordered);
  }
  if (!frames.empty()) d.engine.on_message(wire::encode_server_batch(frames), clock_.now_ms());
  take_events(d);
  return true;
}

void LiveRelay::pump() {
  for (int round = 0; round < 10'000; ++round) {
    bool moved = false;
    for (Device* d : known_) take_events(*d);  // a command's immediate answer, even offline
    for (Device* d : std::vector<Device*>(devices_)) {
      if (d->autosave && d->engine.needs_save()) d->save();
      for (const auto& message : d->engine.take_outgoing()) {
        auto batch = wire::decode_client_batch(message);
        EXPECT_TRUE(batch.ok());
        for (const auto& f : batch->frames()) d->sent.push_back(f);
        frames_in_ += static_cast<size_t>(batch->frames_size());
        std::lock_guard lock(d->pipe_->mutex);
        core_->on_message(d->pipe_, message);
        moved = true;
      }
    }
    settle();
    for (Device* d : std::vector<Device*>(devices_)) moved |= deliver(*d);
    if (!moved) return;
  }
  ADD_FAILURE() << "the devices and the relay kept talking";
}

void LiveRelay::inject(Device& d, const std::string& message) {
  d.engine.on_message(message, clock_.now_ms());
  take_events(d);
}

void LiveRelay::inject(Device& d, const std::vector<wire::ServerFrame>& frames) {
  inject(d, wire::encode_server_batch(frames));
}

void LiveRelay::send_raw(Device& d, wire::ClientFrame frame) {
  ASSERT_TRUE(d.pipe_);
  frame.set_id(1'000'000 + frames_in_);  // far from the engine's own ids
  ++frames_in_;
  {
    std::lock_guard lock(d.pipe_->mutex);
    core_->on_message(d.pipe_, wire::encode_client_batch({frame}));
  }
  settle();
  // Its answer is not the engine's to see; everything else goes on to it as usual.
  const uint64_t id = frame.id();
  auto lose = d.lose;
  d.lose = [id, lose](const wire::ServerFrame& f) { return f.id() == id || (lose && lose(f)); };
  deliver(d);
  d.lose = lose;
}

std::string LiveRelay::admin_invite() {
  auto code = server::AccountService::create_admin_invite_file(config_.data_dir);
  EXPECT_TRUE(code.ok());
  return code.ok() ? *code : std::string();
}

std::optional<wire::RoomEntry> LiveRelay::last_room_entry(const std::string& room) const {
  std::optional<wire::RoomEntry> last;
  for (const auto& e : room_log_) {
    if (e.room() == room && (!last || e.seq() > last->seq())) last = e;
  }
  return last;
}

}  // namespace relais::engine::testing
