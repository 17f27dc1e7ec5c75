#include "server/relay/metrics.h"

#include <sstream>

namespace relais::server {
namespace {

template <class Descriptor>
void counter_family(std::ostringstream& out, const char* name, const char* help, const char* label,
                    const std::array<std::atomic<uint64_t>, Metrics::kMaxFieldNumber>& values,
                    const Descriptor& name_of) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n";
  for (int i = 0; i < Metrics::kMaxFieldNumber; ++i) {
    uint64_t v = values[i].load(std::memory_order_relaxed);
    if (v == 0) continue;
    std::string n = name_of(i);
    if (n.empty()) continue;
    out << name << '{' << label << "=\"" << n << "\"} " << v << '\n';
  }
}

void gauge(std::ostringstream& out, const char* name, const char* help, int64_t v) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " gauge\n" << name << ' ' << v << '\n';
}

void counter(std::ostringstream& out, const char* name, const char* help, uint64_t v) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n" << name << ' ' << v << '\n';
}

}  // namespace

void Metrics::fanout(uint64_t recipients) {
  size_t i = 0;
  while (i < std::size(kFanoutBuckets) && recipients > kFanoutBuckets[i]) ++i;
  fanout_[i].fetch_add(1, std::memory_order_relaxed);
  fanout_sum_.fetch_add(recipients, std::memory_order_relaxed);
  fanout_count_.fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::render(const StoreStats& store) const {
  std::ostringstream out;
  gauge(out, "relais_connections", "Open client connections.", connections.load());
  gauge(out, "relais_authenticated_connections", "Connections logged in to an account.", authenticated.load());
  counter(out, "relais_connections_accepted_total", "Connections accepted since start.", accepted_total.load());
  counter(out, "relais_slow_readers_dropped_total", "Connections closed because they read too slowly.",
          slow_readers_dropped.load());
  gauge(out, "relais_write_queue_bytes", "Bytes queued for clients across all connections.",
        write_queue_bytes.load());
  counter(out, "relais_envelopes_stored_total", "One-to-one envelopes made durable.", envelopes_stored.load());
  counter(out, "relais_envelopes_delivered_total", "One-to-one envelopes acknowledged by recipients.",
          envelopes_delivered.load());
  counter(out, "relais_envelopes_expired_total",
          "One-to-one envelopes erased unread after queue-max-age-days.", envelopes_expired.load());
  counter(out, "relais_room_entries_stored_total", "Room log entries made durable.", room_entries_stored.load());
  counter(out, "relais_reports_filed_total", "Reports members said they sent to moderators.", reports_filed.load());
  counter(out, "relais_registrations_total", "Accounts registered since start.", registrations.load());
  counter(out, "relais_room_cursors_written_total",
          "Room read cursors written, in batches every --cursor-flush-ms (never synced).",
          room_cursors_written.load());
  counter(out, "relais_store_failures_total", "Store reads and writes that failed.",
          store_failures.load());
  gauge(out, "relais_unauthenticated_connections", "Connections not logged in yet.",
        unauthenticated.load());
  out << "# HELP relais_connections_refused_total Connections closed by a limit, by reason.\n"
         "# TYPE relais_connections_refused_total counter\n"
      << "relais_connections_refused_total{reason=\"too_many_unauthenticated\"} "
      << refused_too_many.load() << '\n'
      << "relais_connections_refused_total{reason=\"too_many_from_address\"} "
      << refused_per_address.load() << '\n'
      << "relais_connections_refused_total{reason=\"too_many_from_network\"} "
      << refused_per_network.load() << '\n'
      << "relais_connections_refused_total{reason=\"displaced_waiting\"} "
      << displaced_waiting.load() << '\n'
      << "relais_connections_refused_total{reason=\"login_timeout\"} " << login_timeouts.load()
      << '\n';
  gauge(out, "relais_disk_free_bytes", "Free space in the data folder's file system (-1: unknown).",
        disk_free_bytes.load());
  gauge(out, "relais_disk_low",
        "1 while free space is under min-free-disk-bytes (new messages refused).", disk_low.load());

  auto client_name = [](int i) -> std::string {
    const auto* f = wire::ClientFrame::descriptor()->FindFieldByNumber(i);
    return f && f->containing_oneof() ? f->name() : "";
  };
  auto server_name = [](int i) -> std::string {
    const auto* f = wire::ServerFrame::descriptor()->FindFieldByNumber(i);
    return f && f->containing_oneof() ? f->name() : "";
  };
  auto error_name = [](int i) -> std::string {
    const auto* v = wire::ErrorCode_descriptor()->FindValueByNumber(i);
    return v ? v->name() : "";
  };
  counter_family(out, "relais_frames_in_total", "Frames received, by type.", "type", frames_in_, client_name);
  counter_family(out, "relais_frames_out_total", "Frames sent, by type.", "type", frames_out_, server_name);
  counter_family(out, "relais_errors_total", "Error frames sent, by code.", "code", errors_, error_name);

  out << "# HELP relais_fanout_recipients Online recipients per room message.\n"
         "# TYPE relais_fanout_recipients histogram\n";
  uint64_t cumulative = 0;
  for (size_t i = 0; i < std::size(kFanoutBuckets); ++i) {
    cumulative += fanout_[i].load();
    out << "relais_fanout_recipients_bucket{le=\"" << kFanoutBuckets[i] << "\"} " << cumulative << '\n';
  }
  cumulative += fanout_[std::size(kFanoutBuckets)].load();
  out << "relais_fanout_recipients_bucket{le=\"+Inf\"} " << cumulative << '\n'
      << "relais_fanout_recipients_sum " << fanout_sum_.load() << '\n'
      << "relais_fanout_recipients_count " << fanout_count_.load() << '\n';

  gauge(out, "relais_store_pending_batches", "Write batches waiting for the store's writer.",
        static_cast<int64_t>(store.pending));
  counter(out, "relais_store_commits_total", "Write batches committed.", store.commits);
  counter(out, "relais_store_syncs_total", "Write-ahead log syncs (group commits).", store.syncs);
  counter(out, "relais_store_failed_commits_total", "Write batches the store refused.", store.failed_commits);
  counter(out, "relais_store_sweeps_total",
          "Sweeps that took erased data out of the store's files (--erase-within).", store.sweeps);
  counter(out, "relais_store_failed_sweeps_total", "Sweeps that failed (tried again).",
          store.failed_sweeps);
  counter(out, "relais_store_sweep_seconds_total", "Time spent sweeping, in seconds.",
          store.sweep_us / 1000000);
  out << "# HELP relais_store_commit_seconds Store commit latency, enqueue to durable.\n"
         "# TYPE relais_store_commit_seconds histogram\n";
  cumulative = 0;
  uint64_t total = 0;
  for (uint64_t b : store.latency_buckets) total += b;
  for (size_t i = 0; i < std::size(StoreStats::kLatencyBucketsUs); ++i) {
    cumulative += store.latency_buckets[i];
    out << "relais_store_commit_seconds_bucket{le=\"" << static_cast<double>(StoreStats::kLatencyBucketsUs[i]) / 1e6
        << "\"} " << cumulative << '\n';
  }
  out << "relais_store_commit_seconds_bucket{le=\"+Inf\"} " << total << '\n'
      << "relais_store_commit_seconds_sum " << static_cast<double>(store.latency_sum_us) / 1e6 << '\n'
      << "relais_store_commit_seconds_count " << total << '\n';
  out << "# HELP relais_store_sync_seconds Duration of each synced write-ahead log write.\n"
         "# TYPE relais_store_sync_seconds histogram\n";
  uint64_t syncs = 0;
  for (uint64_t b : store.sync_buckets) syncs += b;
  uint64_t synced_below = 0;
  for (size_t i = 0; i < std::size(StoreStats::kSyncBucketsUs); ++i) {
    synced_below += store.sync_buckets[i];
    out << "relais_store_sync_seconds_bucket{le=\""
        << static_cast<double>(StoreStats::kSyncBucketsUs[i]) / 1e6 << "\"} " << synced_below
        << '\n';
  }
  out << "relais_store_sync_seconds_bucket{le=\"+Inf\"} " << syncs << '\n'
      << "relais_store_sync_seconds_sum " << static_cast<double>(store.sync_sum_us) / 1e6 << '\n'
      << "relais_store_sync_seconds_count " << syncs << '\n';
  return out.str();
}

}  // namespace relais::server
