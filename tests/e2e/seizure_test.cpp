// A seized relay names no one. A real relaisd with a short --erase-within and real `relais`
// homes live through a day: one-to-one messages both ways, a room conversation with a message a
// moderator removes, a report, a permanence ticket handed from one worker to another, an
// out-of-hours message, a clean restart and a kill -9. Then the bound passes, the relay is
// killed (no clean stop to tidy up after it), and every byte of every file of the data folder
// is read as it is, as whoever takes the disk would. No ciphertext of a delivered message, no
// plaintext, no pseudonym, no address, no ticket, and no record that pairs two accounts that
// wrote to each other (docs/operator.md, "What a seizure of the server reveals", lists what
// remains). Against the relaisd and relais of main before sealed sender (RELAIS_BUILD_DIR set to
// a folder holding them, relaisd behind a script that drops --erase-within) it fails: queued
// envelopes name their sender, records pair the correspondents, delivered ciphertexts remain.
#include <gtest/gtest.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iterator>
#include <map>
#include <set>
#include <thread>

#include "core/base/account_id.h"
#include "core/base/encoding.h"
#include "relais.pb.h"
#include "server/store/kv_store.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
namespace json = boost::json;
namespace fs = std::filesystem;

constexpr int kEraseWithinS = 2;
// In the files that hold no records RocksDB can read back (its own log, its options, admin
// invites), two accounts' ids this close (bytes between the end of one and the start of the
// other) count as one line naming both.
constexpr size_t kPairGap = 32;

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::map<std::string, std::string> files_of(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[entry.path().string()] = read_all(entry.path());
  }
  return files;
}

std::vector<size_t> offsets(const std::string& haystack, const std::string& needle) {
  std::vector<size_t> out;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    out.push_back(at);
  }
  return out;
}

// The forms an account id may take in a file: its 16 bytes, its base32 text, its hex.
std::vector<std::string> forms_of(const std::string& text_id) {
  const std::string raw = AccountId::from_text(text_id)->bytes();
  std::string upper = to_hex(raw);
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  return {raw, text_id, to_hex(raw), upper};
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::toupper);
  return s;
}

// Every key ‖ value a table file holds, read with RocksDB's own reader (blocks decompressed).
std::vector<std::string> table_records(const std::string& path) {
  std::vector<std::string> out;
  rocksdb::Options options;
  rocksdb::SstFileReader reader(options);
  const auto opened = reader.Open(path);
  EXPECT_TRUE(opened.ok()) << path << ": " << opened.ToString();
  if (!opened.ok()) return out;
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
  for (it->SeekToFirst(); it->Valid(); it->Next())
    out.push_back(it->key().ToString() + it->value().ToString());
  EXPECT_TRUE(it->status().ok()) << path << ": " << it->status().ToString();
  return out;
}

bool read_varint32(std::string_view& in, uint32_t& v) {
  v = 0;
  for (int shift = 0; shift <= 28 && !in.empty(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in.front());
    in.remove_prefix(1);
    v |= static_cast<uint32_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

bool read_slice(std::string_view& in, std::string& out) {
  uint32_t n = 0;
  if (!read_varint32(in, n) || n > in.size()) return false;
  out.append(in.substr(0, n));
  in.remove_prefix(n);
  return true;
}

// Every entry of a RocksDB write-ahead log (key ‖ value, or begin ‖ end of a range deletion),
// read by the file format RocksDB documents ("Write Ahead Log File Format"): 32 KiB blocks of
// fragments (checksum 4, length 2, type 1: full, first, middle, last; payload) that make up write
// batches (sequence 8, count 4, then tagged entries).
std::vector<std::string> log_records(const std::string& file) {
  std::vector<std::string> batches;
  std::string pending;
  constexpr size_t kBlock = 32768, kHeader = 7;
  for (size_t block = 0; block < file.size(); block += kBlock) {
    size_t at = block;
    const size_t end = std::min(file.size(), block + kBlock);
    while (at + kHeader <= end) {
      const size_t length = static_cast<uint8_t>(file[at + 4]) | static_cast<uint8_t>(file[at + 5])
                                                                     << 8;
      const auto type = static_cast<uint8_t>(file[at + 6]);
      if (type == 0 || at + kHeader + length > end) break;  // padding, or the unwritten tail
      const std::string_view fragment(file.data() + at + kHeader, length);
      if (type == 1) batches.emplace_back(fragment);
      if (type == 2) pending.assign(fragment);
      if (type == 3) pending.append(fragment);
      if (type == 4) batches.push_back(pending.append(fragment));
      EXPECT_LE(type, 4) << "a log record of a type this reader does not know";
      at += kHeader + length;
    }
  }
  std::vector<std::string> out;
  for (const auto& batch : batches) {
    std::string_view in(batch);
    if (in.size() < 12) continue;
    in.remove_prefix(12);
    while (!in.empty()) {
      const auto tag = static_cast<uint8_t>(in.front());
      in.remove_prefix(1);
      uint32_t family = 0;
      const bool in_family = tag == 0x4 || tag == 0x5 || tag == 0x8 || tag == 0xE;
      if (in_family && !read_varint32(in, family)) break;
      std::string record;
      bool ok = read_slice(in, record);  // the key (the range's begin)
      if (ok && (tag == 0x1 || tag == 0x5 || tag == 0xE || tag == 0xF)) ok = read_slice(in, record);
      if (!ok || (tag > 0x8 && tag != 0xE && tag != 0xF)) {
        ADD_FAILURE() << "a log entry this reader does not know (tag " << int{tag} << ")";
        break;
      }
      out.push_back(std::move(record));
    }
  }
  return out;
}

class Seizure : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(
        data_, relais::testing::free_loopback_port(),
        std::vector<std::string>{"--erase-within", std::to_string(kEraseWithinS), "--resources",
                                 std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json"});
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", data_.string(), "admin-invite"}, {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    // Five registrations from one address: the relay's burst.
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : {&w1_, &w2_, &a_, &b_}) p->register_on(*relay_);
  }

  json::object one(Person& p, std::vector<std::string> args) {
    auto lines = p.ok(std::move(args));
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? json::object{} : lines[0];
  }
  std::vector<json::object> sync(Person& p) { return p.ok({"sync", "--wait", "0"}); }
  std::vector<json::object> of(const std::vector<json::object>& lines, const std::string& kind) {
    std::vector<json::object> out;
    for (const auto& l : lines)
      if (str(l, "kind") == kind) out.push_back(l);
    return out;
  }

  // A backup taken while the relay serves, read through RocksDB: the envelopes waiting at this
  // moment, whose bytes must be gone once delivered. Each must name no one but its recipient.
  void capture_queued() {
    const fs::path copy = root_ / ("backup-" + std::to_string(++backups_));
    auto made = relais::testing::run_process(
        relais::testing::built_binary("server/relaisd"),
        {"--data", data_.string(), "backup", "--to", copy.string()}, {}, 20s);
    ASSERT_EQ(made.exit_code, 0) << made.err;
    server::RocksOptions options;
    options.path = copy.string();
    options.create_if_missing = false;
    auto store = server::open_rocks_store(options);
    ASSERT_TRUE(store.ok()) << store.error().message;
    ASSERT_TRUE(
        (*store)
            ->scan(server::Table::queues, "", {}, 0,
                   [&](auto key, auto value) {
                     const std::string recipient(key.substr(0, 16));
                     for (const Person* p : everyone()) {
                       const std::string raw = AccountId::from_text(p->id())->bytes();
                       if (raw == recipient) continue;
                       EXPECT_EQ(value.find(raw), std::string_view::npos)
                           << "a queued envelope names " << p->name() << " besides its recipient";
                     }
                     wire::ServerBatch stored;  // kept as the batch element that delivers it
                     EXPECT_TRUE(
                         stored.ParseFromArray(value.data(), static_cast<int>(value.size())));
                     EXPECT_EQ(stored.frames_size(), 1);
                     if (stored.frames_size() == 1)
                       delivered_.insert(stored.frames(0).envelope().ciphertext());
                     return true;
                   })
            .ok());
  }
  // A room entry as the relay keeps it, read from a backup (for one a moderator removes).
  std::string room_entry(uint64_t seq) {
    const fs::path copy = root_ / ("backup-" + std::to_string(++backups_));
    auto made = relais::testing::run_process(
        relais::testing::built_binary("server/relaisd"),
        {"--data", data_.string(), "backup", "--to", copy.string()}, {}, 20s);
    EXPECT_EQ(made.exit_code, 0) << made.err;
    server::RocksOptions options;
    options.path = copy.string();
    options.create_if_missing = false;
    auto store = server::open_rocks_store(options);
    EXPECT_TRUE(store.ok());
    std::string found;
    EXPECT_TRUE(
        (*store)
            ->scan(server::Table::room_log, "", {}, 0,
                   [&](auto, auto value) {
                     wire::ServerBatch stored;  // kept as the batch element that delivers it
                     if (stored.ParseFromArray(value.data(), static_cast<int>(value.size())) &&
                         stored.frames_size() == 1 && stored.frames(0).room_entry().seq() == seq &&
                         stored.frames(0).room_entry().has_message()) {
                       found = stored.frames(0).room_entry().message().ciphertext();
                     }
                     return true;
                   })
            .ok());
    EXPECT_FALSE(found.empty()) << "no room entry " << seq;
    return found;
  }
  // What `p`, online (a chat window open), sees while `action` happens.
  std::vector<json::object> online_during(Person& p, const std::function<void()>& action) {
    auto listening = std::async(std::launch::async, [&] {
      return p.run({"sync", "--wait", "3", "--json"});
    });
    std::this_thread::sleep_for(1500ms);  // logged in and caught up
    action();
    auto r = listening.get();
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json_lines(r.out);
  }
  std::vector<const Person*> everyone() const { return {&admin_, &w1_, &w2_, &a_, &b_}; }

  relais::testing::TempDir root_{"relais-e2e-seizure"};
  fs::path data_ = root_ / "data";
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "Zinnia-Admin"}, w1_{root_, "Wanda-Outreach"}, w2_{root_, "Wilma-Outreach"},
      a_{root_, "Aya-Member"}, b_{root_, "Bea-Member"};
  int backups_ = 0;
  std::set<std::string> delivered_;  // ciphertexts of one-to-one envelopes, delivered by the end
};

TEST_F(Seizure, ADayOnTheRelayLeavesNoOneOnItsDisk) {
  std::vector<std::string> plaintexts;
  auto said = [&](std::string text) {
    plaintexts.push_back(text);
    return text;
  };

  admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en",
             "--region", "brussels"});
  for (auto* w : {&w1_, &w2_}) admin_.ok({"admin", "grant", "outreach", w->id(), "espace-p"});

  // One-to-one, both ways.
  a_.add_contact(b_);
  b_.add_contact(a_);
  a_.send(b_, said("Ce soir je ne travaille pas, tu passes prendre un cafe ?"));
  capture_queued();
  auto at_b = b_.sync();
  ASSERT_EQ(at_b.size(), 1u);
  EXPECT_EQ(str(at_b[0], "text"), plaintexts.back());
  b_.send(a_, said("Oui, vers vingt heures, a la gare du Midi."));
  capture_queued();
  ASSERT_EQ(a_.sync().size(), 1u);

  // A room conversation; the admin moderates the room and removes one message.
  for (auto* p : {&admin_, &a_}) p->ok({"join", "brussels"});
  for (auto* p : {&admin_, &a_}) sync(*p);
  auto warning =
      one(admin_, {"say", "brussels", said("Attention: controle rue d'Aerschot ce soir.")});
  sync(a_);
  auto reply =
      one(a_, {"say", "brussels", said("Merci, un client m'a parle d'un passeport garde.")});
  auto removed =
      one(a_, {"say", "brussels", said("Mon adresse est rue Verte 12, sonnez deux fois.")});
  const std::string removed_ciphertext = room_entry(num(removed, "seq"));
  admin_.ok({"mod", "remove", "brussels", std::to_string(num(removed, "seq"))});
  sync(admin_);

  // A report of a message (exploitation: the moderators and the region's outreach workers).
  auto report = one(a_, {"report", "brussels", std::to_string(num(warning, "seq")), "--reason",
                         "exploitation", "--comment", said("Il garde les passeports des filles.")});
  EXPECT_EQ(num(report, "moderators"), 3u);
  capture_queued();
  for (auto* p : {&admin_, &w1_, &w2_}) {
    EXPECT_EQ(of(p->ok({"reports"}), "report").size(), 1u) << p->name();
  }

  relay_->restart();  // a clean restart

  // A permanence: a ticket, a conversation, a handoff to a colleague, the close.
  for (auto* w : {&w1_, &w2_}) w->ok({"staff", "open", "espace-p"});
  auto ticket = one(a_, {"knock", "espace-p", "--lang", "fr"});
  const std::string t = str(ticket, "ticket");
  ASSERT_EQ(t.size(), 8u);
  w1_.ok({"staff", "take", t});
  EXPECT_EQ(str(one(a_, {"ticket"}), "worker"), w1_.id());
  a_.ok({"ticket", "say", said("Bonjour, j'ai besoin d'un depistage anonyme.")});
  capture_queued();
  ASSERT_EQ(of(sync(w1_), "ticket_message").size(), 1u);
  w1_.ok({"staff", "say", t, said("Bonjour, jeudi matin au local, sans rendez-vous.")});
  capture_queued();
  ASSERT_EQ(of(sync(a_), "ticket_message").size(), 1u);
  w1_.ok({"staff", "handoff", t, w2_.id()});
  online_during(w2_, [&] { a_.ok({"ticket", "accept"}); });  // the new worker is told live
  EXPECT_EQ(str(one(a_, {"ticket"}), "worker"), w2_.id());
  w2_.ok({"staff", "say", t, said("Je prends la suite: ma collegue m'a tout explique.")});
  capture_queued();
  ASSERT_EQ(of(sync(a_), "ticket_message").size(), 1u);
  w2_.ok({"staff", "end", t});
  for (auto* w : {&w1_, &w2_}) w->ok({"staff", "close", "espace-p"});

  // The relay dies (kill -9) and comes back.
  EXPECT_EQ(relay_->stop(SIGKILL), -SIGKILL);
  relay_->start();

  // An out-of-hours message to the organisation: one copy to each worker.
  auto left = one(b_, {"leave-message", "espace-p", said("Pouvez-vous m'appeler demain matin ?")});
  EXPECT_EQ(num(left, "copies"), 2u);
  capture_queued();
  for (auto* w : {&w1_, &w2_}) EXPECT_EQ(of(sync(*w), "org_message").size(), 1u) << w->name();
  w1_.ok({"staff", "handled", "espace-p", str(left, "message_id")});

  // Everything was delivered. The bound passes; the relay is killed, not stopped cleanly.
  EXPECT_EQ(delivered_.size(), 10u);  // 2 direct, 3 reports, 3 ticket texts, 2 org copies
  std::this_thread::sleep_for(std::chrono::seconds(kEraseWithinS) + 3s);
  EXPECT_EQ(relay_->stop(SIGKILL), -SIGKILL);

  // RELAIS_SEIZURE_COPY=DIR keeps a copy of the seized folder to look at by hand.
  if (const char* keep = std::getenv("RELAIS_SEIZURE_COPY")) {
    for (const auto& entry : fs::recursive_directory_iterator(data_)) {
      if (!entry.is_regular_file()) continue;  // the control socket
      const fs::path to = fs::path(keep) / fs::relative(entry.path(), data_);
      fs::create_directories(to.parent_path());
      fs::copy_file(entry.path(), to, fs::copy_options::overwrite_existing);
    }
    std::ofstream ids(fs::path(keep) / "ids.txt");
    for (const Person* p : everyone()) ids << p->name() << ' ' << p->id() << '\n';
  }
  const auto files = files_of(data_);
  ASSERT_FALSE(files.empty());
  // What must be nowhere: checked in every file's raw bytes, and again in every record RocksDB's
  // files hold once decompressed.
  auto payload_absent = [&](const std::string& bytes, const std::string& where) {
    auto absent = [&](const std::string& needle, const char* what) {
      EXPECT_EQ(bytes.find(needle), std::string::npos) << what << " is in " << where;
    };
    // No delivered ciphertext, nor any 32-byte piece of one (a log splits records into blocks).
    for (const auto& ciphertext : delivered_) {
      for (size_t at = 0; at + 32 <= ciphertext.size(); at += 32)
        absent(ciphertext.substr(at, 32), "a delivered envelope's ciphertext");
    }
    for (size_t at = 0; at + 32 <= removed_ciphertext.size(); at += 32)
      absent(removed_ciphertext.substr(at, 32), "a removed room message's ciphertext");
    for (const auto& text : plaintexts) absent(text.substr(0, 24), "a plaintext");
    for (const Person* p : everyone()) absent(p->name(), "a pseudonym");
    absent(t, "the ticket id");
    absent(upper(t), "the ticket id");
    // The clients' address, as text and as the four bytes of an IPv4 address in either order.
    absent("127.0.0.1", "the clients' address");
    absent(std::string("\x7f\x00\x00\x01", 4), "the clients' address (binary)");
    absent(std::string("\x01\x00\x00\x7f", 4), "the clients' address (binary, little-endian)");
  };
  // No record pairs two accounts that wrote to each other one-to-one: direct messages, the report
  // (to the workers; the admin and Aya are both members of the room, which the disk shows
  // anyway), the ticket and the out-of-hours message.
  const std::vector<std::pair<const Person*, const Person*>> pairs{
      {&a_, &b_}, {&a_, &w1_}, {&a_, &w2_}, {&b_, &w1_}, {&b_, &w2_}};
  auto unpaired = [&](const std::string& record, const std::string& where) {
    for (const auto& [x, y] : pairs) {
      const auto xs = forms_of(x->id());
      const auto ys = forms_of(y->id());
      for (size_t form = 0; form < xs.size(); ++form) {
        EXPECT_FALSE(record.find(xs[form]) != std::string::npos &&
                     record.find(ys[form]) != std::string::npos)
            << "a record names both " << x->name() << " and " << y->name() << " in " << where;
      }
    }
  };
  size_t records = 0;
  for (const auto& [name, bytes] : files) {
    const std::string where = fs::relative(name, data_).string();
    payload_absent(bytes, where);
    if (where.ends_with(".sst")) {
      for (const auto& record : table_records(name)) {
        ++records;
        payload_absent(record, where + " (a record)");
        unpaired(record, where);
      }
    } else if (where.ends_with(".log")) {
      for (const auto& record : log_records(bytes)) {
        ++records;
        payload_absent(record, where + " (a record)");
        unpaired(record, where);
      }
    } else if (where.find("MANIFEST") == std::string::npos) {
      // RocksDB's own log, its options, admin invites: no records to read, so any two of the
      // accounts' ids close together count as a record naming both.
      for (const auto& [x, y] : pairs) {
        const auto xs = forms_of(x->id());
        const auto ys = forms_of(y->id());
        for (size_t form = 0; form < xs.size(); ++form) {
          for (size_t ox : offsets(bytes, xs[form])) {
            for (size_t oy : offsets(bytes, ys[form])) {
              const size_t gap = ox < oy ? oy - ox - xs[form].size() : ox - oy - ys[form].size();
              EXPECT_GT(gap, kPairGap)
                  << x->name() << " and " << y->name() << " are named together in " << where
                  << " at " << std::min(ox, oy);
            }
          }
        }
      }
    }
    // The MANIFEST lists the table files with the first and last key of each: ids as they sort,
    // two neighbours in key order, not two correspondents (docs/threat-model.md). Its payload is
    // checked above like every file's.
  }
  EXPECT_GT(records, 50u);  // the accounts, keys, rooms and organisation are there to be read
  // Nor does the relay's log name anyone.
  const std::string log = relay_->log();
  for (const Person* p : everyone()) {
    for (const auto& form : forms_of(p->id())) EXPECT_EQ(log.find(form), std::string::npos);
  }
}

}  // namespace
}  // namespace relais::e2e
