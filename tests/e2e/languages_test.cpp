// The terminal client in French and Dutch, end to end: a real relaisd serving the shipped
// resources directory, real `relais` processes under LANG=fr_BE.UTF-8 and LANG=nl_BE.UTF-8 (no
// system locale needed: the catalogs are built into relais). What a person reads is in their
// language — the resources of Liège, the closed door with its emergency numbers, a permanence,
// refusals of the relay and of the command line — with no English sentence of relais's left in
// it, while --json stays the same in every language.
#include <gtest/gtest.h>

#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <regex>
#include <set>

#include "core/wire/frames.h"
#include "tests/e2e/e2e_harness.h"
#include "tests/support/po_file.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;

constexpr const char* kFrench = "fr_BE.UTF-8";
constexpr const char* kDutch = "nl_BE.UTF-8";
constexpr const char* kNoLanguage = "C.UTF-8";

std::string resources_file() {
  return std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json";
}

// `relais` for `p` with a language, the way a person's shell gives it: LANG alone (the other
// variables emptied, as unset, so the test's own environment does not decide).
ProcessResult run_in(const Person& p, const std::string& lang, std::vector<std::string> args,
                     const std::string& passphrase = {}) {
  std::vector<std::string> full{"--home", p.home()};
  full.insert(full.end(), args.begin(), args.end());
  return relais::testing::run_process(
      relais::testing::built_binary("client-cli/relais"), full,
      {{"RELAIS_PASSPHRASE", passphrase.empty() ? "correct horse " + p.name() : passphrase},
       {"RELAIS_VAULT_KDF_LOG2N", "10"},
       {"LANG", lang},
       {"LC_ALL", ""},
       {"LC_MESSAGES", ""},
       {"LANGUAGE", ""}},
      30s);
}

// Pieces of relais's English sentences (from the sources, build/client-cli/relais.pot) long
// enough to be sentences, that the language's own catalog does not also say (command names,
// numbers): none may show in that language's output.
std::vector<std::string> english_pieces(const std::string& language) {
  using relais::testing::read_po;
  const auto pot = read_po(relais::testing::built_binary("client-cli/relais.pot"));
  const auto po = read_po(std::string(RELAIS_SOURCE_DIR) + "/client-cli/po/" + language + ".po");
  EXPECT_TRUE(pot.error.empty() && po.error.empty()) << pot.error << po.error;
  std::string translated;
  for (const auto& e : po.entries)
    for (const auto& s : e.msgstr) translated += s + "\n";
  std::set<std::string> pieces;
  for (const auto& e : pot.entries) {
    for (const std::string& english : {e.msgid, e.msgid_plural}) {
      size_t start = 0;
      while (start < english.size()) {
        size_t end = english.find_first_of("{\n", start);
        if (end == std::string::npos) end = english.size();
        std::string piece = english.substr(start, end - start);
        while (!piece.empty() && (piece.back() == ' ' || piece.back() == '(')) piece.pop_back();
        while (!piece.empty() && (piece.front() == ' ' || piece.front() == ')')) piece.erase(0, 1);
        const bool words = piece.size() >= 10 && piece.find(' ') != std::string::npos;
        if (words && translated.find(piece) == std::string::npos) pieces.insert(piece);
        start = end + (end < english.size() && english[end] == '{' ? 3 : 1);
      }
    }
  }
  EXPECT_GT(pieces.size(), 300u);
  return {pieces.begin(), pieces.end()};
}

void expect_no_english(const std::string& text, const std::string& language) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto& pieces = cache[language];
  if (pieces.empty()) pieces = english_pieces(language);
  for (const auto& piece : pieces) {
    EXPECT_EQ(text.find(piece), std::string::npos)
        << "English \"" << piece << "\" in the " << language << " output:\n"
        << text;
  }
  // Nor the English names of the relay's data, which has them in every language.
  for (const char* data : {"European emergency number", "Emergency numbers", "Brussels time"}) {
    EXPECT_EQ(text.find(data), std::string::npos) << data << " in:\n" << text;
  }
}

class Languages : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data", relais::testing::free_loopback_port(),
                                     std::vector<std::string>{"--resources", resources_file()});
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", (root_ / "data").string(), "admin-invite"},
                                             {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : {&worker_, &member_}) p->register_on(*relay_);
    admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en,nl",
               "--region", "brussels"});
    admin_.ok({"admin", "grant", "outreach", worker_.id(), "espace-p"});
    worker_.ok({"permanence", "add", "espace-p", "--room", "brussels", "--weekday", "tue",
                "--start", "14:00", "--end", "15:00", "--lang", "fr,en"});
  }

  relais::testing::TempDir root_{"relais-e2e-languages"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, worker_{root_, "wanda"}, member_{root_, "aya"};
};

TEST_F(Languages, TheResourcesOfLiegeInFrenchAndDutch) {
  auto fr = run_in(member_, kFrench, {"resources", "liege"});
  ASSERT_EQ(fr.exit_code, 0) << fr.err;
  EXPECT_NE(fr.out.find("Centre spécialisé reconnu pour les victimes de la traite"),
            std::string::npos)
      << fr.out;  // Sürya, what it does in French
  EXPECT_NE(fr.out.find("    permanence de chat : prochaine le "), std::string::npos) << fr.out;
  EXPECT_NE(fr.out.find("(heure de Bruxelles)"), std::string::npos);
  EXPECT_NE(fr.out.find("    téléphone : "), std::string::npos);
  EXPECT_NE(fr.out.find("Numéros d'urgence :\n"), std::string::npos);
  EXPECT_NE(fr.out.find("    112  Numéro d'urgence européen (pompiers, ambulance, police)\n"),
            std::string::npos);
  EXPECT_NE(fr.out.find("    0800 30 030  Écoute Violences Conjugales\n"), std::string::npos);
  expect_no_english(fr.out + fr.err, "fr");

  auto nl = run_in(member_, kDutch, {"resources", "liege"});
  ASSERT_EQ(nl.exit_code, 0) << nl.err;
  EXPECT_NE(nl.out.find("Erkend gespecialiseerd centrum voor slachtoffers van mensenhandel"),
            std::string::npos)
      << nl.out;
  EXPECT_NE(nl.out.find("    chatpermanentie: volgende "), std::string::npos) << nl.out;
  EXPECT_NE(nl.out.find("Noodnummers:\n"), std::string::npos);
  EXPECT_NE(nl.out.find("    112  Europees noodnummer (brandweer, ambulance, politie)\n"),
            std::string::npos);
  expect_no_english(nl.out + nl.err, "nl");

  // Without a language: English, the fallback.
  auto en = run_in(member_, kNoLanguage, {"resources", "liege"});
  EXPECT_NE(en.out.find("    112  European emergency number (fire, ambulance, police)\n"),
            std::string::npos)
      << en.out;
  // --json is for programs: the same bytes in every language.
  auto json_en = run_in(member_, kNoLanguage, {"--json", "resources", "liege"});
  ASSERT_EQ(json_en.exit_code, 0) << json_en.err;
  EXPECT_FALSE(json_lines(json_en.out).empty());
  EXPECT_EQ(run_in(member_, kFrench, {"--json", "resources", "liege"}).out, json_en.out);
  EXPECT_EQ(run_in(member_, kDutch, {"--json", "resources", "liege"}).out, json_en.out);
}

TEST_F(Languages, TheClosedDoorAndItsEmergencyNumbersInFrenchAndDutch) {
  auto fr = run_in(member_, kFrench, {"knock", "espace-p", "--lang", "fr"});
  ASSERT_EQ(fr.exit_code, 0) << fr.err;
  // The organisation by its name, never its id (the command to type keeps the id).
  EXPECT_EQ(fr.out.rfind("La permanence « Espace P » est fermée ; prochaine ouverture le ", 0), 0u)
      << fr.out;
  // The date spelt in French inside the sentence (the permanence opens on Tuesdays), not ISO.
  EXPECT_NE(fr.out.find("prochaine ouverture le mardi "), std::string::npos) << fr.out;
  EXPECT_NE(fr.out.find(" à 14:00 (heure de Bruxelles).\n"), std::string::npos) << fr.out;
  const std::regex iso_date("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  EXPECT_FALSE(std::regex_search(fr.out, iso_date)) << fr.out;
  EXPECT_NE(fr.out.find("Vous pouvez laisser un message maintenant : relais leave-message "
                        "espace-p \"...\"\n"),
            std::string::npos);
  EXPECT_NE(fr.out.find("En cas d'urgence :\n"
                        "    112  Numéro d'urgence européen (pompiers, ambulance, police)\n"),
            std::string::npos)
      << fr.out;
  EXPECT_NE(fr.out.find("    101  Police (urgence)\n"), std::string::npos);
  expect_no_english(fr.out + fr.err, "fr");

  auto nl = run_in(member_, kDutch, {"knock", "espace-p"});
  ASSERT_EQ(nl.exit_code, 0) << nl.err;
  EXPECT_EQ(nl.out.rfind("De permanentie van Espace P is gesloten; ze opent weer op dinsdag ", 0),
            0u)
      << nl.out;
  EXPECT_NE(nl.out.find(" om 14:00 "), std::string::npos) << nl.out;
  EXPECT_FALSE(std::regex_search(nl.out, iso_date)) << nl.out;
  EXPECT_NE(nl.out.find("In noodgevallen:\n"
                        "    112  Europees noodnummer (brandweer, ambulance, politie)\n"),
            std::string::npos)
      << nl.out;
  EXPECT_NE(nl.out.find("    101  Politie (dringende hulp)\n"), std::string::npos);
  expect_no_english(nl.out + nl.err, "nl");

  // The same door in --json, whatever the language.
  auto json_en = run_in(member_, kNoLanguage, {"--json", "knock", "espace-p"});
  ASSERT_EQ(json_en.exit_code, 0) << json_en.err;
  EXPECT_TRUE(std::regex_search(json_en.out, iso_date)) << json_en.out;  // ISO for programs
  EXPECT_EQ(run_in(member_, kFrench, {"--json", "knock", "espace-p"}).out, json_en.out);
  EXPECT_EQ(run_in(member_, kDutch, {"--json", "knock", "espace-p"}).out, json_en.out);

  // The schedule, in French words.
  auto list = run_in(member_, kFrench, {"permanences"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("fermée ; prochaine ouverture le mardi "), std::string::npos) << list.out;
  // Times said to be Brussels time; the room by its city, the languages by their names.
  EXPECT_EQ(list.out.rfind("Permanences de chat (heures de Bruxelles) :\n", 0), 0u) << list.out;
  EXPECT_NE(list.out.find("chaque mardi 14:00-15:00 Bruxelles (français, anglais)"),
            std::string::npos)
      << list.out;
  EXPECT_EQ(list.out.find("#brussels"), std::string::npos) << list.out;
  auto list_nl = run_in(member_, kDutch, {"permanences"});
  EXPECT_EQ(list_nl.out.rfind("Chatpermanenties (Brusselse tijd):\n", 0), 0u) << list_nl.out;
  EXPECT_NE(list_nl.out.find("14:00-15:00 Brussel (Frans, Engels)"), std::string::npos)
      << list_nl.out;
  expect_no_english(list.out + list.err, "fr");
}

// A city Relais does not know is said to be unknown before the national numbers; a knock that
// cannot reach the relay still gives the emergency numbers this device keeps.
TEST_F(Languages, AnUnknownCityAndAnUnreachableRelayStillGiveTheNumbers) {
  auto fr = run_in(member_, kFrench, {"resources", "atlantis"});
  ASSERT_EQ(fr.exit_code, 0) << fr.err;
  EXPECT_EQ(fr.out.rfind("Relais ne connaît aucune organisation à atlantis.\n"
                         "Numéros d'urgence :\n"
                         "    112  Numéro d'urgence européen (pompiers, ambulance, police)\n",
                         0),
            0u)
      << fr.out;
  expect_no_english(fr.out + fr.err, "fr");
  auto nl = run_in(member_, kDutch, {"resources", "atlantis"});
  EXPECT_EQ(nl.out.rfind("Relais kent geen organisatie in atlantis.\nNoodnummers:\n", 0), 0u)
      << nl.out;
  // A known city does not say it.
  EXPECT_EQ(run_in(member_, kFrench, {"resources", "liege"}).out.find("aucune organisation"),
            std::string::npos);

  // The relay goes away; the directory read above stays on the device.
  EXPECT_EQ(relay_->stop(), 0);
  auto knock = run_in(member_, kFrench, {"knock", "espace-p"});
  EXPECT_EQ(knock.exit_code, 1);
  EXPECT_EQ(knock.out.rfind("En cas d'urgence (la liste gardée sur cet appareil) :\n"
                            "    112  Numéro d'urgence européen (pompiers, ambulance, police)\n",
                            0),
            0u)
      << knock.out << knock.err;
  EXPECT_NE(knock.out.find("    101  Police (urgence)\n"), std::string::npos);
  EXPECT_NE(knock.err.find("Impossible de joindre le relais"), std::string::npos) << knock.err;
  expect_no_english(knock.out + knock.err, "fr");
  auto knock_nl = run_in(member_, kDutch, {"knock", "espace-p"});
  EXPECT_EQ(knock_nl.out.rfind("In noodgevallen (de lijst op dit toestel):\n", 0), 0u)
      << knock_nl.out;
  EXPECT_NE(knock_nl.out.find("    101  Politie (dringende hulp)\n"), std::string::npos);
  relay_->start();
}

TEST_F(Languages, AnOpenPermanenceAndATicketInFrenchAndDutch) {
  worker_.ok({"staff", "open", "espace-p"});
  auto list = run_in(member_, kDutch, {"permanences"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("Nu OPEN, 1 hulpverlener van dienst"), std::string::npos) << list.out;
  expect_no_english(list.out + list.err, "nl");

  auto knock = run_in(member_, kFrench, {"knock", "espace-p", "--lang", "fr"});
  ASSERT_EQ(knock.exit_code, 0) << knock.err;
  EXPECT_NE(knock.out.find(" chez Espace P : place 1 dans la file, environ "), std::string::npos)
      << knock.out;
  expect_no_english(knock.out + knock.err, "fr");
  const std::string ticket = knock.out.substr(7, knock.out.find(' ', 7) - 7);

  worker_.ok({"staff", "take", ticket});
  auto mine = run_in(member_, kFrench, {"ticket"});
  ASSERT_EQ(mine.exit_code, 0) << mine.err;
  // The member does not know the worker's pseudonym: she reads the organisation's name, never
  // the start of the worker's account id (which would pick the worker out in a room's list).
  EXPECT_EQ(mine.out, "Ticket " + ticket +
                          " : quelqu'un de chez Espace P parle avec vous ; écrivez avec : relais "
                          "ticket say TEXTE\n");
  EXPECT_EQ(mine.out.find(worker_.id().substr(0, 8)), std::string::npos);
  expect_no_english(mine.out + mine.err, "fr");
  auto said = run_in(member_, kDutch, {"ticket", "say", "Hallo, ik heb een vraag."});
  ASSERT_EQ(said.exit_code, 0) << said.err;
  EXPECT_EQ(said.out, "Verstuurd in ticket " + ticket + ".\n");
}

TEST_F(Languages, RefusalsInFrenchAndDutch) {
  // The relay's refusal, in this client's words.
  auto fr = run_in(member_, kFrench, {"join", "atlantis"});
  EXPECT_EQ(fr.exit_code, 1);
  EXPECT_EQ(fr.err, "relais: Ce salon n'existe pas.\n");
  auto nl = run_in(member_, kDutch, {"join", "atlantis"});
  EXPECT_EQ(nl.exit_code, 1);
  EXPECT_EQ(nl.err, "relais: Die kamer bestaat niet.\n");
  auto not_member = run_in(member_, kFrench, {"say", "liege", "bonjour"});
  EXPECT_EQ(not_member.exit_code, 1);
  EXPECT_EQ(not_member.err, "relais: Vous n'êtes pas membre de ce salon.\n");

  // The device's own: a wrong passphrase, a relay address, a relay that is not there.
  auto wrong = run_in(member_, kFrench, {"whoami"}, "not the passphrase");
  EXPECT_EQ(wrong.exit_code, 1);
  EXPECT_EQ(wrong.err,
            "relais: Mauvaise phrase secrète pour le profil dans " + member_.home() + ".\n");
  Person zoe(root_, "zoe");
  auto http = run_in(zoe, kFrench, {"register", "--server", "http://x", "--name", "Zoé"});
  EXPECT_EQ(http.exit_code, 1);
  EXPECT_EQ(http.err, "relais: L'adresse du relais doit commencer par ws:// ou wss://.\n");
  const std::string closed =
      "ws://127.0.0.1:" + std::to_string(relais::testing::free_loopback_port());
  auto away = run_in(zoe, kDutch, {"register", "--server", closed, "--name", "Zoë"});
  EXPECT_EQ(away.exit_code, 1);
  EXPECT_EQ(away.err, "relais: Het relais op " + closed +
                          " is onbereikbaar. Controleer het adres en de verbinding.\n");

  // The command line's.
  auto usage = run_in(member_, kDutch, {"send", "bob"});
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_EQ(usage.err, "relais: relais send neemt NAAM TEKST.\n");
  auto reason = run_in(member_, kFrench, {"report", "liege", "3", "--reason", "rude"});
  EXPECT_EQ(reason.exit_code, 2);
  EXPECT_NE(reason.err.find("La raison est harassment (harcèlement)"), std::string::npos);
  for (const auto* r : {&fr, &not_member, &wrong, &http, &reason}) expect_no_english(r->err, "fr");
  for (const auto* r : {&nl, &away, &usage}) expect_no_english(r->err, "nl");

  // And the help of the commands a member uses.
  auto help = run_in(member_, kFrench, {"knock", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.rfind("Usage : relais knock ORG [--lang fr]", 0), 0u) << help.out;
  EXPECT_NE(help.out.find("la langue dans laquelle vous voulez parler"), std::string::npos);
  auto overview = run_in(member_, kDutch, {"--help"});
  EXPECT_NE(overview.out.find("Opdrachten:\n"), std::string::npos);
  expect_no_english(help.out, "fr");
  expect_no_english(overview.out, "nl");
}

}  // namespace
}  // namespace relais::e2e

namespace relais::e2e {
namespace {

// The operator turns Dutch off (relaisd --interface-languages fr,en): the Challenge says so, and
// a Dutch-speaking member's terminal falls back to English (then French, then Dutch) while a
// French one keeps French; turned on again, the next command speaks Dutch.
TEST(InterfaceLanguages, TheOperatorTurnsALanguageOffAndOnAgain) {
  relais::testing::TempDir root{"relais-e2e-interface-languages"};
  const int port = relais::testing::free_loopback_port();
  const std::vector<std::string> resources{"--resources", resources_file()};
  auto options = [&](const char* languages) {
    auto o = resources;
    o.insert(o.end(), {"--interface-languages", languages});
    return o;
  };
  auto relay = std::make_unique<Relay>(root / "data", port, options("fr,en"));
  {
    namespace net = boost::asio;
    net::io_context io;
    boost::beast::websocket::stream<boost::beast::tcp_stream> ws(io);
    boost::beast::get_lowest_layer(ws).connect(
        net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)));
    ws.handshake("127.0.0.1", "/");
    boost::beast::flat_buffer buffer;
    ws.read(buffer);
    auto batch = wire::decode_server_batch(boost::beast::buffers_to_string(buffer.data()));
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE(batch->frames(0).has_challenge());
    const auto& offered = batch->frames(0).challenge().interface_languages();
    EXPECT_EQ(std::vector<std::string>(offered.begin(), offered.end()),
              (std::vector<std::string>{"fr", "en"}));
  }
  Person member{root, "noor"};
  member.register_on(*relay);

  auto nl = run_in(member, kDutch, {"resources", "liege"});
  ASSERT_EQ(nl.exit_code, 0) << nl.err;
  EXPECT_NE(nl.out.find("Emergency numbers:\n"), std::string::npos) << nl.out;
  EXPECT_NE(nl.out.find("    112  European emergency number (fire, ambulance, police)\n"),
            std::string::npos)
      << nl.out;
  EXPECT_EQ(nl.out.find("Noodnummers"), std::string::npos) << nl.out;
  auto fr = run_in(member, kFrench, {"resources", "liege"});
  EXPECT_NE(fr.out.find("Numéros d'urgence :\n"), std::string::npos) << fr.out;
  expect_no_english(fr.out + fr.err, "fr");
  // --json does not change.
  EXPECT_EQ(run_in(member, kDutch, {"--json", "resources", "liege"}).out,
            run_in(member, kNoLanguage, {"--json", "resources", "liege"}).out);

  // Only French offered: a Dutch speaker reads French (English is off too).
  EXPECT_EQ(relay->stop(), 0);
  relay = std::make_unique<Relay>(root / "data", port, options("fr"));
  nl = run_in(member, kDutch, {"resources", "liege"});
  EXPECT_NE(nl.out.find("Numéros d'urgence :\n"), std::string::npos) << nl.out << nl.err;

  // Dutch on again: the command that learns it already speaks it.
  EXPECT_EQ(relay->stop(), 0);
  relay = std::make_unique<Relay>(root / "data", port, options("nl,fr,en"));
  nl = run_in(member, kDutch, {"resources", "liege"});
  EXPECT_NE(nl.out.find("Noodnummers:\n"), std::string::npos) << nl.out << nl.err;
  expect_no_english(nl.out + nl.err, "nl");
}

}  // namespace
}  // namespace relais::e2e
