// deploy/resources-be.json, the directory of organisations and emergency numbers a relay
// ships: every entry names the page it was read from, every entry nobody has confirmed (or
// with a gap) says so, and the numbers a person in danger needs are there.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace json = boost::json;

bool is_empty(const json::value& v) {
  return v.is_null() || (v.is_string() && v.get_string().empty()) ||
         (v.is_array() && v.get_array().empty());
}

bool is_web_address(const json::value& v) {
  if (!v.is_string()) return false;
  const std::string_view s = v.get_string();
  const bool scheme = s.starts_with("https://") || s.starts_with("http://");
  return scheme && s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos;
}

// Every way the file can fall short of what an operator relies on, one sentence each.
std::vector<std::string> resource_problems(const json::value& doc) {
  std::vector<std::string> problems;
  if (!doc.is_object()) return {"the document is not a JSON object"};
  const auto& top = doc.get_object();
  for (const char* key : {"note", "confirmation"}) {
    const auto* v = top.if_contains(key);
    if (v == nullptr || !v->is_string() || v->get_string().empty()) {
      problems.push_back(std::string("no top-level '") + key + "' text");
    }
  }
  for (const char* list : {"emergency", "organisations"}) {
    const auto* v = top.if_contains(list);
    if (v == nullptr || !v->is_array() || v->get_array().empty()) {
      problems.push_back(std::string("no '") + list + "' entries");
      continue;
    }
    int index = 0;
    for (const auto& entry : v->get_array()) {
      const std::string where = std::string(list) + "[" + std::to_string(index++) + "]";
      if (!entry.is_object()) {
        problems.push_back(where + " is not an object");
        continue;
      }
      const auto& e = entry.get_object();
      const auto* source = e.if_contains("source");
      if (source == nullptr || !is_web_address(*source))
        problems.push_back(where + " has no source URL");
      const auto* checked = e.if_contains("checked");
      if (checked == nullptr || !checked->is_bool())
        problems.push_back(where + " has no boolean 'checked'");
      const auto* flag = e.if_contains("needs_confirmation");
      if (flag == nullptr || !flag->is_bool()) {
        problems.push_back(where + " has no boolean 'needs_confirmation'");
        continue;
      }
      const auto* missing = e.if_contains("missing");
      if (missing == nullptr || !missing->is_array()) {
        problems.push_back(where + " has no 'missing' list");
        continue;
      }
      // The fields that are actually empty must be exactly those listed as missing.
      std::vector<std::string> empty_fields;
      for (const auto& [key, value] : e) {
        if (is_empty(value) && key != "missing") empty_fields.emplace_back(key);
      }
      std::vector<std::string> listed;
      for (const auto& m : missing->get_array())
        listed.emplace_back(m.is_string() ? m.get_string() : "?");
      std::sort(empty_fields.begin(), empty_fields.end());
      std::sort(listed.begin(), listed.end());
      if (empty_fields != listed)
        problems.push_back(where + "'s 'missing' list does not match its empty fields");
      const bool unchecked = checked == nullptr || !checked->is_bool() || !checked->get_bool();
      if ((unchecked || !empty_fields.empty()) && !flag->get_bool()) {
        problems.push_back(where +
                           " is unchecked or incomplete but not flagged as needing confirmation");
      }
      if (!unchecked && empty_fields.empty() && flag->get_bool()) {
        problems.push_back(where + " is checked and complete but still flagged");
      }
    }
  }
  return problems;
}

bool has_emergency_number(const json::value& doc, std::string_view number) {
  const auto* list = doc.is_object() ? doc.get_object().if_contains("emergency") : nullptr;
  if (list == nullptr || !list->is_array()) return false;
  for (const auto& e : list->get_array()) {
    const auto* n = e.is_object() ? e.get_object().if_contains("number") : nullptr;
    if (n != nullptr && n->is_string() && n->get_string() == number) return true;
  }
  return false;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

json::value parse(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) ADD_FAILURE() << "parse error: " << ec.message();
  return v;
}

// A small file that passes every check; the malformed cases below each break one thing.
constexpr std::string_view kGood = R"({
  "note": "n", "confirmation": "c",
  "emergency": [{"number": "112", "source": "https://www.police.be/x", "checked": true,
                 "needs_confirmation": false, "missing": []}],
  "organisations": [{"id": "o", "phone": null, "source": "https://o.be/", "checked": true,
                     "needs_confirmation": true, "missing": ["phone"]}]
})";

json::value good_with(const std::function<void(json::object&)>& change) {
  json::value v = parse(kGood);
  change(v.as_object());
  return v;
}

json::object& first(json::object& top, const char* list) {
  return top[list].as_array()[0].as_object();
}

TEST(DeployResources, ShippedFileParsesAndPassesEveryCheck) {
  const std::string text = read_file(RELAIS_RESOURCES_FILE);
  ASSERT_FALSE(text.empty()) << RELAIS_RESOURCES_FILE;
  boost::system::error_code ec;
  const json::value doc = json::parse(text, ec);
  ASSERT_FALSE(ec) << ec.message();
  const auto problems = resource_problems(doc);
  for (const auto& p : problems) ADD_FAILURE() << p;
  EXPECT_GE(doc.at("organisations").as_array().size(), 5u);
}

TEST(DeployResources, ShippedFileHasTheEmergencyNumbers) {
  const json::value doc = parse(read_file(RELAIS_RESOURCES_FILE));
  for (const char* number : {"112", "101", "0800 30 030"}) {
    EXPECT_TRUE(has_emergency_number(doc, number)) << number;
  }
}

TEST(DeployResources, TheGoodSampleHasNoProblems) {
  EXPECT_TRUE(resource_problems(parse(kGood)).empty());
}

// Each malformed variant must be reported, or the checks above could not fail.
TEST(DeployResources, MalformedFilesAreReported) {
  const std::vector<std::pair<std::string, json::value>> cases = {
      {"not an object", json::value(json::array{1, 2})},
      {"no confirmation note", good_with([](json::object& t) { t.erase("confirmation"); })},
      {"no emergency list", good_with([](json::object& t) { t.erase("emergency"); })},
      {"empty organisations",
       good_with([](json::object& t) { t["organisations"] = json::array{}; })},
      {"entry not an object",
       good_with([](json::object& t) { t["emergency"].as_array().push_back("112"); })},
      {"no source", good_with([](json::object& t) { first(t, "emergency").erase("source"); })},
      {"source not a URL",
       good_with([](json::object& t) { first(t, "emergency")["source"] = "police.be"; })},
      {"source null",
       good_with([](json::object& t) { first(t, "organisations")["source"] = nullptr; })},
      {"no checked", good_with([](json::object& t) { first(t, "emergency").erase("checked"); })},
      {"unchecked, not flagged",
       good_with([](json::object& t) { first(t, "emergency")["checked"] = false; })},
      {"empty field, not flagged",
       good_with([](json::object& t) { first(t, "organisations")["needs_confirmation"] = false; })},
      {"empty field not listed",
       good_with([](json::object& t) { first(t, "organisations")["missing"] = json::array{}; })},
      {"new empty string field",
       good_with([](json::object& t) { first(t, "emergency")["scope"] = ""; })},
      {"flag not a bool",
       good_with([](json::object& t) { first(t, "emergency")["needs_confirmation"] = "no"; })},
      {"no missing list",
       good_with([](json::object& t) { first(t, "emergency").erase("missing"); })},
      {"complete but flagged",
       good_with([](json::object& t) { first(t, "emergency")["needs_confirmation"] = true; })},
  };
  for (const auto& [name, doc] : cases) EXPECT_FALSE(resource_problems(doc).empty()) << name;
}

TEST(DeployResources, MissingEmergencyNumberIsNoticed) {
  const json::value doc = parse(kGood);
  EXPECT_TRUE(has_emergency_number(doc, "112"));
  EXPECT_FALSE(has_emergency_number(doc, "101"));
  EXPECT_FALSE(has_emergency_number(json::value(nullptr), "112"));
}

TEST(DeployResources, TruncatedJsonDoesNotParse) {
  boost::system::error_code ec;
  json::parse(kGood.substr(0, kGood.size() / 2), ec);
  EXPECT_TRUE(ec);
}

}  // namespace
