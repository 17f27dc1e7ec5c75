// What the desktop client tells a person about the engine's typed failures, translated: the one
// place where relais-qt words them. Every kind has its case and there is no `default:`, so the
// compiler points here when the engine gains a kind.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/engine/failure.h"

namespace relais::qt {

class FailureText {
  Q_DECLARE_TR_FUNCTIONS(FailureText)

 public:
  static QString of(const engine::Failure& failure);
  static QString of(engine::Problem problem);
  // As a command's result: its code and the sentence.
  static Error error(const engine::Failure& failure);

 private:
  static QString violation(const engine::Failure& failure);
};

}  // namespace relais::qt
