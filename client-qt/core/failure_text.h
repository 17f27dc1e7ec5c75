// What the desktop client tells a person about the engine's typed failures, translated: the one
// place where relais-qt words them. Every kind has its case and there is no `default:`, so the
// compiler points here when the engine gains a kind.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/client_net/url.h"
#include "core/engine/failure.h"

namespace relais::qt {

class FailureText {
  Q_DECLARE_TR_FUNCTIONS(FailureText)

 public:
  static QString of(const engine::Failure& failure);
  static QString of(engine::Problem problem);
  // As a command's result: its code and the sentence.
  static Error error(const engine::Failure& failure);
  // What is wrong with a relay address typed on the first screen.
  static QString of(client_net::UrlProblem problem);
  // Why the connection to the relay at `where` ended, from its code (the English cause goes to
  // the log only).
  static QString connection(Errc code, const QString& where);
  // Why this device could not read or write a file, from its code.
  static QString disk(Errc code);

 private:
  static QString violation(const engine::Failure& failure);
};

}  // namespace relais::qt
