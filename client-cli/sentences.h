// What the terminal client tells a person about the engine's typed failures: the one place
// where `relais` words them (in English for now; issue 18 brings the catalogs). The engine
// gives kinds and parameters, never a sentence to show.
#pragma once

#include <string>

#include "core/base/result.h"
#include "core/engine/failure.h"

namespace relais::cli {

std::string sentence(const engine::Failure& failure);
std::string sentence(engine::Problem problem);
// As the command's result: its code, and the sentence.
Error error_of(const engine::Failure& failure);

}  // namespace relais::cli
