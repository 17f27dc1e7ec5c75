// The strength hint shown while a person chooses a passphrase. A rough estimate of how many
// guesses it would take, favouring length: several words beat short clever strings.
#pragma once

#include <QString>

namespace relais::qt {

enum class PassphraseStrength { empty, weak, fair, strong };

struct PassphraseHint {
  PassphraseStrength strength = PassphraseStrength::empty;
  double bits = 0;  // estimated entropy
  QString text;     // one translated sentence
};

// Estimated bits: length times log2 of the alphabet in use, with repeats and runs counted once.
double passphraseBits(const QString& passphrase);
PassphraseHint assessPassphrase(const QString& passphrase);

// Under this many bits the profile cannot be created.
inline constexpr double kMinimumPassphraseBits = 40;

}  // namespace relais::qt
