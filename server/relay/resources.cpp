#include "server/relay/resources.h"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"

namespace relais::server {
namespace {

namespace json = boost::json;

const json::string* string_at(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? &it->value().get_string() : nullptr;
}

}  // namespace

ResourceDirectory::ResourceDirectory() : json_("{}"), version_(to_hex(crypto::sha256(json_))) {}

Result<ResourceDirectory> ResourceDirectory::load(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{Errc::invalid_argument, "The resources file " + path + " cannot be read."};
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = parse(text.str(), max_bytes);
  if (!parsed.ok()) {
    return Error{Errc::invalid_argument,
                 "The resources file " + path + " " + parsed.error().message};
  }
  return parsed;
}

Result<ResourceDirectory> ResourceDirectory::parse(std::string text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    return Error{Errc::invalid_argument, "is larger than a relay message may be (" +
                                             std::to_string(max_bytes) + " bytes)."};
  }
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) return Error{Errc::invalid_argument, "is not JSON: " + ec.message() + "."};
  if (!root.is_object()) return Error{Errc::invalid_argument, "is not a JSON object."};
  ResourceDirectory dir;
  if (auto it = root.get_object().find("emergency"); it != root.get_object().end()) {
    if (!it->value().is_array()) {
      return Error{Errc::invalid_argument, "has an \"emergency\" entry that is not an array."};
    }
    for (const auto& entry : it->value().get_array()) {
      const json::object* o = entry.if_object();
      const json::string* number = o ? string_at(*o, "number") : nullptr;
      if (!number || number->empty()) {
        return Error{Errc::invalid_argument, "has an emergency entry without a \"number\"."};
      }
      const json::string* name = string_at(*o, "name_en");
      if (!name) name = string_at(*o, "name_fr");
      wire::EmergencyNumber n;
      n.set_number(std::string(*number));
      if (name) n.set_name(std::string(*name));
      // Every "name_xx" the file has: the client shows the one in the person's language.
      for (const auto& [key, value] : *o) {
        const std::string_view k(key.data(), key.size());
        if (k.size() != 7 || !k.starts_with("name_") || !value.is_string()) continue;
        if (value.get_string().empty()) continue;
        (*n.mutable_names())[std::string(k.substr(5))] = std::string(value.get_string());
      }
      dir.emergency_.push_back(std::move(n));
    }
  }
  dir.json_ = std::move(text);
  dir.version_ = to_hex(crypto::sha256(dir.json_));
  return dir;
}

}  // namespace relais::server
