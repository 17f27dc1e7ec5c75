#include "bench/loadgen_client.h"

#include <algorithm>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <deque>
#include <future>
#include <optional>
#include <thread>

#include "bench/loadgen_random.h"
#include "bench/loadgen_socket.h"
#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"

namespace relais::bench {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

namespace {

constexpr uint64_t kAuthRequestId = 1;
constexpr size_t kSealedStamp = 1;  // the stamp follows the sealed layer's version byte
constexpr auto kTick = std::chrono::milliseconds(1);
constexpr uint64_t kRetryAfterErrorNs = 10'000'000;  // window mode: resend 10 ms after an Error
constexpr uint64_t kSlowNs = 5'000'000;              // the p99 latency target

bool in_window(uint64_t t, const RunShared& shared) {
  return t >= shared.measure_begin_ns && t < shared.measure_end_ns;
}

}  // namespace

std::string code_name(wire::ErrorCode code) {
  const std::string& name = wire::ErrorCode_Name(code);
  return name.empty() ? "CODE_" + std::to_string(static_cast<int>(code)) : name;
}

uint64_t seed_from_os() {
  const std::string r = crypto::random_bytes(8);
  uint64_t v = 0;
  for (unsigned char c : r) v = (v << 8) | c;
  return v;
}

uint64_t now_ns() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count());
}

SecondStats* WorkerStats::second_of(uint64_t t, const RunShared& shared) {
  if (t < shared.measure_begin_ns || t >= shared.measure_end_ns) return nullptr;
  const auto index = static_cast<size_t>((t - shared.measure_begin_ns) / 1'000'000'000);
  if (timeline.size() <= index) timeline.resize(index + 1);
  return &timeline[index];
}

void WorkerStats::merge(const WorkerStats& o) {
  if (timeline.size() < o.timeline.size()) timeline.resize(o.timeline.size());
  for (size_t i = 0; i < o.timeline.size(); ++i) {
    timeline[i].sends += o.timeline[i].sends;
    timeline[i].max_sent_ns = std::max(timeline[i].max_sent_ns, o.timeline[i].max_sent_ns);
    timeline[i].max_e2e_ns = std::max(timeline[i].max_e2e_ns, o.timeline[i].max_e2e_ns);
    timeline[i].slow_sent += o.timeline[i].slow_sent;
  }
  sent_latency_ns.merge(o.sent_latency_ns);
  e2e_latency_ns.merge(o.e2e_latency_ns);
  sends += o.sends;
  sends_measured += o.sends_measured;
  sent += o.sent;
  sent_measured += o.sent_measured;
  delivered += o.delivered;
  delivered_measured += o.delivered_measured;
  stale_envelopes += o.stale_envelopes;
  redelivered += o.redelivered;
  skipped += o.skipped;
  prekey_pushes += o.prekey_pushes;
  registered += o.registered;
  logged_in += o.logged_in;
  for (const auto& [k, v] : o.errors) errors[k] += v;
  for (const auto& [k, v] : o.setup_errors) setup_errors[k] += v;
  for (const auto& [k, v] : o.transport) transport[k] += v;
}

class LoadConnection;

class ConnectionPool::Worker {
 public:
  Worker(const LoadgenOptions& options, RunShared& shared, std::vector<BenchAccount>& accounts,
         size_t index, size_t count)
      : options_(options),
        shared_(shared),
        accounts_(accounts),
        index_(index),
        count_(count),
        server_(net::ip::make_address_v4(options.server_host), options.server_port),
        host_header_(options.server_host + ":" + std::to_string(options.server_port)),
        rng_(seed_from_os()),
        ioc_(1),
        tick_(ioc_),
        work_(net::make_work_guard(ioc_)) {
    setup_limit_ = std::max<size_t>(1, options.setup_concurrency / count);
    rate_ = options.rate / static_cast<double>(count);
  }
  ~Worker();

  void start_thread() {
    std::promise<void> done;
    finished_ = done.get_future();
    thread_ = std::thread([this, done = std::move(done)]() mutable {
      ioc_.run();
      done.set_value();
    });
  }

  void open(size_t begin, size_t end, Purpose purpose) {
    net::post(ioc_, [this, begin, end, purpose] {
      for (size_t i = begin; i < end; ++i)
        if (i % count_ == index_) to_open_.emplace_back(i, purpose);
      pump_open();
    });
  }

  void start_load();
  std::vector<std::string> ready_accounts();
  void stop();

  // Called by connections, on this worker's thread.
  void on_setup_finished(LoadConnection* conn, bool ok);
  void on_ready(LoadConnection* conn);
  void on_send_answered(LoadConnection* conn, bool ok);
  bool sending() const { return loading_ && now_ns() < shared_.measure_end_ns; }
  const std::string* pick_recipient(const std::string& self);
  void fill_message_id(std::string& out) {
    out.resize(16);
    rng_.fill(out, 0);
  }
  // A stand-in sealed envelope: its version byte, the stamp, random bytes.
  void fill_ciphertext(std::string& out, uint64_t send_ns) {
    out.resize(std::max(options_.size, wire::kMinSealedBytes));
    rng_.fill(out, kSealedStamp + kPayloadHeader);
    out[0] = static_cast<char>(wire::kSealedVersion);
    stamp_payload(out, shared_.run_tag, send_ns, kSealedStamp);
  }

  const LoadgenOptions& options_;
  RunShared& shared_;
  std::vector<BenchAccount>& accounts_;
  const size_t index_;
  const size_t count_;
  const tcp::endpoint server_;
  const std::string host_header_;
  FastRandom rng_;
  WorkerStats stats_;
  wire::ServerBatch batch_;       // reused for every message received
  wire::ClientFrame send_frame_;  // reused for every Send

  // Declared before the connections: destroyed after them.
  net::io_context ioc_;

 private:
  void pump_open();
  void tick();

  std::thread thread_;
  std::future<void> finished_;  // ready once the thread's run() returned
  net::steady_timer tick_;
  net::executor_work_guard<net::io_context::executor_type> work_;
  std::vector<std::unique_ptr<LoadConnection>> conns_;  // by global index / count_
  std::deque<std::pair<size_t, Purpose>> to_open_;
  size_t in_setup_ = 0;
  size_t setup_limit_ = 1;
  std::vector<LoadConnection*> ready_;
  std::deque<std::pair<LoadConnection*, uint64_t>> retry_;  // window mode: resend after an Error
  bool loading_ = false;
  double rate_ = 0;
  uint64_t scheduled_ = 0;  // rate mode: sends due so far
};

class LoadConnection {
 public:
  using Worker = ConnectionPool::Worker;

  LoadConnection(Worker& worker, BenchAccount& account) : w_(worker), account_(account) {}

  void start(Purpose purpose) {
    purpose_ = purpose;
    setup_owed_ = true;
    tried_register_ = false;
    pending_.clear();
    acks_.clear();
    last_seq_ = 0;
    state_ = State::connecting;
    std::string failure;
    if (!socket_.start(w_.server_, w_.host_header_, source_, failure)) {
      // Out of descriptors or ports: nothing is in flight, so finish at once.
      w_.stats_.transport[failure]++;
      state_ = State::closing;
      net::post(w_.ioc_, [this] { finish_if_idle(); });  // not from inside the worker's open loop
    }
  }

  void set_source(std::string address) { source_ = std::move(address); }
  bool ready() const { return state_ == State::ready; }
  bool idle() const { return state_ == State::idle || state_ == State::closed; }
  size_t pending() const { return pending_.size(); }
  const std::string& account_id() const { return account_.account_id; }

  // Queues one Send to a random other account; flush() writes it.
  void send_one() {
    if (state_ != State::ready) return;
    const std::string* to = w_.pick_recipient(account_.account_id);
    if (to == nullptr) return;
    const uint64_t id = next_id_++;
    const uint64_t t = now_ns();
    auto& frame = w_.send_frame_;
    frame.set_id(id);
    auto* send = frame.mutable_send();
    send->set_to(*to);
    w_.fill_message_id(*send->mutable_message_id());
    send->set_type(wire::SEALED_MESSAGE);
    w_.fill_ciphertext(*send->mutable_ciphertext(), t);
    socket_.queued() += wire::encode_element(frame);
    pending_.push_back(Pending{id, t});
    auto& st = w_.stats_;
    ++st.sends;
    if (auto* second = st.second_of(t, w_.shared_)) {
      ++st.sends_measured;
      ++second->sends;
    }
    w_.shared_.pending.fetch_add(1, std::memory_order_relaxed);
  }

  // Writes what is queued (sends, and one Ack for every envelope received) as one message.
  void flush() {
    if (!socket_.started() || (state_ != State::ready && state_ != State::authenticating)) return;
    if (!acks_.empty()) {
      wire::ClientFrame ack;
      for (uint64_t seq : acks_) ack.mutable_ack()->add_seqs(seq);
      acks_.clear();
      socket_.queued() += wire::encode_element(ack);
    }
    socket_.write_queued();
  }

  // Cuts the connection (end of run): no goodbye, the relay treats it as a reset.
  void shut() {
    if (state_ == State::idle || state_ == State::closed || state_ == State::closing) return;
    if (state_ == State::ready) w_.shared_.pending.fetch_sub(static_cast<int64_t>(pending_.size()));
    pending_.clear();
    state_ = State::closing;
    socket_.close();
    finish_if_idle();
  }

 private:
  friend class BenchSocket<LoadConnection>;
  enum class State { idle, connecting, authenticating, ready, closing, closed };
  struct Pending {
    uint64_t id;
    uint64_t sent_ns;
  };

  bool stopping() const { return state_ == State::closing; }
  void on_written() { flush(); }

  void on_open() {
    state_ = State::authenticating;
    socket_.read();
  }

  void on_message(const void* data, size_t size) {
    auto& batch = w_.batch_;
    if (!batch.ParseFromArray(data, static_cast<int>(size))) {
      w_.stats_.transport["malformed_from_relay"]++;
      return fail({}, "");
    }
    for (const auto& frame : batch.frames()) {
      handle(frame);
      if (state_ == State::closing || state_ == State::closed) return finish_if_idle();
    }
    flush();
    socket_.read();
  }

  void handle(const wire::ServerFrame& frame) {
    using F = wire::ServerFrame;
    auto& st = w_.stats_;
    switch (frame.body_case()) {
      case F::kChallenge:
        nonce_ = frame.challenge().nonce();
        pow_difficulty_ = frame.challenge().pow_difficulty();
        return authenticate();
      case F::kRegistered:
        account_.account_id = frame.registered().account_id();
        ++st.registered;
        if (purpose_ == Purpose::register_only) {
          registered_ok_ = true;
          state_ = State::closing;
          socket_.close();
          return;
        }
        return become_ready();
      case F::kLoggedIn:
        ++st.logged_in;
        return become_ready();
      case F::kError:
        return on_error(frame.id(), frame.error().code());
      case F::kSent:
        return on_sent(frame.id());
      case F::kEnvelope:
        return on_envelope(frame.envelope());
      case F::kPrekeyCount:
        ++st.prekey_pushes;
        return;
      default:
        return;
    }
  }

  void authenticate() {
    Result<wire::ClientFrame> frame = !account_.account_id.empty() && !tried_register_
                                          ? login_frame(account_, nonce_, kAuthRequestId)
                                          : register_frame(account_, nonce_, pow_difficulty_,
                                                           w_.options_.prekeys, kAuthRequestId);
    if (!frame.ok()) {
      w_.stats_.setup_errors["local_" + std::string(errc_name(frame.error().code))]++;
      return fail({}, "");
    }
    tried_register_ = !frame->has_login();
    socket_.queued() += wire::encode_element(*frame);
    flush();
  }

  void become_ready() {
    state_ = State::ready;
    setup_owed_ = false;
    w_.on_ready(this);
  }

  void on_error(uint64_t id, wire::ErrorCode code) {
    auto& st = w_.stats_;
    if (id == kAuthRequestId && state_ == State::authenticating) {
      if (code == wire::UNKNOWN_ACCOUNT && !tried_register_) {
        // A cached account this relay does not know (a fresh data folder): register it anew.
        account_.account_id.clear();
        return authenticate();
      }
      st.setup_errors[code_name(code)]++;
      return fail({}, "");
    }
    if (id == 0) {
      st.errors[code_name(code)]++;
      return;
    }
    if (!take_pending(id)) return;
    st.errors[code_name(code)]++;
    w_.on_send_answered(this, false);
  }

  void on_sent(uint64_t id) {
    auto sent_ns = take_pending(id);
    if (!sent_ns) return;
    const uint64_t now = now_ns();
    auto& st = w_.stats_;
    ++st.sent;
    if (in_window(now, w_.shared_)) ++st.sent_measured;
    if (auto* second = st.second_of(*sent_ns, w_.shared_)) {
      const uint64_t latency = now - *sent_ns;
      st.sent_latency_ns.record(latency);
      second->max_sent_ns = std::max(second->max_sent_ns, latency);
      if (latency > kSlowNs) ++second->slow_sent;
    }
    w_.shared_.sent_ok.fetch_add(1, std::memory_order_relaxed);
    w_.on_send_answered(this, true);
  }

  void on_envelope(const wire::Envelope& env) {
    auto& st = w_.stats_;
    if (env.seq() <= last_seq_) ++st.redelivered;
    last_seq_ = std::max(last_seq_, env.seq());
    acks_.push_back(env.seq());
    auto sent_ns = payload_send_time(env.ciphertext(), w_.shared_.run_tag, kSealedStamp);
    if (!sent_ns) {
      ++st.stale_envelopes;
      return;
    }
    const uint64_t now = now_ns();
    ++st.delivered;
    if (in_window(now, w_.shared_)) ++st.delivered_measured;
    auto* second = st.second_of(*sent_ns, w_.shared_);
    if (second != nullptr && now >= *sent_ns) {
      st.e2e_latency_ns.record(now - *sent_ns);
      second->max_e2e_ns = std::max(second->max_e2e_ns, now - *sent_ns);
    }
    w_.shared_.delivered.fetch_add(1, std::memory_order_relaxed);
  }

  std::optional<uint64_t> take_pending(uint64_t id) {
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (pending_[i].id != id) continue;
      const uint64_t t = pending_[i].sent_ns;
      pending_[i] = pending_.back();
      pending_.pop_back();
      w_.shared_.pending.fetch_sub(1, std::memory_order_relaxed);
      return t;
    }
    return std::nullopt;
  }

  // The connection failed or the relay closed it. `what` names the failure in the transport
  // counts ("" when already counted elsewhere; the error code's own name when not given).
  void fail(beast::error_code ec, std::string what = {}) {
    if (state_ == State::closing || state_ == State::closed || state_ == State::idle)
      return finish_if_idle();
    if (what.empty() && ec) what = transport_failure_name(ec);
    if (!what.empty()) w_.stats_.transport[what]++;
    if (state_ == State::ready) {
      w_.shared_.lost.fetch_add(1);
      w_.shared_.pending.fetch_sub(static_cast<int64_t>(pending_.size()));
      pending_.clear();
    }
    state_ = State::closing;
    socket_.close();
    finish_if_idle();
  }

  // Once nothing is in flight any more, the connection is closed and may be started again.
  void finish_if_idle() {
    if (state_ != State::closing || socket_.busy()) return;
    state_ = State::closed;
    if (setup_owed_) {
      setup_owed_ = false;
      const bool ok = registered_ok_;
      registered_ok_ = false;
      w_.on_setup_finished(this, ok);
    }
  }

  Worker& w_;
  BenchAccount& account_;
  std::string source_;
  Purpose purpose_ = Purpose::session;
  State state_ = State::idle;
  BenchSocket<LoadConnection> socket_{*this, w_.ioc_};
  std::vector<uint64_t> acks_;
  std::vector<Pending> pending_;
  std::string nonce_;
  uint32_t pow_difficulty_ = 0;
  uint64_t next_id_ = kAuthRequestId + 1;
  uint64_t last_seq_ = 0;
  bool setup_owed_ = false;
  bool registered_ok_ = false;
  bool tried_register_ = false;
};

ConnectionPool::Worker::~Worker() {
  // Connections first (they hold sockets of ioc_), then the context.
  conns_.clear();
}

void ConnectionPool::Worker::pump_open() {
  while (in_setup_ < setup_limit_ && !to_open_.empty()) {
    auto [global, purpose] = to_open_.front();
    to_open_.pop_front();
    const size_t local = global / count_;
    if (conns_.size() <= local) conns_.resize(local + 1);
    auto& conn = conns_[local];
    if (!conn) {
      conn = std::make_unique<LoadConnection>(*this, accounts_[global]);
      conn->set_source(source_address(global, options_.per_address));
    }
    if (!conn->idle()) {
      // Still open from an earlier step: count it as done rather than open it twice.
      shared_.setup_done.fetch_add(1, std::memory_order_release);
      continue;
    }
    ++in_setup_;
    conn->start(purpose);
  }
}

void ConnectionPool::Worker::on_setup_finished(LoadConnection*, bool ok) {
  --in_setup_;
  if (ok) shared_.setup_ready.fetch_add(1, std::memory_order_relaxed);
  shared_.setup_done.fetch_add(1, std::memory_order_release);
  pump_open();
}

void ConnectionPool::Worker::on_ready(LoadConnection* conn) {
  ready_.push_back(conn);
  --in_setup_;
  shared_.setup_ready.fetch_add(1, std::memory_order_relaxed);
  shared_.setup_done.fetch_add(1, std::memory_order_release);
  pump_open();
}

const std::string* ConnectionPool::Worker::pick_recipient(const std::string& self) {
  const auto& all = shared_.recipients;
  if (all.size() < 2) return nullptr;
  if (options_.light_mode()) {  // fixed pairs: 2k <-> 2k+1
    const size_t self_at =
        static_cast<size_t>(std::find(all.begin(), all.end(), self) - all.begin());
    const size_t partner = self_at ^ 1;
    return partner < all.size() ? &all[partner] : nullptr;
  }
  size_t r = static_cast<size_t>(rng_.next() % all.size());
  if (all[r] == self) r = (r + 1) % all.size();
  return &all[r];
}

void ConnectionPool::Worker::on_send_answered(LoadConnection* conn, bool ok) {
  if (options_.rate > 0 || !sending()) return;
  if (ok) {
    conn->send_one();  // flushed by the read handler that got the answer
  } else {
    retry_.emplace_back(conn, now_ns() + kRetryAfterErrorNs);
  }
}

void ConnectionPool::Worker::start_load() {
  net::post(ioc_, [this] {
    loading_ = true;
    scheduled_ = 0;
    // Connections lost since set-up are not loaded.
    std::erase_if(ready_, [](LoadConnection* c) { return !c->ready(); });
    if (options_.rate == 0) {
      for (auto* c : ready_) {
        for (size_t k = 0; k < options_.window; ++k) c->send_one();
        c->flush();
      }
    }
    tick();
  });
}

void ConnectionPool::Worker::tick() {
  const uint64_t now = now_ns();
  if (!loading_ || now >= shared_.measure_end_ns) {
    loading_ = false;
    return;
  }
  if (options_.rate > 0 && !ready_.empty()) {
    const double elapsed_s = static_cast<double>(now - shared_.load_start_ns) / 1e9;
    const auto due = static_cast<uint64_t>(rate_ * elapsed_s);
    while (scheduled_ < due) {
      ++scheduled_;
      auto* c = ready_[static_cast<size_t>(rng_.next() % ready_.size())];
      if (!c->ready()) continue;
      if (c->pending() >= options_.max_pending) {
        ++stats_.skipped;
        continue;
      }
      c->send_one();
      c->flush();
    }
  }
  while (!retry_.empty() && retry_.front().second <= now) {
    auto* c = retry_.front().first;
    retry_.pop_front();
    c->send_one();
    c->flush();
  }
  tick_.expires_after(kTick);
  tick_.async_wait([this](beast::error_code ec) {
    if (!ec) tick();
  });
}

std::vector<std::string> ConnectionPool::Worker::ready_accounts() {
  std::promise<std::vector<std::string>> promise;
  auto future = promise.get_future();
  net::post(ioc_, [this, &promise] {
    std::vector<std::string> ids;
    for (auto* c : ready_)
      if (c->ready()) ids.push_back(c->account_id());
    promise.set_value(std::move(ids));
  });
  return future.get();
}

void ConnectionPool::Worker::stop() {
  if (!thread_.joinable()) return;
  net::post(ioc_, [this] {
    loading_ = false;
    tick_.cancel();
    to_open_.clear();
    for (auto& c : conns_)
      if (c) c->shut();
    work_.reset();  // run() returns once the aborted operations have completed
  });
  // A stray timer must not hold the end of the run: give the aborts a few seconds.
  if (finished_.wait_for(std::chrono::seconds(10)) != std::future_status::ready) ioc_.stop();
  thread_.join();
}

ConnectionPool::ConnectionPool(const LoadgenOptions& options, std::vector<BenchAccount>& accounts,
                               RunShared& shared) {
  const size_t count = static_cast<size_t>(options.threads);
  for (size_t i = 0; i < count; ++i) {
    workers_.push_back(std::make_unique<Worker>(options, shared, accounts, i, count));
  }
  for (auto& w : workers_) w->start_thread();
}

ConnectionPool::~ConnectionPool() {
  stop();
}

void ConnectionPool::open(size_t begin, size_t end, Purpose purpose) {
  for (auto& w : workers_) w->open(begin, end, purpose);
}

void ConnectionPool::start_load() {
  for (auto& w : workers_) w->start_load();
}

std::vector<std::string> ConnectionPool::ready_accounts() {
  std::vector<std::string> all;
  for (auto& w : workers_) {
    auto ids = w->ready_accounts();
    all.insert(all.end(), ids.begin(), ids.end());
  }
  return all;
}

void ConnectionPool::stop() {
  for (auto& w : workers_) w->stop();
}

WorkerStats ConnectionPool::stats() const {
  WorkerStats total;
  for (const auto& w : workers_) total.merge(w->stats_);
  return total;
}

}  // namespace relais::bench
