#include "bench/loadgen_room.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <deque>
#include <future>
#include <iomanip>
#include <memory>
#include <sstream>
#include <thread>

#include "bench/loadgen_account.h"
#include "bench/loadgen_client.h"
#include "bench/loadgen_random.h"
#include "bench/loadgen_report.h"
#include "bench/loadgen_socket.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"

namespace relais::bench {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace json = boost::json;
using tcp = net::ip::tcp;

// ---------------------------------------------------------------------------------------------
// Pure pieces

bool RoomAckBatcher::on_entry(uint64_t seq, uint64_t now) {
  if (seq > highest_) highest_ = seq;
  if (highest_ <= acked_) return false;  // a repeat of something acknowledged: nothing new
  if (unacked_ == 0) first_unacked_ns_ = now;
  ++unacked_;
  return unacked_ >= every_;
}

std::optional<uint64_t> RoomAckBatcher::take() {
  unacked_ = 0;
  if (highest_ <= acked_) return std::nullopt;
  acked_ = highest_;
  return acked_;
}

void EntryOrder::start_at(uint64_t from_seq) {
  if (started_ || from_seq == 0) return;
  started_ = true;
  last_ = from_seq - 1;
}

void EntryOrder::on_entry(uint64_t seq) {
  if (!started_) {
    started_ = true;
    last_ = seq;
    return;
  }
  if (seq <= last_) {
    ++repeats_;
    return;
  }
  gaps_ += seq - last_ - 1;
  last_ = seq;
}

std::string room_message_id(uint64_t post_id, uint64_t random) {
  std::string id(wire::kMessageIdBytes, '\0');
  for (int i = 0; i < 8; ++i) {
    id[static_cast<size_t>(i)] = static_cast<char>((post_id >> (56 - 8 * i)) & 0xff);
    id[static_cast<size_t>(8 + i)] = static_cast<char>((random >> (8 * i)) & 0xff);
  }
  return id;
}

std::optional<uint64_t> post_id_of(std::string_view message_id) {
  if (message_id.size() != wire::kMessageIdBytes) return std::nullopt;
  uint64_t v = 0;
  for (size_t i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(message_id[i]);
  return v;
}

void RoomStats::merge(const RoomStats& o) {
  if (timeline.size() < o.timeline.size()) timeline.resize(o.timeline.size());
  for (size_t i = 0; i < o.timeline.size(); ++i) {
    timeline[i].posts += o.timeline[i].posts;
    timeline[i].deliveries += o.timeline[i].deliveries;
    timeline[i].max_posted_ns = std::max(timeline[i].max_posted_ns, o.timeline[i].max_posted_ns);
    timeline[i].max_delivered_ns =
        std::max(timeline[i].max_delivered_ns, o.timeline[i].max_delivered_ns);
  }
  posted_latency_ns.merge(o.posted_latency_ns);
  delivered_latency_ns.merge(o.delivered_latency_ns);
  posts += o.posts;
  posts_measured += o.posts_measured;
  posted += o.posted;
  posted_measured += o.posted_measured;
  deliveries += o.deliveries;
  deliveries_measured += o.deliveries_measured;
  events += o.events;
  stale += o.stale;
  gaps += o.gaps;
  repeats += o.repeats;
  acks += o.acks;
  skipped += o.skipped;
  registered += o.registered;
  logged_in += o.logged_in;
  joined += o.joined;
  already_member += o.already_member;
  for (const auto& [k, v] : o.errors) errors[k] += v;
  for (const auto& [k, v] : o.setup_errors) setup_errors[k] += v;
  for (const auto& [k, v] : o.transport) transport[k] += v;
}

// ---------------------------------------------------------------------------------------------
// The members

namespace {

constexpr uint64_t kAuthRequestId = 1;
constexpr uint64_t kJoinRequestId = 2;
constexpr uint64_t kFirstPostId = 16;
constexpr size_t kCommitmentBytes = 32;  // HMAC-SHA256
constexpr auto kTick = std::chrono::milliseconds(1);
constexpr uint64_t kRetryAfterErrorNs = 10'000'000;
constexpr auto kJoinSettle = std::chrono::milliseconds(300);

// What the workers share with the main thread.
struct RoomShared {
  RunShared run;                       // tag, measured window, set-up progress, lost connections
  std::atomic<uint64_t> posted_ok{0};  // Posted answers to this run's posts
  std::atomic<uint64_t> delivered{0};  // this run's posts received, summed over members
  std::atomic<int64_t> open_posts{0};  // posts not yet both Posted and delivered back
};

bool in_window(uint64_t t, const RunShared& shared) {
  return t >= shared.measure_begin_ns && t < shared.measure_end_ns;
}

RoomSecond* second_of(RoomStats& st, uint64_t t, const RunShared& shared) {
  if (!in_window(t, shared)) return nullptr;
  const auto index = static_cast<size_t>((t - shared.measure_begin_ns) / 1'000'000'000);
  if (st.timeline.size() <= index) st.timeline.resize(index + 1);
  return &st.timeline[index];
}

class RoomMember;

class RoomWorker {
 public:
  RoomWorker(const LoadgenOptions& options, RoomShared& shared, std::vector<BenchAccount>& accounts,
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
    auto* post = post_frame_.mutable_post_room();
    post->set_room(options.room);
    post->mutable_commitment()->resize(kCommitmentBytes);
  }
  ~RoomWorker() { stop(); }
  RoomWorker(const RoomWorker&) = delete;
  RoomWorker& operator=(const RoomWorker&) = delete;

  void start_thread() {
    std::promise<void> done;
    finished_ = done.get_future();
    thread_ = std::thread([this, done = std::move(done)]() mutable {
      ioc_.run();
      done.set_value();
    });
  }

  void open();
  void start_load();
  void stop();

  // Called by members, on this worker's thread.
  void on_setup_finished(bool ok);
  void on_ready(RoomMember* member);
  void on_post_closed(RoomMember* member);
  void on_post_failed(RoomMember* member) {
    if (options_.rate == 0 && sending()) retry_.emplace_back(member, now_ns() + kRetryAfterErrorNs);
  }
  bool sending() const { return loading_ && now_ns() < shared_.run.measure_end_ns; }

  // A PostRoom frame for `post_id`, stamped with `send_ns`, encoded as one batch element.
  std::string encode_post(uint64_t post_id, uint64_t send_ns) {
    post_frame_.set_id(post_id);
    auto* post = post_frame_.mutable_post_room();
    post->set_message_id(room_message_id(post_id, rng_.next()));
    std::string& ciphertext = *post->mutable_ciphertext();
    ciphertext.resize(options_.size);
    rng_.fill(ciphertext, kPayloadHeader);
    stamp_payload(ciphertext, shared_.run.run_tag, send_ns);
    rng_.fill(*post->mutable_commitment(), 0);
    return wire::encode_element(post_frame_);
  }

  const LoadgenOptions& options_;
  RoomShared& shared_;
  std::vector<BenchAccount>& accounts_;
  const size_t index_;
  const size_t count_;
  const tcp::endpoint server_;
  const std::string host_header_;
  FastRandom rng_;
  RoomStats stats_;
  wire::ServerBatch batch_;  // reused for every message received

  // Declared before the members: destroyed after them (they hold its sockets).
  net::io_context ioc_;

 private:
  void pump_open();
  void tick();

  wire::ClientFrame post_frame_;  // reused for every post
  std::thread thread_;
  std::future<void> finished_;
  net::steady_timer tick_;
  net::executor_work_guard<net::io_context::executor_type> work_;
  std::vector<std::unique_ptr<RoomMember>> members_;
  std::deque<size_t> to_open_;  // global indexes
  size_t in_setup_ = 0;
  size_t setup_limit_ = 1;
  std::vector<RoomMember*> posters_;  // ready posters of this worker
  std::deque<std::pair<RoomMember*, uint64_t>> retry_;
  bool loading_ = false;
  bool ticking_ = false;
  bool stopping_ = false;
  double rate_ = 0;
  uint64_t scheduled_ = 0;
};

class RoomMember {
 public:
  RoomMember(RoomWorker& worker, BenchAccount& account, bool poster, std::string source)
      : w_(worker),
        account_(account),
        poster_(poster),
        source_(std::move(source)),
        acks_(worker.options_.ack_every,
              static_cast<uint64_t>(worker.options_.ack_interval_ms * 1e6)) {}

  void start() {
    setup_owed_ = true;
    state_ = State::connecting;
    std::string failure;
    if (!socket_.start(w_.server_, w_.host_header_, source_, failure)) {
      w_.stats_.transport[failure]++;
      state_ = State::closing;
      net::post(w_.ioc_, [this] { finish_if_idle(); });  // not from inside the open loop
    }
  }

  bool ready() const { return state_ == State::ready; }
  bool poster() const { return poster_; }
  size_t open_posts() const { return open_.size(); }

  // Queues one post; flush() writes it.
  void post_one() {
    if (state_ != State::ready) return;
    const uint64_t id = next_post_id_++;
    const uint64_t t = now_ns();
    socket_.queued() += w_.encode_post(id, t);
    open_.push_back(OpenPost{id, t, false, false});
    auto& st = w_.stats_;
    ++st.posts;
    if (auto* second = second_of(st, t, w_.shared_.run)) {
      ++st.posts_measured;
      ++second->posts;
    }
    w_.shared_.open_posts.fetch_add(1, std::memory_order_relaxed);
  }

  // The timer side of ack batching.
  void ack_if_due(uint64_t now) {
    if (acks_.due(now)) {
      queue_ack();
      flush();
    }
  }

  // Writes what is queued as one WebSocket message.
  void flush() {
    if (state_ != State::ready && state_ != State::authenticating && state_ != State::joining)
      return;
    socket_.write_queued();
  }

  // Cuts the connection (end of run).
  void shut() {
    if (state_ == State::idle || state_ == State::closed || state_ == State::closing) return;
    drop_open_posts();
    state_ = State::closing;
    socket_.close();
    finish_if_idle();
  }

  void add_order_counts(RoomStats& st) const {
    st.gaps += order_.gaps();
    st.repeats += order_.repeats();
  }

 private:
  friend class BenchSocket<RoomMember>;
  enum class State { idle, connecting, authenticating, joining, ready, closing, closed };
  struct OpenPost {
    uint64_t id;
    uint64_t sent_ns;
    bool posted;  // the relay acknowledged it (durable)
    bool echoed;  // the relay delivered it back to its poster
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
    bool ack_now = false;
    const uint64_t now = now_ns();
    for (const auto& frame : batch.frames()) {
      if (frame.has_room_entry()) {
        ack_now |= on_entry(frame.room_entry(), now);
      } else {
        handle(frame);
      }
      if (state_ == State::closing || state_ == State::closed) return finish_if_idle();
    }
    if (ack_now || acks_.due(now)) queue_ack();
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
        return join();
      case F::kLoggedIn:
        ++st.logged_in;
        return join();
      case F::kJoined:
        if (frame.id() != kJoinRequestId) return;
        if (frame.joined().pending() || frame.joined().refused()) {
          st.setup_errors["join_not_admitted"]++;
          return fail({}, "");
        }
        ++st.joined;
        order_.start_at(frame.joined().from_seq());
        return become_ready();
      case F::kError:
        return on_error(frame.id(), frame.error().code());
      case F::kPosted:
        return on_posted(frame.id());
      default:
        return;  // PrekeyCount, Ok
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

  void join() {
    state_ = State::joining;
    wire::ClientFrame frame;
    frame.set_id(kJoinRequestId);
    frame.mutable_join_room()->set_room(w_.options_.room);
    socket_.queued() += wire::encode_element(frame);
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
        account_.account_id.clear();  // a cached account this relay does not know
        return authenticate();
      }
      st.setup_errors[code_name(code)]++;
      return fail({}, "");
    }
    if (id == kJoinRequestId && state_ == State::joining) {
      if (code == wire::ALREADY_MEMBER) {  // an account kept from an earlier run
        ++st.already_member;
        return become_ready();
      }
      st.setup_errors["join_" + code_name(code)]++;
      return fail({}, "");
    }
    auto it = find_open(id);
    if (it == open_.end()) {
      st.errors[code_name(code)]++;
      return;
    }
    st.errors[code_name(code)]++;
    if (it->echoed) ++st.transport["error_after_delivery"];
    close_post(it);
    w_.on_post_failed(this);
  }

  void on_posted(uint64_t id) {
    auto it = find_open(id);
    if (it == open_.end() || it->posted) return;
    it->posted = true;
    const uint64_t now = now_ns();
    auto& st = w_.stats_;
    ++st.posted;
    if (in_window(now, w_.shared_.run)) ++st.posted_measured;
    if (auto* second = second_of(st, it->sent_ns, w_.shared_.run)) {
      const uint64_t latency = now - it->sent_ns;
      st.posted_latency_ns.record(latency);
      second->max_posted_ns = std::max(second->max_posted_ns, latency);
    }
    w_.shared_.posted_ok.fetch_add(1, std::memory_order_relaxed);
    if (it->echoed) {
      close_post(it);
      w_.on_post_closed(this);
    }
  }

  // Returns true when an acknowledgement is due at once.
  bool on_entry(const wire::RoomEntry& entry, uint64_t now) {
    auto& st = w_.stats_;
    order_.on_entry(entry.seq());
    const bool ack_now = acks_.on_entry(entry.seq(), now);
    if (!entry.has_message()) {
      ++st.events;
      return ack_now;
    }
    const auto& msg = entry.message();
    auto sent_ns = payload_send_time(msg.ciphertext(), w_.shared_.run.run_tag);
    if (!sent_ns) {
      ++st.stale;
      return ack_now;
    }
    ++st.deliveries;
    if (auto* second = second_of(st, now, w_.shared_.run)) {
      ++st.deliveries_measured;
      ++second->deliveries;
    }
    if (auto* second = second_of(st, *sent_ns, w_.shared_.run); second && now >= *sent_ns) {
      st.delivered_latency_ns.record(now - *sent_ns);
      second->max_delivered_ns = std::max(second->max_delivered_ns, now - *sent_ns);
    }
    w_.shared_.delivered.fetch_add(1, std::memory_order_relaxed);
    if (poster_ && msg.from() == account_.account_id) {
      if (auto id = post_id_of(msg.message_id())) on_echo(*id);
    }
    return ack_now;
  }

  void on_echo(uint64_t id) {
    auto it = find_open(id);
    if (it == open_.end() || it->echoed) return;
    it->echoed = true;
    if (it->posted) {
      close_post(it);
      w_.on_post_closed(this);
    }
  }

  void queue_ack() {
    auto seq = acks_.take();
    if (!seq) return;
    wire::ClientFrame ack;  // id 0: no answer
    ack.mutable_room_ack()->set_room(w_.options_.room);
    ack.mutable_room_ack()->set_seq(*seq);
    socket_.queued() += wire::encode_element(ack);
    ++w_.stats_.acks;
  }

  std::vector<OpenPost>::iterator find_open(uint64_t id) {
    for (auto it = open_.begin(); it != open_.end(); ++it)
      if (it->id == id) return it;
    return open_.end();
  }

  void close_post(std::vector<OpenPost>::iterator it) {
    *it = open_.back();
    open_.pop_back();
    w_.shared_.open_posts.fetch_sub(1, std::memory_order_relaxed);
  }

  void drop_open_posts() {
    w_.shared_.open_posts.fetch_sub(static_cast<int64_t>(open_.size()));
    open_.clear();
  }

  void fail(beast::error_code ec, std::string what = {}) {
    if (state_ == State::closing || state_ == State::closed || state_ == State::idle)
      return finish_if_idle();
    if (what.empty() && ec) what = transport_failure_name(ec);
    if (!what.empty()) w_.stats_.transport[what]++;
    if (state_ == State::ready) w_.shared_.run.lost.fetch_add(1);
    drop_open_posts();
    state_ = State::closing;
    socket_.close();
    finish_if_idle();
  }

  void finish_if_idle() {
    if (state_ != State::closing || socket_.busy()) return;
    state_ = State::closed;
    if (setup_owed_) {
      setup_owed_ = false;
      w_.on_setup_finished(false);
    }
  }

  RoomWorker& w_;
  BenchAccount& account_;
  const bool poster_;
  const std::string source_;
  State state_ = State::idle;
  BenchSocket<RoomMember> socket_{*this, w_.ioc_};
  RoomAckBatcher acks_;
  EntryOrder order_;
  std::vector<OpenPost> open_;
  std::string nonce_;
  uint32_t pow_difficulty_ = 0;
  uint64_t next_post_id_ = kFirstPostId;
  bool setup_owed_ = false;
  bool tried_register_ = false;
};

void RoomWorker::open() {
  net::post(ioc_, [this] {
    for (size_t i = index_; i < options_.members; i += count_) to_open_.push_back(i);
    pump_open();
    if (!ticking_) {
      ticking_ = true;
      tick();  // ack timers from the first entry on; post pacing once loading
    }
  });
}

void RoomWorker::pump_open() {
  while (in_setup_ < setup_limit_ && !to_open_.empty()) {
    const size_t global = to_open_.front();
    to_open_.pop_front();
    // The first --posters members post; every member reads.
    members_.push_back(std::make_unique<RoomMember>(*this, accounts_[global],
                                                    global < options_.posters,
                                                    source_address(global, options_.per_address)));
    ++in_setup_;
    members_.back()->start();
  }
}

void RoomWorker::on_setup_finished(bool ok) {
  --in_setup_;
  if (ok) shared_.run.setup_ready.fetch_add(1, std::memory_order_relaxed);
  shared_.run.setup_done.fetch_add(1, std::memory_order_release);
  pump_open();
}

void RoomWorker::on_ready(RoomMember* member) {
  if (member->poster()) posters_.push_back(member);
  on_setup_finished(true);
}

void RoomWorker::on_post_closed(RoomMember* member) {
  if (options_.rate == 0 && sending()) member->post_one();  // flushed by the read handler
}

void RoomWorker::start_load() {
  net::post(ioc_, [this] {
    loading_ = true;
    scheduled_ = 0;
    std::erase_if(posters_, [](RoomMember* m) { return !m->ready(); });
    // Pacing: this worker's share of --rate is its share of the posters.
    rate_ = options_.rate * static_cast<double>(posters_.size()) /
            static_cast<double>(options_.posters);
    if (options_.rate == 0) {
      for (auto* m : posters_) {
        for (size_t k = 0; k < options_.window; ++k) m->post_one();
        m->flush();
      }
    }
  });
}

void RoomWorker::tick() {
  if (stopping_) return;
  const uint64_t now = now_ns();
  if (loading_ && now >= shared_.run.measure_end_ns) loading_ = false;
  if (loading_ && options_.rate > 0 && !posters_.empty()) {
    const double elapsed_s = static_cast<double>(now - shared_.run.load_start_ns) / 1e9;
    const auto due = static_cast<uint64_t>(rate_ * elapsed_s);
    while (scheduled_ < due) {
      ++scheduled_;
      auto* m = posters_[static_cast<size_t>(rng_.next() % posters_.size())];
      if (!m->ready()) continue;
      if (m->open_posts() >= options_.max_pending) {
        ++stats_.skipped;
        continue;
      }
      m->post_one();
    }
    for (auto* m : posters_) m->flush();
  }
  while (!retry_.empty() && retry_.front().second <= now) {
    auto* m = retry_.front().first;
    retry_.pop_front();
    if (!sending()) continue;
    m->post_one();
    m->flush();
  }
  for (auto& m : members_) m->ack_if_due(now);
  tick_.expires_after(kTick);
  tick_.async_wait([this](beast::error_code ec) {
    if (!ec) tick();
  });
}

void RoomWorker::stop() {
  if (!thread_.joinable()) return;
  net::post(ioc_, [this] {
    loading_ = false;
    stopping_ = true;
    tick_.cancel();
    to_open_.clear();
    for (auto& m : members_) {
      m->add_order_counts(stats_);
      m->shut();
    }
    work_.reset();
  });
  if (finished_.wait_for(std::chrono::seconds(10)) != std::future_status::ready) ioc_.stop();
  thread_.join();
}

// The workers, one thread each; members are spread over them by index.
class RoomPool {
 public:
  RoomPool(const LoadgenOptions& options, std::vector<BenchAccount>& accounts, RoomShared& shared) {
    const auto count = static_cast<size_t>(options.threads);
    for (size_t i = 0; i < count; ++i)
      workers_.push_back(std::make_unique<RoomWorker>(options, shared, accounts, i, count));
    for (auto& w : workers_) w->start_thread();
  }
  void open() {
    for (auto& w : workers_) w->open();
  }
  void start_load() {
    for (auto& w : workers_) w->start_load();
  }
  void stop() {
    for (auto& w : workers_) w->stop();
  }
  RoomStats stats() const {
    RoomStats total;
    for (const auto& w : workers_) total.merge(w->stats_);
    return total;
  }

 private:
  std::vector<std::unique_ptr<RoomWorker>> workers_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// The run

Result<json::object> run_room(const LoadgenOptions& options, const std::string& command) {
  json::object report = report_opening("room", command);
  RELAIS_TRY_ASSIGN(RelayTarget target, start_target(options));
  const auto& o = target.options;
  json::object config = load_config(o, target.relay != nullptr);
  config["room"] = o.room;
  config["members"] = o.members;
  config["posters"] = o.posters;
  config["commitment"] = kCommitmentBytes;
  config["ack_every"] = o.ack_every;
  config["ack_interval_ms"] = o.ack_interval_ms;
  report["config"] = config;

  size_t cached = 0;
  auto accounts = prepare_accounts(o, o.members, cached);
  RoomShared shared;
  shared.run.run_tag = random_tag();
  RoomPool pool(o, accounts, shared);

  // Set-up: every member registers (or logs in) and joins; their join events fan out too.
  const auto setup_start = std::chrono::steady_clock::now();
  pool.open();
  wait_setup(shared.run, o.members, o.setup_timeout_s, "set-up and join");
  const double setup_s = seconds_since(setup_start);
  save_if_asked(o, accounts);
  const uint64_t members = shared.run.setup_ready.load();
  if (members < 2) {
    pool.stop();
    const RoomStats st = pool.stats();
    return too_few_up("members joined", members, st.setup_errors, st.transport, target);
  }
  std::this_thread::sleep_for(kJoinSettle);  // the last join events reach everyone

  const WindowSample sampled =
      run_window(shared.run, o, target.pid, [&pool] { pool.start_load(); });

  // Drain: every post answered and delivered to every member, or the time-out.
  auto expected = [&] { return shared.posted_ok.load() * members; };
  const auto drain_start = std::chrono::steady_clock::now();
  while (seconds_since(drain_start) < o.drain_timeout_s &&
         (shared.open_posts.load() > 0 || shared.delivered.load() < expected())) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const double drain_s = seconds_since(drain_start);
  const int64_t open_left = shared.open_posts.load();
  const uint64_t expected_deliveries = expected();
  const uint64_t delivered = shared.delivered.load();
  pool.stop();
  const RoomStats st = pool.stats();

  json::object setup;
  setup["seconds"] = setup_s;
  setup["members_joined"] = members;
  setup["accounts_from_file"] = cached;
  setup["registered"] = st.registered;
  setup["logged_in"] = st.logged_in;
  setup["joined"] = st.joined;
  setup["already_member"] = st.already_member;
  setup["errors"] = count_report(st.setup_errors);
  report["setup"] = setup;

  const double window = o.duration_s;
  json::object results;
  results["posted_per_s"] = static_cast<double>(st.posted_measured) / window;
  results["deliveries_per_s"] = static_cast<double>(st.deliveries_measured) / window;
  results["posts_per_s"] = static_cast<double>(st.posts_measured) / window;
  results["acks_per_s"] = static_cast<double>(st.acks) / window;
  results["posted_latency_ms"] = latency_report_ms(st.posted_latency_ns);
  results["delivered_latency_ms"] = latency_report_ms(st.delivered_latency_ns);
  results["errors"] = count_report(st.errors);
  results["transport"] = count_report(st.transport);
  results["skipped_max_pending"] = st.skipped;
  results["connections_lost"] = shared.run.lost.load();
  results["stale_entries"] = st.stale;
  results["events"] = st.events;
  results["gaps"] = st.gaps;
  results["repeats"] = st.repeats;
  json::array timeline;
  for (const auto& second : st.timeline) {
    json::object t;
    t["posts"] = second.posts;
    t["deliveries"] = second.deliveries;
    t["max_posted_ms"] = static_cast<double>(second.max_posted_ns) / 1e6;
    t["max_delivered_ms"] = static_cast<double>(second.max_delivered_ns) / 1e6;
    timeline.push_back(t);
  }
  results["timeline"] = timeline;
  results["drain_s"] = drain_s;
  results["open_after_drain"] = open_left;
  // Acknowledged as durable, yet not received by some member: must be 0 unless one was lost.
  results["undelivered_after_drain"] =
      expected_deliveries > delivered ? expected_deliveries - delivered : 0;
  report["results"] = results;

  report["cpu"] = cpu_report(sampled.cpu_begin, sampled.cpu_end, window, target.pid, report);
  if (sampled.metrics_begin && sampled.metrics_end) {
    const MetricSample& m0 = *sampled.metrics_begin;
    const MetricSample& m1 = *sampled.metrics_end;
    json::object store = store_report(m0, m1, window);
    store["room_entries_stored"] = metric_delta(m0, m1, "relais_room_entries_stored_total");
    const double fanouts = metric_delta(m0, m1, "relais_fanout_recipients_count");
    if (fanouts > 0) {
      store["fanout_mean_recipients"] =
          metric_delta(m0, m1, "relais_fanout_recipients_sum") / fanouts;
    }
    report["store"] = store;
  }
  stop_target(target, report);
  return report;
}

std::string render_room_text(const json::object& r) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  auto num = [](const json::value& v) { return v.to_number<double>(); };
  const auto& m = r.at("machine").as_object();
  out << "machine: " << m.at("nproc").to_number<uint64_t>() << " cores, "
      << m.at("cpu").as_string().c_str() << '\n';
  out << "config: " << json::serialize(r.at("config")) << '\n';
  out << "setup: " << json::serialize(r.at("setup")) << '\n';
  const auto& res = r.at("results").as_object();
  out << "in (Posted): " << num(res.at("posted_per_s"))
      << " msg/s   out (RoomEntry received): " << num(res.at("deliveries_per_s"))
      << " deliveries/s   posts: " << num(res.at("posts_per_s"))
      << " msg/s   RoomAcks: " << num(res.at("acks_per_s")) << "/s\n";
  for (const char* which : {"posted_latency_ms", "delivered_latency_ms"}) {
    const auto& l = res.at(which).as_object();
    out << which << ": p50 " << num(l.at("p50")) << "  p90 " << num(l.at("p90")) << "  p99 "
        << num(l.at("p99")) << "  p99.9 " << num(l.at("p999")) << "  max " << num(l.at("max"))
        << "  (n=" << l.at("count").to_number<uint64_t>() << ")\n";
  }
  out << "errors: " << json::serialize(res.at("errors"))
      << "  transport: " << json::serialize(res.at("transport"))
      << "  skipped: " << res.at("skipped_max_pending").to_number<uint64_t>()
      << "  lost connections: " << res.at("connections_lost").to_number<uint64_t>()
      << "  gaps: " << res.at("gaps").to_number<uint64_t>()
      << "  repeats: " << res.at("repeats").to_number<uint64_t>() << '\n';
  out << "per second (posts / deliveries / max delivered ms):";
  for (const auto& t : res.at("timeline").as_array()) {
    out << ' ' << t.at("posts").to_number<uint64_t>() << '/'
        << t.at("deliveries").to_number<uint64_t>() << '/' << std::setprecision(1)
        << num(t.at("max_delivered_ms")) << std::setprecision(2);
  }
  out << '\n';
  out << "after drain (" << num(res.at("drain_s")) << " s): open posts "
      << res.at("open_after_drain") << ", undelivered " << res.at("undelivered_after_drain")
      << '\n';
  out << "cpu (cores busy): " << json::serialize(r.at("cpu"));
  if (r.contains("relay")) out << "  relay: " << json::serialize(r.at("relay"));
  out << '\n';
  if (r.contains("store"))
    out << "store (relay metrics): " << json::serialize(r.at("store")) << '\n';
  return out.str();
}

}  // namespace relais::bench
