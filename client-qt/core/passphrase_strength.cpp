#include "client-qt/core/passphrase_strength.h"

#include <QCoreApplication>
#include <cmath>

namespace relais::qt {

double passphraseBits(const QString& passphrase) {
  bool lower = false, upper = false, digit = false, space = false, other = false;
  int counted = 0;
  QChar previous;
  int step = 0;  // difference between the last two characters, to spot runs like "abcd" or "1234"
  for (int i = 0; i < passphrase.size(); ++i) {
    const QChar c = passphrase.at(i);
    if (c.isLower()) {
      lower = true;
    } else if (c.isUpper()) {
      upper = true;
    } else if (c.isDigit()) {
      digit = true;
    } else if (c.isSpace()) {
      space = true;
    } else {
      other = true;
    }
    const int d = i > 0 ? c.unicode() - previous.unicode() : 0;
    // A repeated character or the next one of a run adds almost nothing for a guesser.
    const bool predictable = i > 0 && (d == 0 || (i > 1 && d == step && std::abs(d) == 1));
    if (!predictable) ++counted;
    step = d;
    previous = c;
  }
  int alphabet = 0;
  if (lower) alphabet += 26;
  if (upper) alphabet += 26;
  if (digit) alphabet += 10;
  if (space) alphabet += 1;
  if (other) alphabet += 33;
  if (alphabet == 0) return 0;
  return counted * std::log2(static_cast<double>(alphabet));
}

PassphraseHint assessPassphrase(const QString& passphrase) {
  PassphraseHint hint;
  if (passphrase.isEmpty()) {
    hint.text = QCoreApplication::translate("Passphrase", "Choose a passphrase.");
    return hint;
  }
  hint.bits = passphraseBits(passphrase);
  if (hint.bits < kMinimumPassphraseBits) {
    hint.strength = PassphraseStrength::weak;
    hint.text = QCoreApplication::translate(
        "Passphrase",
        "Weak: a few words nobody would link to you are easier to remember and "
        "harder to guess.");
  } else if (hint.bits < 70) {
    hint.strength = PassphraseStrength::fair;
    hint.text = QCoreApplication::translate("Passphrase",
                                            "Fair: one or two more words would "
                                            "make it much stronger.");
  } else {
    hint.strength = PassphraseStrength::strong;
    hint.text = QCoreApplication::translate("Passphrase", "Strong.");
  }
  return hint;
}

}  // namespace relais::qt
