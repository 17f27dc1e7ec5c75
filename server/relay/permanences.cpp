// Organisations, schedules, out-of-hours message markers, counts and the resources directory.
// The live permanence (duty, tickets, handoffs) is in tickets.cpp.
#include "server/relay/permanences.h"

#include <algorithm>

#include "core/wire/contract.h"
#include "server/relay/log.h"
#include "server/relay/permanence_counts.h"
#include "server/relay/staged_changes.h"

namespace relais::server {
namespace {

constexpr size_t kMaxWorkersListed = 1000;
constexpr char kWorkerIndexBuilt[] = "worker-index-v1";

schedule::Date today(uint64_t now_ms) {
  return schedule::to_brussels(static_cast<int64_t>(now_ms)).date;
}

}  // namespace

PermanenceService::PermanenceService(RelayContext& ctx, AccountService& accounts, Rooms rooms)
    : ctx_(ctx),
      accounts_(accounts),
      rooms_(std::move(rooms)),
      counts_day_(today(ctx.clock.now_ms())) {}

std::string PermanenceService::org_key(std::string_view org) {
  return "org/" + std::string(org);
}

std::string PermanenceService::marker_key(std::string_view org, std::string_view message_id) {
  return "msg/" + std::string(org) + '/' + std::string(message_id);
}

// ---------------------------------------------------------------------------------------------
// Loading

Status PermanenceService::rebuild_schedule(Org& org) {
  schedule::Schedule s;
  for (const auto& w : org.record.slots()) {
    schedule::Slot slot;
    slot.id = w.slot_id();
    slot.room = w.room();
    slot.weekday = static_cast<unsigned>(w.weekday());
    if (!w.date().empty()) slot.date = schedule::parse_date(w.date());
    auto start = schedule::parse_hhmm(w.start());
    auto end = schedule::parse_hhmm(w.end());
    if (!start || !end || (!w.date().empty() && !slot.date)) {
      return Error{Errc::corrupt, "A stored permanence slot is damaged."};
    }
    slot.start = *start;
    slot.end = *end;
    slot.languages.assign(w.languages().begin(), w.languages().end());
    RELAIS_TRY(schedule::Schedule::check(slot));
    s.add(std::move(slot));
  }
  for (const auto& d : org.record.cancelled()) {
    auto date = schedule::parse_date(d);
    if (!date) return Error{Errc::corrupt, "A stored cancelled date is damaged."};
    s.cancel(*date);
  }
  org.schedule = std::move(s);
  return ok_status();
}

Status PermanenceService::load() {
  if (!ctx_.config.resources_file.empty()) {
    RELAIS_TRY_ASSIGN(resources_, ResourceDirectory::load(ctx_.config.resources_file,
                                                          ctx_.config.max_message_bytes / 2));
  }
  std::unique_lock lock(mutex_);
  Status parsed = ok_status();
  const std::string orgs_begin = "org/";
  RELAIS_TRY(
      ctx_.store.scan(Table::orgs, orgs_begin, prefix_end(orgs_begin), 0,
                      [&](std::string_view, std::string_view v) {
                        Org org;
                        if (!org.record.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
                          parsed = Status(Errc::corrupt, "A stored organisation is damaged.");
                          return false;
                        }
                        parsed = rebuild_schedule(org);
                        if (!parsed.ok()) return false;
                        const std::string id = org.record.org().org();
                        orgs_.emplace(id, std::move(org));
                        return true;
                      }));
  RELAIS_TRY(parsed);
  const std::string markers_begin = "msg/";
  RELAIS_TRY(ctx_.store.scan(
      Table::orgs, markers_begin, prefix_end(markers_begin), 0,
      [&](std::string_view k, std::string_view v) {
        k.remove_prefix(markers_begin.size());
        const auto slash = k.find('/');
        records::OrgMessageMarker marker;
        Org* org = slash == std::string_view::npos ? nullptr : find_locked(k.substr(0, slash));
        if (org && marker.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
          org->inbox.emplace(std::string(k.substr(slash + 1)), marker);
        }
        return true;  // a marker of an unknown organisation is only skipped
      }));
  lock.unlock();  // no lock is held while waiting for a commit
  // The org -> workers index is kept with each OUTREACH grant; build it once for the grants made
  // before it existed.
  RELAIS_TRY_ASSIGN(auto built, ctx_.store.get(Table::meta, kWorkerIndexBuilt));
  if (!built) {
    WriteBatch batch;
    RELAIS_TRY(
        ctx_.store.scan(Table::accounts, "", "", 0, [&](std::string_view k, std::string_view v) {
          records::Account account;
          auto id = AccountId::from_bytes(k);
          if (!id || !account.ParseFromArray(v.data(), static_cast<int>(v.size()))) return true;
          for (const auto& g : account.roles()) {
            if (g.role() == wire::OUTREACH)
              batch.put(Table::orgs, AccountService::worker_index_key(g.scope(), *id), "");
          }
          return true;
        }));
    batch.put(Table::meta, kWorkerIndexBuilt, "1");
    RELAIS_TRY(ctx_.store.commit_and_wait(std::move(batch), Durability::synced));
  }
  return load_live_locked();
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

PermanenceService::Org* PermanenceService::find_locked(std::string_view org) {
  auto it = orgs_.find(org);
  return it == orgs_.end() ? nullptr : &it->second;
}

bool PermanenceService::org_exists(std::string_view org) {
  std::lock_guard lock(mutex_);
  return find_locked(org) != nullptr;
}

bool PermanenceService::check_org(const ConnectionPtr& conn, uint64_t id, std::string_view org) {
  if (auto v = wire::check_id(wire::FIELD_ORG, org)) {
    ctx_.fail(*conn, id, *v);
    return false;
  }
  if (!org_exists(org)) {
    ctx_.fail(*conn, id, wire::NO_SUCH_ORG, "There is no such organisation.");
    return false;
  }
  return true;
}

Result<bool> PermanenceService::is_worker(const AccountId& account, std::string_view org) const {
  return accounts_.has_role(account, wire::OUTREACH, org);
}

bool PermanenceService::require_worker(const ConnectionPtr& conn, uint64_t id, std::string_view org,
                                       bool admin_too) {
  const AccountId me = *conn->state().account;
  auto worker = is_worker(me, org);
  if (!worker.ok()) {
    ctx_.store_failed(*conn, id);
    return false;
  }
  if (*worker) return true;
  if (admin_too) {
    auto admin = accounts_.has_role(me, wire::ADMIN);
    if (!admin.ok()) {
      ctx_.store_failed(*conn, id);
      return false;
    }
    if (*admin) return true;
  }
  ctx_.fail(*conn, id, wire::FORBIDDEN,
            admin_too ? "Only an outreach worker of this organisation or an admin can do this."
                      : "Only an outreach worker of this organisation can do this.");
  return false;
}

Result<bool> PermanenceService::has_workers(std::string_view org) const {
  bool any = false;
  const std::string prefix = AccountService::worker_index_prefix(org);
  RELAIS_TRY(ctx_.store.scan(Table::orgs, prefix, prefix_end(prefix), 1,
                             [&](std::string_view, std::string_view) {
                               any = true;
                               return false;
                             }));
  return any;
}

void PermanenceService::save_org_locked(Org& org, records::Organisation previous,
                                        const ConnectionPtr& conn, wire::ServerFrame answer) {
  const uint64_t version = ++org.version;
  const std::string id = org.record.org().org();
  StagedChanges change(mutex_);
  change.batch().put(Table::orgs, org_key(id), org.record.SerializeAsString());
  change.undo([this, id, version, previous = std::move(previous)] {
    auto it = orgs_.find(id);
    if (it == orgs_.end() || it->second.version != version) return;  // a later change decides
    if (!previous.has_org()) {
      orgs_.erase(it);  // a creation that did not make it to disk
    } else {
      it->second.record = previous;
      (void)rebuild_schedule(it->second);  // it was valid before
    }
  });
  const uint64_t request = answer.id();
  Status queued = std::move(change).commit(ctx_.store, Durability::synced,
                                           ctx_.answer_when_stored(conn, std::move(answer)));
  if (!queued.ok()) ctx_.store_failed(*conn, request);
}

wire::PermanenceInfo PermanenceService::info_locked(const Org& org, uint64_t now) const {
  wire::PermanenceInfo info;
  info.set_org(org.record.org().org());
  info.set_name(org.record.org().name());
  *info.mutable_slots() = org.record.slots();
  *info.mutable_languages() = org.record.org().languages();
  const std::string first = schedule::format_date(today(now));
  for (const auto& d : org.record.cancelled()) {
    if (d >= first) info.add_cancelled(d);  // ISO dates sort as text
  }
  info.set_open(!org.on_duty.empty());
  info.set_on_duty(static_cast<uint32_t>(org.on_duty.size()));
  auto next = org.schedule.next_after(static_cast<int64_t>(now));
  if (next) {
    info.set_next_open_ms(static_cast<uint64_t>(next->start_ms));
    info.set_next_open_local(schedule::format_brussels(next->start_ms));
  }
  if (auto slot = org.schedule.open_at(static_cast<int64_t>(now))) {
    info.set_slot_end_ms(static_cast<uint64_t>(slot->end_ms));
    info.set_slot_end_local(schedule::format_brussels(slot->end_ms));
  }
  if (!org.on_duty.empty()) {
    info.set_room(org.open_room);
  } else if (next) {
    if (const auto* slot = org.schedule.find(next->slot_id)) info.set_room(slot->room);
  }
  return info;
}

void PermanenceService::count_locked(std::string_view org,
                                     const std::function<void(records::PermanenceDay&)>& change) {
  const auto day = today(ctx_.clock.now_ms());
  if (day != counts_day_) {
    counts_.clear();  // yesterday's records are all written; only today's change
    counts_day_ = day;
  }
  const std::string key = counts::day_key(org, day);
  auto it = counts_.find(key);
  if (it == counts_.end()) {
    records::PermanenceDay stored;
    auto value = ctx_.store.get(Table::counters, key);
    if (!value.ok()) {
      ctx_.store_trouble("reading permanence counts", value.error().message);
      return;
    }
    if (*value && !stored.ParseFromString(**value)) stored.Clear();  // damaged: start over
    it = counts_.emplace(key, std::move(stored)).first;
  }
  change(it->second);
  WriteBatch batch;
  batch.put(Table::counters, key, it->second.SerializeAsString());
  // Counts need not survive a power cut to the second; written in order under the lock. A count
  // refused now is written with the next one (counts_ holds the total).
  ctx_.commit_unanswered(std::move(batch), Durability::buffered, "writing permanence counts");
}

// ---------------------------------------------------------------------------------------------
// Organisations

void PermanenceService::create_org(const ConnectionPtr& conn, uint64_t id,
                                   const wire::CreateOrg& req) {
  const AccountId me = *conn->state().account;
  auto admin = accounts_.has_role(me, wire::ADMIN);
  if (!admin.ok()) return ctx_.store_failed(*conn, id);
  if (!*admin)
    return ctx_.fail(*conn, id, wire::FORBIDDEN, "Only an admin of this relay can do this.");
  const wire::Org& o = req.org();
  if (auto v = wire::check(o)) return ctx_.fail(*conn, id, *v);

  std::lock_guard lock(mutex_);
  if (find_locked(o.org())) {
    return ctx_.fail(*conn, id, wire::ALREADY_EXISTS,
                     "An organisation with this id exists already.");
  }
  Org& org = orgs_[o.org()];
  *org.record.mutable_org() = o;
  org.record.set_next_slot_id(1);
  wire::ServerFrame answer;
  answer.set_id(id);
  *answer.mutable_org_list()->add_orgs() = o;
  save_org_locked(org, records::Organisation{}, conn, std::move(answer));
}

void PermanenceService::list_orgs(const ConnectionPtr& conn, uint64_t id) {
  wire::ServerFrame f;
  f.set_id(id);
  auto* list = f.mutable_org_list();
  {
    std::lock_guard lock(mutex_);
    for (const auto& [name, org] : orgs_) *list->add_orgs() = org.record.org();
  }
  ctx_.reply(*conn, f);
}

void PermanenceService::list_workers(const ConnectionPtr& conn, uint64_t id,
                                     const wire::ListWorkers& req) {
  if (!check_org(conn, id, req.org())) return;
  // Who is on duty is for the organisation's workers (to choose a colleague for a handoff).
  if (req.on_duty() && !require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  std::set<AccountId> on_duty;
  if (req.on_duty()) {
    std::lock_guard lock(mutex_);
    on_duty = find_locked(req.org())->on_duty;
  }
  std::vector<AccountId> indexed;
  const std::string prefix = AccountService::worker_index_prefix(req.org());
  Status scanned = ctx_.store.scan(Table::orgs, prefix, prefix_end(prefix), kMaxWorkersListed,
                                   [&](std::string_view k, std::string_view) {
                                     if (auto a = AccountId::from_bytes(k.substr(prefix.size()))) {
                                       indexed.push_back(*a);
                                     }
                                     return true;
                                   });
  if (!scanned.ok()) return ctx_.store_failed(*conn, id);
  wire::ServerFrame f;
  f.set_id(id);
  auto* workers = f.mutable_workers();
  workers->set_org(req.org());
  for (const auto& account : indexed) {
    auto record = accounts_.load(account);
    if (!record.ok()) return ctx_.store_failed(*conn, id);
    if (!*record) continue;
    // The account record is the authority: an index entry whose grant is gone is skipped.
    const auto& roles = (*record)->roles();
    if (std::none_of(roles.begin(), roles.end(), [&](const wire::RoleGrant& g) {
          return g.role() == wire::OUTREACH && g.scope() == req.org();
        })) {
      continue;
    }
    if (req.on_duty() && !on_duty.count(account)) continue;
    auto* m = workers->add_workers();
    m->set_account_id(account.bytes());
    m->set_role(wire::OUTREACH);
    m->set_identity_key((*record)->identity_key());
  }
  ctx_.reply(*conn, f);
}

// ---------------------------------------------------------------------------------------------
// Schedules

void PermanenceService::add_slot(const ConnectionPtr& conn, uint64_t id, const wire::AddSlot& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/true)) return;
  const wire::Slot& asked = req.slot();
  if (auto v = wire::check(asked)) return ctx_.fail(*conn, id, *v);
  schedule::Slot slot;
  slot.weekday = static_cast<unsigned>(asked.weekday());
  if (!asked.date().empty()) slot.date = schedule::parse_date(asked.date());
  slot.start = *schedule::parse_hhmm(asked.start());  // checked by the contract
  slot.end = *schedule::parse_hhmm(asked.end());
  if (!rooms_.exists(asked.room()))
    return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");

  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());  // checked above; organisations stay
  if (static_cast<size_t>(org.record.slots_size()) >= wire::kMaxSlots)
    return ctx_.fail(*conn, id,
                     wire::violation(wire::FIELD_SLOT, wire::RULE_TOO_MANY, wire::kMaxSlots));
  records::Organisation previous = org.record;
  wire::Slot stored;
  stored.set_slot_id(std::max<uint64_t>(org.record.next_slot_id(), 1));
  stored.set_room(asked.room());
  stored.set_weekday(asked.weekday());
  if (slot.date) stored.set_date(schedule::format_date(*slot.date));
  stored.set_start(schedule::format_hhmm(slot.start));
  stored.set_end(schedule::format_hhmm(slot.end));
  *stored.mutable_languages() = asked.languages();
  org.record.set_next_slot_id(stored.slot_id() + 1);
  *org.record.add_slots() = stored;
  slot.id = stored.slot_id();
  slot.room = stored.room();
  slot.languages.assign(stored.languages().begin(), stored.languages().end());
  org.schedule.add(std::move(slot));
  wire::ServerFrame answer;
  answer.set_id(id);
  *answer.mutable_permanences()->add_permanences() = info_locked(org, now);
  save_org_locked(org, std::move(previous), conn, std::move(answer));
}

void PermanenceService::remove_slot(const ConnectionPtr& conn, uint64_t id,
                                    const wire::RemoveSlot& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/true)) return;
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  auto* slots = org.record.mutable_slots();
  auto it = std::find_if(slots->begin(), slots->end(),
                         [&](const wire::Slot& s) { return s.slot_id() == req.slot_id(); });
  if (req.slot_id() == 0 || it == slots->end()) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "This organisation has no such slot.");
  }
  records::Organisation previous = org.record;
  slots->erase(it);
  org.schedule.remove(req.slot_id());
  save_org_locked(org, std::move(previous), conn, wire::ok_frame(id));
}

void PermanenceService::cancel_date(const ConnectionPtr& conn, uint64_t id,
                                    const wire::CancelDate& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/true)) return;
  auto date = schedule::parse_date(req.date());
  if (!date) return ctx_.fail(*conn, id, wire::violation(wire::FIELD_DATE, wire::RULE_MALFORMED));
  const std::string first = schedule::format_date(today(ctx_.clock.now_ms()));
  const std::string text = schedule::format_date(*date);
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  records::Organisation previous = org.record;
  // Past cancellations say nothing any more: pruned with each change.
  std::set<std::string> kept;
  for (const auto& d : org.record.cancelled()) {
    if (d >= first) kept.insert(d);
  }
  kept.insert(text);
  if (kept.size() > wire::kMaxCancelled) {
    return ctx_.fail(*conn, id,
                     wire::violation(wire::FIELD_DATE, wire::RULE_TOO_MANY, wire::kMaxCancelled));
  }
  org.record.clear_cancelled();
  for (const auto& d : kept) org.record.add_cancelled(d);
  if (!rebuild_schedule(org).ok()) return ctx_.store_failed(*conn, id);
  save_org_locked(org, std::move(previous), conn, wire::ok_frame(id));
}

void PermanenceService::list_permanences(const ConnectionPtr& conn, uint64_t id,
                                         const wire::ListPermanences& req) {
  if (req.watch()) {
    std::lock_guard lock(watchers_mutex_);
    std::erase_if(watchers_, [&](const ConnectionWeak& w) {
      auto c = w.lock();
      return !c || c == conn;
    });
    watchers_.push_back(conn);
  }
  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame f;
  f.set_id(id);
  auto* list = f.mutable_permanences();
  {
    std::lock_guard lock(mutex_);
    for (const auto& [name, org] : orgs_) *list->add_permanences() = info_locked(org, now);
  }
  ctx_.reply(*conn, f);
}

// ---------------------------------------------------------------------------------------------
// Out-of-hours messages

void PermanenceService::org_message_sent(const ConnectionPtr& conn, uint64_t id,
                                         const wire::OrgMessageSent& req) {
  if (!check_org(conn, id, req.org())) return;
  if (auto v = wire::check_message_id(req.message_id())) return ctx_.fail(*conn, id, *v);
  const uint64_t now = ctx_.clock.now_ms();
  const AccountId me = *conn->state().account;
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  if (org.inbox.count(req.message_id())) return ctx_.reply(*conn, wire::ok_frame(id));  // a retry
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  // One marker per account and organisation per interval, counted in memory only: the marker
  // on disk never says who left it. A flood from one account adds one marker, one count.
  const uint64_t sender = RelayContext::account_key(me) ^ std::hash<std::string>{}(req.org());
  if (!ctx_.limits.org_messages.take(sender, now)) {
    return ctx_.fail(
        *conn, id, wire::RATE_LIMITED,
        "You left a message for this organisation a short while ago; try again later.");
  }
  // Full: refused, never evicting someone else's marker. A handled marker stays (for the
  // colleagues, until queue-max-age-days) but takes no place: before the third attacker review
  // a flood of fakes kept the inbox full for 30 days however many the workers handled. Counted
  // here rather than kept: a leave-message is rare (one per account an hour), and a few
  // thousand markers are read in microseconds.
  size_t open = 0;
  for (const auto& [message, m] : org.inbox) open += m.handled() ? 0 : 1;
  if (open >= ctx_.config.org_inbox_max) {
    ctx_.limits.org_messages.give_back(sender, 1);
    return ctx_.fail(
        *conn, id, wire::QUEUE_FULL,
        "This organisation's inbox is full; its workers will read it at the next permanence.");
  }
  // One network's accounts hold at most their part of the inbox: many accounts of one person
  // cannot fill it and have a real person's message refused.
  const uint64_t network = conn->state().network_key;
  size_t from_network = 0;
  for (auto it = org.inbox_network.begin(); it != org.inbox_network.end();) {
    auto marker = org.inbox.find(it->first);
    if (marker == org.inbox.end()) {
      it = org.inbox_network.erase(it);
      continue;
    }
    if (it->second == network && !marker->second.handled()) ++from_network;
    ++it;
  }
  if (from_network >= ctx_.config.org_inbox_per_network) {
    ctx_.limits.org_messages.give_back(sender, 1);
    ctx_.refused(Refusal::org_inbox_network);
    return ctx_.fail(*conn, id, wire::QUEUE_FULL,
                     "This organisation's inbox holds as many messages from your network as it "
                     "allows; its workers will read them at the next permanence.");
  }
  records::OrgMessageMarker marker;
  marker.set_received_ms(now);
  const std::string key = marker_key(req.org(), req.message_id());
  const std::string value = marker.SerializeAsString();
  const size_t bytes = key.size() + value.size();
  if (!ctx_.take_stored(*conn, id, me, bytes)) return;
  // A marker that is not stored costs the sender nothing: it may try again at once.
  auto give_back = [this, me, sender, bytes] {
    ctx_.limits.org_messages.give_back(sender, 1);
    ctx_.give_back_stored(me, bytes);
  };
  StagedChanges change(mutex_);
  change.batch().put(Table::orgs, key, value);
  org.inbox.emplace(req.message_id(), marker);
  org.inbox_network[req.message_id()] = network;
  change.undo([this, org_id = req.org(), message = req.message_id()] {
    if (Org* o = find_locked(org_id)) {
      o->inbox.erase(message);
      o->inbox_network.erase(message);
    }
  });
  Status queued = std::move(change).commit(
      ctx_.store, Durability::synced,
      [this, conn, id, org_id = req.org(), give_back](const Status& s) {
        if (!s.ok()) {
          give_back();
          return ctx_.store_failed(*conn, id);
        }
        // Counted once durable, so a retried message counts once. Counting may read the store:
        // on the connection's strand, not the store's writer thread.
        conn->post([this, conn, id, org_id] {
          {
            std::lock_guard l(mutex_);
            count_locked(org_id, [](records::PermanenceDay& d) {
              d.set_org_messages(d.org_messages() + 1);
            });
          }
          ctx_.reply(*conn, wire::ok_frame(id));
        });
      });
  if (!queued.ok()) {
    give_back();
    ctx_.store_failed(*conn, id);
  }
}

void PermanenceService::org_message_handled(const ConnectionPtr& conn, uint64_t id,
                                            const wire::OrgMessageHandled& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  const AccountId me = *conn->state().account;
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  auto it = org.inbox.find(req.message_id());
  if (it == org.inbox.end()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_MESSAGE, "This organisation has no such message.");
  }
  if (it->second.handled()) return ctx_.reply(*conn, wire::ok_frame(id));
  StagedChanges change(mutex_);
  it->second.set_handled(true);
  change.undo([this, org_id = req.org(), message = req.message_id()] {
    if (Org* o = find_locked(org_id)) {
      if (auto m = o->inbox.find(message); m != o->inbox.end()) m->second.set_handled(false);
    }
  });
  change.batch().put(Table::orgs, marker_key(req.org(), req.message_id()),
                     it->second.SerializeAsString());
  Status queued = std::move(change).commit(
      ctx_.store, Durability::synced,
      [this, conn, id, me, org_id = req.org(), message = req.message_id()](const Status& s) {
        if (!s.ok()) return ctx_.store_failed(*conn, id);
        // The colleagues are read from the store: on the worker's strand, not the store's writer.
        conn->post([this, conn, id, me, org_id, message] {
          ctx_.reply(*conn, wire::ok_frame(id));
          // Tell the colleagues online, so none of them answers it a second time.
          wire::ServerFrame event;
          auto* e = event.mutable_permanence_event();
          e->set_kind(wire::ORG_MESSAGE_HANDLED);
          e->set_org(org_id);
          e->set_message_id(message);
          const std::string prefix = AccountService::worker_index_prefix(org_id);
          std::vector<AccountId> colleagues;
          (void)ctx_.store.scan(Table::orgs, prefix, prefix_end(prefix), kMaxWorkersListed,
                                [&](std::string_view k, std::string_view) {
                                  auto a = AccountId::from_bytes(k.substr(prefix.size()));
                                  if (a && *a != me) colleagues.push_back(*a);
                                  return true;
                                });
          for (const auto& c : colleagues) push(c, event);
        });
      });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void PermanenceService::staff_inbox(const ConnectionPtr& conn, uint64_t id,
                                    const wire::StaffInbox& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame f;
  f.set_id(id);
  auto* inbox = f.mutable_inbox();
  inbox->set_org(req.org());
  std::lock_guard lock(mutex_);
  const Org& org = *find_locked(req.org());
  std::vector<std::pair<uint64_t, const std::string*>> order;
  for (const auto& [message, marker] : org.inbox) {
    if (marker.received_ms() + inbox_keep_ms() >= now)
      order.emplace_back(marker.received_ms(), &message);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  for (const auto& [received, message] : order) {
    auto* e = inbox->add_entries();
    e->set_message_id(*message);
    e->set_received_ms(received);
    e->set_handled(org.inbox.at(*message).handled());
  }
  ctx_.reply(*conn, f);
}

// ---------------------------------------------------------------------------------------------
// Counts and resources

void PermanenceService::staff_stats(const ConnectionPtr& conn, uint64_t id,
                                    const wire::StaffStats& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/true)) return;
  auto period = counts::parse_period(req.period());
  if (!period.ok()) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, period.error().message);
  const std::string begin = counts::day_key(req.org(), period->first);
  const std::string end = counts::day_key(
      req.org(), schedule::Date(std::chrono::sys_days(period->last) + std::chrono::days(1)));
  std::map<std::string, records::PermanenceDay> days;
  Status parsed = ok_status();
  Status scanned =
      ctx_.store.scan(Table::counters, begin, end, 0, [&](std::string_view k, std::string_view v) {
        records::PermanenceDay day;
        if (day.ParseFromArray(v.data(), static_cast<int>(v.size())))
          days[std::string(k)] = std::move(day);
        return true;
      });
  if (!scanned.ok()) return ctx_.store_failed(*conn, id);
  {
    // Today's counts as last written win over a read that may not see the newest write yet.
    std::lock_guard lock(mutex_);
    for (const auto& [key, day] : counts_) {
      if (key >= begin && key < end) days[key] = day;
    }
  }
  records::PermanenceDay total;
  for (const auto& [key, day] : days) counts::merge(total, day);
  wire::ServerFrame f;
  f.set_id(id);
  *f.mutable_stats() = counts::to_stats(total);
  f.mutable_stats()->set_org(req.org());
  f.mutable_stats()->set_period(req.period());
  ctx_.reply(*conn, f);
}

void PermanenceService::get_resources(const ConnectionPtr& conn, uint64_t id,
                                      const wire::GetResources& req) {
  wire::ServerFrame f;
  f.set_id(id);
  auto* r = f.mutable_resources();
  r->set_version(resources_.version());
  if (req.version() != resources_.version()) r->set_json(resources_.json());
  ctx_.reply(*conn, f);
}

}  // namespace relais::server
