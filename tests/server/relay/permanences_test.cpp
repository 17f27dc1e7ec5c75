// Chat permanences on the relay: organisations and schedules, a permanence as it happens
// (duty, knocks, the queue, takes, handoffs, ends, the close), out-of-hours message markers, the
// anonymous counts, the resources directory, and the refusals: an unauthorised or malformed
// request changes nothing. Also: two workers taking one ticket at once, and what the data folder
// holds afterwards.
#include "server/relay/permanences.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string_view>
#include <thread>

#include "core/crypto/random.h"
#include "core/schedule/brussels_time.h"
#include "core/wire/contract.h"
#include "server/relay/permanence_counts.h"
#include "server/relay/resources.h"
#include "tests/server/relay/relay_harness.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;
constexpr std::chrono::milliseconds kQuiet{200};

// 2023-11-14 22:13:20 UTC, a Tuesday: 23:13 in Brussels (winter time).
constexpr uint64_t kStartMs = 1'700'000'000'000;

class PermanenceTest : public RelayFixture {
 protected:
  using Account = Client;

  void SetUp() override {
    config_.registrations_per_address = {1000, 1000};
    config_.frames_per_connection = {1e6, 1e6};
    resources_path_ = (dir_ / "resources.json").string();
    std::ofstream(resources_path_)
        << R"({"emergency": [{"number": "112", "name_en": "Emergency", "name_fr": "Urgences",)"
        << R"( "name_ro": "Urgență", "name_": "no code", "name_xx_y": "not a code"},)"
        << R"( {"number": "0800 30 030", "name_fr": "Violences"}], "organisations": []})";
    config_.resources_file = resources_path_;
    RelayFixture::SetUp();
  }

  Account account(const std::string& invite_code = {}) { return registered_client(invite_code); }
  Account admin() { return admin_client(); }
  void restart() {
    close_relay();
    open();
  }
  void reconnect(Account& a) {
    std::string nonce;
    a.conn = connect_with_nonce(nonce);
    auto logged = login(a.conn, nonce, a.who, 900);
    ASSERT_TRUE(logged && logged->has_logged_in());
  }

  std::optional<F> call(Account& a, wire::ClientFrame f) {
    f.set_id(++next_id_);  // atomic: two threads race in one test
    request(a.conn, f);
    return a.conn->answer(f.id());
  }
  static wire::ErrorCode err(const std::optional<F>& f) {
    return f && f->has_error() ? f->error().code() : wire::ERROR_UNSPECIFIED;
  }
  static bool ok(const std::optional<F>& f) { return f && f->has_ok(); }

  std::optional<F> create_org(Account& by, const std::string& org,
                              const std::function<void(wire::Org&)>& tweak = {}) {
    wire::ClientFrame f;
    auto* o = f.mutable_create_org()->mutable_org();
    o->set_org(org);
    o->set_name("Organisation " + org);
    o->set_description("Peer support.");
    o->add_languages("fr");
    o->add_languages("en");
    o->set_contact("by the chat");
    o->set_region("brussels");
    if (tweak) tweak(*o);
    return call(by, f);
  }
  std::optional<F> grant_outreach(Account& by, const Account& to, const std::string& org,
                                  bool add = true) {
    wire::ClientFrame f;
    wire::RoleGrant* g;
    if (add) {
      f.mutable_grant_role()->set_account_id(to.id());
      g = f.mutable_grant_role()->mutable_grant();
    } else {
      f.mutable_revoke_role()->set_account_id(to.id());
      g = f.mutable_revoke_role()->mutable_grant();
    }
    g->set_role(wire::OUTREACH);
    g->set_scope(org);
    return call(by, f);
  }
  std::optional<F> add_slot(Account& by, const std::string& org,
                            const std::function<void(wire::Slot&)>& tweak = {}) {
    wire::ClientFrame f;
    f.mutable_add_slot()->set_org(org);
    auto* s = f.mutable_add_slot()->mutable_slot();
    s->set_room("brussels");
    s->set_weekday(wire::WEDNESDAY);
    s->set_start("14:00");
    s->set_end("15:00");
    s->add_languages("fr");
    if (tweak) tweak(*s);
    return call(by, f);
  }
  std::optional<F> cancel(Account& by, const std::string& org, const std::string& date) {
    wire::ClientFrame f;
    f.mutable_cancel_date()->set_org(org);
    f.mutable_cancel_date()->set_date(date);
    return call(by, f);
  }
  std::map<std::string, wire::PermanenceInfo> permanences(Account& a) {
    wire::ClientFrame f;
    f.mutable_list_permanences();
    auto got = call(a, f);
    EXPECT_TRUE(got && got->has_permanences());
    std::map<std::string, wire::PermanenceInfo> out;
    if (got) {
      for (const auto& p : got->permanences().permanences()) out[p.org()] = p;
    }
    return out;
  }
  std::optional<F> open_duty(Account& w, const std::string& org, const std::string& room = {}) {
    wire::ClientFrame f;
    f.mutable_staff_open()->set_org(org);
    f.mutable_staff_open()->set_room(room);
    return call(w, f);
  }
  std::optional<F> close_duty(Account& w, const std::string& org) {
    wire::ClientFrame f;
    f.mutable_staff_close()->set_org(org);
    return call(w, f);
  }
  // A knock with a fresh secret, which `secrets_` keeps as the member's client would.
  std::optional<F> knock(Account& m, const std::string& org, const std::string& language = {},
                         bool anyway = false) {
    const std::string secret = crypto::random_bytes(wire::kTicketSecretBytes);
    auto got = knock_with(m, org, language, secret, anyway);
    // Knocking again answers with the ticket held: its secret stays the first one.
    if (got && got->has_ticket() && tickets_[m.id()] != got->ticket().ticket()) {
      tickets_[m.id()] = got->ticket().ticket();
      secrets_[m.id()] = secret;
    }
    return got;
  }
  std::optional<F> knock_with(Account& m, const std::string& org, const std::string& language,
                              const std::string& secret, bool anyway = false) {
    wire::ClientFrame f;
    f.mutable_knock()->set_org(org);
    f.mutable_knock()->set_language(language);
    f.mutable_knock()->set_secret(secret);
    f.mutable_knock()->set_anyway(anyway);
    return call(m, f);
  }
  std::optional<F> status(Account& m) {
    wire::ClientFrame f;
    f.mutable_ticket_status();
    return call(m, f);
  }
  // TicketStatus with the secret of the member's last ticket: how her client finds it again.
  std::optional<F> reattach(Account& m, const std::string& secret = {}) {
    wire::ClientFrame f;
    f.mutable_ticket_status()->set_secret(secret.empty() ? secrets_[m.id()] : secret);
    return call(m, f);
  }
  std::optional<F> staff_status(Account& w) {
    wire::ClientFrame f;
    f.mutable_staff_status();
    return call(w, f);
  }
  // A stand-in sealed envelope around `payload`: the relay checks only its version byte and its
  // least size (it cannot open one); the real layer is tested in core/signal and end to end.
  static std::string sealed(std::string_view payload) {
    std::string out(1, static_cast<char>(wire::kSealedVersion));
    out.append(payload);
    if (out.size() < wire::kMinSealedBytes) out.resize(wire::kMinSealedBytes, '.');
    return out;
  }
  // A ticket's message, sealed like every one-to-one envelope ("" sends no ciphertext at all).
  std::optional<F> ticket_send(Account& from, const std::string& ticket, const Account& to,
                               const std::string& payload = "ciphertext",
                               wire::EnvelopeType type = wire::SEALED_MESSAGE) {
    wire::ClientFrame f;
    f.mutable_ticket_send()->set_ticket(ticket);
    auto* s = f.mutable_ticket_send()->mutable_send();
    s->set_to(to.id());
    s->set_message_id(crypto::random_bytes(16));
    s->set_type(type);
    s->set_ciphertext(payload.empty() ? std::string() : sealed(payload));
    return call(from, f);
  }
  std::optional<F> on_duty_workers(Account& w, const std::string& org) {
    wire::ClientFrame f;
    f.mutable_list_workers()->set_org(org);
    f.mutable_list_workers()->set_on_duty(true);
    return call(w, f);
  }
  std::optional<F> leave(Account& m) {
    wire::ClientFrame f;
    f.mutable_ticket_leave();
    return call(m, f);
  }
  std::optional<F> queue(Account& w, const std::string& org) {
    wire::ClientFrame f;
    f.mutable_staff_queue()->set_org(org);
    return call(w, f);
  }
  std::optional<F> take(Account& w, const std::string& ticket) {
    wire::ClientFrame f;
    f.mutable_staff_take()->set_ticket(ticket);
    return call(w, f);
  }
  std::optional<F> handoff(Account& w, const std::string& ticket, const Account& to) {
    wire::ClientFrame f;
    f.mutable_staff_handoff()->set_ticket(ticket);
    f.mutable_staff_handoff()->set_to_worker(to.id());
    return call(w, f);
  }
  std::optional<F> answer_handoff(Account& m, const std::string& ticket, bool accept) {
    wire::ClientFrame f;
    f.mutable_handoff_answer()->set_ticket(ticket);
    f.mutable_handoff_answer()->set_accept(accept);
    return call(m, f);
  }
  std::optional<F> end(Account& a, const std::string& ticket) {
    wire::ClientFrame f;
    f.mutable_ticket_end()->set_ticket(ticket);
    return call(a, f);
  }
  std::optional<F> stats(Account& a, const std::string& org, const std::string& period) {
    wire::ClientFrame f;
    f.mutable_staff_stats()->set_org(org);
    f.mutable_staff_stats()->set_period(period);
    return call(a, f);
  }
  std::optional<F> inbox(Account& w, const std::string& org) {
    wire::ClientFrame f;
    f.mutable_staff_inbox()->set_org(org);
    return call(w, f);
  }
  std::optional<F> message_sent(Account& m, const std::string& org, const std::string& message_id) {
    wire::ClientFrame f;
    f.mutable_org_message_sent()->set_org(org);
    f.mutable_org_message_sent()->set_message_id(message_id);
    return call(m, f);
  }
  std::optional<F> message_handled(Account& w, const std::string& org,
                                   const std::string& message_id) {
    wire::ClientFrame f;
    f.mutable_org_message_handled()->set_org(org);
    f.mutable_org_message_handled()->set_message_id(message_id);
    return call(w, f);
  }
  std::optional<F> join(Account& m, const std::string& room) {
    wire::ClientFrame f;
    f.mutable_join_room()->set_room(room);
    return call(m, f);
  }
  std::optional<wire::RoomEvent> room_event(Account& m, wire::RoomEventKind kind) {
    auto got = m.conn->next([kind](const F& f) {
      return f.has_room_entry() && f.room_entry().has_event() &&
             f.room_entry().event().kind() == kind;
    });
    return got ? std::optional(got->room_entry().event()) : std::nullopt;
  }
  std::optional<F> pushed(Account& a, F::BodyCase kind,
                          std::chrono::milliseconds wait = std::chrono::seconds(5)) {
    return a.conn->next([kind](const F& f) { return f.id() == 0 && f.body_case() == kind; }, wait);
  }
  std::optional<wire::PermanenceEvent> duty_event(Account& w, wire::PermanenceEventKind kind) {
    auto got = w.conn->next([kind](const F& f) {
      return f.id() == 0 && f.has_permanence_event() && f.permanence_event().kind() == kind;
    });
    return got ? std::optional(got->permanence_event()) : std::nullopt;
  }
  void drain(Account& a) {
    while (a.conn->next([](const F&) { return true; }, std::chrono::milliseconds(1))) {
    }
  }

  // An admin, an organisation "espace-p" with two workers, and one of another organisation.
  struct Cast {
    Account root, w1, w2, stranger_worker;
  };
  Cast cast() {
    Cast c{admin(), account(), account(), account()};
    EXPECT_TRUE(create_org(c.root, "espace-p")->has_org_list());
    EXPECT_TRUE(create_org(c.root, "alias")->has_org_list());
    EXPECT_TRUE(ok(grant_outreach(c.root, c.w1, "espace-p")));
    EXPECT_TRUE(ok(grant_outreach(c.root, c.w2, "espace-p")));
    EXPECT_TRUE(ok(grant_outreach(c.root, c.stranger_worker, "alias")));
    return c;
  }

  // Whether `bytes` occur in any file under the relay's data folder.
  bool on_disk(const std::string& bytes) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (content.find(bytes) != std::string::npos) return true;
    }
    return false;
  }
  // Whether `bytes` occur in a key or value of `table`.
  bool in_table(Table table, const std::string& bytes) {
    bool found = false;
    EXPECT_TRUE(store_
                    ->scan(table, "", "", 0,
                           [&](std::string_view k, std::string_view v) {
                             found = found || k.find(bytes) != std::string_view::npos ||
                                     v.find(bytes) != std::string_view::npos;
                             return !found;
                           })
                    .ok());
    return found;
  }

  std::string resources_path_;
  std::atomic<uint64_t> next_id_{100};
  std::map<std::string, std::string> secrets_;  // account -> its last ticket's secret
  std::map<std::string, std::string> tickets_;  // account -> its last ticket
};

// Over a store that can be made to refuse (RocksOptions::max_pending_bytes, StoreOverload).
class PermanenceRefusedTest : public PermanenceTest {
 protected:
  static constexpr size_t kMaxPending = 64 * 1024;
  void SetUp() override {
    store_options_.max_pending_bytes = kMaxPending;
    PermanenceTest::SetUp();
  }
};

// ---------------------------------------------------------------------------------------------
// Organisations

TEST_F(PermanenceTest, AnAdminCreatesOrganisationsThatSurviveARestart) {
  auto root = admin();
  auto m = account();
  auto created = create_org(root, "espace-p");
  ASSERT_TRUE(created && created->has_org_list()) << created->DebugString();
  ASSERT_EQ(created->org_list().orgs_size(), 1);
  EXPECT_EQ(created->org_list().orgs(0).name(), "Organisation espace-p");
  EXPECT_EQ(err(create_org(root, "espace-p")), wire::ALREADY_EXISTS);
  EXPECT_EQ(err(create_org(m, "mine")), wire::FORBIDDEN);

  restart();
  reconnect(m);
  wire::ClientFrame f;
  f.mutable_list_orgs();
  auto listed = call(m, f);
  ASSERT_TRUE(listed && listed->has_org_list());
  ASSERT_EQ(listed->org_list().orgs_size(), 1);
  EXPECT_EQ(listed->org_list().orgs(0).org(), "espace-p");
  EXPECT_EQ(listed->org_list().orgs(0).languages_size(), 2);
  EXPECT_EQ(listed->org_list().orgs(0).region(), "brussels");
}

TEST_F(PermanenceTest, CreateOrgRefusesMalformedOrganisations) {
  auto root = admin();
  using Tweak = std::function<void(wire::Org&)>;
  const std::vector<std::pair<std::string, Tweak>> bad = {
      {"", {}},
      {"Upper", {}},
      {"under_score", {}},
      {std::string(33, 'a'), {}},
      {"ok1", [](wire::Org& o) { o.set_name(""); }},
      {"ok2", [](wire::Org& o) { o.set_name(std::string(101, 'n')); }},
      {"ok3", [](wire::Org& o) { o.set_description(std::string(1001, 'd')); }},
      {"ok4", [](wire::Org& o) { o.add_languages("fra"); }},
      {"ok5", [](wire::Org& o) { o.add_languages("FR"); }},
      {"ok6",
       [](wire::Org& o) {
         for (int i = 0; i < 11; ++i) o.add_languages("nl");
       }},
      {"ok7", [](wire::Org& o) { o.set_contact(std::string(301, 'c')); }},
      {"ok8", [](wire::Org& o) { o.set_region("Not A Region"); }},
  };
  for (const auto& [id, tweak] : bad) {
    EXPECT_EQ(err(create_org(root, id, tweak)), wire::INVALID_ARGUMENT) << id;
  }
  wire::ClientFrame f;
  f.mutable_list_orgs();
  EXPECT_EQ(call(root, f)->org_list().orgs_size(), 0);
  EXPECT_TRUE(create_org(root, std::string(32, 'a'), [](wire::Org& o) {
                o.set_name(std::string(100, 'n'));
                o.set_region("");
              })->has_org_list());
}

TEST_F(PermanenceTest, OutreachGrantsNameAnOrganisationAndFillItsWorkerList) {
  auto c = cast();
  auto m = account();
  EXPECT_EQ(err(grant_outreach(c.root, m, "no-such-org")), wire::NO_SUCH_ORG);

  wire::ClientFrame f;
  f.mutable_list_workers()->set_org("espace-p");
  auto workers = call(m, f);  // any account: members encrypt out-of-hours messages to each
  ASSERT_TRUE(workers && workers->has_workers()) << workers->DebugString();
  ASSERT_EQ(workers->workers().workers_size(), 2);
  std::set<std::string> ids;
  for (const auto& w : workers->workers().workers()) {
    ids.insert(w.account_id());
    EXPECT_EQ(w.role(), wire::OUTREACH);
    EXPECT_EQ(w.identity_key(), w.account_id() == c.w1.id() ? c.w1.who.identity.public_key
                                                            : c.w2.who.identity.public_key);
  }
  EXPECT_EQ(ids, (std::set<std::string>{c.w1.id(), c.w2.id()}));

  EXPECT_TRUE(ok(grant_outreach(c.root, c.w2, "espace-p", /*add=*/false)));
  workers = call(m, f);
  ASSERT_EQ(workers->workers().workers_size(), 1);
  EXPECT_EQ(workers->workers().workers(0).account_id(), c.w1.id());

  f.mutable_list_workers()->set_org("nobody");
  EXPECT_EQ(err(call(m, f)), wire::NO_SUCH_ORG);
  f.mutable_list_workers()->set_org("Bad Id");
  EXPECT_EQ(err(call(m, f)), wire::INVALID_ARGUMENT);
}

TEST_F(PermanenceTest, AnInviteCanMakeAWorkerOfAnExistingOrganisation) {
  auto c = cast();
  wire::ClientFrame f;
  f.mutable_create_invite()->mutable_grants()->set_role(wire::OUTREACH);
  f.mutable_create_invite()->mutable_grants()->set_scope("nowhere");
  EXPECT_EQ(err(call(c.root, f)), wire::NO_SUCH_ORG);
  f.mutable_create_invite()->mutable_grants()->set_scope("alias");
  auto invite = call(c.root, f);
  ASSERT_TRUE(invite && invite->has_invite()) << invite->DebugString();
  auto worker = account(invite->invite().code());
  wire::ClientFrame list;
  list.mutable_list_workers()->set_org("alias");
  auto workers = call(worker, list);
  ASSERT_TRUE(workers && workers->has_workers());
  std::set<std::string> ids;
  for (const auto& w : workers->workers().workers()) ids.insert(w.account_id());
  EXPECT_EQ(ids, (std::set<std::string>{c.stranger_worker.id(), worker.id()}));
  EXPECT_TRUE(ok(open_duty(worker, "alias")));
}

// ---------------------------------------------------------------------------------------------
// Schedules

TEST_F(PermanenceTest, WorkersPublishASlotAndEveryoneSeesTheNextOpening) {
  auto c = cast();
  auto m = account();
  auto added = add_slot(c.w1, "espace-p");
  ASSERT_TRUE(added && added->has_permanences()) << added->DebugString();
  ASSERT_EQ(added->permanences().permanences_size(), 1);
  const auto& info = added->permanences().permanences(0);
  ASSERT_EQ(info.slots_size(), 1);
  EXPECT_EQ(info.slots(0).slot_id(), 1u);
  EXPECT_EQ(info.slots(0).start(), "14:00");

  // Now is Tuesday 2023-11-14 23:13 in Brussels: the next Wednesday 14:00 is tomorrow.
  using namespace std::chrono;
  const auto wednesday = schedule::Date(year(2023) / November / 15);
  auto listed = permanences(m);
  ASSERT_TRUE(listed.count("espace-p"));
  EXPECT_FALSE(listed["espace-p"].open());
  EXPECT_EQ(listed["espace-p"].next_open_ms(),
            static_cast<uint64_t>(schedule::from_brussels(wednesday, 14 * 60)));
  EXPECT_EQ(listed["espace-p"].next_open_local(), "2023-11-15 14:00");
  EXPECT_EQ(listed["espace-p"].room(), "brussels");
  EXPECT_EQ(listed["alias"].next_open_ms(), 0u);
  EXPECT_EQ(listed["alias"].next_open_local(), "");

  // A cancelled date has no permanence: the next one is a week later.
  EXPECT_TRUE(ok(cancel(c.w2, "espace-p", "2023-11-15")));
  listed = permanences(m);
  EXPECT_EQ(listed["espace-p"].next_open_local(), "2023-11-22 14:00");
  ASSERT_EQ(listed["espace-p"].cancelled_size(), 1);
  EXPECT_EQ(listed["espace-p"].cancelled(0), "2023-11-15");

  // An admin may add a one-off slot; it is the next opening.
  auto extra = add_slot(c.root, "espace-p", [](wire::Slot& s) {
    s.set_weekday(wire::WEEKDAY_UNSPECIFIED);
    s.set_date("2023-11-17");
    s.set_start("10:30");
    s.set_end("12:00");
    s.set_room("liege");
  });
  ASSERT_TRUE(extra && extra->has_permanences());
  EXPECT_EQ(extra->permanences().permanences(0).slots(1).slot_id(), 2u);
  listed = permanences(m);
  EXPECT_EQ(listed["espace-p"].next_open_local(), "2023-11-17 10:30");
  EXPECT_EQ(listed["espace-p"].room(), "liege");

  wire::ClientFrame remove;
  remove.mutable_remove_slot()->set_org("espace-p");
  remove.mutable_remove_slot()->set_slot_id(2);
  EXPECT_TRUE(ok(call(c.w1, remove)));
  EXPECT_EQ(err(call(c.w1, remove)), wire::INVALID_ARGUMENT);  // gone already

  restart();
  reconnect(m);
  listed = permanences(m);
  ASSERT_EQ(listed["espace-p"].slots_size(), 1);
  EXPECT_EQ(listed["espace-p"].next_open_local(), "2023-11-22 14:00");
  // Slot ids are never reused, even after a restart.
  reconnect(c.w1);
  auto again = add_slot(c.w1, "espace-p");
  ASSERT_TRUE(again && again->has_permanences());
  EXPECT_EQ(again->permanences().permanences(0).slots(1).slot_id(), 3u);
}

TEST_F(PermanenceTest, OnlyTheOrganisationsWorkersOrAnAdminChangeItsSchedule) {
  auto c = cast();
  auto m = account();
  EXPECT_EQ(err(add_slot(m, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(add_slot(c.stranger_worker, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(cancel(m, "espace-p", "2023-12-25")), wire::FORBIDDEN);
  EXPECT_EQ(err(cancel(c.stranger_worker, "espace-p", "2023-12-25")), wire::FORBIDDEN);
  wire::ClientFrame remove;
  remove.mutable_remove_slot()->set_org("espace-p");
  remove.mutable_remove_slot()->set_slot_id(1);
  EXPECT_EQ(err(call(m, remove)), wire::FORBIDDEN);
  auto listed = permanences(m);
  EXPECT_EQ(listed["espace-p"].slots_size(), 0);
  EXPECT_EQ(listed["espace-p"].cancelled_size(), 0);
  EXPECT_EQ(err(add_slot(c.w1, "no-such-org")), wire::NO_SUCH_ORG);
}

TEST_F(PermanenceTest, MalformedSlotsAndDatesAreRefused) {
  auto c = cast();
  using Tweak = std::function<void(wire::Slot&)>;
  const std::vector<std::pair<const char*, Tweak>> bad = {
      {"no day", [](wire::Slot& s) { s.set_weekday(wire::WEEKDAY_UNSPECIFIED); }},
      {"weekday and date", [](wire::Slot& s) { s.set_date("2023-11-20"); }},
      {"bad weekday", [](wire::Slot& s) { s.set_weekday(static_cast<wire::Weekday>(8)); }},
      {"bad date",
       [](wire::Slot& s) {
         s.set_weekday(wire::WEEKDAY_UNSPECIFIED);
         s.set_date("2023-02-30");
       }},
      {"bad start", [](wire::Slot& s) { s.set_start("25:00"); }},
      {"bad end", [](wire::Slot& s) { s.set_end("14h"); }},
      {"end before start", [](wire::Slot& s) { s.set_end("13:00"); }},
      {"empty slot", [](wire::Slot& s) { s.set_end("14:00"); }},
      {"bad language", [](wire::Slot& s) { s.add_languages("french"); }},
      {"no room", [](wire::Slot& s) { s.set_room(""); }},
  };
  for (const auto& [why, tweak] : bad)
    EXPECT_EQ(err(add_slot(c.w1, "espace-p", tweak)), wire::INVALID_ARGUMENT) << why;
  EXPECT_EQ(err(add_slot(c.w1, "espace-p", [](wire::Slot& s) { s.set_room("atlantis"); })),
            wire::NO_SUCH_ROOM);
  for (const char* date : {"", "2023-13-01", "25/12/2023", "2023-12-25x", "1999-12-25"}) {
    EXPECT_EQ(err(cancel(c.w1, "espace-p", date)), wire::INVALID_ARGUMENT) << date;
  }
  EXPECT_EQ(err(add_slot(c.w1, "Bad Org")), wire::INVALID_ARGUMENT);
  auto listed = permanences(c.w1);
  EXPECT_EQ(listed["espace-p"].slots_size(), 0);
  EXPECT_EQ(listed["espace-p"].cancelled_size(), 0);
  // The edges that are fine: a slot to midnight.
  EXPECT_TRUE(
      add_slot(c.w1, "espace-p", [](wire::Slot& s) { s.set_end("24:00"); })->has_permanences());
}

// ---------------------------------------------------------------------------------------------
// A permanence, as it happens

TEST_F(PermanenceTest, APermanenceFromOpeningToClosing) {
  auto c = cast();
  Account a = account(), b = account(), d = account();
  ASSERT_TRUE(join(a, "brussels")->has_joined());

  // Opening tells the members of the room.
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  auto started = room_event(a, wire::PERMANENCE_STARTED);
  ASSERT_TRUE(started.has_value());
  EXPECT_EQ(started->org(), "espace-p");
  EXPECT_TRUE(started->who().empty());
  auto listed = permanences(a);
  EXPECT_TRUE(listed["espace-p"].open());
  EXPECT_EQ(listed["espace-p"].on_duty(), 1u);
  EXPECT_EQ(listed["espace-p"].room(), "brussels");

  // Three knocks in three languages: places 1, 2, 3; the worker is told of each.
  auto ta = knock(a, "espace-p", "fr");
  ASSERT_TRUE(ta && ta->has_ticket()) << ta->DebugString();
  EXPECT_EQ(ta->ticket().place(), 1u);
  EXPECT_EQ(ta->ticket().wait_estimate_s(), PermanenceService::kDefaultWaitPerPlaceS);
  EXPECT_EQ(ta->ticket().ticket().size(), 8u);
  auto tb = knock(b, "espace-p", "nl", /*anyway=*/true);  // espace-p lists fr and en
  auto td = knock(d, "espace-p", "en");
  ASSERT_TRUE(tb && tb->has_ticket() && td && td->has_ticket());
  EXPECT_EQ(tb->ticket().place(), 2u);
  EXPECT_EQ(td->ticket().place(), 3u);
  const std::string ticket_a = ta->ticket().ticket(), ticket_b = tb->ticket().ticket(),
                    ticket_d = td->ticket().ticket();
  auto news = duty_event(c.w1, wire::NEW_TICKET);
  ASSERT_TRUE(news.has_value());
  EXPECT_EQ(news->ticket(), ticket_a);
  EXPECT_EQ(news->queue_length(), 1u);
  // Knocking again answers with the same ticket.
  auto again = knock(a, "espace-p", "de");
  ASSERT_TRUE(again && again->has_ticket());
  EXPECT_EQ(again->ticket().ticket(), ticket_a);
  EXPECT_EQ(again->ticket().language(), "fr");

  // The queue shows tickets, languages and waits; never an account.
  clock_.advance_ms(90'000);
  auto q = queue(c.w1, "espace-p");
  ASSERT_TRUE(q && q->has_queue());
  ASSERT_EQ(q->queue().entries_size(), 3);
  EXPECT_EQ(q->queue().entries(0).ticket(), ticket_a);
  EXPECT_EQ(q->queue().entries(1).language(), "nl");
  EXPECT_EQ(q->queue().entries(2).waiting_s(), 90u);
  const std::string wire_bytes = q->SerializeAsString();
  for (const auto* m : {&a, &b, &d}) EXPECT_EQ(wire_bytes.find(m->id()), std::string::npos);

  // The worker takes the first ticket: it learns the member; the member learns the worker.
  drain(b);
  auto taken = take(c.w1, ticket_a);
  ASSERT_TRUE(taken && taken->has_ticket_assigned()) << taken->DebugString();
  EXPECT_EQ(taken->ticket_assigned().member(), a.id());
  EXPECT_EQ(taken->ticket_assigned().worker(), c.w1.id());
  EXPECT_EQ(taken->ticket_assigned().language(), "fr");
  auto told = pushed(a, F::kTicketAssigned);
  ASSERT_TRUE(told.has_value());
  EXPECT_EQ(told->ticket_assigned().worker(), c.w1.id());
  EXPECT_TRUE(told->ticket_assigned().member().empty());
  auto moved = pushed(b, F::kTicket);  // the others move up
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(moved->ticket().place(), 1u);
  auto st = status(a);
  ASSERT_TRUE(st && st->has_ticket());
  EXPECT_EQ(st->ticket().worker(), c.w1.id());
  EXPECT_EQ(st->ticket().place(), 0u);

  // A colleague opens and takes the next; then w1 hands a's conversation to w2, a accepts.
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  ASSERT_TRUE(take(c.w2, ticket_b)->has_ticket_assigned());
  ASSERT_TRUE(ok(handoff(c.w1, ticket_a, c.w2)));
  auto offer = pushed(a, F::kHandoffOffer);
  ASSERT_TRUE(offer.has_value());
  EXPECT_EQ(offer->handoff_offer().to_worker(), c.w2.id());
  ASSERT_TRUE(ok(answer_handoff(a, ticket_a, true)));
  auto to_w2 = pushed(c.w2, F::kTicketAssigned);
  ASSERT_TRUE(to_w2.has_value());
  EXPECT_EQ(to_w2->ticket_assigned().ticket(), ticket_a);
  EXPECT_EQ(to_w2->ticket_assigned().member(), a.id());
  auto to_a = pushed(a, F::kTicketAssigned);
  ASSERT_TRUE(to_a.has_value());
  EXPECT_EQ(to_a->ticket_assigned().worker(), c.w2.id());
  auto handed = pushed(c.w1, F::kTicketClosed);
  ASSERT_TRUE(handed.has_value());
  EXPECT_EQ(handed->ticket_closed().reason(), "handed off");

  // A refused handoff tells the worker who offered; the conversation stays.
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));  // still on duty: fine again
  ASSERT_TRUE(ok(handoff(c.w2, ticket_b, c.w1)));
  ASSERT_TRUE(pushed(b, F::kHandoffOffer).has_value());
  ASSERT_TRUE(ok(answer_handoff(b, ticket_b, false)));
  auto declined = duty_event(c.w2, wire::HANDOFF_DECLINED);
  ASSERT_TRUE(declined.has_value());
  EXPECT_EQ(declined->ticket(), ticket_b);

  // Either side ends; the other is told.
  clock_.advance_ms(600'000);
  ASSERT_TRUE(ok(end(a, ticket_a)));
  auto ended = pushed(c.w2, F::kTicketClosed);
  ASSERT_TRUE(ended.has_value());
  EXPECT_EQ(ended->ticket_closed().reason(), "ended");
  EXPECT_EQ(err(status(a)), wire::NO_SUCH_TICKET);
  ASSERT_TRUE(ok(end(c.w2, ticket_b)));
  EXPECT_EQ(pushed(b, F::kTicketClosed)->ticket_closed().reason(), "ended");

  // Closing: one worker leaving keeps it open; the last one closes it and tells the waiting.
  ASSERT_TRUE(ok(close_duty(c.w1, "espace-p")));
  EXPECT_TRUE(permanences(a)["espace-p"].open());
  EXPECT_FALSE(pushed(d, F::kPermanenceClosed, kQuiet).has_value());
  ASSERT_TRUE(ok(close_duty(c.w2, "espace-p")));
  auto closed = pushed(d, F::kPermanenceClosed);
  ASSERT_TRUE(closed.has_value());
  EXPECT_TRUE(closed->permanence_closed().can_leave_message());
  ASSERT_EQ(closed->permanence_closed().emergency_size(), 2);
  EXPECT_EQ(closed->permanence_closed().emergency(0).number(), "112");
  EXPECT_EQ(closed->permanence_closed().emergency(1).name(), "Violences");
  // Every language the file names a number in, for the client to show the person's own.
  const auto& names = closed->permanence_closed().emergency(0).names();
  EXPECT_EQ(names.size(), 3u);
  EXPECT_EQ(names.at("fr"), "Urgences");
  EXPECT_EQ(names.at("ro"), "Urgență");
  EXPECT_EQ(closed->permanence_closed().emergency(0).name(), "Emergency");
  auto dropped = pushed(d, F::kTicketClosed);
  ASSERT_TRUE(dropped.has_value());
  EXPECT_EQ(dropped->ticket_closed().ticket(), ticket_d);
  EXPECT_EQ(dropped->ticket_closed().reason(), "permanence closed");
  EXPECT_EQ(err(status(d)), wire::NO_SUCH_TICKET);
  ASSERT_TRUE(room_event(a, wire::PERMANENCE_ENDED).has_value());
  EXPECT_FALSE(permanences(a)["espace-p"].open());
  EXPECT_TRUE(ok(close_duty(c.w2, "espace-p")));  // closing twice is fine

  // The counts match the day: one opening, two conversations, one left unanswered, three
  // languages, one handoff; waits of 90 s (a) and 90 s (b).
  auto s = stats(c.w1, "espace-p", "2023-11");
  ASSERT_TRUE(s && s->has_stats()) << s->DebugString();
  EXPECT_EQ(s->stats().permanences(), 1u);
  EXPECT_EQ(s->stats().conversations(), 2u);
  EXPECT_EQ(s->stats().unanswered(), 1u);
  EXPECT_EQ(s->stats().handoffs(), 1u);
  ASSERT_EQ(s->stats().languages_size(), 3);
  EXPECT_EQ(s->stats().languages(0).language(), "en");
  EXPECT_EQ(s->stats().languages(0).count(), 1u);
  EXPECT_EQ(s->stats().wait_max_s(), 90u);
  EXPECT_EQ(s->stats().wait_p50_s(), 90u);
  // The week and the year hold the same; another month holds nothing.
  EXPECT_EQ(stats(c.root, "espace-p", "2023-W46")->stats().conversations(), 2u);
  EXPECT_EQ(stats(c.w2, "espace-p", "2023")->stats().unanswered(), 1u);
  EXPECT_EQ(stats(c.w2, "espace-p", "2023-10")->stats().conversations(), 0u);
}

// In the middle of a planned slot with nobody on duty, the list and the closed door say until
// when it is planned now (the review of issue 17: "nothing planned" during a slot).
TEST_F(PermanenceTest, ASlotRunningWithNobodyOnDutyIsPlannedNowNotNothingPlanned) {
  auto c = cast();
  auto m = account();
  // Now is Tuesday 2023-11-14 23:13 in Brussels: a one-off slot runs from 23:00 to 23:45.
  ASSERT_TRUE(add_slot(c.w1, "espace-p", [](wire::Slot& s) {
                s.set_weekday(wire::WEEKDAY_UNSPECIFIED);
                s.set_date("2023-11-14");
                s.set_start("23:00");
                s.set_end("23:45");
              })->has_permanences());
  using namespace std::chrono;
  const auto tuesday = schedule::Date(year(2023) / November / 14);
  const auto end = static_cast<uint64_t>(schedule::from_brussels(tuesday, 23 * 60 + 45));
  auto listed = permanences(m);
  EXPECT_FALSE(listed["espace-p"].open());
  EXPECT_EQ(listed["espace-p"].next_open_ms(), 0u);  // no later start: the slot is now
  EXPECT_EQ(listed["espace-p"].slot_end_ms(), end);
  EXPECT_EQ(listed["espace-p"].slot_end_local(), "2023-11-14 23:45");
  EXPECT_EQ(listed["alias"].slot_end_ms(), 0u);  // nothing planned there
  auto closed = knock(m, "espace-p", "fr");
  ASSERT_TRUE(closed && closed->has_permanence_closed()) << closed->DebugString();
  EXPECT_EQ(closed->permanence_closed().slot_end_ms(), end);
  EXPECT_EQ(closed->permanence_closed().slot_end_local(), "2023-11-14 23:45");
  // Open, it is simply open; the slot's end is still said.
  EXPECT_TRUE(ok(open_duty(c.w1, "espace-p")));
  listed = permanences(m);
  EXPECT_TRUE(listed["espace-p"].open());
  EXPECT_EQ(listed["espace-p"].slot_end_ms(), end);
}

TEST_F(PermanenceTest, KnockingOnAClosedPermanenceAnswersAtOnceWithoutATicket) {
  auto c = cast();
  auto m = account();
  ASSERT_TRUE(add_slot(c.w1, "espace-p")->has_permanences());
  auto closed = knock(m, "espace-p", "fr");
  ASSERT_TRUE(closed && closed->has_permanence_closed()) << closed->DebugString();
  EXPECT_EQ(closed->permanence_closed().next_open_local(), "2023-11-15 14:00");
  EXPECT_TRUE(closed->permanence_closed().can_leave_message());
  EXPECT_EQ(closed->permanence_closed().region(), "brussels");
  EXPECT_EQ(closed->permanence_closed().emergency_size(), 2);
  EXPECT_EQ(err(status(m)), wire::NO_SUCH_TICKET);
  // An organisation without workers offers no message.
  ASSERT_TRUE(create_org(c.root, "empty")->has_org_list());
  EXPECT_FALSE(knock(m, "empty")->permanence_closed().can_leave_message());
  EXPECT_EQ(err(knock(m, "no-such-org")), wire::NO_SUCH_ORG);
}

TEST_F(PermanenceTest, LeavingTheQueueOrAConversation) {
  auto c = cast();
  Account a = account(), b = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ticket_a = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string ticket_b = knock(b, "espace-p")->ticket().ticket();
  // a leaves while waiting: b moves up, the worker sees the queue shrink.
  ASSERT_TRUE(ok(leave(a)));
  EXPECT_EQ(pushed(b, F::kTicket)->ticket().place(), 1u);
  auto changed = duty_event(c.w1, wire::QUEUE_CHANGED);
  ASSERT_TRUE(changed.has_value());
  EXPECT_EQ(changed->queue_length(), 1u);
  EXPECT_EQ(err(leave(a)), wire::NO_SUCH_TICKET);
  EXPECT_EQ(err(take(c.w1, ticket_a)), wire::NO_SUCH_TICKET);
  // b is taken, then leaves: the worker is told.
  ASSERT_TRUE(take(c.w1, ticket_b)->has_ticket_assigned());
  ASSERT_TRUE(ok(leave(b)));
  auto left = pushed(c.w1, F::kTicketClosed);
  ASSERT_TRUE(left.has_value());
  EXPECT_EQ(left->ticket_closed().reason(), "left");
  auto s = stats(c.w1, "espace-p", "2023");
  EXPECT_EQ(s->stats().unanswered(), 1u);
  EXPECT_EQ(s->stats().conversations(), 1u);
  ASSERT_EQ(s->stats().languages_size(), 1);  // b asked for no language in particular
}

TEST_F(PermanenceTest, AKnockInALanguageNotOfferedSaysWhichAreAndMayKnockAnyway) {
  auto c = cast();  // espace-p lists fr and en
  auto m = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  auto offered = knock(m, "espace-p", "nl");
  ASSERT_TRUE(offered && offered->has_languages_offered()) << offered->DebugString();
  EXPECT_EQ(offered->languages_offered().asked(), "nl");
  ASSERT_EQ(offered->languages_offered().languages_size(), 2);
  EXPECT_EQ(offered->languages_offered().languages(0), "fr");
  EXPECT_EQ(offered->languages_offered().languages(1), "en");
  EXPECT_TRUE(offered->languages_offered().can_leave_message());
  EXPECT_EQ(err(status(m)), wire::NO_SUCH_TICKET);  // no ticket was made
  EXPECT_EQ(queue(c.w1, "espace-p")->queue().entries_size(), 0);
  // During a slot, the slot's languages count (Tuesday 23:00-24:00, Dutch only).
  ASSERT_TRUE(add_slot(c.w1, "espace-p", [](wire::Slot& s) {
                s.set_weekday(wire::TUESDAY);
                s.set_start("23:00");
                s.set_end("24:00");
                s.clear_languages();
                s.add_languages("nl");
              })->has_permanences());
  auto in_slot = knock(m, "espace-p", "fr");
  ASSERT_TRUE(in_slot && in_slot->has_languages_offered());
  ASSERT_EQ(in_slot->languages_offered().languages_size(), 1);
  EXPECT_EQ(in_slot->languages_offered().languages(0), "nl");
  // Knocking anyway makes the ticket, in the language asked.
  auto anyway = knock(m, "espace-p", "fr", /*anyway=*/true);
  ASSERT_TRUE(anyway && anyway->has_ticket());
  EXPECT_EQ(anyway->ticket().language(), "fr");
  EXPECT_EQ(anyway->ticket().place(), 1u);
  // Without a language, nothing is asked.
  auto n = account();
  ASSERT_TRUE(knock(n, "espace-p")->has_ticket());
}

TEST_F(PermanenceTest, TheQueueTakenTicketsDutyAndUntoldNewsSurviveARestart) {
  auto c = cast();
  Account a = account(), b = account(), d = account(), e = account(), g = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  const std::string ta = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string tb = knock(b, "espace-p", "en")->ticket().ticket();
  const std::string td = knock(d, "espace-p", "fr")->ticket().ticket();
  const std::string te = knock(e, "espace-p", "en")->ticket().ticket();
  const std::string tg = knock(g, "espace-p", "en")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, ta)->has_ticket_assigned());
  ASSERT_TRUE(take(c.w2, te)->has_ticket_assigned());
  ASSERT_TRUE(take(c.w2, tg)->has_ticket_assigned());
  ASSERT_TRUE(ok(handoff(c.w1, ta, c.w2)));  // waits for a's answer over the restart
  ASSERT_TRUE(ok(handoff(c.w2, te, c.w1)));
  ASSERT_TRUE(ok(answer_handoff(e, te, false)));  // w2 is told when she asks
  ASSERT_TRUE(ok(end(g, tg)));                    // likewise
  for (auto* w : {&c.w1, &c.w2}) drain(*w);
  clock_.advance_ms(60'000);

  restart();
  for (auto* p : {&c.w1, &c.w2, &a, &b, &d, &e, &g}) reconnect(*p);
  // Duty, from the store: still open, with both workers.
  auto listed = permanences(a)["espace-p"];
  EXPECT_TRUE(listed.open());
  EXPECT_EQ(listed.on_duty(), 2u);
  // The queue in its order, with its waiting times; the ids are the same.
  auto q = queue(c.w2, "espace-p");
  ASSERT_EQ(q->queue().entries_size(), 2);
  EXPECT_EQ(q->queue().entries(0).ticket(), tb);
  EXPECT_EQ(q->queue().entries(1).ticket(), td);
  EXPECT_EQ(q->queue().entries(0).waiting_s(), 60u);
  // A member is unknown until her client presents the secret; then she has her place again.
  EXPECT_EQ(err(status(b)), wire::NO_SUCH_TICKET);
  auto st = reattach(b);
  ASSERT_TRUE(st && st->has_ticket()) << st->DebugString();
  EXPECT_EQ(st->ticket().ticket(), tb);
  EXPECT_EQ(st->ticket().place(), 1u);
  EXPECT_EQ(status(b)->ticket().ticket(), tb);
  // The taken ticket is still w1's, with its handoff waiting: a is asked again.
  auto sa = reattach(a);
  ASSERT_TRUE(sa && sa->has_ticket());
  EXPECT_EQ(sa->ticket().worker(), c.w1.id());
  EXPECT_EQ(sa->ticket().offered_to(), c.w2.id());
  // Its worker learns at once who holds it (she could not know after the restart).
  auto learnt = pushed(c.w1, F::kTicketAssigned);
  ASSERT_TRUE(learnt.has_value());
  EXPECT_EQ(learnt->ticket_assigned().member(), a.id());
  // Each worker's client asks what it holds and what it missed.
  auto s1 = staff_status(c.w1);
  ASSERT_TRUE(s1 && s1->has_staff_state()) << s1->DebugString();
  ASSERT_EQ(s1->staff_state().on_duty_size(), 1);
  EXPECT_EQ(s1->staff_state().on_duty(0), "espace-p");
  ASSERT_EQ(s1->staff_state().tickets_size(), 1);
  EXPECT_EQ(s1->staff_state().tickets(0).ticket(), ta);
  EXPECT_EQ(s1->staff_state().tickets(0).member(), a.id());
  EXPECT_EQ(s1->staff_state().tickets(0).offered_to(), c.w2.id());
  auto s2 = staff_status(c.w2);
  ASSERT_EQ(s2->staff_state().tickets_size(), 1);
  EXPECT_EQ(s2->staff_state().tickets(0).ticket(), te);
  EXPECT_TRUE(s2->staff_state().tickets(0).member().empty());  // e has not come back yet
  ASSERT_EQ(s2->staff_state().declined_size(), 1);
  EXPECT_EQ(s2->staff_state().declined(0), te);
  ASSERT_EQ(s2->staff_state().ended_size(), 1);
  EXPECT_EQ(s2->staff_state().ended(0).ticket(), tg);
  EXPECT_EQ(s2->staff_state().ended(0).reason(), "ended");
  // Told once: the next look is quiet, and nothing of the ended ticket is kept.
  auto again = staff_status(c.w2);
  EXPECT_EQ(again->staff_state().ended_size(), 0);
  EXPECT_EQ(again->staff_state().declined_size(), 0);
  EXPECT_EQ(err(reattach(g)), wire::NO_SUCH_TICKET);

  // The offer survived: a accepts, the conversation moves on as before the restart.
  ASSERT_TRUE(ok(answer_handoff(a, ta, true)));
  EXPECT_EQ(pushed(c.w2, F::kTicketAssigned)->ticket_assigned().member(), a.id());
  EXPECT_EQ(stats(c.w1, "espace-p", "2023-11")->stats().permanences(), 1u);  // opened once
}

TEST_F(PermanenceTest, AHandoffToAColleagueWhoIsOfflineReachesHerAtHerNextLogIn) {
  auto c = cast();
  Account a = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  const std::string t = knock(a, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, t)->has_ticket_assigned());
  // The colleagues on duty, for the worker who chooses one (a member may not ask).
  auto duty = on_duty_workers(c.w1, "espace-p");
  ASSERT_TRUE(duty && duty->has_workers());
  EXPECT_EQ(duty->workers().workers_size(), 2);
  EXPECT_EQ(err(on_duty_workers(a, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(on_duty_workers(c.stranger_worker, "espace-p")), wire::FORBIDDEN);
  // w2 goes offline (still on duty); w1 offers; a accepts.
  c.w2.conn->run([&] { core_->on_close(c.w2.conn); });
  drain(a);
  ASSERT_TRUE(ticket_send(c.w1, t, a)->has_sent());  // before: w1 writes
  ASSERT_TRUE(ok(handoff(c.w1, t, c.w2)));
  ASSERT_TRUE(pushed(a, F::kHandoffOffer).has_value());
  ASSERT_TRUE(ok(answer_handoff(a, t, true)));
  EXPECT_EQ(pushed(c.w1, F::kTicketClosed)->ticket_closed().reason(), "handed off");
  EXPECT_EQ(pushed(a, F::kTicketAssigned)->ticket_assigned().worker(), c.w2.id());
  // Both directions go to w2 only; w1 is refused in one clear sentence.
  auto refused = ticket_send(c.w1, t, a);
  EXPECT_EQ(err(refused), wire::TICKET_HANDED_OFF);
  EXPECT_NE(refused->error().message().find("handed to a colleague"), std::string::npos);
  EXPECT_EQ(err(ticket_send(a, t, c.w1)), wire::TICKET_HANDED_OFF);
  EXPECT_EQ(err(end(c.w1, t)), wire::TICKET_HANDED_OFF);
  EXPECT_EQ(err(handoff(c.w1, t, c.w2)), wire::TICKET_HANDED_OFF);
  auto sent = ticket_send(a, t, c.w2, "the conversation so far");  // a's client passes it on
  ASSERT_TRUE(sent && sent->has_sent()) << sent->DebugString();
  // w2 comes back: the envelope waits in her queue, and her client learns the ticket is hers.
  reconnect(c.w2);
  auto env = pushed(c.w2, F::kEnvelope);
  ASSERT_TRUE(env.has_value());
  EXPECT_EQ(env->envelope().ciphertext(), sealed("the conversation so far"));
  auto s2 = staff_status(c.w2);
  ASSERT_EQ(s2->staff_state().tickets_size(), 1);
  EXPECT_EQ(s2->staff_state().tickets(0).ticket(), t);
  EXPECT_EQ(s2->staff_state().tickets(0).member(), a.id());
  ASSERT_TRUE(ticket_send(c.w2, t, a)->has_sent());
  // w1, back later, learns it moved, once.
  auto s1 = staff_status(c.w1);
  ASSERT_EQ(s1->staff_state().ended_size(), 1);
  EXPECT_EQ(s1->staff_state().ended(0).reason(), "handed off");
  EXPECT_EQ(staff_status(c.w1)->staff_state().ended_size(), 0);
  EXPECT_EQ(stats(c.w1, "espace-p", "2023")->stats().handoffs(), 1u);
}

TEST_F(PermanenceTest, AnAcceptedHandoffAnsweredAgainOrReplayedChangesNothing) {
  auto c = cast();
  Account a = account(), mallory = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  const std::string t = knock(a, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, t)->has_ticket_assigned());
  ASSERT_TRUE(ok(handoff(c.w1, t, c.w2)));
  ASSERT_TRUE(ok(answer_handoff(a, t, true)));
  drain(a);
  drain(c.w1);
  drain(c.w2);
  // Accepting twice, a replayed accept, a decline after the accept: no offer waits any more.
  EXPECT_EQ(err(answer_handoff(a, t, true)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(answer_handoff(a, t, true)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(answer_handoff(a, t, false)), wire::INVALID_ARGUMENT);
  // Someone else replaying it for a's ticket, or the first worker taking it back.
  EXPECT_EQ(err(answer_handoff(mallory, t, true)), wire::FORBIDDEN);
  EXPECT_EQ(err(take(c.w1, t)), wire::TICKET_TAKEN);
  // Nobody was told anything more; the conversation is w2's, counted as one handoff.
  EXPECT_FALSE(pushed(a, F::kTicketAssigned, kQuiet).has_value());
  EXPECT_FALSE(pushed(c.w2, F::kTicketAssigned, kQuiet).has_value());
  EXPECT_FALSE(pushed(c.w1, F::kTicketClosed, kQuiet).has_value());
  EXPECT_EQ(status(a)->ticket().worker(), c.w2.id());
  ASSERT_TRUE(ticket_send(a, t, c.w2)->has_sent());
  EXPECT_EQ(err(ticket_send(a, t, c.w1)), wire::TICKET_HANDED_OFF);
  EXPECT_EQ(stats(c.w1, "espace-p", "2023")->stats().handoffs(), 1u);
  // A worker who went off duty cannot take a ticket from the queue.
  Account b = account();
  const std::string waiting = knock(b, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(ok(close_duty(c.w1, "espace-p")));
  EXPECT_EQ(err(take(c.w1, waiting)), wire::NOT_ON_DUTY);
  EXPECT_EQ(queue(c.w2, "espace-p")->queue().entries_size(), 1);
}

TEST_F(PermanenceTest, ATicketsMessagesGoOnlyBetweenItsMemberAndItsWorker) {
  auto c = cast();
  Account a = account(), b = account(), stranger = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string t = knock(a, "espace-p", "fr")->ticket().ticket();
  // Before a take, the member has no one to write to.
  EXPECT_EQ(err(ticket_send(a, t, c.w1)), wire::FORBIDDEN);
  ASSERT_TRUE(take(c.w1, t)->has_ticket_assigned());
  ASSERT_TRUE(ticket_send(a, t, c.w1)->has_sent());
  // Sealed sender holds for a ticket's messages too: the envelope names neither side's sender.
  auto at_w1 = pushed(c.w1, F::kEnvelope);
  ASSERT_TRUE(at_w1.has_value());
  EXPECT_EQ(at_w1->SerializeAsString().find(a.id()), std::string::npos);
  EXPECT_TRUE(ticket_send(c.w1, t, a)->has_sent());
  auto at_a = pushed(a, F::kEnvelope);
  ASSERT_TRUE(at_a.has_value());
  EXPECT_EQ(at_a->SerializeAsString().find(c.w1.id()), std::string::npos);
  // Unsealed libsignal messages are refused as a Send's are.
  for (auto type : {wire::PREKEY_MESSAGE, wire::SIGNAL_MESSAGE, wire::ENVELOPE_UNSPECIFIED}) {
    auto unsealed = ticket_send(a, t, c.w1, "libsignal message", type);
    EXPECT_EQ(err(unsealed), wire::INVALID_ARGUMENT);
    EXPECT_EQ(unsealed->error().violation().field(), wire::FIELD_ENVELOPE_TYPE);
  }
  // Nobody else writes in it, and its worker writes to its member only.
  EXPECT_EQ(err(ticket_send(stranger, t, a)), wire::FORBIDDEN);
  EXPECT_EQ(err(ticket_send(c.w2, t, a)), wire::FORBIDDEN);
  EXPECT_EQ(err(ticket_send(c.w1, t, b)), wire::FORBIDDEN);
  EXPECT_EQ(err(ticket_send(a, t, b)), wire::TICKET_HANDED_OFF);  // not its worker
  // Malformed and oversize parts are refused before anything is looked at.
  EXPECT_EQ(err(ticket_send(a, "!!", c.w1)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(ticket_send(a, t, c.w1, "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(ticket_send(a, "aaaaaaaa", c.w1)), wire::NO_SUCH_TICKET);
  EXPECT_FALSE(pushed(b, F::kEnvelope, kQuiet).has_value());
  EXPECT_FALSE(pushed(c.w2, F::kEnvelope, kQuiet).has_value());
  // Ended, it carries nothing more.
  ASSERT_TRUE(ok(end(a, t)));
  EXPECT_EQ(err(ticket_send(c.w1, t, a)), wire::NO_SUCH_TICKET);
}

TEST_F(PermanenceTest, ClosingTellsThoseWaitingWhetherOnlineOrAtTheirNextLogIn) {
  auto c = cast();
  Account online = account(), away = account();
  ASSERT_TRUE(add_slot(c.w1, "espace-p")->has_permanences());
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string t1 = knock(online, "espace-p", "fr")->ticket().ticket();
  const std::string t2 = knock(away, "espace-p", "fr")->ticket().ticket();
  away.conn->run([&] { core_->on_close(away.conn); });
  ASSERT_TRUE(ok(close_duty(c.w1, "espace-p")));
  // Online: told at once.
  auto closed = pushed(online, F::kPermanenceClosed);
  ASSERT_TRUE(closed.has_value());
  EXPECT_EQ(closed->permanence_closed().next_open_local(), "2023-11-15 14:00");
  EXPECT_EQ(pushed(online, F::kTicketClosed)->ticket_closed().reason(), "permanence closed");
  // Away: at her next log-in her client presents the secret and learns the same.
  restart();  // and across a restart of the relay
  reconnect(away);
  auto st = reattach(away);
  ASSERT_TRUE(st && st->has_ticket()) << st->DebugString();
  EXPECT_EQ(st->ticket().ticket(), t2);
  EXPECT_EQ(st->ticket().ended(), "permanence closed");
  EXPECT_TRUE(st->ticket().closed().can_leave_message());
  EXPECT_EQ(st->ticket().closed().next_open_local(), "2023-11-15 14:00");
  EXPECT_EQ(st->ticket().closed().emergency_size(), 2);
  EXPECT_EQ(st->ticket().closed().emergency(0).number(), "112");
  // Told: the relay keeps nothing of it any more; the old secret finds nothing (a replay).
  EXPECT_EQ(err(reattach(away)), wire::NO_SUCH_TICKET);
  // The one told online has it too, and then nothing is kept of hers either.
  reconnect(online);
  EXPECT_EQ(reattach(online)->ticket().ended(), "permanence closed");
  EXPECT_EQ(err(reattach(online)), wire::NO_SUCH_TICKET);
  EXPECT_EQ(stats(c.w1, "espace-p", "2023")->stats().unanswered(), 2u);
  EXPECT_NE(t1, t2);
}

TEST_F(PermanenceTest, HostileMembersAndWorkersAreRefusedAndNobodyElseIsAffected) {
  auto c = cast();
  Account a = account(), mallory = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  const std::string t = knock(a, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, t)->has_ticket_assigned());
  ASSERT_TRUE(ok(handoff(c.w1, t, c.w2)));
  drain(a);
  // Mallory answers the handoff of a's ticket, and tries to take it over by its id.
  EXPECT_EQ(err(answer_handoff(mallory, t, true)), wire::FORBIDDEN);
  EXPECT_EQ(err(end(mallory, t)), wire::FORBIDDEN);
  EXPECT_EQ(err(ticket_send(mallory, t, c.w1)), wire::FORBIDDEN);
  // Mallory floods knocks with fresh secrets: one ticket, one place in the queue.
  std::string mine;
  for (int i = 0; i < 50; ++i) {
    auto k = knock(mallory, "espace-p", "fr");
    ASSERT_TRUE(k && k->has_ticket());
    if (mine.empty()) mine = k->ticket().ticket();
    EXPECT_EQ(k->ticket().ticket(), mine);
  }
  EXPECT_EQ(queue(c.w1, "espace-p")->queue().entries_size(), 1);
  // Malformed and oversize secrets.
  EXPECT_EQ(err(knock_with(mallory, "espace-p", "fr", "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(knock_with(mallory, "espace-p", "fr", std::string(31, 's'))),
            wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(knock_with(mallory, "espace-p", "fr", std::string(100000, 's'))),
            wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(reattach(mallory, std::string(33, 's'))), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(reattach(mallory, std::string(32, 's'))), wire::NO_SUCH_TICKET);
  // Presenting a's secret while holding a ticket of her own is refused.
  EXPECT_EQ(err(reattach(mallory, secrets_[a.id()])), wire::FORBIDDEN);
  // So is an account with no ticket replaying it, as a status or as a knock: a stays bound.
  Account eve = account();
  EXPECT_EQ(err(reattach(eve, secrets_[a.id()])), wire::FORBIDDEN);
  EXPECT_EQ(err(knock_with(eve, "espace-p", "fr", secrets_[a.id()])), wire::FORBIDDEN);
  EXPECT_EQ(err(ticket_send(eve, t, c.w1)), wire::FORBIDDEN);
  // A worker of another organisation, and one off duty.
  EXPECT_EQ(err(take(c.stranger_worker, mine)), wire::FORBIDDEN);
  EXPECT_EQ(err(handoff(c.stranger_worker, t, c.w2)), wire::FORBIDDEN);
  ASSERT_TRUE(ok(close_duty(c.w2, "espace-p")));
  EXPECT_EQ(err(take(c.w2, mine)), wire::NOT_ON_DUTY);
  EXPECT_EQ(err(handoff(c.w1, t, c.stranger_worker)), wire::NOT_ON_DUTY);  // not a colleague
  // a was never disturbed: her ticket, its worker and its offer are as they were.
  auto st = status(a);
  EXPECT_EQ(st->ticket().worker(), c.w1.id());
  EXPECT_EQ(st->ticket().offered_to(), c.w2.id());
  EXPECT_FALSE(pushed(a, F::kTicketClosed, kQuiet).has_value());
  EXPECT_FALSE(pushed(a, F::kTicketAssigned, kQuiet).has_value());
  // The offer's colleague went off duty: accepting is refused and the offer stays.
  EXPECT_EQ(err(answer_handoff(a, t, true)), wire::NOT_ON_DUTY);
  EXPECT_EQ(status(a)->ticket().worker(), c.w1.id());
}

TEST_F(PermanenceTest, AMemberFloodingHerWorkerIsSlowedDownAndNobodyElseIs) {
  config_.messages_per_account = {1, 50};  // the relay's per-account limit, small for the test
  restart();
  auto c = cast();
  Account a = account(), b = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ta = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string tb = knock(b, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, ta)->has_ticket_assigned());
  ASSERT_TRUE(take(c.w1, tb)->has_ticket_assigned());
  size_t delivered = 0;
  wire::ErrorCode refused = wire::ERROR_UNSPECIFIED;
  for (int i = 0; i < 400 && refused == wire::ERROR_UNSPECIFIED; ++i) {
    auto r = ticket_send(a, ta, c.w1);
    ASSERT_TRUE(r.has_value());
    if (r->has_sent()) {
      ++delivered;
    } else {
      refused = err(r);
    }
  }
  EXPECT_EQ(refused, wire::RATE_LIMITED) << "after " << delivered << " messages";
  EXPECT_LT(delivered, 400u);
  // b's conversation with the same worker goes on, and her ticket is untouched.
  auto from_b = ticket_send(b, tb, c.w1);
  ASSERT_TRUE(from_b && from_b->has_sent()) << from_b->DebugString();
  EXPECT_EQ(status(b)->ticket().worker(), c.w1.id());
  EXPECT_FALSE(pushed(b, F::kTicketClosed, kQuiet).has_value());
}

TEST_F(PermanenceTest, WatchingConnectionsAreToldWhenAPermanenceOpensAndCloses) {
  auto c = cast();
  Account watcher = account(), other = account();
  wire::ClientFrame f;
  f.mutable_list_permanences()->set_watch(true);
  ASSERT_TRUE(call(watcher, f)->has_permanences());
  ASSERT_TRUE(call(watcher, f)->has_permanences());  // twice: told once all the same
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  auto opened = duty_event(watcher, wire::OPENED);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(opened->org(), "espace-p");
  EXPECT_FALSE(pushed(watcher, F::kPermanenceEvent, kQuiet).has_value());
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));  // already open: nothing to tell
  ASSERT_TRUE(ok(close_duty(c.w1, "espace-p")));
  EXPECT_FALSE(pushed(watcher, F::kPermanenceEvent, kQuiet).has_value());
  ASSERT_TRUE(ok(close_duty(c.w2, "espace-p")));
  EXPECT_TRUE(duty_event(watcher, wire::CLOSED).has_value());
  EXPECT_FALSE(pushed(other, F::kPermanenceEvent, kQuiet).has_value());  // did not ask
  // A closed connection is dropped from the watchers.
  watcher.conn->run([&] { core_->on_close(watcher.conn); });
  watcher.conn.reset();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
}

TEST_F(PermanenceTest, EndedTicketsNobodyAsksAboutAreForgottenAfterAWeek) {
  auto c = cast();
  Account a = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string t = knock(a, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, t)->has_ticket_assigned());
  ASSERT_TRUE(ok(end(a, t)));  // w1 never asks
  drain(c.w1);
  clock_.advance_ms(PermanenceService::kEndedKeepMs + 1000);
  core_->tick();
  EXPECT_EQ(staff_status(c.w1)->staff_state().ended_size(), 0);
  // A taken ticket nobody ends is ended after 12 hours, and both are told.
  Account b = account();
  const std::string tb = knock(b, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, tb)->has_ticket_assigned());
  clock_.advance_ms(PermanenceService::kTakenTicketMaxMs);
  core_->tick();
  EXPECT_EQ(pushed(b, F::kTicketClosed)->ticket_closed().reason(), "expired");
  EXPECT_EQ(pushed(c.w1, F::kTicketClosed)->ticket_closed().reason(), "expired");
  auto over = reattach(b);
  EXPECT_EQ(over->ticket().ended(), "expired");
  // Its last worker is named, so that her client can attribute what waited for the ticket.
  EXPECT_EQ(over->ticket().worker(), c.w1.id());
}

TEST_F(PermanenceTest, UnauthorisedAttemptsChangeNothing) {
  auto c = cast();
  Account m = account(), other = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ticket = knock(other, "espace-p", "fr")->ticket().ticket();

  EXPECT_EQ(err(queue(m, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(stats(m, "espace-p", "2023")), wire::FORBIDDEN);
  EXPECT_EQ(err(inbox(m, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(take(m, ticket)), wire::FORBIDDEN);
  EXPECT_EQ(err(open_duty(m, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(close_duty(m, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(open_duty(c.root, "espace-p")), wire::FORBIDDEN);  // an admin is not a worker
  EXPECT_EQ(err(queue(c.root, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(queue(c.stranger_worker, "espace-p")), wire::FORBIDDEN);
  EXPECT_EQ(err(stats(c.stranger_worker, "espace-p", "2023")), wire::FORBIDDEN);
  EXPECT_EQ(err(take(c.stranger_worker, ticket)), wire::FORBIDDEN);
  EXPECT_EQ(err(take(c.w2, ticket)), wire::NOT_ON_DUTY);  // a worker, but not on duty
  EXPECT_EQ(err(end(m, ticket)), wire::FORBIDDEN);
  EXPECT_EQ(err(handoff(c.w1, ticket, c.w2)), wire::FORBIDDEN);  // not taken by w1
  EXPECT_EQ(err(answer_handoff(m, ticket, true)), wire::FORBIDDEN);

  // Nothing changed: the ticket still waits first, and the counts show no conversation.
  auto q = queue(c.w1, "espace-p");
  ASSERT_EQ(q->queue().entries_size(), 1);
  EXPECT_EQ(q->queue().entries(0).ticket(), ticket);
  auto st = status(other);
  EXPECT_EQ(st->ticket().place(), 1u);
  EXPECT_TRUE(st->ticket().worker().empty());
  EXPECT_EQ(permanences(m)["espace-p"].on_duty(), 1u);
  EXPECT_EQ(stats(c.root, "espace-p", "2023")->stats().conversations(), 0u);

  // Once taken: a handoff to a colleague off duty is refused; a second take says taken.
  ASSERT_TRUE(take(c.w1, ticket)->has_ticket_assigned());
  EXPECT_EQ(err(handoff(c.w1, ticket, c.w2)), wire::NOT_ON_DUTY);
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  EXPECT_EQ(err(take(c.w2, ticket)), wire::TICKET_TAKEN);
  EXPECT_EQ(err(answer_handoff(other, ticket, true)), wire::INVALID_ARGUMENT);  // none offered
}

TEST_F(PermanenceTest, MalformedPermanenceRequestsAreRefused) {
  auto c = cast();
  auto m = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  EXPECT_EQ(err(knock(m, "espace-p", "fra")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(knock(m, "espace-p", "FR")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(knock(m, "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(knock(m, std::string(200, 'x'))), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(status(m)), wire::NO_SUCH_TICKET);  // none of those made a ticket
  EXPECT_EQ(err(take(c.w1, "abc")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(take(c.w1, std::string(1000, 'a'))), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(take(c.w1, "aaaaaaaa")), wire::NO_SUCH_TICKET);
  EXPECT_EQ(err(end(c.w1, "aaaaaaaa")), wire::NO_SUCH_TICKET);
  EXPECT_EQ(err(answer_handoff(m, "!!!!!!!!", true)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(open_duty(c.w1, "espace-p", "atlantis")), wire::NO_SUCH_ROOM);
  EXPECT_EQ(err(open_duty(c.w1, "Espace P")), wire::INVALID_ARGUMENT);
  for (const char* period :
       {"", "23", "2023-13", "2023-1", "2023-W00", "2023-W53", "1999", "2023-W5x", "2023-11-14"}) {
    EXPECT_EQ(err(stats(c.w1, "espace-p", period)), wire::INVALID_ARGUMENT) << period;
  }
  EXPECT_EQ(err(message_sent(m, "espace-p", "short")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(message_sent(m, "espace-p", std::string(17, 'x'))), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(message_sent(m, "no-such-org", std::string(16, 'x'))), wire::NO_SUCH_ORG);
  EXPECT_EQ(err(message_handled(c.w1, "espace-p", std::string(16, 'y'))), wire::NO_SUCH_MESSAGE);
  EXPECT_EQ(inbox(c.w1, "espace-p")->inbox().entries_size(), 0);
}

TEST_F(PermanenceTest, TwoWorkersTakingOneTicketAtOnceGetItOnceOnly) {
  auto c = cast();
  auto m = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  for (int round = 0; round < 300; ++round) {
    auto t = knock(m, "espace-p", "fr");
    ASSERT_TRUE(t && t->has_ticket());
    const std::string ticket = t->ticket().ticket();
    std::optional<F> r1, r2;
    std::atomic<bool> go{false};
    auto racer = [&](Account& w, std::optional<F>& out) {
      while (!go.load()) std::this_thread::yield();
      out = take(w, ticket);
    };
    // take() numbers requests with a shared counter; each racer uses its own connection.
    std::thread t1([&] { racer(c.w1, r1); });
    std::thread t2([&] { racer(c.w2, r2); });
    go = true;
    t1.join();
    t2.join();
    ASSERT_TRUE(r1 && r2);
    const int won = (r1->has_ticket_assigned() ? 1 : 0) + (r2->has_ticket_assigned() ? 1 : 0);
    ASSERT_EQ(won, 1) << "round " << round;
    ASSERT_EQ(err(r1->has_ticket_assigned() ? r2 : r1), wire::TICKET_TAKEN);
    ASSERT_TRUE(ok(end(m, ticket)));
    drain(m);
    drain(c.w1);
    drain(c.w2);
  }
  EXPECT_EQ(stats(c.w1, "espace-p", "2023-W46")->stats().conversations(), 300u);
}

// ---------------------------------------------------------------------------------------------
// Out of hours

TEST_F(PermanenceTest, AnOutOfHoursMessageIsMarkedHandledForTheColleagues) {
  auto c = cast();
  auto m = account();
  const std::string message_id = crypto::random_bytes(16);
  ASSERT_TRUE(ok(message_sent(m, "espace-p", message_id)));
  ASSERT_TRUE(ok(message_sent(m, "espace-p", message_id)));  // a retry counts once
  auto box = inbox(c.w2, "espace-p");
  ASSERT_TRUE(box && box->has_inbox());
  ASSERT_EQ(box->inbox().entries_size(), 1);
  EXPECT_EQ(box->inbox().entries(0).message_id(), message_id);
  EXPECT_EQ(box->inbox().entries(0).received_ms(), kStartMs);
  EXPECT_FALSE(box->inbox().entries(0).handled());
  EXPECT_EQ(err(message_handled(m, "espace-p", message_id)), wire::FORBIDDEN);
  EXPECT_EQ(err(message_handled(c.stranger_worker, "espace-p", message_id)), wire::FORBIDDEN);
  EXPECT_EQ(err(inbox(c.stranger_worker, "espace-p")), wire::FORBIDDEN);

  ASSERT_TRUE(ok(message_handled(c.w1, "espace-p", message_id)));
  auto told = duty_event(c.w2, wire::ORG_MESSAGE_HANDLED);
  ASSERT_TRUE(told.has_value());
  EXPECT_EQ(told->message_id(), message_id);
  EXPECT_EQ(told->org(), "espace-p");

  restart();
  reconnect(c.w2);
  box = inbox(c.w2, "espace-p");
  ASSERT_EQ(box->inbox().entries_size(), 1);
  EXPECT_TRUE(box->inbox().entries(0).handled());
  EXPECT_EQ(stats(c.w2, "espace-p", "2023-11")->stats().org_messages(), 1u);
  // Markers go after queue-max-age, 30 days by default: the envelopes they stand for have
  // left the workers' queues by then too.
  clock_.advance_ms(29ull * 24 * 3600 * 1000);
  core_->tick();
  EXPECT_EQ(inbox(c.w2, "espace-p")->inbox().entries_size(), 1);
  clock_.advance_ms(1ull * 24 * 3600 * 1000 + 1000);
  core_->tick();
  EXPECT_EQ(inbox(c.w2, "espace-p")->inbox().entries_size(), 0);
}

// A flood of out-of-hours messages from one account (issue 15): one marker and one count per
// account and organisation per --org-message-interval, the rest refused RATE_LIMITED; another
// member's message still gets in and counts, and nothing of theirs is evicted.
TEST_F(PermanenceTest, AFloodOfOutOfHoursMessagesFromOneAccountCountsOnceAndEvictsNoOne) {
  auto c = cast();
  auto flooder = account();
  auto honest = account();
  const std::string first = crypto::random_bytes(16);
  ASSERT_TRUE(ok(message_sent(flooder, "espace-p", first)));
  for (int i = 0; i < 200; ++i) {
    ASSERT_EQ(err(message_sent(flooder, "espace-p", crypto::random_bytes(16))), wire::RATE_LIMITED)
        << "message " << i;
  }
  ASSERT_TRUE(ok(message_sent(flooder, "espace-p", first)));  // its own retry is still answered
  const std::string honest_id = crypto::random_bytes(16);
  ASSERT_TRUE(ok(message_sent(honest, "espace-p", honest_id)));
  // The limit is per organisation: the flooder may still write to another one.
  ASSERT_TRUE(ok(message_sent(flooder, "alias", crypto::random_bytes(16))));

  auto box = inbox(c.w1, "espace-p");
  ASSERT_TRUE(box && box->has_inbox());
  ASSERT_EQ(box->inbox().entries_size(), 2);
  std::set<std::string> ids;
  for (const auto& e : box->inbox().entries()) ids.insert(e.message_id());
  EXPECT_EQ(ids, (std::set<std::string>{first, honest_id}));
  EXPECT_EQ(stats(c.w1, "espace-p", "2023")->stats().org_messages(), 2u);

  // After the interval, one more.
  clock_.advance_ms(std::chrono::milliseconds(config_.org_message_interval).count() + 1000);
  EXPECT_TRUE(ok(message_sent(flooder, "espace-p", crypto::random_bytes(16))));
}

// A full inbox refuses the newcomer (QUEUE_FULL) instead of evicting someone else's message.
TEST_F(PermanenceTest, AFullOrganisationInboxRefusesAndKeepsWhatItHolds) {
  config_.org_inbox_max = 3;
  restart();
  auto c = cast();
  std::set<std::string> kept;
  while (kept.size() < 3) kept.insert(crypto::random_bytes(16));
  std::vector<Account> senders;
  for (const auto& id : kept) {
    senders.push_back(account());
    ASSERT_TRUE(ok(message_sent(senders.back(), "espace-p", id)));
  }
  auto late = account();
  auto refused = message_sent(late, "espace-p", crypto::random_bytes(16));
  ASSERT_EQ(err(refused), wire::QUEUE_FULL);
  EXPECT_NE(refused->error().message().find("inbox is full"), std::string::npos);
  auto box = inbox(c.w2, "espace-p");
  ASSERT_TRUE(box && box->has_inbox());
  std::set<std::string> ids;
  for (const auto& e : box->inbox().entries()) ids.insert(e.message_id());
  EXPECT_EQ(ids, kept);
  EXPECT_EQ(stats(c.w2, "espace-p", "2023")->stats().org_messages(), 3u);
}

// Found by the second attacker review (issue 15): 10,000 markers from many accounts of one
// person filled the inbox and a real member's was refused. Now the accounts of one network hold
// at most org-inbox-per-network of it; another network's member still gets in.
TEST_F(PermanenceTest, TheAccountsOfOneNetworkHoldOnlyTheirPartOfAnInbox) {
  config_.org_inbox_per_network = 2;
  restart();
  auto c = cast();
  for (int i = 0; i < 2; ++i) {
    auto sybil = account();
    ASSERT_TRUE(ok(message_sent(sybil, "espace-p", crypto::random_bytes(16))));
  }
  auto third = account();
  auto refused = message_sent(third, "espace-p", crypto::random_bytes(16));
  ASSERT_EQ(err(refused), wire::QUEUE_FULL);
  EXPECT_NE(refused->error().message().find("from your network"), std::string::npos);
  auto elsewhere = registered_client({}, /*address_key=*/99);
  const std::string real = crypto::random_bytes(16);
  ASSERT_TRUE(ok(message_sent(elsewhere, "espace-p", real)));
  auto box = inbox(c.w2, "espace-p");
  ASSERT_TRUE(box && box->has_inbox());
  EXPECT_EQ(box->inbox().entries_size(), 3);
  EXPECT_EQ(core_->context().refusals(Refusal::org_inbox_network), 1u);
}

TEST_F(PermanenceRefusedTest, ChangesRefusedByAnOverloadedStoreChangeNothing) {
  auto c = cast();
  auto m = account();
  const std::string message_id = crypto::random_bytes(16);
  {
    StoreOverload overload(*store_, kMaxPending);
    EXPECT_EQ(err(add_slot(c.w1, "espace-p")), wire::STORE_FAILURE);
    EXPECT_EQ(err(create_org(c.root, "payoke")), wire::STORE_FAILURE);
    EXPECT_EQ(err(message_sent(m, "espace-p", message_id)), wire::STORE_FAILURE);
    EXPECT_EQ(err(open_duty(c.w1, "espace-p")), wire::STORE_FAILURE);
    // Reads are answered meanwhile, and show nothing of the refused changes.
    wire::ClientFrame f;
    f.mutable_list_permanences();
    auto list = call(m, f);
    ASSERT_TRUE(list && list->has_permanences());
    for (const auto& p : list->permanences().permanences()) {
      EXPECT_NE(p.org(), "payoke");
      EXPECT_EQ(p.slots_size(), 0) << p.org();
    }
    EXPECT_EQ(inbox(c.w1, "espace-p")->inbox().entries_size(), 0);
  }
  // Once the store accepts again, the same requests go through (nothing stands in their way).
  ASSERT_TRUE(create_org(c.root, "payoke")->has_org_list());
  auto added = add_slot(c.w1, "espace-p");
  ASSERT_TRUE(added && added->has_permanences()) << added->DebugString();
  EXPECT_EQ(added->permanences().permanences(0).slots(0).slot_id(), 1u);
  ASSERT_TRUE(ok(message_sent(m, "espace-p", message_id)));
  EXPECT_EQ(inbox(c.w1, "espace-p")->inbox().entries_size(), 1);
  // Tickets: a refused knock makes none; a refused take leaves it waiting first.
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  {
    StoreOverload overload(*store_, kMaxPending);
    EXPECT_EQ(err(knock(m, "espace-p", "fr")), wire::STORE_FAILURE);
    EXPECT_EQ(err(status(m)), wire::NO_SUCH_TICKET);
  }
  const std::string t = knock(m, "espace-p", "fr")->ticket().ticket();
  {
    StoreOverload overload(*store_, kMaxPending);
    EXPECT_EQ(err(take(c.w1, t)), wire::STORE_FAILURE);
    EXPECT_EQ(err(end(m, t)), wire::STORE_FAILURE);
    EXPECT_EQ(err(close_duty(c.w1, "espace-p")), wire::STORE_FAILURE);
  }
  auto q = queue(c.w1, "espace-p");
  ASSERT_EQ(q->queue().entries_size(), 1);
  EXPECT_EQ(q->queue().entries(0).ticket(), t);
  EXPECT_EQ(status(m)->ticket().place(), 1u);
  EXPECT_TRUE(permanences(m)["espace-p"].open());
  EXPECT_TRUE(take(c.w1, t)->has_ticket_assigned());
}

// ---------------------------------------------------------------------------------------------
// Upkeep, resources, what is stored

// A knock abandoned (issue 15): a waiting ticket whose member has had no connection for the
// grace leaves the queue; those behind move up and are told; she is told at her next log-in and
// may knock again. A member online keeps her place, and a taken ticket is never given up.
TEST_F(PermanenceTest, AWaitingTicketWhoseMemberIsAwayLeavesTheQueue) {
  auto c = cast();
  Account a = account(), b = account(), d = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ta = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string tb = knock(b, "espace-p", "fr")->ticket().ticket();
  const std::string td = knock(d, "espace-p", "fr")->ticket().ticket();
  drain(b);
  drain(d);
  close_connection(a.conn);
  const uint64_t grace_ms = config_.permanence_away_grace.count() * 1000;
  clock_.advance_ms(grace_ms - 1000);
  core_->tick();
  EXPECT_EQ(queue(c.w1, "espace-p")->queue().entries_size(), 3);
  drain(c.w1);
  clock_.advance_ms(1000);
  core_->check_away();
  auto q = queue(c.w1, "espace-p");
  ASSERT_EQ(q->queue().entries_size(), 2);
  EXPECT_EQ(q->queue().entries(0).ticket(), tb);
  // Those behind are told their new place, once each; the workers the queue's length.
  auto moved = pushed(b, F::kTicket);
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->ticket().place(), 1u);
  EXPECT_EQ(pushed(d, F::kTicket)->ticket().place(), 2u);
  EXPECT_FALSE(pushed(b, F::kTicket, kQuiet));
  auto changed = duty_event(c.w1, wire::QUEUE_CHANGED);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->queue_length(), 2u);
  // She comes back: told why, once; then she may knock again, behind the others.
  reconnect(a);
  auto told = reattach(a);
  ASSERT_TRUE(told && told->has_ticket());
  EXPECT_EQ(told->ticket().ticket(), ta);
  EXPECT_EQ(told->ticket().ended(), "away");
  EXPECT_EQ(err(reattach(a)), wire::NO_SUCH_TICKET);  // told: nothing is kept of it
  auto again = knock(a, "espace-p", "fr");
  ASSERT_TRUE(again && again->has_ticket());
  EXPECT_EQ(again->ticket().place(), 3u);
  // b is taken, then away for hours: her conversation stays; d, online, keeps her place.
  ASSERT_TRUE(take(c.w1, tb)->has_ticket_assigned());
  close_connection(b.conn);
  clock_.advance_ms(10 * grace_ms);
  core_->tick();
  auto held = staff_status(c.w1);
  ASSERT_TRUE(held && held->has_staff_state());
  ASSERT_EQ(held->staff_state().tickets_size(), 1);
  EXPECT_EQ(held->staff_state().tickets(0).ticket(), tb);
  EXPECT_EQ(status(d)->ticket().place(), 1u);
  EXPECT_EQ(status(a)->ticket().place(), 2u);
  EXPECT_EQ(core_->context().refusals(Refusal::permanence_away), 1u);
  // Counted as unanswered, as a member who left is.
  auto day = stats(c.w1, "espace-p", "2023");
  ASSERT_TRUE(day && day->has_stats());
  EXPECT_EQ(day->stats().unanswered(), 1u);
}

// After a restart nobody has presented a secret yet: the grace counts from the relay's start, so
// a member who comes back within it keeps her place, and one who does not gives it up.
TEST_F(PermanenceTest, AfterARestartTheGraceCountsFromTheStart) {
  auto c = cast();
  Account a = account(), b = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ta = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string tb = knock(b, "espace-p", "fr")->ticket().ticket();
  close_connection(a.conn);
  clock_.advance_ms(10ull * 60 * 1000);  // away ten minutes while the relay was down
  restart();
  core_->tick();
  reconnect(c.w1);
  EXPECT_EQ(queue(c.w1, "espace-p")->queue().entries_size(), 2);
  const uint64_t grace_ms = config_.permanence_away_grace.count() * 1000;
  clock_.advance_ms(grace_ms - 1000);
  reconnect(b);
  ASSERT_EQ(reattach(b)->ticket().place(), 2u);
  clock_.advance_ms(1000);
  core_->check_away();
  auto q = queue(c.w1, "espace-p");
  ASSERT_EQ(q->queue().entries_size(), 1);
  EXPECT_EQ(q->queue().entries(0).ticket(), tb);
  EXPECT_EQ(pushed(b, F::kTicket)->ticket().place(), 1u);
  reconnect(a);
  EXPECT_EQ(reattach(a)->ticket().ended(), "away");
  (void)ta;
}

// A permanence's queue holds permanence-queue-max, of which one network's accounts hold
// permanence-queue-per-network: a knock past them makes no ticket and is answered as in closed
// time (the emergency numbers, whether a message can be left), with why.
TEST_F(PermanenceTest, AQueueHoldsItsMaxAndOneNetworksPart) {
  close_relay();
  config_.permanence_queue_max = 3;
  config_.permanence_queue_per_network = 2;
  open();
  auto c = cast();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  Account n1a = registered_client({}, 11), n1b = registered_client({}, 11),
          n1c = registered_client({}, 11), n2 = registered_client({}, 12),
          n3 = registered_client({}, 13);
  EXPECT_TRUE(knock(n1a, "espace-p", "fr")->has_ticket());
  EXPECT_TRUE(knock(n1b, "espace-p", "fr")->has_ticket());
  auto refused = knock(n1c, "espace-p", "fr");
  ASSERT_TRUE(refused && refused->has_permanence_closed()) << refused->DebugString();
  EXPECT_EQ(refused->permanence_closed().full(), wire::QUEUE_NETWORK_SHARE);
  EXPECT_EQ(refused->permanence_closed().emergency_size(), 2);
  EXPECT_TRUE(refused->permanence_closed().can_leave_message());
  EXPECT_EQ(err(status(n1c)), wire::NO_SUCH_TICKET);
  EXPECT_TRUE(knock(n2, "espace-p", "fr")->has_ticket());
  auto full = knock(n3, "espace-p", "fr");
  ASSERT_TRUE(full && full->has_permanence_closed());
  EXPECT_EQ(full->permanence_closed().full(), wire::QUEUE_AT_MAX);
  // Knocking again (the same secret) on a full queue still answers with one's own ticket.
  EXPECT_TRUE(knock_with(n1a, "espace-p", "fr", secrets_[n1a.id()])->has_ticket());
  // One leaves: there is room again for her network.
  ASSERT_TRUE(ok(leave(n1a)));
  EXPECT_TRUE(knock(n1c, "espace-p", "fr")->has_ticket());
  EXPECT_EQ(core_->context().refusals(Refusal::permanence_queue_network), 1u);
  EXPECT_EQ(core_->context().refusals(Refusal::permanence_queue_max), 1u);
}

// New accounts, whatever their network, hold at most half the queue together (here 2 of 4);
// an account with a role is never new. Knocks that make a ticket are limited per account
// (knock and leave in a loop).
TEST_F(PermanenceTest, NewAccountsShareOnePartAndKnocksAreLimitedPerAccount) {
  close_relay();
  config_.permanence_queue_max = 4;
  config_.permanence_queue_per_network = 2;
  config_.new_account_days = 7;
  config_.knocks_per_account = {0.001, 3};
  open();
  auto c = cast();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  Account a = registered_client({}, 21), b = registered_client({}, 22),
          d = registered_client({}, 23);
  EXPECT_TRUE(knock(a, "espace-p", "fr")->has_ticket());
  EXPECT_TRUE(knock(b, "espace-p", "fr")->has_ticket());
  auto refused = knock(d, "espace-p", "fr");
  ASSERT_TRUE(refused && refused->has_permanence_closed());
  EXPECT_EQ(refused->permanence_closed().full(), wire::QUEUE_NETWORK_SHARE);
  reconnect(c.stranger_worker);  // roles are read at log-in
  EXPECT_TRUE(knock(c.stranger_worker, "espace-p", "fr")->has_ticket());  // holds a role
  EXPECT_EQ(core_->context().refusals(Refusal::permanence_queue_new_accounts), 1u);
  // a knocked once; leaves and knocks twice more, then is refused.
  ASSERT_TRUE(ok(leave(a)));
  EXPECT_TRUE(knock(a, "espace-p", "fr")->has_ticket());
  ASSERT_TRUE(ok(leave(a)));
  EXPECT_TRUE(knock(a, "espace-p", "fr")->has_ticket());
  ASSERT_TRUE(ok(leave(a)));
  EXPECT_EQ(err(knock(a, "espace-p", "fr")), wire::RATE_LIMITED);
  EXPECT_EQ(err(status(a)), wire::NO_SUCH_TICKET);
  EXPECT_EQ(core_->context().refusals(Refusal::knock_account), 1u);
}

TEST_F(PermanenceTest, AWorkerGoneOfflineGoesOffDutyAndTheWaitingAreTold) {
  auto c = cast();
  auto m = account();
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(knock(m, "espace-p")->has_ticket());
  c.w1.conn->run([&] { core_->on_close(c.w1.conn); });
  core_->tick();
  EXPECT_TRUE(permanences(m)["espace-p"].open());  // a short absence keeps it open
  clock_.advance_ms(PermanenceService::kDutyOfflineMs);
  core_->tick();
  EXPECT_FALSE(permanences(m)["espace-p"].open());
  EXPECT_TRUE(pushed(m, F::kPermanenceClosed).has_value());
}

TEST_F(PermanenceTest, ResourcesAreServedByVersion) {
  auto m = account();
  wire::ClientFrame f;
  f.mutable_get_resources();
  auto first = call(m, f);
  ASSERT_TRUE(first && first->has_resources());
  std::ifstream in(resources_path_);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(first->resources().json(), text);
  EXPECT_EQ(first->resources().version().size(), 64u);
  f.mutable_get_resources()->set_version(first->resources().version());
  auto current = call(m, f);
  EXPECT_EQ(current->resources().version(), first->resources().version());
  EXPECT_EQ(current->resources().json(), "");  // the client's copy is current
  f.mutable_get_resources()->set_version("stale");
  EXPECT_EQ(call(m, f)->resources().json(), text);
}

TEST_F(PermanenceTest, WithoutAResourcesFileTheDirectoryIsEmpty) {
  close_relay();
  config_.resources_file.clear();
  open();
  auto m = account();
  wire::ClientFrame f;
  f.mutable_get_resources();
  EXPECT_EQ(call(m, f)->resources().json(), "{}");
}

TEST_F(PermanenceTest, ARelayRefusesToStartWithAResourcesFileThatIsNotJson) {
  close_relay();
  std::ofstream(resources_path_) << "{\"emergency\": [";
  RocksOptions options;
  options.path = (dir_ / "store").string();
  auto store = open_rocks_store(options);
  ASSERT_TRUE(store.ok());
  auto core = RelayCore::create(**store, config_, clock_, metrics_);
  ASSERT_FALSE(core.ok());
  EXPECT_NE(core.error().message.find("not JSON"), std::string::npos) << core.error().message;
  EXPECT_NE(core.error().message.find(resources_path_), std::string::npos);
  config_.resources_file = (dir_ / "missing.json").string();
  core = RelayCore::create(**store, config_, clock_, metrics_);
  ASSERT_FALSE(core.ok());
  EXPECT_NE(core.error().message.find("cannot be read"), std::string::npos);
}

TEST_F(PermanenceTest, TheDataFolderHoldsNoTicketAndNoAccountNextToOne) {
  auto c = cast();
  Account a = account(), b = account();
  ASSERT_TRUE(add_slot(c.w1, "espace-p")->has_permanences());
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  const std::string ticket_a = knock(a, "espace-p", "fr")->ticket().ticket();
  const std::string ticket_b = knock(b, "espace-p", "en")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, ticket_a)->has_ticket_assigned());
  ASSERT_TRUE(ok(message_sent(b, "espace-p", crypto::random_bytes(16))));
  ASSERT_TRUE(ok(end(c.w1, ticket_a)));
  ASSERT_TRUE(ok(close_duty(c.w1, "espace-p")));
  ASSERT_TRUE(pushed(b, F::kPermanenceClosed).has_value());
  close_relay();  // everything written and flushed

  EXPECT_FALSE(on_disk(ticket_a));
  EXPECT_FALSE(on_disk(ticket_b));
  open();
  for (const auto* m : {&a, &b}) {
    EXPECT_FALSE(in_table(Table::orgs, m->id()));
    EXPECT_FALSE(in_table(Table::counters, m->id()));
  }
  // A live ticket with a handoff, taken by one worker and offered to another, stored over a
  // restart: its records name the workers, never the member, and hold neither its id nor the
  // member's secret.
  Account d = account();
  reconnect(c.w1);
  reconnect(c.w2);
  ASSERT_TRUE(ok(open_duty(c.w1, "espace-p")));
  ASSERT_TRUE(ok(open_duty(c.w2, "espace-p")));
  const std::string ticket_d = knock(d, "espace-p", "fr")->ticket().ticket();
  ASSERT_TRUE(take(c.w1, ticket_d)->has_ticket_assigned());
  ASSERT_TRUE(ok(handoff(c.w1, ticket_d, c.w2)));
  ASSERT_TRUE(ok(answer_handoff(d, ticket_d, true)));
  close_relay();
  EXPECT_FALSE(on_disk(ticket_d));
  EXPECT_FALSE(on_disk(secrets_[d.id()]));
  open();
  EXPECT_FALSE(in_table(Table::orgs, d.id()));
  EXPECT_TRUE(in_table(Table::orgs, c.w2.id()));  // the worker who holds it
}

// ---------------------------------------------------------------------------------------------
// The counts' arithmetic

TEST(PermanenceCountsTest, PeriodsAreYearsMonthsAndIsoWeeks) {
  using namespace std::chrono;
  auto y = counts::parse_period("2026");
  ASSERT_TRUE(y.ok());
  EXPECT_EQ(y->first, schedule::Date(year(2026) / January / 1));
  EXPECT_EQ(y->last, schedule::Date(year(2026) / December / 31));
  auto m = counts::parse_period("2024-02");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->last, schedule::Date(year(2024) / February / 29));
  auto w = counts::parse_period("2026-W47");
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->first, schedule::Date(year(2026) / November / 16));  // a Monday
  EXPECT_EQ(w->last, schedule::Date(year(2026) / November / 22));
  auto w1 = counts::parse_period("2021-W01");  // 2021 began on a Friday: week 1 starts 4 January
  ASSERT_TRUE(w1.ok());
  EXPECT_EQ(w1->first, schedule::Date(year(2021) / January / 4));
  EXPECT_TRUE(counts::parse_period("2020-W53").ok());  // a long ISO year
  EXPECT_FALSE(counts::parse_period("2021-W53").ok());
  for (const char* bad :
       {"", "2026-", "2026-00", "2026-W", "2200", "abcd", "2026-11-01", " 2026"}) {
    EXPECT_FALSE(counts::parse_period(bad).ok()) << bad;
  }
}

TEST(PermanenceCountsTest, WaitPercentilesComeFromFixedBuckets) {
  records::PermanenceDay day, other, total;
  for (int i = 0; i < 8; ++i) counts::add_wait(day, 20);  // < 30 s
  counts::add_wait(day, 200);                             // 180..300 s
  counts::add_wait(other, 5000);                          // 3600..5400 s
  counts::add_language(day, "fr");
  counts::add_language(other, "fr");
  counts::add_language(other, "");
  counts::merge(total, day);
  counts::merge(total, other);
  auto s = counts::to_stats(total);
  EXPECT_EQ(s.wait_p50_s(), 30u);  // the upper bound of the first bucket
  EXPECT_EQ(s.wait_max_s(), 5000u);
  EXPECT_EQ(s.wait_p90_s(), 300u);
  ASSERT_EQ(s.languages_size(), 1);
  EXPECT_EQ(s.languages(0).count(), 2u);
}

}  // namespace
}  // namespace relais::server::testing
