// `relais chat` in a real terminal: tmux panes run real `relais` clients against a real relaisd,
// and the test reads the panes as a person would (tmux capture-pane). In a room: a half-typed
// line survives an arriving message, every line shows once, long lines fold to the pane's width
// (also after a resize), a hostile member's escape sequences stay inert; /join, /knock and a
// worker's answer in the ticket; one person in French.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <thread>

#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;

// A private tmux server (its own socket, in the test's folder, gone with it) with one session a
// person.
class Tmux {
 public:
  explicit Tmux(const std::filesystem::path& folder) : socket_((folder / "tmux.sock").string()) {}
  ~Tmux() { (void)run({"kill-server"}); }
  Tmux(const Tmux&) = delete;
  Tmux& operator=(const Tmux&) = delete;

  relais::testing::ProcessResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"-u", "-S", socket_, "-f", "/dev/null"});
    return relais::testing::run_process("/usr/bin/tmux", args, {{"LANG", "C.UTF-8"}, {"TMUX", ""}},
                                        10s);
  }
  // Starts `relais chat` for `p` in a session named after them, `width` columns wide.
  void chat(const Person& p, int width, const std::string& lang) {
    const std::string command =
        "env LANG=" + lang + " LANGUAGE= LC_ALL= RELAIS_VAULT_KDF_LOG2N=10 " +
        "RELAIS_PASSPHRASE='correct horse " + p.name() + "' " +
        relais::testing::built_binary("client-cli/relais") + " --home " + p.home() + " chat";
    auto r = run(
        {"new-session", "-d", "-s", p.name(), "-x", std::to_string(width), "-y", "40", command});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // What it printed last stays readable after it ends (and tells why, if it failed).
    (void)run({"set-option", "-w", "-t", p.name(), "remain-on-exit", "on"});
  }
  std::string screen(const std::string& session) const {
    return run({"capture-pane", "-p", "-t", session}).out;
  }
  // The screen once it shows `needle` (polled), or the last screen seen after `timeout`.
  std::string wait_for(const std::string& session, const std::string& needle,
                       std::chrono::milliseconds timeout = 10s) const {
    const auto end = std::chrono::steady_clock::now() + timeout;
    std::string s;
    while (std::chrono::steady_clock::now() < end) {
      s = screen(session);
      if (s.find(needle) != std::string::npos) return s;
      std::this_thread::sleep_for(50ms);
    }
    ADD_FAILURE() << session << "'s screen never showed '" << needle << "':\n" << s;
    return s;
  }
  void type(const std::string& session, const std::string& text) const {
    ASSERT_EQ(run({"send-keys", "-t", session, "-l", text}).exit_code, 0);
  }
  void enter(const std::string& session) const {
    ASSERT_EQ(run({"send-keys", "-t", session, "Enter"}).exit_code, 0);
  }
  void line(const std::string& session, const std::string& text) const {
    type(session, text);
    enter(session);
  }

 private:
  std::string socket_;
};

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) {
    ++n;
  }
  return n;
}

std::vector<std::string> rows(const std::string& screen) {
  std::vector<std::string> out;
  std::istringstream in(screen);
  std::string row;
  while (std::getline(in, row)) out.push_back(row);
  while (!out.empty() && out.back().find_first_not_of(' ') == std::string::npos) out.pop_back();
  return out;
}

// Columns of a row of the pane (UTF-8; every character the test uses is one column wide).
size_t columns_of(const std::string& row) {
  size_t n = 0;
  for (unsigned char c : row) n += (c & 0xC0) != 0x80;
  return n;
}

class Chat : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", (root_ / "data").string(), "admin-invite"},
                                             {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : {&worker_, &amira_, &bea_}) p->register_on(*relay_);
    admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en",
               "--region", "liege"});
    admin_.ok({"admin", "grant", "outreach", worker_.id(), "espace-p"});
    worker_.ok({"permanence", "add", "espace-p", "--room", "liege", "--weekday", "tue", "--start",
                "14:00", "--end", "15:00", "--lang", "fr,en"});
    worker_.ok({"staff", "open", "espace-p"});
    admin_.ok({"join", "liege"});
  }

  relais::testing::TempDir root_{"relais-e2e-chat"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, worker_{root_, "wanda"}, amira_{root_, "amira"},
      bea_{root_, "berenice"};
  Tmux tmux_{root_.path()};
};

TEST_F(Chat, ARoomAndATicketInTwoTerminals) {
  // Amira in English, 60 columns; Bérénice in French, 40 columns.
  tmux_.chat(amira_, 60, "C.UTF-8");
  tmux_.chat(bea_, 40, "fr_BE.UTF-8");
  tmux_.wait_for("amira", "Connected. Type /help");
  tmux_.wait_for("berenice", "Connecté");

  // /rooms, then /join in each terminal.
  tmux_.line("amira", "/rooms");
  tmux_.wait_for("amira", "Liège");
  tmux_.line("amira", "/join liege");
  tmux_.wait_for("amira", "#liege>");
  tmux_.line("berenice", "/join Luik");  // a room by its Dutch name
  std::string b = tmux_.wait_for("berenice", "#liege>");

  // Bérénice types half a line; Amira's message arrives meanwhile.
  tmux_.type("berenice", "je tape");
  tmux_.wait_for("berenice", "#liege> je tape");
  tmux_.line("amira", "coucou!");
  b = tmux_.wait_for("berenice", "coucou!");
  EXPECT_EQ(count(b, "coucou!"), 1u) << b;
  EXPECT_TRUE(std::regex_search(b, std::regex(R"(\] #liege ~amira#[a-z0-9]{4}: coucou!)"))) << b;
  EXPECT_EQ(rows(b).back(), "#liege> je tape") << b;  // the half line is still there
  std::string a = tmux_.wait_for("amira", "coucou!");
  EXPECT_EQ(count(a, "coucou!"), 1u) << a;  // her own line, once
  EXPECT_NE(a.find("#liege me: coucou!"), std::string::npos) << a;

  // She finishes the line: it shows once on each side.
  tmux_.line("berenice", " la suite");
  b = tmux_.wait_for("berenice", "#liege moi: je tape la suite");
  EXPECT_EQ(count(b, "je tape la suite"), 1u) << b;
  EXPECT_EQ(rows(b).back(), "#liege>") << b;
  a = tmux_.wait_for("amira", "je tape la suite");
  EXPECT_EQ(count(a, "je tape la suite"), 1u) << a;
  EXPECT_TRUE(std::regex_search(a, std::regex(R"(~berenice#[a-z0-9]{4}: je tape)"))) << a;

  // A long line folds at spaces to the pane's width, under a hanging indent, accents and
  // Cyrillic whole.
  const std::string long_line =
      "Attention ce soir près de la gare des Guillemins une voiture grise tourne depuis une "
      "heure, Привет всем, restez ensemble";
  tmux_.line("amira", long_line);
  b = tmux_.wait_for("berenice", "restez ensemble");
  {
    const auto all = rows(b);
    size_t first = all.size();
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].find("Attention") != std::string::npos) first = i;
    }
    ASSERT_LT(first, all.size()) << b;
    std::string words;
    size_t i = first;
    for (; i < all.size() && all[i].find("restez ensemble") == std::string::npos; ++i) {
      EXPECT_LE(columns_of(all[i]), 40u) << all[i];
      if (i > first) {
        EXPECT_EQ(all[i].substr(0, 8), "        ") << b;
      }
    }
    ASSERT_LT(i, all.size());
    EXPECT_GT(i - first, 2u) << "not folded:\n" << b;
    for (const char* w : {"Guillemins", "voiture", "près", "Привет", "всем,"}) {
      std::regex whole(std::string("(^| )") + w + "( |$)");
      bool found = false;
      for (size_t k = first; k <= i; ++k) found = found || std::regex_search(all[k], whole);
      EXPECT_TRUE(found) << w << " is cut:\n" << b;
    }
  }

  // After a resize, later lines fold to the new width.
  ASSERT_EQ(tmux_.run({"resize-window", "-t", "berenice", "-x", "28"}).exit_code, 0);
  std::this_thread::sleep_for(200ms);
  tmux_.line("amira", "plus tard: un deux trois quatre cinq six sept huit neuf dix onze douze");
  b = tmux_.wait_for("berenice", "douze");
  for (const auto& row : rows(b)) {
    if (row.find("onze") != std::string::npos || row.find("neuf") != std::string::npos) {
      EXPECT_LE(columns_of(row), 28u) << row;
      EXPECT_EQ(row.substr(0, 8), "        ") << b;
    }
  }
  ASSERT_EQ(tmux_.run({"resize-window", "-t", "berenice", "-x", "60"}).exit_code, 0);
  std::this_thread::sleep_for(200ms);

  // A hostile member: escape sequences to clear the screen, move the cursor, retitle the window.
  const std::string title_before =
      tmux_.run({"display-message", "-p", "-t", "berenice", "#{pane_title}"}).out;
  admin_.ok({"say", "liege", "\x1b]2;pwned\x07 \x1b[2J\x1b[H \x1b[31mpiege \xC2\x9B"});
  b = tmux_.wait_for("berenice", "piege");
  EXPECT_EQ(tmux_.run({"display-message", "-p", "-t", "berenice", "#{pane_title}"}).out,
            title_before);
  EXPECT_NE(b.find("douze"), std::string::npos) << "the screen was cleared:\n" << b;
  EXPECT_NE(b.find("\xEF\xBF\xBD]2;pwned"), std::string::npos) << b;  // shown, inert
  EXPECT_EQ(rows(b).back(), "#liege>") << b;

  // An unknown command and a line over the relay's limit: a sentence each, nothing sent.
  tmux_.line("berenice", "/frobnicate");
  tmux_.wait_for("berenice", "Commande inconnue /frobnicate");
  // Typed in pieces: a tmux command carries at most 16 KiB.
  for (int i = 0; i < 5; ++i) tmux_.type("berenice", std::string(i < 4 ? 8192 : 10, 'x'));
  tmux_.enter("berenice");
  tmux_.wait_for("berenice", "32 Kio");
  tmux_.line("berenice", "après la ligne trop longue");
  tmux_.wait_for("amira", "après la ligne trop longue");
  EXPECT_EQ(tmux_.screen("amira").find("xxxxxxxxxx"), std::string::npos);

  // Someone else registers as "amira" and writes in the room. Bérénice has the real Amira as a
  // contact: the two are told apart by their marks, and the other one carries the warning.
  Person fake(root_, "amira");
  fake.set_home((root_ / "home-another-amira").string());
  fake.register_on(*relay_);
  fake.ok({"join", "liege"});
  tmux_.line("berenice", "/add amira " + amira_.id());
  tmux_.wait_for("berenice", "amira ajouté·e.");
  fake.ok({"say", "liege", "c'est amira, écrivez-moi en privé"});
  b = tmux_.wait_for("berenice", "écrivez-moi en privé");
  EXPECT_TRUE(std::regex_search(
      b, std::regex(R"(~amira#([a-z0-9]{4}) \[nom semblable à amira#([a-z0-9]{4}) :)")))
      << b;
  std::smatch marks;
  ASSERT_TRUE(std::regex_search(
      b, marks, std::regex(R"(~amira#([a-z0-9]{4}) \[nom semblable à amira#([a-z0-9]{4}))")));
  EXPECT_NE(marks[1].str(), marks[2].str()) << b;
  // Her arrival, before she wrote, named by her mark (asked of the relay), not by her id.
  EXPECT_NE(b.find("~(pas encore de nom)#" + marks[1].str() + " est arrivé"), std::string::npos)
      << b;
  EXPECT_EQ(b.find(fake.id()), std::string::npos) << b;

  // A ticket: she knocks from the chat, the worker takes it and answers.
  tmux_.line("berenice", "/knock espace-p");
  // The echoed command says "espace-p" at once; the ticket is there once the worker's queue
  // lists it (the screen names the organisation "Espace P").
  std::vector<boost::json::object> queue;
  for (int i = 0; i < 100 && queue.empty(); ++i) {
    queue = worker_.ok({"staff", "queue", "espace-p"});
    if (queue.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(queue.size(), 1u);
  const std::string ticket = str(queue[0], "ticket");
  tmux_.wait_for("berenice", "ticket " + ticket + ">");  // what she types goes there
  worker_.ok({"staff", "take", ticket});
  tmux_.wait_for("berenice", "parle avec");  // folded at 40 columns
  tmux_.line("berenice", "bonjour, une question");
  tmux_.wait_for("berenice", "moi: bonjour, une question");
  // She looks at the room, then follows the ticket again.
  tmux_.line("berenice", "/room liege");
  b = tmux_.wait_for("berenice", "-- #liege --");
  EXPECT_EQ(count(b, "après la ligne trop longue"), 1u) << "shown again:\n" << b;
  tmux_.line("berenice", "/ticket");
  tmux_.wait_for("berenice", "-- ticket " + ticket);
  auto at_worker = worker_.ok({"sync", "--wait", "0"});
  bool asked = false;
  for (const auto& l : at_worker) asked = asked || str(l, "text") == "bonjour, une question";
  EXPECT_TRUE(asked);
  worker_.ok({"staff", "say", ticket, "je vous écoute"});
  b = tmux_.wait_for("berenice", "je vous écoute");
  EXPECT_EQ(count(b, "je vous écoute"), 1u) << b;
  EXPECT_TRUE(std::regex_search(b, std::regex(R"(ticket \S+ ~wanda#[a-z0-9]{4}: je vous)"))) << b;

  tmux_.line("berenice", "/quit");
  tmux_.line("amira", "/quit");
  tmux_.wait_for("amira", "Bye.");
}

// Piped, for a script: each line waits for the answer to the one before it (a /join), what
// was written is confirmed before the end of the input ends the chat, and --json prints lines.
TEST_F(Chat, AScriptDrivesItThroughAPipe) {
  amira_.ok({"join", "liege"});
  const std::string script = "/join liege\nbonjour par un script\n/frobnicate\n" +
                             std::string(32 * 1024 + 1, 'y') + "\net la fin\n" +
                             "/knock espace-p nl\n/knock espace-p nl --anyway\n";
  auto r = relais::testing::run_process(relais::testing::built_binary("client-cli/relais"),
                                        {"--home", bea_.home(), "--json", "chat"},
                                        {{"RELAIS_PASSPHRASE", "correct horse berenice"},
                                         {"RELAIS_VAULT_KDF_LOG2N", "10"},
                                         {"LANG", "C.UTF-8"},
                                         {"LANGUAGE", ""},
                                         {"LC_ALL", ""}},
                                        30s, script);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  std::vector<uint64_t> said;
  bool joined = false;
  for (const auto& l : lines) {
    if (str(l, "room") == "liege" && flag(l, "joined")) joined = true;
    if (str(l, "room") == "liege" && num(l, "seq") != 0 && str(l, "kind").empty()) {
      said.push_back(num(l, "seq"));
    }
  }
  EXPECT_TRUE(joined) << r.out;
  // A permanence held in French and English: told so, then a ticket when she knocks anyway.
  bool offered = false;
  bool ticket = false;
  for (const auto& l : lines) {
    offered = offered || (str(l, "kind") == "languages" && str(l, "asked") == "nl");
    ticket = ticket || (str(l, "kind") == "ticket" && str(l, "language") == "nl");
  }
  EXPECT_TRUE(offered) << r.out;
  EXPECT_TRUE(ticket) << r.out;
  EXPECT_EQ(said.size(), 2u) << r.out;  // the two messages, confirmed, not the overlong line
  EXPECT_NE(r.err.find("Unknown command /frobnicate"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("longer than 32 KiB"), std::string::npos) << r.err;
  std::vector<std::string> texts;
  for (const auto& m : of_kind(amira_.ok({"sync"}), "room", "liege"))
    texts.push_back(str(m, "text"));
  EXPECT_EQ(texts, (std::vector<std::string>{"bonjour par un script", "et la fin"}));
}

}  // namespace
}  // namespace relais::e2e
