// The relay's administration, for its admins (and a room's moderators for invite codes): roles,
// rooms, invite codes, organisations. Input is checked here first, so that a slip gets a
// sentence at once; the relay decides who may act and its refusal comes back as a sentence too.
// No widgets here: the tests drive it with engine events.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <vector>

#include "core/base/result.h"
#include "core/engine/engine.h"
#include "core/engine/events.h"

namespace relais::qt {

class EngineHost;

// A room or organisation id as the relay takes it: 1 to 32 of a-z, 0-9 and '-'.
bool isRelayId(const QString& id);
// An account id as `relais whoami` or "My id" shows it (26 letters and digits, spaces and case
// forgiven). Errc::invalid_argument with a sentence otherwise.
Result<AccountId> parseAccountId(const QString& text);
// "moderator" of a room, "outreach" of an organisation, "admin" of the whole relay.
Result<engine::RoleSpec> roleSpec(const QString& role, const QString& scope);
// "fr, nl" -> {"fr", "nl"}: two-letter lowercase codes, at most 12.
Result<std::vector<std::string>> parseLanguages(const QString& text);

struct RoomForm {
  QString room;
  QString name_fr;
  QString name_nl;
  QString policy = QStringLiteral("open");  // "open", "knock", "invite"
  QString region;                           // a room id, or empty
};
Result<engine::RoomSpec> roomSpec(const RoomForm& form);

struct OrgForm {
  QString org;
  QString name;
  QString description;
  QString languages;  // "fr, nl"
  QString contact;
  QString region;  // a room id, or empty
};
Result<engine::OrgSpec> orgSpec(const OrgForm& form);

class AdminRequests : public QObject {
  Q_OBJECT
 public:
  explicit AdminRequests(EngineHost& host, QObject* parent = nullptr);

  // Each checks its input, then asks the relay; the answer comes as done() / inviteCreated() /
  // refused(). Errors found at once come back as one sentence and nothing is sent.
  Status changeRole(bool grant, const QString& account, const QString& role, const QString& scope);
  Status createRoom(const RoomForm& form);
  // `room` empty: a registration code (admins); else a code for that invite room (its
  // moderators). `uses` 1..1000; `valid_days` 0 takes the relay's default (a week).
  Status createInvite(const QString& room, int uses, int valid_days);
  Status createOrg(const OrgForm& form);

  // The answers to our own requests; other events are ignored.
  void handle(const engine::Event& event);
  bool waiting() const { return !pending_.empty(); }

 Q_SIGNALS:
  void done(const QString& sentence);
  void inviteCreated(const QString& code, const QDateTime& expires);
  void refused(const QString& sentence);

 private:
  // Gives the request through the host, remembering what to say when it is done.
  Status start(const std::function<engine::RequestId(engine::Engine&)>& request,
               const QString& when_done);

  EngineHost& host_;
  std::map<engine::RequestId, QString> pending_;  // request -> what to say when done
};

}  // namespace relais::qt
