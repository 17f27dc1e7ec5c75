#include "client-qt/core/person_text.h"

#include <QCoreApplication>

namespace relais::qt::person_text {

QString named(const engine::Person& person, const QString& name) {
  if (person.mark.empty()) return name;
  return name + QLatin1Char('#') + QString::fromStdString(person.mark);
}

QString shown(const engine::Person& p, const QString& name) {
  QString text = named(p, name);
  // The words were first the member list's: they keep its translation context.
  if (p.verified) {
    text += QStringLiteral(" \u2713 ") +
            QCoreApplication::translate("relais::qt::MemberModel", "verified");
  }
  if (p.key_changed) {
    text += QStringLiteral(" \u26a0 ") +
            QCoreApplication::translate("relais::qt::MemberModel",
                                        "identity key changed: compare the safety number");
  }
  if (!p.looks_like.empty()) {
    text += QStringLiteral(" \u26a0 ") +
            QCoreApplication::translate("relais::qt::MemberModel",
                                        "name like someone you know: it may not be them");
  }
  return text;
}

QVariant field(const engine::Person& person, Field which) {
  switch (which) {
    case Field::mark:
      return QString::fromStdString(person.mark);
    case Field::verified:
      return person.verified;
    case Field::key_changed:
      return person.key_changed;
    case Field::looks_like:
      return !person.looks_like.empty();
  }
  return {};
}

}  // namespace relais::qt::person_text
