#include "client-cli/output.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <sstream>

#include "client-cli/i18n.h"

namespace relais::cli {
namespace {

namespace json = boost::json;

// Each line of `text` parsed as one JSON object.
std::vector<json::object> lines(const std::string& text) {
  std::vector<json::object> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    json::error_code ec;
    json::value v = json::parse(line, ec);
    EXPECT_FALSE(ec) << line;
    EXPECT_TRUE(v.is_object()) << line;
    if (v.is_object()) out.push_back(v.as_object());
  }
  return out;
}

TEST(Output, WhoamiJson) {
  std::ostringstream s;
  Printer(s, true).whoami("abcdefghijklmnopqrstuvwxyz", "Zoë", "00ff");
  auto l = lines(s.str());
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].size(), 3u);
  EXPECT_EQ(l[0].at("id").as_string(), "abcdefghijklmnopqrstuvwxyz");
  EXPECT_EQ(l[0].at("name").as_string(), "Zoë");
  EXPECT_EQ(l[0].at("fingerprint").as_string(), "00ff");
}

TEST(Output, DirectMessageJsonHasExactlyTheAgreedFields) {
  std::ostringstream s;
  Printer p(s, true);
  p.direct_message("bob", "id1", true, "line one\nline \"two\"\x1b[2J", 1700000000123);
  p.direct_message("~not-a-tilde", "id2", false, "x", 5);
  auto l = lines(s.str());
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].size(), 5u);
  EXPECT_EQ(l[0].at("kind").as_string(), "dm");
  EXPECT_EQ(l[0].at("from").as_string(), "bob");
  EXPECT_EQ(l[0].at("from_id").as_string(), "id1");
  EXPECT_EQ(l[0].at("text").as_string(), "line one\nline \"two\"\x1b[2J");  // exact, escaped
  EXPECT_EQ(l[0].at("ts").as_int64(), 1700000000123);
  EXPECT_EQ(l[1].at("from").as_string(), "~not-a-tilde");  // JSON never adds the marker
  EXPECT_EQ(s.str().find('\x1b'), std::string::npos);      // escaped on the wire
}

TEST(Output, OtherJsonShapes) {
  std::ostringstream s;
  Printer p(s, true);
  p.registered("id", "Zoë", "fp", "ws://h:1");
  p.contact_added("bob", "id", true);
  p.contact("bob", "id");
  p.sent("bob", "id", "00aa", 42);
  p.safety_number("bob", "id", std::string(60, '1'));
  p.no_contacts();  // nothing in JSON
  p.no_messages();
  auto l = lines(s.str());
  ASSERT_EQ(l.size(), 5u);
  EXPECT_EQ(l[0].at("server").as_string(), "ws://h:1");
  EXPECT_TRUE(l[1].at("replaced").as_bool());
  EXPECT_EQ(l[2].size(), 2u);
  EXPECT_EQ(l[3].at("message_id").as_string(), "00aa");
  EXPECT_EQ(l[3].at("ts").as_int64(), 42);
  EXPECT_EQ(l[4].at("safety_number").as_string(), std::string(60, '1'));
}

// Found by the second attacker review (issue 15): a marker the organisation's inbox refused
// (Sybils had filled it) was said to wait like any other. Now the person is told.
TEST(Output, AMessageTheInboxRefusedIsSaidSo) {
  engine::Failure full;
  full.problem = engine::Problem::queue_full;
  std::ostringstream text;
  Printer(text, false).message_left("espace-p", "00ff", 2, full);
  EXPECT_NE(text.str().find("(2 workers will read it)"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("espace-p's inbox on the relay is full: they may see it late"),
            std::string::npos)
      << text.str();
  std::ostringstream listed;
  Printer(listed, false).message_left("espace-p", "00ff", 2);
  EXPECT_EQ(listed.str().find("inbox"), std::string::npos) << listed.str();

  std::ostringstream js;
  Printer(js, true).message_left("espace-p", "00ff", 2, full);
  auto l = lines(js.str());
  ASSERT_EQ(l.size(), 1u);
  EXPECT_FALSE(l[0].at("listed").as_bool());
  EXPECT_EQ(l[0].at("not_listed").as_string(), "inbox_full");
}

TEST(Output, TheLanguagesHeldAreNamedInASentence) {
  speak("en");
  std::ostringstream s;
  engine::event::LanguagesOffered l;
  l.org = "espace-p";
  l.asked = "nl";
  l.languages = {"fr", "en"};
  Printer(s, false).languages_offered(l);
  EXPECT_NE(s.str().find("French, English; you asked for Dutch."), std::string::npos) << s.str();
}

// A member's screen never shows the start of a worker's account id: a worker or colleague her
// device knows no name for is "someone from" the organisation, "a colleague".
TEST(Output, AWorkerWithoutANameIsNeverShownByHerId) {
  speak("fr");
  const std::string worker_id = "cnoz4vvrqk2b6xtl3mfd7a5e2y";
  std::ostringstream offer;
  Printer(offer, false).handoff_offered("K7QHW2XA", worker_id, "");
  EXPECT_EQ(offer.str().find("cnoz4vvr"), std::string::npos) << offer.str();
  EXPECT_NE(offer.str().find("à un·e collègue : relais ticket accept"), std::string::npos)
      << offer.str();
  std::ostringstream named;
  Printer(named, false).handoff_offered("K7QHW2XA", worker_id, "sofie");
  EXPECT_NE(named.str().find("à un·e collègue, ~sofie"), std::string::npos) << named.str();
  speak("en");
}

TEST(Output, TextIsSafeForATerminal) {
  std::ostringstream s;
  Printer(s, false).direct_message("Zo\x1b]0;owned\x07", "id", false, "hi\x1b[2J\nsecond\xff", 0);
  const std::string text = s.str();
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\x07'), std::string::npos);
  EXPECT_NE(text.find("~Zo"), std::string::npos);           // a self-chosen name is marked
  EXPECT_NE(text.find("\n    second"), std::string::npos);  // continuation lines are indented
}

TEST(Output, TerminalSafe) {
  EXPECT_EQ(terminal_safe("plain text, Zoë, 漢字 \t ok\n"), "plain text, Zoë, 漢字 \t ok\n");
  EXPECT_EQ(terminal_safe("a\x1b[31mb"), "a\xEF\xBF\xBD[31mb");
  EXPECT_EQ(terminal_safe("\x7f"), "\xEF\xBF\xBD");
  EXPECT_EQ(terminal_safe("\xC2\x9B"), "\xEF\xBF\xBD");              // C1 CSI
  EXPECT_EQ(terminal_safe("\xE2\x80\xAE"), "\xEF\xBF\xBD");          // right-to-left override
  EXPECT_EQ(terminal_safe("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  EXPECT_EQ(terminal_safe("\xED\xA0\x80").find("\xED"), std::string::npos);  // surrogate
  EXPECT_EQ(terminal_safe("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");          // truncated
}

// A schedule's date inside a sentence is spelt in the person's language, not ISO.
TEST(Output, SpeltDateInEachLanguage) {
  EXPECT_EQ(spelt_date("2026-12-08 14:00"), "Tuesday 8 December 2026 at 14:00");
  speak("fr");
  EXPECT_EQ(spelt_date("2026-12-08 14:00"), "mardi 8 décembre 2026 à 14:00");
  EXPECT_EQ(spelt_date("2027-08-01 09:30"), "dimanche 1 août 2027 à 09:30");
  speak("nl");
  EXPECT_EQ(spelt_date("2026-12-08 14:00"), "dinsdag 8 december 2026 om 14:00");
  speak("en");
  // Anything that is not a whole "YYYY-MM-DD HH:MM" is left as it came.
  for (const char* odd :
       {"", "2026-12-08", "2026-02-30 10:00", "2026-12-08 25:00", "2026-12-08 14:00x", "soon"}) {
    EXPECT_EQ(spelt_date(odd), odd);
  }
}

// In the middle of a planned slot with nobody on duty: planned now until its end, never
// "nothing scheduled" (the review of issue 17), in the list and at the closed door, fr and nl.
TEST(Output, ASlotRunningWithNobodyOnDutyIsPlannedNow) {
  engine::PermanenceView p;
  p.org = "icar-wallonie";
  p.name = "ICAR Wallonie";
  p.slot_end_ms = 1'796'467'500'000;
  p.slot_end_local = "2026-12-05 11:45";
  std::ostringstream en;
  Printer(en, false).permanence(p);
  EXPECT_NE(en.str().find("closed for now: planned until 11:45 (Brussels time), no worker on "
                          "duty yet"),
            std::string::npos)
      << en.str();
  EXPECT_EQ(en.str().find("nothing scheduled"), std::string::npos) << en.str();
  p.next_open_local = "2026-12-08 18:00";
  speak("fr");
  std::ostringstream fr;
  Printer(fr, false).permanence(p);
  EXPECT_NE(fr.str().find("prévue jusqu'à 11:45 (heure de Bruxelles)"), std::string::npos)
      << fr.str();
  EXPECT_NE(fr.str().find("puis mardi 8 décembre 2026 à 18:00"), std::string::npos) << fr.str();
  EXPECT_EQ(fr.str().find("rien de prévu"), std::string::npos) << fr.str();
  engine::ClosedView door;
  door.org = "icar-wallonie";
  door.slot_end_ms = p.slot_end_ms;
  door.slot_end_local = p.slot_end_local;
  speak("nl");
  std::ostringstream nl;
  Printer(nl, false).door_closed(door);
  EXPECT_NE(nl.str().find("gepland tot 11:45 (Brusselse tijd)"), std::string::npos) << nl.str();
  speak("en");
  std::ostringstream js;
  Printer(js, true).permanence(p);
  auto l = lines(js.str());
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].at("slot_end").as_string(), "2026-12-05 11:45");
  EXPECT_EQ(l[0].at("slot_end_ms").as_int64(), 1'796'467'500'000);
}

TEST(Output, GroupsSafetyNumberDigits) {
  std::string digits;
  for (int i = 0; i < 60; ++i) digits += static_cast<char>('0' + i % 10);
  const std::string g = group_digits(digits, "  ");
  EXPECT_EQ(g,
            "  01234 56789 01234 56789\n"
            "  01234 56789 01234 56789\n"
            "  01234 56789 01234 56789");
}

}  // namespace
}  // namespace relais::cli
