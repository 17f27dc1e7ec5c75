// A whole Tuesday evening of a chat permanence, with real processes only: one relaisd on a free
// loopback port over a temporary data folder, and a real `relais` home for an admin, two
// outreach workers and six people who knock in French, Dutch, English and Spanish. A handoff to
// a colleague who is offline at that moment; a kill -9 of the relay in the middle and a restart
// on the same folder; a close with two still waiting; an out-of-hours message answered the next
// day (the relay restarted with RELAIS_TEST_CLOCK_OFFSET_S, its test-only clock). After each step
// it reads what each person sees (`--json`), checks that nothing reached the wrong person, then the
// counts, and that the data folder names no one and holds no text.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

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

std::string month_of(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m", &tm);
  return buf;
}

std::vector<std::string> texts(const std::vector<json::object>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(str(l, "text"));
  return out;
}

class PermanenceEvening : public ::testing::Test {
 protected:
  void SetUp() override {
    start_relay({});
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", data().string(), "admin-invite"}, {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : everyone()) p->register_on(*relay_);
    admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,nl,en",
               "--region", "brussels"});
    for (auto* w : {&wanda_, &wilma_})
      admin_.ok({"admin", "grant", "outreach", w->id(), "espace-p"});
    wanda_.ok({"permanence", "add", "espace-p", "--room", "brussels", "--weekday", "tue", "--start",
               "18:00", "--end", "20:00", "--lang", "fr,nl,en"});
  }

  std::filesystem::path data() const { return root_ / "data"; }
  // The same folder and port each time.
  void start_relay(std::vector<std::string> extra) {
    std::vector<std::string> args{"--resources",
                                  std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json",
                                  "--registrations-burst", "20",
                                  // People run one command at a time here, so between commands
                                  // they are "away"; the evening is not about abandoned knocks.
                                  "--permanence-away-grace", "600"};
    args.insert(args.end(), extra.begin(), extra.end());
    relay_.reset();
    relay_ = std::make_unique<Relay>(data(), port_, args);
  }
  std::vector<Person*> members() { return {&amina_, &bram_, &chloe_, &daan_, &emma_, &elena_}; }
  std::vector<Person*> everyone() {
    return {&wanda_, &wilma_, &amina_, &bram_, &chloe_, &daan_, &emma_, &elena_};
  }

  // What `relais ticket --json` shows (its first line), or an empty object when she holds none.
  json::object ticket_of(Person& p) {
    auto r = p.run({"ticket", "--json"});
    if (r.exit_code != 0) return {};
    auto lines = json_lines(r.out);
    return lines.empty() ? json::object{} : lines[0];
  }
  // Everything a `sync` prints for `p`, kept per person so the end can check all of it.
  std::vector<json::object> sync(Person& p, int wait_s = 0) {
    auto lines = p.ok({"sync", "--wait", std::to_string(wait_s)});
    auto& seen = seen_[p.name()];
    seen.insert(seen.end(), lines.begin(), lines.end());
    return lines;
  }
  // The ticket messages `p` received in this sync about `ticket`.
  std::vector<std::string> said_to(Person& p, const std::string& ticket) {
    return texts(with(with(sync(p, 1), "kind", "ticket_message"), "ticket", ticket));
  }
  json::object one(Person& p, std::vector<std::string> args) {
    auto lines = p.ok(std::move(args));
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? json::object{} : lines[0];
  }
  // The queue as a worker sees it: tickets in order.
  std::vector<std::string> queue(Person& w) {
    std::vector<std::string> out;
    for (const auto& q : w.ok({"staff", "queue", "espace-p"})) out.push_back(str(q, "ticket"));
    return out;
  }
  std::set<std::string> conversations(Person& w) {
    std::set<std::string> out;
    for (const auto& c : w.ok({"staff", "tickets"})) out.insert(str(c, "ticket"));
    return out;
  }

  relais::testing::TempDir root_{"relais-e2e-evening"};
  int port_ = relais::testing::free_loopback_port();
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, wanda_{root_, "wanda"}, wilma_{root_, "wilma"};
  Person amina_{root_, "amina"}, bram_{root_, "bram"}, chloe_{root_, "chloe"}, daan_{root_, "daan"},
      emma_{root_, "emma"}, elena_{root_, "elena"};
  std::map<std::string, std::vector<json::object>> seen_;  // every sync line, per person
};

TEST_F(PermanenceEvening, TwoWorkersSixPeopleAHandoffAKillAClosingAndTheNextDay) {
  // 17:55, the door is still closed: a knock says when it opens and where to turn meanwhile.
  auto early = one(amina_, {"knock", "espace-p", "--lang", "fr"});
  EXPECT_EQ(str(early, "kind"), "closed");
  EXPECT_TRUE(flag(early, "can_leave_message"));
  EXPECT_FALSE(early.at("emergency").as_array().empty());
  EXPECT_TRUE(ticket_of(amina_).empty());

  // 18:00: both workers go on duty; the list says open to everyone.
  wanda_.ok({"staff", "open", "espace-p"});
  wilma_.ok({"staff", "open", "espace-p"});
  EXPECT_TRUE(flag(one(emma_, {"permanences"}), "open"));
  // A member cannot staff (wrong role): the permanence stays as it is.
  auto refused = bram_.run({"staff", "open", "espace-p"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("role"), std::string::npos) << refused.err;

  // Six people knock: fr, nl, fr, nl, en, and es, which the permanence does not offer.
  std::map<std::string, std::string> ticket;  // person -> ticket id
  const std::vector<std::pair<Person*, std::string>> knocks{
      {&amina_, "fr"}, {&bram_, "nl"}, {&chloe_, "fr"}, {&daan_, "nl"}, {&emma_, "en"}};
  uint64_t place = 0;
  for (const auto& [p, lang] : knocks) {
    auto t = one(*p, {"knock", "espace-p", "--lang", lang});
    ASSERT_EQ(str(t, "kind"), "ticket") << p->name();
    EXPECT_EQ(num(t, "place"), ++place) << p->name();
    EXPECT_EQ(str(t, "language"), lang);
    ticket[p->name()] = str(t, "ticket");
  }
  auto spanish = one(elena_, {"knock", "espace-p", "--lang", "es"});
  EXPECT_EQ(str(spanish, "kind"), "languages");  // which languages it offers; no ticket yet
  std::vector<std::string> offered;
  for (const auto& l : spanish.at("languages").as_array()) offered.emplace_back(l.as_string());
  EXPECT_EQ(offered, (std::vector<std::string>{"fr", "nl", "en"}));
  EXPECT_TRUE(flag(spanish, "can_leave_message"));
  EXPECT_TRUE(ticket_of(elena_).empty());
  auto anyway = one(elena_, {"knock", "espace-p", "--lang", "es", "--anyway"});
  EXPECT_EQ(num(anyway, "place"), 6u);
  ticket["elena"] = str(anyway, "ticket");
  // A flood of knocks from one person keeps her one place and makes no ticket more.
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(str(one(emma_, {"knock", "espace-p", "--lang", "en"}), "ticket"), ticket["emma"]);
  }
  const std::vector<std::string> in_order{ticket["amina"], ticket["bram"], ticket["chloe"],
                                          ticket["daan"],  ticket["emma"], ticket["elena"]};
  EXPECT_EQ(queue(wanda_), in_order);
  EXPECT_EQ(queue(wilma_), in_order);
  std::set<std::string> distinct(in_order.begin(), in_order.end());
  EXPECT_EQ(distinct.size(), 6u);

  // Each worker takes one; the two people are told who, the others still wait in order.
  EXPECT_EQ(str(one(wanda_, {"staff", "take", ticket["amina"]}), "ticket"), ticket["amina"]);
  EXPECT_EQ(str(one(wilma_, {"staff", "take", ticket["bram"]}), "ticket"), ticket["bram"]);
  EXPECT_EQ(str(ticket_of(amina_), "worker"), wanda_.id());
  EXPECT_EQ(str(ticket_of(bram_), "worker"), wilma_.id());
  EXPECT_EQ(str(ticket_of(chloe_), "state"), "waiting");
  EXPECT_EQ(num(ticket_of(chloe_), "place"), 1u);
  EXPECT_EQ(num(ticket_of(elena_), "place"), 4u);
  // Someone still waiting cannot write yet; a member cannot take a ticket.
  EXPECT_NE(chloe_.run({"ticket", "say", "allo ?"}).exit_code, 0);
  EXPECT_NE(daan_.run({"staff", "take", ticket["chloe"]}).exit_code, 0);

  amina_.ok({"ticket", "say", "Mon propriétaire veut me mettre dehors"});
  bram_.ok({"ticket", "say", "Ik heb een vraag over mijn papieren"});
  EXPECT_EQ(said_to(wanda_, ticket["amina"]),
            std::vector<std::string>{"Mon propriétaire veut me mettre dehors"});
  EXPECT_EQ(said_to(wilma_, ticket["bram"]),
            std::vector<std::string>{"Ik heb een vraag over mijn papieren"});
  wanda_.ok({"staff", "say", ticket["amina"], "Je vous écoute. Depuis quand ?"});
  wilma_.ok({"staff", "say", ticket["bram"], "Vertel het me"});
  EXPECT_EQ(said_to(amina_, ticket["amina"]),
            std::vector<std::string>{"Je vous écoute. Depuis quand ?"});
  EXPECT_EQ(said_to(bram_, ticket["bram"]), std::vector<std::string>{"Vertel het me"});
  // A worker cannot write in a colleague's conversation.
  EXPECT_NE(wanda_.run({"staff", "say", ticket["bram"], "hallo"}).exit_code, 0);

  // A handoff to wilma, picked by name among those on duty (the name Wanda's device knows her
  // by: pseudonyms never reach the relay). She is on duty but not connected: no `relais` of
  // hers runs now.
  wanda_.add_contact(wilma_);
  auto on_duty = wanda_.ok({"staff", "colleagues", "espace-p"});
  ASSERT_EQ(on_duty.size(), 1u);
  EXPECT_EQ(str(on_duty[0], "id"), wilma_.id());
  EXPECT_EQ(str(on_duty[0], "name"), "wilma");
  wanda_.ok({"staff", "handoff", ticket["amina"], "wilma"});
  auto asked = ticket_of(amina_);
  EXPECT_EQ(str(asked, "handoff_to"), wilma_.id());
  EXPECT_EQ(str(asked, "handoff_name"), "wilma");
  EXPECT_EQ(str(asked, "worker"), wanda_.id());  // until she answers
  amina_.ok({"ticket", "accept"});  // done once the conversation so far is at the relay
  EXPECT_EQ(str(ticket_of(amina_), "worker"), wilma_.id());
  // Accepting again (a replayed accept) is refused in a sentence and changes nothing.
  auto again = amina_.run({"ticket", "accept"});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("No colleague was offered to you."), std::string::npos) << again.err;
  EXPECT_EQ(str(ticket_of(amina_), "worker"), wilma_.id());
  // The first worker's further words are refused with a sentence; the conversation left her.
  auto late = wanda_.run({"staff", "say", ticket["amina"], "encore moi"});
  EXPECT_NE(late.exit_code, 0);
  EXPECT_NE(late.err.find("colleague"), std::string::npos) << late.err;
  EXPECT_EQ(conversations(wanda_).count(ticket["amina"]), 0u);
  amina_.ok({"ticket", "say", "Depuis lundi, il a changé la serrure"});
  // Wilma comes online: the ticket, the conversation so far (passed on by Amina's device,
  // end to end encrypted), then the new line, in order and once each.
  auto at_wilma = sync(wilma_, 1);
  EXPECT_EQ(with(with(at_wilma, "kind", "conversation"), "ticket", ticket["amina"]).size(), 1u);
  auto passed = with(with(at_wilma, "kind", "ticket_message"), "ticket", ticket["amina"]);
  EXPECT_EQ(texts(passed), (std::vector<std::string>{"Mon propriétaire veut me mettre dehors",
                                                     "Je vous écoute. Depuis quand ?",
                                                     "Depuis lundi, il a changé la serrure"}));
  if (passed.size() == 3) {
    EXPECT_TRUE(flag(passed[0], "earlier"));
    EXPECT_FALSE(flag(passed[0], "from_worker"));
    EXPECT_TRUE(flag(passed[1], "earlier"));
    EXPECT_TRUE(flag(passed[1], "from_worker"));
    EXPECT_FALSE(flag(passed[2], "earlier"));
  }
  // Nothing twice; and Amina's screen shows no word from Wanda since, nor a private message.
  EXPECT_TRUE(
      with(with(sync(wilma_), "kind", "ticket_message"), "ticket", ticket["amina"]).empty());
  for (const auto& l : sync(amina_)) {
    EXPECT_NE(str(l, "kind"), "dm");
    EXPECT_NE(str(l, "kind"), "ticket_message") << json::serialize(l);
  }
  EXPECT_EQ(conversations(wilma_), (std::set<std::string>{ticket["amina"], ticket["bram"]}));
  // Wanda is told it left her, and reads nothing of what followed.
  auto at_wanda = sync(wanda_);
  EXPECT_TRUE(with(with(at_wanda, "kind", "ticket_message"), "ticket", ticket["amina"]).empty());

  // 19:00, the relay is killed (-9) and started again on the same folder.
  EXPECT_EQ(relay_->stop(SIGKILL), -SIGKILL);
  start_relay({});
  // The queue and its order, the taken tickets, who is on duty: all there.
  const std::vector<std::string> still{ticket["chloe"], ticket["daan"], ticket["emma"],
                                       ticket["elena"]};
  EXPECT_EQ(queue(wanda_), still);
  EXPECT_EQ(num(ticket_of(chloe_), "place"), 1u);
  EXPECT_EQ(num(ticket_of(elena_), "place"), 4u);
  EXPECT_EQ(str(ticket_of(emma_), "state"), "waiting");
  EXPECT_TRUE(flag(one(emma_, {"permanences"}), "open"));
  EXPECT_EQ(conversations(wilma_), (std::set<std::string>{ticket["amina"], ticket["bram"]}));
  EXPECT_EQ(str(ticket_of(amina_), "worker"), wilma_.id());
  // The conversation goes on, to the new worker only.
  amina_.ok({"ticket", "say", "Vous êtes toujours là ?"});
  EXPECT_EQ(said_to(wilma_, ticket["amina"]), std::vector<std::string>{"Vous êtes toujours là ?"});
  wilma_.ok({"staff", "say", ticket["amina"], "Oui, je suis là"});
  EXPECT_EQ(said_to(amina_, ticket["amina"]), std::vector<std::string>{"Oui, je suis là"});
  EXPECT_TRUE(
      with(with(sync(wanda_), "kind", "ticket_message"), "ticket", ticket["amina"]).empty());

  // Two more conversations after the restart, then the ends.
  wanda_.ok({"staff", "take", ticket["chloe"]});
  wilma_.ok({"staff", "end", ticket["bram"]});
  wilma_.ok({"staff", "take", ticket["daan"]});
  chloe_.ok({"ticket", "say", "Bonsoir"});
  EXPECT_EQ(said_to(wanda_, ticket["chloe"]), std::vector<std::string>{"Bonsoir"});
  daan_.ok({"ticket", "say", "Goedenavond"});
  EXPECT_EQ(said_to(wilma_, ticket["daan"]), std::vector<std::string>{"Goedenavond"});
  wanda_.ok({"staff", "end", ticket["chloe"]});
  wilma_.ok({"staff", "end", ticket["daan"]});
  wilma_.ok({"staff", "end", ticket["amina"]});
  auto over = ticket_of(bram_);  // told, then forgotten by her device
  EXPECT_TRUE(over.empty() || str(over, "state") == "ended") << json::serialize(over);
  EXPECT_TRUE(conversations(wanda_).empty());  // ended tickets leave "your conversations"
  EXPECT_TRUE(conversations(wilma_).empty());

  // 20:00, closing time with two still waiting: each is told the next opening, the offer to
  // leave a message and the emergency numbers; their tickets end.
  EXPECT_EQ(queue(wanda_), (std::vector<std::string>{ticket["emma"], ticket["elena"]}));
  wanda_.ok({"staff", "close", "espace-p"});
  wilma_.ok({"staff", "close", "espace-p"});
  for (Person* p : {&emma_, &elena_}) {
    auto told = with(sync(*p), "kind", "closed");
    ASSERT_EQ(told.size(), 1u) << p->name();
    EXPECT_FALSE(str(told[0], "next_open").empty());
    EXPECT_TRUE(flag(told[0], "can_leave_message"));
    EXPECT_FALSE(told[0].at("emergency").as_array().empty());
    auto t = ticket_of(*p);
    EXPECT_TRUE(t.empty() || str(t, "state") == "ended") << p->name();
  }
  EXPECT_FALSE(flag(one(emma_, {"permanences"}), "open"));

  // Out of hours, Elena leaves a message; the relay is stopped for the night.
  auto left = one(elena_, {"leave-message", "espace-p", "¿Pueden llamarme mañana por la tarde?"});
  EXPECT_EQ(num(left, "copies"), 2u);
  const std::string message_id = str(left, "message_id");
  relay_->stop();
  const std::string evening_month = month_of(std::time(nullptr));

  // The next day: a worker reads it and answers, end to end encrypted, as the organisation.
  setenv("RELAIS_TEST_CLOCK_OFFSET_S", "86400", 1);  // relaisd's test-only clock, a day on
  start_relay({});
  unsetenv("RELAIS_TEST_CLOCK_OFFSET_S");
  EXPECT_NE(relay_->log().find("RELAIS_TEST_CLOCK_OFFSET_S is set"), std::string::npos);
  auto inbox = wanda_.ok({"staff", "inbox", "espace-p"});
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_EQ(str(inbox[0], "text"), "¿Pueden llamarme mañana por la tarde?");
  EXPECT_FALSE(flag(inbox[0], "handled"));
  wanda_.ok({"staff", "reply", "espace-p", message_id, "Sí, la llamamos hoy a las 15h."});
  auto answer = with(sync(elena_), "kind", "org_answer");
  ASSERT_EQ(answer.size(), 1u);
  EXPECT_EQ(str(answer[0], "text"), "Sí, la llamamos hoy a las 15h.");
  EXPECT_EQ(str(answer[0], "org"), "espace-p");
  auto for_wilma = wilma_.ok({"staff", "inbox", "espace-p"});
  ASSERT_EQ(for_wilma.size(), 1u);
  EXPECT_TRUE(flag(for_wilma[0], "handled"));  // marked handled for the colleague

  // Nothing reached the wrong person: no one got a private message; each member's ticket
  // lines are of her own ticket only; the answer reached Elena alone.
  for (Person* p : everyone()) sync(*p);
  for (Person* p : members()) {
    for (const auto& l : seen_[p->name()]) {
      EXPECT_NE(str(l, "kind"), "dm") << p->name() << " got a private message";
      if (str(l, "kind") == "ticket_message") {
        EXPECT_EQ(str(l, "ticket"), ticket[p->name()]) << p->name();
      }
      if (str(l, "kind") == "org_answer") {
        EXPECT_EQ(p->name(), "elena");
      }
    }
  }
  for (Person* w : {&wanda_, &wilma_}) {
    for (const auto& l : seen_[w->name()]) EXPECT_NE(str(l, "kind"), "dm") << w->name();
  }
  // Chloe's and Daan's words reached only the worker who held their ticket.
  for (const auto& l : seen_["wanda"]) EXPECT_NE(str(l, "text"), "Goedenavond");
  for (const auto& l : seen_["wilma"]) EXPECT_NE(str(l, "text"), "Bonsoir");

  // The counts of the evening, for the yearly report.
  auto stats = one(wilma_, {"staff", "stats", "espace-p", "--month", evening_month});
  EXPECT_EQ(num(stats, "permanences"), 1u);
  EXPECT_EQ(num(stats, "conversations"), 4u);  // amina (handed off once), bram, chloe, daan
  EXPECT_EQ(num(stats, "unanswered"), 2u);     // emma and elena, at closing time
  EXPECT_EQ(num(stats, "handoffs"), 1u);
  const auto& langs = stats.at("languages").as_object();
  const std::map<std::string, int> expected{{"fr", 2}, {"nl", 2}, {"en", 1}, {"es", 1}};
  for (const auto& [l, n] : expected) {
    ASSERT_TRUE(langs.if_contains(l)) << l;
    EXPECT_EQ(langs.at(l).to_number<int>(), n) << l;
  }

  // The data folder names no one and holds no word of the evening.
  relay_->stop();
  for (Person* p : everyone()) {
    EXPECT_FALSE(folder_contains(data(), p->name())) << p->name();
  }
  for (const std::string text : {"propriétaire", "serrure", "papieren", "toujours", "Goedenavond",
                                 "Bonsoir", "mañana", "llamamos", "Vertel", "écoute"}) {
    EXPECT_FALSE(folder_contains(data(), text)) << text;
  }
  EXPECT_FALSE(folder_contains(data(), "127.0.0.1"));  // no one's address either
}

}  // namespace
}  // namespace relais::e2e
