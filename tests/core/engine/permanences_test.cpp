// The engine's permanences component against the relay's real request handling: an
// organisation and its slot; the closed door and an out-of-hours message read and marked
// handled; a permanence opened, a knock, a ticket taken, a conversation both ways and its end;
// the close telling the one still waiting; the counts; the resources directory, typed and kept.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engine/engine.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::new_device;

class PermanencesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (Device* d : {&admin, &worker, &member, &other}) relay.connect_and_log_in(*d);
    admin.engine.create_org(
        {"espace-p", "Espace P", "Sex workers' support", {"fr", "en"}, "02 219 98 74", "brussels"});
    relay.pump();
    ASSERT_EQ(admin.seen<event::OrgsListed>().size(), 1u);
    done(admin, admin.engine.grant_role(worker.engine.account_id(), {Role::outreach, "espace-p"}));
    const RequestId slot = worker.engine.add_slot(
        "espace-p", {0, "brussels", "tue", "", "14:00", "15:00", {"fr", "en"}});
    relay.pump();
    ASSERT_EQ(worker.seen<event::PermanencesListed>().size(), 1u)
        << describe(worker.failures(slot)[0].failure);
  }

  void done(Device& d, RequestId r) {
    relay.pump();
    auto dones = d.seen<event::Done>();
    const bool ok =
        std::any_of(dones.begin(), dones.end(), [&](auto& x) { return x.request == r; });
    ASSERT_TRUE(ok) << (d.failures(r).empty() ? "no answer" : describe(d.failures(r)[0].failure));
  }
  std::vector<std::string> ticket_texts(const Device& d, const std::string& ticket) {
    std::vector<std::string> out;
    for (const auto& m : d.seen<event::MessageReceived>()) {
      if (m.message.ticket == ticket) out.push_back(m.message.text);
    }
    return out;
  }

  LiveRelay relay{[](server::RelayConfig& c) {
    c.resources_file = std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json";
  }};
  Device admin = new_device("Admin", relay.admin_invite());
  Device worker = new_device("Wanda");
  Device member = new_device("Maya");
  Device other = new_device("Olga");
};

TEST_F(PermanencesTest, TheScheduleIsListedTyped) {
  const RequestId r = member.engine.list_permanences();
  relay.pump();
  auto listed = member.seen<event::PermanencesListed>();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].request, r);
  ASSERT_EQ(listed[0].permanences.size(), 1u);
  const PermanenceView& p = listed[0].permanences[0];
  EXPECT_EQ(p.org, "espace-p");
  EXPECT_EQ(p.name, "Espace P");
  EXPECT_FALSE(p.open);
  ASSERT_EQ(p.slots.size(), 1u);
  EXPECT_EQ(p.slots[0].weekday, "tue");
  EXPECT_EQ(p.slots[0].start, "14:00");
  EXPECT_EQ(p.slots[0].languages, (std::vector<std::string>{"fr", "en"}));
  EXPECT_GT(p.next_open_ms, relay.clock().now_ms());
  EXPECT_FALSE(p.next_open_local.empty());

  const RequestId orgs = member.engine.list_orgs();
  relay.pump();
  ASSERT_EQ(member.seen<event::OrgsListed>().size(), 1u);
  EXPECT_EQ(member.seen<event::OrgsListed>()[0].request, orgs);
  EXPECT_EQ(member.seen<event::OrgsListed>()[0].orgs[0].region, "brussels");
}

TEST_F(PermanencesTest, AClosedDoorThenAMessageLeftForTheWorkers) {
  const RequestId knock = member.engine.knock("espace-p", "fr");
  relay.pump();
  auto closed = member.seen<event::DoorClosed>();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].request, knock);
  EXPECT_EQ(closed[0].closed.org, "espace-p");
  EXPECT_TRUE(closed[0].closed.can_leave_message);
  EXPECT_GT(closed[0].closed.next_open_ms, relay.clock().now_ms());
  EXPECT_FALSE(closed[0].closed.emergency.empty());  // where to turn meanwhile
  // Each number in every language of the relay's file: a French screen shows French (a relay
  // once sent only the English names, and French members read English on the closed door).
  const auto& first = closed[0].closed.emergency[0];
  EXPECT_EQ(first.number, "112");
  EXPECT_EQ(in_language(first.names, "fr"),
            "Numéro d'urgence européen (pompiers, ambulance, police)");
  EXPECT_EQ(in_language(first.names, "fr_BE.UTF-8"), in_language(first.names, "fr"));
  EXPECT_EQ(in_language(first.names, "nl"), "Europees noodnummer (brandweer, ambulance, politie)");
  EXPECT_EQ(in_language(first.names, "en"), "European emergency number (fire, ambulance, police)");
  for (const auto& e : closed[0].closed.emergency) {
    for (const char* lang : {"fr", "nl", "en", "es", "pt", "ro", "bg", "sq"})
      EXPECT_TRUE(e.names.count(lang)) << e.number << " has no name in " << lang;
  }

  auto left =
      member.engine.leave_message("espace-p", "Pouvez-vous me rappeler ?", relay.clock().now_ms());
  ASSERT_TRUE(left.ok());
  relay.pump();
  auto recorded = member.seen<event::OrgMessageLeft>();
  ASSERT_EQ(recorded.size(), 1u);
  EXPECT_EQ(recorded[0].request, *left);
  EXPECT_EQ(recorded[0].copies, 1u);
  EXPECT_EQ(recorded[0].message_id.size(), 32u);

  // The worker's copy, then the inbox with its text, marked handled.
  auto got = worker.seen<event::MessageReceived>();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].message.org, "espace-p");
  EXPECT_EQ(got[0].message.text, "Pouvez-vous me rappeler ?");
  const RequestId inbox = worker.engine.staff_inbox("espace-p");
  relay.pump();
  ASSERT_EQ(worker.seen<event::InboxListed>().size(), 1u);
  const auto entries = worker.seen<event::InboxListed>()[0].entries;
  EXPECT_EQ(worker.seen<event::InboxListed>()[0].request, inbox);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].message_id, recorded[0].message_id);
  EXPECT_EQ(entries[0].text, "Pouvez-vous me rappeler ?");
  EXPECT_EQ(entries[0].from, member.engine.account_id());
  EXPECT_FALSE(entries[0].handled);
  done(worker, worker.engine.mark_handled("espace-p", recorded[0].message_id));
  worker.engine.staff_inbox("espace-p");
  relay.pump();
  EXPECT_TRUE(worker.seen<event::InboxListed>().back().entries[0].handled);

  // An organisation with no worker has no one to read it.
  admin.engine.create_org({"alias", "Alias", "", {"fr"}, "", "brussels"});
  relay.pump();
  auto none = member.engine.leave_message("alias", "hello?", relay.clock().now_ms());
  ASSERT_TRUE(none.ok());
  relay.pump();
  ASSERT_EQ(member.failures(*none).size(), 1u);
  EXPECT_EQ(member.failures(*none)[0].failure.problem, Problem::no_worker);
  EXPECT_EQ(member.failures(*none)[0].failure.org, "alias");
}

TEST_F(PermanencesTest, AKnockATicketAConversationAndItsEnd) {
  done(worker, worker.engine.staff_open("espace-p", "brussels"));
  const RequestId knock = member.engine.knock("espace-p", "fr");
  relay.pump();
  auto tickets = member.seen<event::TicketUpdated>();
  ASSERT_EQ(tickets.size(), 1u);
  EXPECT_EQ(tickets[0].request, knock);
  const std::string ticket = tickets[0].ticket.ticket;
  EXPECT_EQ(tickets[0].ticket.place, 1u);
  EXPECT_EQ(tickets[0].ticket.language, "fr");
  // Workers on duty are told, typed.
  bool told = false;
  for (const auto& n : worker.seen<event::PermanenceNotice>()) {
    told |= n.kind == PermanenceNoticeKind::new_ticket && n.ticket == ticket;
  }
  EXPECT_TRUE(told);

  const RequestId queue = worker.engine.staff_queue("espace-p");
  relay.pump();
  ASSERT_EQ(worker.seen<event::QueueListed>().size(), 1u);
  EXPECT_EQ(worker.seen<event::QueueListed>()[0].request, queue);
  ASSERT_EQ(worker.seen<event::QueueListed>()[0].entries.size(), 1u);
  EXPECT_EQ(worker.seen<event::QueueListed>()[0].entries[0].ticket, ticket);

  const RequestId take = worker.engine.staff_take(ticket);
  relay.pump();
  ASSERT_EQ(worker.seen<event::TicketTaken>().size(), 1u);
  EXPECT_EQ(worker.seen<event::TicketTaken>()[0].request, take);
  EXPECT_TRUE(worker.seen<event::TicketTaken>()[0].conversation.as_worker);
  EXPECT_EQ(worker.seen<event::TicketTaken>()[0].conversation.peer, member.engine.account_id());
  ASSERT_EQ(member.seen<event::TicketTaken>().size(), 1u);  // pushed to the member
  EXPECT_EQ(member.seen<event::TicketTaken>()[0].conversation.peer, worker.engine.account_id());
  // Only one worker gets a ticket.
  const RequestId again = worker.engine.staff_take(ticket);
  relay.pump();
  ASSERT_EQ(worker.failures(again).size(), 1u);
  EXPECT_EQ(worker.failures(again)[0].failure.problem, Problem::ticket_taken);

  // Both ways, labelled with the ticket.
  ASSERT_TRUE(member.engine.ticket_say(ticket, "Bonjour", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_EQ(ticket_texts(worker, ticket), std::vector<std::string>{"Bonjour"});
  auto conversations = worker.engine.ticket_conversations();
  ASSERT_EQ(conversations.size(), 1u);
  EXPECT_TRUE(conversations[0].awaiting_reply);
  ASSERT_TRUE(worker.engine.ticket_say(ticket, "Bonjour, je vous écoute.", 1).ok());
  relay.pump();
  EXPECT_EQ(ticket_texts(member, ticket), std::vector<std::string>{"Bonjour, je vous écoute."});
  EXPECT_FALSE(worker.engine.ticket_conversations()[0].awaiting_reply);
  // A ticket label from someone else counts for nothing.
  ASSERT_TRUE(other.engine.send_text(member.engine.account_id(), "ticket?", 1).ok());
  relay.pump();
  EXPECT_EQ(ticket_texts(member, ticket).size(), 1u);

  done(worker, worker.engine.end_ticket(ticket));
  EXPECT_TRUE(worker.engine.ticket_conversations().empty());
  auto closed = member.seen<event::TicketClosed>();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].ticket, ticket);
  EXPECT_EQ(closed[0].reason, TicketEnd::ended);
  EXPECT_TRUE(member.engine.ticket_conversations().empty());
  // Gone for the relay too: asking again says so, typed.
  const RequestId end_again = worker.engine.end_ticket(ticket);
  relay.pump();
  ASSERT_EQ(worker.failures(end_again).size(), 1u);
  EXPECT_EQ(worker.failures(end_again)[0].failure.problem, Problem::no_such_ticket);
}

TEST_F(PermanencesTest, TheCloseTellsTheOneStillWaiting) {
  done(worker, worker.engine.staff_open("espace-p", ""));
  member.engine.knock("espace-p", "");
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketUpdated>().size(), 1u);
  const std::string ticket = member.seen<event::TicketUpdated>()[0].ticket.ticket;
  done(worker, worker.engine.staff_close("espace-p"));
  auto pushed = member.seen<event::DoorClosed>();
  ASSERT_EQ(pushed.size(), 1u);
  EXPECT_EQ(pushed[0].request, 0u);  // a push, not an answer
  auto closed = member.seen<event::TicketClosed>();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].ticket, ticket);
  EXPECT_EQ(closed[0].reason, TicketEnd::permanence_closed);
  EXPECT_TRUE(member.engine.ticket_conversations().empty());
  // Off duty: a worker's request that needs duty is refused, typed.
  const RequestId take = worker.engine.staff_take(ticket);
  relay.pump();
  ASSERT_EQ(worker.failures(take).size(), 1u);
  EXPECT_NE(worker.failures(take)[0].failure.problem, Problem::internal);
}

// The worker's first message needs its sender's key checked (GetIdentityKey) before the member
// takes it in; the end of the ticket comes meanwhile. The message was written while the ticket
// was hers: the member reads it, then learns that the ticket ended, in the relay's order.
TEST_F(PermanencesTest, AFirstMessageIsReadWhenTheEndArrivesWhileItsSenderIsChecked) {
  done(worker, worker.engine.staff_open("espace-p", ""));
  member.engine.knock("espace-p", "fr");
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketUpdated>().size(), 1u);
  const std::string ticket = member.seen<event::TicketUpdated>()[0].ticket.ticket;
  worker.engine.staff_take(ticket);
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketTaken>().size(), 1u);

  // The relay's answer about the worker's key is held back: the check stays in flight.
  std::vector<wire::ServerFrame> held_answers;
  member.lose = [&](const wire::ServerFrame& f) {
    if (!f.has_identity_key()) return false;
    held_answers.push_back(f);
    return true;
  };
  member.events.clear();
  ASSERT_TRUE(worker.engine.ticket_say(ticket, "Bonjour, ici Wanda.", 1).ok());
  relay.pump();
  ASSERT_EQ(held_answers.size(), 1u);
  EXPECT_TRUE(ticket_texts(member, ticket).empty());
  done(worker, worker.engine.end_ticket(ticket));  // TicketClosed reaches the member now
  EXPECT_TRUE(member.seen<event::TicketClosed>().empty()) << "the end overtook the message";

  member.lose = nullptr;
  relay.inject(member, held_answers);
  relay.pump();
  EXPECT_EQ(ticket_texts(member, ticket), std::vector<std::string>{"Bonjour, ici Wanda."});
  EXPECT_TRUE(member.seen<event::Undecryptable>().empty());
  ASSERT_EQ(member.seen<event::TicketClosed>().size(), 1u);
  EXPECT_EQ(member.seen<event::TicketClosed>()[0].reason, TicketEnd::ended);
  // Read first, then the end, as the relay delivered them.
  size_t read_at = 0, closed_at = 0;
  for (size_t i = 0; i < member.events.size(); ++i) {
    if (std::holds_alternative<event::MessageReceived>(member.events[i])) read_at = i;
    if (std::holds_alternative<event::TicketClosed>(member.events[i])) closed_at = i;
  }
  EXPECT_LT(read_at, closed_at);
  // In her history as a line of the ticket, never as a private conversation with the worker.
  const auto& history = member.engine.history();
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].ticket, ticket);
  EXPECT_EQ(history[0].peer, worker.engine.account_id());
  EXPECT_TRUE(member.engine.ticket_conversations().empty());
}

// The same, but the connection drops while the key is checked: the envelope, unacknowledged,
// comes again after the end was taken in. Still the worker's, still read, once.
TEST_F(PermanencesTest, AFirstMessageThatComesAgainAfterTheEndIsStillRead) {
  done(worker, worker.engine.staff_open("espace-p", ""));
  member.engine.knock("espace-p", "fr");
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketUpdated>().size(), 1u);
  const std::string ticket = member.seen<event::TicketUpdated>()[0].ticket.ticket;
  worker.engine.staff_take(ticket);
  relay.pump();
  member.lose = [](const wire::ServerFrame& f) { return f.has_identity_key(); };
  member.events.clear();
  ASSERT_TRUE(worker.engine.ticket_say(ticket, "Vous êtes toujours là ?", 1).ok());
  relay.pump();
  done(worker, worker.engine.end_ticket(ticket));
  relay.disconnect(member);  // the held end is taken in; the envelope was not acknowledged
  ASSERT_EQ(member.seen<event::TicketClosed>().size(), 1u);
  EXPECT_TRUE(ticket_texts(member, ticket).empty());

  member.lose = nullptr;
  relay.connect_and_log_in(member);
  EXPECT_EQ(ticket_texts(member, ticket), std::vector<std::string>{"Vous êtes toujours là ?"});
  EXPECT_TRUE(member.seen<event::Undecryptable>().empty());
  EXPECT_EQ(member.seen<event::TicketClosed>().size(), 1u);
  // Acknowledged this time: a further reconnect brings nothing again.
  member.events.clear();
  relay.disconnect(member);
  relay.connect_and_log_in(member);
  EXPECT_TRUE(member.seen<event::MessageReceived>().empty());
  ASSERT_EQ(member.engine.history().size(), 1u);
}

TEST_F(PermanencesTest, TheCountsAreForTheOrganisation) {
  const RequestId r = worker.engine.staff_stats("espace-p", "2023");
  relay.pump();
  ASSERT_EQ(worker.seen<event::StatsRead>().size(), 1u);
  EXPECT_EQ(worker.seen<event::StatsRead>()[0].request, r);
  EXPECT_EQ(worker.seen<event::StatsRead>()[0].stats.org, "espace-p");
  EXPECT_EQ(worker.seen<event::StatsRead>()[0].stats.period, "2023");
  const RequestId refused = member.engine.staff_stats("espace-p", "2023");
  relay.pump();
  ASSERT_EQ(member.failures(refused).size(), 1u);
  EXPECT_EQ(member.failures(refused)[0].failure.problem, Problem::forbidden);
  EXPECT_EQ(member.failures(refused)[0].failure.org, "espace-p");
}

// A relay that sends a thousand languages, codes that are not codes and names with control
// characters: the closed door keeps a bounded, clean list and still shows the number.
TEST_F(PermanencesTest, AHostileRelaysEmergencyNamesAreBoundedAndCleaned) {
  member.rewrite = [](wire::ServerFrame& f) {
    if (!f.has_permanence_closed()) return;
    auto* e = f.mutable_permanence_closed()->mutable_emergency(0);
    auto& names = *e->mutable_names();
    names.clear();
    for (int i = 0; i < 1000; ++i) {
      names["l" + std::to_string(i)] = "x";  // digits: not a language code
      names[std::string(1, static_cast<char>('a' + i % 26)) +
            static_cast<char>('a' + (i / 26) % 26)] = "name";
    }
    names["fr"] = "Urgences\x1b[2J" + std::string(5000, 'a');
    names["FR"] = "upper";
    names[std::string(200, 'z')] = "long code";
    e->set_name(std::string(20000, 'b'));
  };
  member.engine.knock("espace-p", "fr");
  relay.pump();
  auto closed = member.seen<event::DoorClosed>();
  ASSERT_EQ(closed.size(), 1u);
  const auto& names = closed[0].closed.emergency.at(0).names;
  EXPECT_EQ(closed[0].closed.emergency[0].number, "112");
  EXPECT_LE(names.size(), 32u);
  for (const auto& [language, name] : names) {
    EXPECT_LE(language.size(), 8u);
    EXPECT_TRUE(std::all_of(language.begin(), language.end(), [](char c) {
      return c >= 'a' && c <= 'z';
    })) << language;
    EXPECT_LE(name.size(), 300u);
    EXPECT_EQ(name.find('\x1b'), std::string::npos);
  }
  // The other numbers came through as the relay sent them.
  ASSERT_GT(closed[0].closed.emergency.size(), 1u);
  EXPECT_EQ(in_language(closed[0].closed.emergency[1].names, "fr"), "Police (urgence)");
}

TEST_F(PermanencesTest, TheResourcesDirectoryIsTypedAndKeptToReadOffline) {
  EXPECT_FALSE(member.engine.cached_resources());
  const RequestId r = member.engine.get_resources();
  relay.pump();
  auto read = member.seen<event::ResourcesRead>();
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].request, r);
  const ResourceDirectory& d = read[0].directory;
  EXPECT_GT(d.organisations.size(), 3u);
  auto espace = std::find_if(d.organisations.begin(), d.organisations.end(),
                             [](const auto& o) { return o.id == "espace-p"; });
  ASSERT_NE(espace, d.organisations.end());
  EXPECT_TRUE(works_in(*espace, "brussels"));
  EXPECT_FALSE(espace->what.at("fr").empty());
  EXPECT_FALSE(espace->what.at("nl").empty());
  auto emergency = std::find_if(d.emergency.begin(), d.emergency.end(),
                                [](const auto& e) { return e.number == "112"; });
  ASSERT_NE(emergency, d.emergency.end());
  // Every language the file carries, by its code.
  for (const char* lang : {"fr", "nl", "en"}) EXPECT_TRUE(emergency->names.count(lang)) << lang;

  // Kept: after a restart, with no relay, the same directory reads.
  relay.disconnect(member);
  auto restored = Engine::restore(member.disk);
  ASSERT_TRUE(restored.ok());
  auto cached = restored->cached_resources();
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->organisations.size(), d.organisations.size());
  EXPECT_EQ(cached->emergency.size(), d.emergency.size());
}

TEST_F(PermanencesTest, RequestsThatCannotBeRightFailAtOnceAndSendNothing) {
  Device& a = member;
  const size_t frames = relay.frames_in();
  auto fails = [&](RequestId r, wire::Field field) {
    relay.pump();
    ASSERT_EQ(a.failures(r).size(), 1u);
    EXPECT_EQ(a.failures(r)[0].failure.problem, Problem::invalid_request);
    EXPECT_EQ(a.failures(r)[0].failure.field, field);
  };
  fails(a.engine.create_org({"Bad Org", "Espace P", "", {}, "", ""}), wire::FIELD_ORG);
  fails(a.engine.create_org({"espace-p", "", "", {}, "", ""}), wire::FIELD_ORG_NAME);
  fails(a.engine.create_org({"espace-p", "Espace P", "", {"french"}, "", ""}),
        wire::FIELD_LANGUAGES);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "", "", "14:00", "15:00", {}}),
        wire::FIELD_WEEKDAY);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "tue", "2026-12-01", "14:00", "15:00", {}}),
        wire::FIELD_DATE);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "mardi", "", "14:00", "15:00", {}}),
        wire::FIELD_WEEKDAY);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "tue", "", "15:00", "14:00", {}}),
        wire::FIELD_END);
  fails(a.engine.knock("espace-p", "french"), wire::FIELD_LANGUAGE);
  fails(a.engine.knock("Espace P", "fr"), wire::FIELD_ORG);
  fails(a.engine.staff_take("no spaces please"), wire::FIELD_TICKET);
  fails(a.engine.mark_handled("espace-p", "xyz"), wire::FIELD_MESSAGE_ID);
  const RequestId self = a.engine.staff_handoff("abcdefgh", a.engine.account_id());
  relay.pump();
  ASSERT_EQ(a.failures(self).size(), 1u);
  EXPECT_EQ(a.failures(self)[0].failure.problem, Problem::needs_other_account);
  EXPECT_EQ(a.engine.ticket_say("T1", "hello", 0).error().code, Errc::not_found);
  EXPECT_EQ(a.engine.leave_message("espace-p", "", 0).error().code, Errc::invalid_argument);
  EXPECT_EQ(a.engine.leave_message("Bad Org", "hi", 0).error().code, Errc::invalid_argument);
  EXPECT_TRUE(a.engine.ticket_conversations().empty());
  EXPECT_FALSE(a.engine.cached_resources());
  relay.pump();
  EXPECT_EQ(relay.frames_in(), frames);
}

// Found by the second attacker review (issue 15): when Sybils had filled an organisation's
// inbox, the relay refused a real member's marker and the engine ignored the refusal: she was
// told her message waited. Now the refusal comes with the event, and the CLI says it.
TEST(OrgInboxRefusal, AMessageTheInboxRefusedIsToldToThePerson) {
  LiveRelay relay{[](server::RelayConfig& c) { c.org_inbox_max = 1; }};
  Device admin = new_device("Admin", relay.admin_invite());
  Device worker = new_device("Wanda");
  Device member = new_device("Maya");
  Device other = new_device("Olga");
  for (Device* d : {&admin, &worker, &member, &other}) relay.connect_and_log_in(*d);
  admin.engine.create_org(
      {"espace-p", "Espace P", "Sex workers' support", {"fr", "en"}, "02 219 98 74", "brussels"});
  relay.pump();
  admin.engine.grant_role(worker.engine.account_id(), {Role::outreach, "espace-p"});
  relay.pump();

  ASSERT_TRUE(member.engine.leave_message("espace-p", "first", relay.clock().now_ms()).ok());
  relay.pump();
  ASSERT_EQ(member.seen<event::OrgMessageLeft>().size(), 1u);
  EXPECT_FALSE(member.seen<event::OrgMessageLeft>()[0].not_listed);

  ASSERT_TRUE(other.engine.leave_message("espace-p", "second", relay.clock().now_ms()).ok());
  relay.pump();
  auto left = other.seen<event::OrgMessageLeft>();
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].copies, 1u);  // the worker has it
  ASSERT_TRUE(left[0].not_listed);
  EXPECT_EQ(left[0].not_listed->problem, Problem::queue_full);
  EXPECT_EQ(left[0].not_listed->org, "espace-p");
  EXPECT_EQ(worker.seen<event::MessageReceived>().size(), 2u);
}

TEST_F(PermanencesTest, ALineConfirmedAfterARestartIsTheTicketsNeverAPrivateOne) {
  done(worker, worker.engine.staff_open("espace-p", "brussels"));
  member.engine.knock("espace-p", "fr");
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketUpdated>().size(), 1u);
  const std::string ticket = member.seen<event::TicketUpdated>()[0].ticket.ticket;
  worker.engine.staff_take(ticket);
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketTaken>().size(), 1u);
  // Her line is stored by the relay, whose answer is lost with the connection (the relay went
  // down); her client starts again from its disk and logs in anew.
  member.lose = [](const wire::ServerFrame& f) { return f.has_sent(); };
  ASSERT_TRUE(member.engine.ticket_say(ticket, "Vous êtes là ?", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_TRUE(member.seen<event::MessageSent>().empty());
  member.lose = nullptr;
  relay.disconnect(member);
  auto restored = Engine::restore(member.disk);
  ASSERT_TRUE(restored.ok()) << restored.error().message;
  member.engine = std::move(*restored);
  member.events.clear();
  relay.connect_and_log_in(member);
  relay.pump();
  // Confirmed with no request of this run waiting, and marked as the ticket's: a client never
  // takes it for a private message to the worker.
  auto sent = member.seen<event::MessageSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, 0u);
  EXPECT_EQ(sent[0].to, worker.engine.account_id());
  // Its id is the ticket's line in her history: that is how a window tells it from a private
  // message (the Qt workspace looks it up) and never lists the worker as a private conversation.
  bool found = false;
  for (const auto& m : member.engine.history()) {
    if (m.message_id == sent[0].message_id) {
      found = true;
      EXPECT_EQ(m.ticket, ticket);
      EXPECT_TRUE(m.outgoing);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(ticket_texts(worker, ticket), std::vector<std::string>{"Vous êtes là ?"});  // once
  ASSERT_FALSE(member.engine.history().empty());
  for (const auto& m : member.engine.history()) EXPECT_EQ(m.ticket, ticket) << m.text;
}

// A colleague offline at a handoff: the conversation so far, passed on by the member's device,
// waits in her queue and is parked by her device until the relay says the ticket is hers. A
// ticket of hers taken meanwhile (its own word first) must not lose it.
TEST_F(PermanencesTest, AHandedOnConversationParkedForOneTicketSurvivesAnothersWord) {
  Device wilma = new_device("Wilma");
  relay.connect_and_log_in(wilma);
  done(admin, admin.engine.grant_role(wilma.engine.account_id(), {Role::outreach, "espace-p"}));
  relay.disconnect(wilma);
  relay.connect_and_log_in(wilma);  // her roles, read at the log-in
  done(worker, worker.engine.staff_open("espace-p", ""));
  done(wilma, wilma.engine.staff_open("espace-p", ""));
  member.engine.knock("espace-p", "fr");
  other.engine.knock("espace-p", "fr");
  relay.pump();
  ASSERT_EQ(member.seen<event::TicketUpdated>().size(), 1u);
  ASSERT_EQ(other.seen<event::TicketUpdated>().size(), 1u);
  const std::string mine = member.seen<event::TicketUpdated>()[0].ticket.ticket;
  const std::string theirs = other.seen<event::TicketUpdated>()[0].ticket.ticket;
  worker.engine.staff_take(mine);
  relay.pump();
  ASSERT_TRUE(member.engine.ticket_say(mine, "Mon propriétaire veut me mettre dehors", 10).ok());
  relay.pump();
  ASSERT_TRUE(worker.engine.ticket_say(mine, "Depuis quand ?", 20).ok());
  relay.pump();
  ASSERT_EQ(ticket_texts(worker, mine),
            std::vector<std::string>{"Mon propriétaire veut me mettre dehors"});

  // Wilma goes offline (on duty still); the handoff is offered and accepted.
  relay.disconnect(wilma);
  done(worker, worker.engine.staff_handoff(mine, wilma.engine.account_id()));
  // The relay's confirmations of what her device sends are lost: the conversation so far went,
  // but her device does not know it and still owes it.
  member.lose = [](const wire::ServerFrame& f) { return f.has_sent(); };
  const RequestId accepted = member.engine.answer_handoff(mine, true);
  relay.pump();
  EXPECT_TRUE(member.seen<event::Done>().empty() ||
              member.seen<event::Done>().back().request != accepted);  // not until it went
  ASSERT_EQ(member.engine.member_ticket()->worker, wilma.engine.account_id());
  relay.disconnect(member);
  member.lose = nullptr;
  relay.connect_and_log_in(member);  // owed: passed on again at the log-in

  // She comes back; the relay's word on her tickets is held back while she takes another one.
  wilma.lose = [](const wire::ServerFrame& f) { return f.has_staff_state(); };
  wilma.events.clear();
  relay.connect_and_log_in(wilma);
  EXPECT_TRUE(ticket_texts(wilma, mine).empty());  // parked: not known as hers yet
  wilma.engine.staff_take(theirs);
  relay.pump();
  ASSERT_EQ(wilma.seen<event::TicketTaken>().size(), 1u);
  wilma.lose = nullptr;
  wilma.engine.staff_status();
  relay.pump();
  // Each line once, though it was passed on twice.
  EXPECT_EQ(ticket_texts(wilma, mine),
            (std::vector<std::string>{"Mon propriétaire veut me mettre dehors", "Depuis quand ?"}));
  EXPECT_TRUE(wilma.seen<event::Undecryptable>().empty());

  // The member writes on: to Wilma only, read once.
  wilma.events.clear();
  ASSERT_TRUE(member.engine.ticket_say(mine, "Il a changé la serrure", 30).ok());
  relay.pump();
  EXPECT_EQ(ticket_texts(wilma, mine), std::vector<std::string>{"Il a changé la serrure"});
  EXPECT_TRUE(ticket_texts(worker, mine).size() == 1u);
  // Paid: a further log-in of hers passes nothing on again.
  const size_t before = wilma.engine.history().size();
  relay.disconnect(member);
  relay.connect_and_log_in(member);
  EXPECT_EQ(wilma.engine.history().size(), before);
}

}  // namespace
}  // namespace relais::engine
