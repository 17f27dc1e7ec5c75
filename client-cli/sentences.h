// What the terminal client tells a person about typed failures, in their language (i18n.h): the
// engine's, a relay address's, a connection's, a profile's. The engine and the libraries give
// kinds and parameters; their English texts stay for logs and developers, never shown.
#pragma once

#include <string>

#include "core/base/result.h"
#include "core/client_net/url.h"
#include "core/engine/failure.h"

namespace relais::cli {

std::string sentence(const engine::Failure& failure);
std::string sentence(engine::Problem problem);
// As the command's result: its code, and the sentence.
Error error_of(const engine::Failure& failure);
// What is wrong with a relay address.
std::string sentence(client_net::UrlProblem problem);
// A connection to the relay at `where` (its address) that failed with `code`.
std::string connection_sentence(Errc code, std::string_view where);
// A profile folder that could not be opened or written (`home`: the folder).
std::string profile_sentence(Errc code, std::string_view home);
// Why a disk refused, as the end of a sentence: "the file is damaged".
std::string disk_sentence(Errc code);

}  // namespace relais::cli
