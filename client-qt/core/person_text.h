// How relais-qt shows a person wherever one appears — the member list, the private
// conversations, a room's and a conversation's messages: the name with the mark of their
// identity key ("amira#k3fq"), then the verified badge or the warnings. One place, so that two
// people who chose one name look different in every list alike.
#pragma once

#include <QString>
#include <QVariant>

#include "core/engine/events.h"

namespace relais::qt::person_text {

// "amira#k3fq" (the name alone while the key, hence the mark, is unknown).
QString named(const engine::Person& person, const QString& name);
// named(), then " ✓ verified", or the warnings: a changed identity key, a name like someone
// this person knows.
QString shown(const engine::Person& person, const QString& name);

// The person's fields as the models' roles give them.
enum class Field { mark, verified, key_changed, looks_like };
QVariant field(const engine::Person& person, Field which);

}  // namespace relais::qt::person_text
