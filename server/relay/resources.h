// The resources directory an operator edits (deploy/resources-be.json): served verbatim to
// clients, which cache it by version, and read by the relay for the emergency numbers it gives
// a person who knocks on a closed permanence.
#pragma once

#include <string>
#include <vector>

#include "core/base/result.h"
#include "relais.pb.h"

namespace relais::server {

class ResourceDirectory {
 public:
  // An empty directory ("{}"), for a relay started without --resources.
  ResourceDirectory();

  // Reads and checks `path`: a JSON object no larger than `max_bytes`; its "emergency" array,
  // when present, holds objects with a "number" and a "name_en" or "name_fr".
  static Result<ResourceDirectory> load(const std::string& path, size_t max_bytes);
  static Result<ResourceDirectory> parse(std::string json, size_t max_bytes);

  const std::string& json() const { return json_; }
  const std::string& version() const { return version_; }  // hex SHA-256 of json()
  const std::vector<wire::EmergencyNumber>& emergency() const { return emergency_; }

 private:
  std::string json_;
  std::string version_;
  std::vector<wire::EmergencyNumber> emergency_;
};

}  // namespace relais::server
