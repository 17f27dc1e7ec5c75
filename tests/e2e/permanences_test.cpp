// Chat permanences end to end: a real relaisd serving the resources directory, real `relais`
// homes for an admin, two outreach workers and three members. A knock on a closed door; a
// permanence opened; three members knock in three languages; two workers take the same ticket
// at the same instant and exactly one gets it; a conversation both ways; a handoff; the close
// tells the one still waiting; an out-of-hours message read and marked handled; the counts;
// and the relay's data folder holds no ticket, pseudonym or text.
#include <gtest/gtest.h>

#include <fstream>
#include <future>
#include <functional>
#include <iterator>
#include <thread>

#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
namespace json = boost::json;

std::vector<json::object> with(const std::vector<json::object>& lines, const char* key,
                               const std::string& value) {
  std::vector<json::object> out;
  for (const auto& l : lines)
    if (str(l, key) == value) out.push_back(l);
  return out;
}

std::string resources_file() {
  return std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json";
}

std::string this_month() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m", &tm);
  return buf;
}

class Permanences : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data", relais::testing::free_loopback_port(),
                                     std::vector<std::string>{"--resources", resources_file()});
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", (root_ / "data").string(), "admin-invite"},
                                             {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : {&w1_, &w2_, &a_}) p->register_on(*relay_);
    admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en,nl",
               "--region", "brussels"});
    for (auto* w : {&w1_, &w2_}) admin_.ok({"admin", "grant", "outreach", w->id(), "espace-p"});
    w1_.ok({"permanence", "add", "espace-p", "--room", "brussels", "--weekday", "tue", "--start",
            "14:00", "--end", "15:00", "--lang", "fr,en"});
  }
  // The first line of a command's JSON output.
  json::object one(Person& p, std::vector<std::string> args) {
    auto lines = p.ok(std::move(args));
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? json::object{} : lines[0];
  }
  std::vector<json::object> sync(Person& p) { return p.ok({"sync", "--wait", "0"}); }
  // What `p`, online (as in a chat window), sees while `action` happens. Pushes about tickets
  // go to those online; `relais ticket` tells the rest.
  std::vector<json::object> online_during(Person& p, const std::function<void()>& action) {
    auto listening =
        std::async(std::launch::async, [&] { return p.run({"sync", "--wait", "3", "--json"}); });
    std::this_thread::sleep_for(1500ms);  // logged in and caught up
    action();
    auto r = listening.get();
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json_lines(r.out);
  }

  relais::testing::TempDir root_{"relais-e2e-permanences"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, w1_{root_, "wanda"}, w2_{root_, "wilma"}, a_{root_, "aya"};
};

TEST_F(Permanences, TheScheduleIsListedWithItsNextOpening) {
  auto list = a_.ok({"permanences"});
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(str(list[0], "org"), "espace-p");
  EXPECT_FALSE(flag(list[0], "open"));
  EXPECT_EQ(str(list[0], "next_open").substr(11), "14:00");  // Brussels time, a Tuesday
  EXPECT_GT(num(list[0], "next_open_ms"), 0u);
  ASSERT_EQ(list[0].at("slots").as_array().size(), 1u);
  // Cancelling the next date moves the next opening a week on.
  const std::string next = str(list[0], "next_open").substr(0, 10);
  w1_.ok({"permanence", "cancel", "espace-p", next});
  auto later = one(a_, {"permanences"});
  EXPECT_NE(str(later, "next_open").substr(0, 10), next);
  EXPECT_EQ(num(later, "next_open_ms") - num(list[0], "next_open_ms"), 7u * 86400 * 1000);
}

TEST_F(Permanences, AKnockOnAClosedDoorAnswersAtOnceWithWhereToTurn) {
  auto closed = one(a_, {"knock", "espace-p", "--lang", "fr"});
  EXPECT_FALSE(flag(closed, "open"));
  EXPECT_FALSE(str(closed, "next_open").empty());
  EXPECT_TRUE(flag(closed, "can_leave_message"));
  std::vector<std::string> numbers;
  for (const auto& e : closed.at("emergency").as_array()) numbers.push_back(str(e.as_object(), "number"));
  for (const char* n : {"112", "101", "100"}) {
    EXPECT_NE(std::find(numbers.begin(), numbers.end(), n), numbers.end()) << n;
  }
  EXPECT_NE(a_.run({"knock", "atlantis"}).exit_code, 0);
}

TEST_F(Permanences, APermanenceFromOpeningToClose) {
  // Five registrations from one address is the relay's burst: the admin knocks as the third.
  Person b(root_, "bea");
  b.register_on(*relay_);
  Person& c = admin_;
  for (auto* p : {&a_, &b, &c}) p->ok({"join", "brussels"});
  for (auto* p : {&a_, &b, &c}) sync(*p);

  w1_.ok({"staff", "open", "espace-p"});
  w2_.ok({"staff", "open", "espace-p"});
  // Members of the room are told.
  auto events = with(sync(a_), "kind", "event");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(str(events.back(), "event"), "permanence_started");
  EXPECT_TRUE(flag(one(a_, {"permanences"}), "open"));

  auto ta = one(a_, {"knock", "espace-p", "--lang", "fr"});
  auto tb = one(b, {"knock", "espace-p", "--lang", "nl"});
  auto tc = one(c, {"knock", "espace-p", "--lang", "en"});
  EXPECT_EQ(num(ta, "place"), 1u);
  EXPECT_EQ(num(tb, "place"), 2u);
  EXPECT_EQ(num(tc, "place"), 3u);
  EXPECT_GT(num(tc, "wait_estimate_s"), num(ta, "wait_estimate_s"));
  // Knocking again keeps one's place.
  EXPECT_EQ(str(one(b, {"knock", "espace-p", "--lang", "nl"}), "ticket"), str(tb, "ticket"));

  // The queue shows tickets, languages and waiting times: no pseudonym, no account.
  auto queue = w1_.ok({"staff", "queue", "espace-p"});
  ASSERT_EQ(queue.size(), 3u);
  EXPECT_EQ(str(queue[0], "ticket"), str(ta, "ticket"));
  EXPECT_EQ(str(queue[1], "lang"), "nl");
  for (const auto& q : queue) {
    for (const auto& [key, _] : q) {
      EXPECT_TRUE(key == "org" || key == "ticket" || key == "lang" || key == "waiting_s") << key;
    }
  }

  // Two workers take the same ticket at the same instant: exactly one gets it.
  const std::string first = str(ta, "ticket");
  auto take1 = std::async(std::launch::async, [&] { return w1_.run({"staff", "take", first, "--json"}); });
  auto take2 = std::async(std::launch::async, [&] { return w2_.run({"staff", "take", first, "--json"}); });
  auto r1 = take1.get();
  auto r2 = take2.get();
  ASSERT_EQ((r1.exit_code == 0) + (r2.exit_code == 0), 1) << r1.err << r2.err;
  Person& taker = r1.exit_code == 0 ? w1_ : w2_;
  Person& other = r1.exit_code == 0 ? w2_ : w1_;
  EXPECT_NE((r1.exit_code == 0 ? r2 : r1).err.find("took"), std::string::npos);
  // Online, the member is told at once who took its ticket.
  auto at_b = online_during(b, [&] { other.ok({"staff", "take", str(tb, "ticket")}); });
  auto taken = with(with(at_b, "kind", "conversation"), "ticket", str(tb, "ticket"));
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_EQ(str(taken[0], "peer"), other.id());
  EXPECT_FALSE(flag(taken[0], "as_worker"));

  // A conversation both ways, marked as the ticket's.
  auto mine = one(a_, {"ticket"});
  EXPECT_EQ(str(mine, "worker"), taker.id());
  a_.ok({"ticket", "say", "bonjour, j'ai une question"});
  auto at_worker = with(sync(taker), "kind", "ticket_message");
  ASSERT_EQ(at_worker.size(), 1u);
  EXPECT_EQ(str(at_worker[0], "ticket"), first);
  EXPECT_EQ(str(at_worker[0], "text"), "bonjour, j'ai une question");
  auto waiting = with(taker.ok({"staff", "tickets"}), "ticket", first);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_TRUE(flag(waiting[0], "awaiting_reply"));  // nobody who wrote is forgotten
  taker.ok({"staff", "say", first, "bonjour, je vous écoute"});
  EXPECT_FALSE(flag(with(taker.ok({"staff", "tickets"}), "ticket", first)[0], "awaiting_reply"));
  auto at_member = with(sync(a_), "kind", "ticket_message");
  ASSERT_EQ(at_member.size(), 1u);
  EXPECT_EQ(str(at_member[0], "text"), "bonjour, je vous écoute");
  EXPECT_EQ(str(at_member[0], "ticket"), first);

  // A handoff, once the person accepts.
  auto offer = with(online_during(a_, [&] { taker.ok({"staff", "handoff", first, other.id()}); }),
                    "kind", "handoff");
  ASSERT_EQ(offer.size(), 1u);
  EXPECT_EQ(str(offer[0], "to_worker"), other.id());
  std::vector<json::object> closed_for_taker;
  auto at_other = online_during(other, [&] {
    closed_for_taker = with(online_during(taker, [&] { a_.ok({"ticket", "accept"}); }), "kind",
                            "ticket_closed");
  });
  // The new worker is told, and is passed the conversation so far by the member's device
  // before her `ticket accept` returns.
  EXPECT_EQ(with(with(at_other, "kind", "conversation"), "ticket", first).size(), 1u);
  auto so_far = with(with(at_other, "kind", "ticket_message"), "ticket", first);
  ASSERT_EQ(so_far.size(), 2u);
  EXPECT_EQ(str(so_far[0], "text"), "bonjour, j'ai une question");
  EXPECT_EQ(str(so_far[1], "text"), "bonjour, je vous écoute");
  for (const auto& l : so_far) EXPECT_TRUE(flag(l, "earlier"));
  EXPECT_EQ(with(other.ok({"staff", "tickets"}), "ticket", first).size(), 1u);
  ASSERT_EQ(closed_for_taker.size(), 1u);
  EXPECT_EQ(str(closed_for_taker[0], "reason"), "handed off");
  EXPECT_EQ(str(one(a_, {"ticket"}), "worker"), other.id());
  other.ok({"staff", "end", first});
  other.ok({"staff", "end", str(tb, "ticket")});

  // Closing tells the one still waiting when it opens next, and what to do meanwhile.
  w1_.ok({"staff", "close", "espace-p"});
  auto at_c = online_during(c, [&] { w2_.ok({"staff", "close", "espace-p"}); });
  bool told = false;
  for (const auto& l : at_c) {
    if (l.if_contains("can_leave_message") && l.if_contains("emergency")) told = true;
  }
  EXPECT_TRUE(told) << "the waiting member was not told of the close";
  EXPECT_NE(c.run({"ticket"}).exit_code, 0);

  // Counts for the yearly report: what happened, and nothing about who.
  auto stats = one(w1_, {"staff", "stats", "espace-p", "--month", this_month()});
  EXPECT_EQ(num(stats, "permanences"), 1u);
  EXPECT_EQ(num(stats, "conversations"), 2u);
  EXPECT_EQ(num(stats, "unanswered"), 1u);
  EXPECT_EQ(num(stats, "handoffs"), 1u);
  const auto& langs = stats.at("languages").as_object();
  for (const char* l : {"fr", "nl", "en"}) {
    ASSERT_TRUE(langs.if_contains(l)) << l;
    EXPECT_EQ(langs.at(l).to_number<int>(), 1) << l;
  }
  // A member reads no counts and cannot staff.
  EXPECT_NE(a_.run({"staff", "stats", "espace-p"}).exit_code, 0);
  auto refused = a_.run({"staff", "open", "espace-p"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("role"), std::string::npos) << refused.err;

  // The relay's data holds no ticket, no pseudonym and no text.
  for (const std::string& secret :
       {first, str(tb, "ticket"), str(tc, "ticket"), std::string("bonjour"), std::string("aya"),
        std::string("wanda")}) {
    EXPECT_FALSE(folder_contains(relay_->data(), secret)) << secret;
  }
}

// A worker hands a ticket to a colleague by the name her device knows (the pseudonym of a
// message), with the mark of her key; a name or a mark that is nobody's is refused.
TEST_F(Permanences, AHandoffNamesTheColleagueByHerNameAndMark) {
  for (auto* w : {&w1_, &w2_}) w->ok({"staff", "open", "espace-p"});
  w2_.ok({"contact", "add", w1_.name(), w1_.id()});
  w2_.send(w1_, "je suis là cet après-midi");
  auto dms = w1_.sync();
  ASSERT_EQ(dms.size(), 1u);
  const std::string mark = str(dms[0], "mark");
  ASSERT_EQ(mark.size(), 4u);
  const std::string ticket = str(one(a_, {"knock", "espace-p", "--lang", "fr"}), "ticket");
  w1_.ok({"staff", "take", ticket});

  auto nobody = w1_.run({"staff", "handoff", ticket, "wilhelmina"});
  EXPECT_NE(nobody.exit_code, 0);
  EXPECT_NE(nobody.err.find("wilhelmina"), std::string::npos) << nobody.err;
  const std::string other_mark = mark == "aaaa" ? "bbbb" : "aaaa";
  auto wrong_mark = w1_.run({"staff", "handoff", ticket, w2_.name() + "#" + other_mark});
  EXPECT_NE(wrong_mark.exit_code, 0);
  EXPECT_TRUE(str(one(a_, {"ticket"}), "handoff_to").empty());

  w1_.ok({"staff", "handoff", ticket, w2_.name() + "#" + mark});
  EXPECT_EQ(str(one(a_, {"ticket"}), "handoff_to"), w2_.id());
}

TEST_F(Permanences, AnOutOfHoursMessageIsReadAndMarkedHandledForTheColleague) {
  auto left = one(a_, {"leave-message", "espace-p", "Pouvez-vous me rappeler demain ?"});
  EXPECT_EQ(num(left, "copies"), 2u);
  const std::string id = str(left, "message_id");
  auto at_w1 = with(sync(w1_), "kind", "org_message");
  ASSERT_EQ(at_w1.size(), 1u);
  EXPECT_EQ(str(at_w1[0], "text"), "Pouvez-vous me rappeler demain ?");
  EXPECT_EQ(str(at_w1[0], "message_id"), id);
  auto inbox = w2_.ok({"staff", "inbox", "espace-p"});
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_FALSE(flag(inbox[0], "handled"));
  EXPECT_EQ(str(inbox[0], "text"), "Pouvez-vous me rappeler demain ?");
  w1_.ok({"staff", "handled", "espace-p", id});
  inbox = w2_.ok({"staff", "inbox", "espace-p"});
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_TRUE(flag(inbox[0], "handled"));
  EXPECT_NE(a_.run({"staff", "inbox", "espace-p"}).exit_code, 0);
  auto stats = one(w2_, {"staff", "stats", "espace-p", "--month", this_month()});
  EXPECT_EQ(num(stats, "org_messages"), 1u);
  EXPECT_FALSE(folder_contains(relay_->data(), "rappeler"));
}

TEST_F(Permanences, TheResourcesDirectoryReadsPerCityAndOffline) {
  auto brussels = a_.ok({"resources", "brussels"});
  auto orgs = with(brussels, "kind", "organisation");
  auto numbers = with(brussels, "kind", "emergency");
  EXPECT_FALSE(orgs.empty());
  auto espace_p = with(orgs, "id", "espace-p");
  ASSERT_EQ(espace_p.size(), 1u);
  // With the organisation's permanence from the relay's schedule.
  ASSERT_TRUE(espace_p[0].if_contains("permanence"));
  EXPECT_EQ(str(espace_p[0].at("permanence").as_object(), "next_open").substr(11), "14:00");
  EXPECT_FALSE(with(numbers, "number", "112").empty());
  // Entries an operator must still confirm say so.
  bool flagged = false;
  for (const auto& o : orgs) flagged |= flag(o, "needs_confirmation");
  EXPECT_TRUE(flagged);
  // Antwerp's directory is another list.
  auto antwerp = with(a_.ok({"resources", "antwerp"}), "kind", "organisation");
  EXPECT_FALSE(antwerp.empty());
  EXPECT_NE(antwerp.size(), orgs.size());
  // With the relay gone, the copy on the device still reads.
  relay_->stop();
  auto offline = a_.run({"--json", "resources", "brussels"});
  EXPECT_EQ(offline.exit_code, 0) << offline.err;
  auto offline_lines = json_lines(offline.out);
  EXPECT_EQ(offline_lines.size(), brussels.size());
  EXPECT_FALSE(with(with(offline_lines, "kind", "organisation"), "id", "espace-p").empty());
}

TEST_F(Permanences, ExploitationReportsAlsoReachTheRegionsOutreachWorkers) {
  Person b(root_, "bea");
  b.register_on(*relay_);
  for (auto* p : {&admin_, &a_, &b}) p->ok({"join", "brussels"});
  for (auto* p : {&admin_, &a_, &b}) sync(*p);
  auto said = one(b, {"say", "brussels", "new girls from abroad, passports kept by the boss"});
  const std::string seq = std::to_string(num(said, "seq"));
  sync(a_);
  auto sent = one(a_, {"report", "brussels", seq, "--reason", "exploitation"});
  // The admin (who moderates every room) and both workers of espace-p, whose region it is.
  EXPECT_EQ(num(sent, "moderators"), 3u);
  for (auto* w : {&w1_, &w2_}) {
    std::vector<json::object> got;
    for (auto& l : w->ok({"reports"}))
      if (str(l, "kind") == "report") got.push_back(l);
    ASSERT_EQ(got.size(), 1u) << w->name();
    EXPECT_EQ(str(got[0], "reason"), "exploitation");
    EXPECT_TRUE(flag(got[0], "verified")) << w->name();
  }
  // Other reasons stay with the moderators.
  auto spam = one(a_, {"report", "brussels", seq, "--reason", "spam"});
  EXPECT_EQ(num(spam, "moderators"), 1u);
}

}  // namespace
}  // namespace relais::e2e
