// The compiled catalogs (.mo) built into relais: generated at build time from client-cli/po by
// msgfmt and cmake/EmbedCatalogs.cmake.
#pragma once

#include <string_view>

namespace relais::cli {

// The .mo bytes for a language code ("fr"), or empty when relais has none.
std::string_view built_in_catalog(std::string_view language);

}  // namespace relais::cli
