// What the windows show, kept up to date from the engine: the side lists, the conversation
// shown, its members, the reports. It turns engine events into model changes and the person's
// actions into engine commands (given through the host, which runs its loop after each). No
// widgets here, so the tests drive it.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>
#include <set>
#include <vector>

#include "client-qt/core/conversation_model.h"
#include "client-qt/core/direct_list_model.h"
#include "client-qt/core/member_model.h"
#include "client-qt/core/permanence_list_model.h"
#include "client-qt/core/report_model.h"
#include "client-qt/core/room_list_model.h"
#include "client-qt/core/ticket_session.h"
#include "client-qt/core/worker_desk.h"
#include "core/base/result.h"
#include "core/engine/engine.h"
#include "core/engine/events.h"

namespace relais::qt {

class EngineHost;

class Workspace : public QObject {
  Q_OBJECT
 public:
  explicit Workspace(EngineHost& host, QObject* parent = nullptr);

  RoomListModel* rooms() { return &rooms_; }
  DirectListModel* directs() { return &directs_; }
  ConversationModel* conversation() { return &conversation_; }
  MemberModel* members() { return &members_; }
  ReportModel* reports() { return &reports_; }
  PermanenceListModel* permanences() { return &permanences_; }
  TicketSession* ticket() { return &ticket_; }
  WorkerDesk* desk() { return &desk_; }
  EngineHost& host() { return host_; }

  void setLanguage(const QString& language);
  QString language() const { return rooms_.language(); }
  // The title of the conversation shown ("" when none).
  QString conversationTitle() const;
  // Whether we may act as a moderator in the room shown (as the member list says).
  bool moderatorHere() const;

  // ---- The person's actions. Feedback arrives as info() / the models.
  void openRoom(const QString& room);
  void openDirect(const AccountId& peer, const QString& name = {});
  // Names the account `id_text` (26 characters, as `relais whoami` shows it) `name` on this
  // device and opens the conversation with it.
  Status addContact(const QString& name, const QString& id_text);
  void refreshRooms();
  void refreshMembers();
  // Asks the relay for the permanences (also done on a notice and every minute).
  void refreshPermanences();
  // The resources directory: the copy this device keeps (none when none), and a request for
  // the relay's current one, answered by resourcesRead().
  std::optional<engine::ResourceDirectory> cachedResources() const;
  void requestResources();
  void joinRoom(const QString& room, const QString& invite = {});
  void leaveRoom(const QString& room);
  // Sends to the conversation shown. Errors found at once come back as one sentence.
  Status send(const QString& text);
  // The person of the direct conversation shown: the safety number was compared and matched
  // (verify), or the person takes their changed identity key without comparing (accept).
  Status verifyPeer();
  Status acceptPeerKey();
  // Whether the person of the direct conversation shown has a changed identity key.
  bool peerKeyChanged() const;
  // ---- Moderation
  void listJoinRequests(const QString& room);
  void moderate(const engine::ModCommand& command);
  // Marks a report dealt with, for the room's other moderators too.
  void markReportHandled(const QString& report_id);
  Status pinAlert(const QString& room, const QString& text, uint64_t duration_s);
  Status report(const QString& room, uint64_t seq, engine::ReportReason reason,
                const QString& comment);

  // Feeds one engine event (the host's engineEvent signal; tests call it directly).
  void handle(const engine::Event& event);

 Q_SIGNALS:
  void conversationChanged();
  // A message arrived; `shown` when it belongs to the conversation on screen.
  void messageArrived(const QString& conversation, const QString& sender, const QString& text,
                      bool shown);
  // One sentence of feedback for the status bar.
  void info(const QString& sentence);
  void joinRequestsListed(const QString& room,
                          const std::vector<engine::JoinRequestItem>& requests);
  void moderatorChanged(bool moderator);
  void resourcesRead(const relais::engine::ResourceDirectory& directory);

 private:
  void primeFromEngine();
  void clearAll();
  void markShownRead();
  QString nameFor(const AccountId& id) const;
  QString peerName(const AccountId& id) const;
  // Our message with this id, as the engine's history holds it (nullopt: none, or locked).
  std::optional<engine::Message> sentMessage(const std::string& message_id) const;
  void refreshDirectPeople();
  void showSafetyNumber();
  // Gives a request whose answer the status bar tells; its errors found at once come back.
  Status track(const std::function<engine::Checked<engine::RequestId>(engine::Engine&)>& start);

  EngineHost& host_;
  RoomListModel rooms_;
  DirectListModel directs_;
  ConversationModel conversation_;
  MemberModel members_;
  ReportModel reports_;
  PermanenceListModel permanences_;
  TicketSession ticket_;
  // Organisations that answered before the permanence list named them (at log-in).
  QStringList answered_unnamed_;
  WorkerDesk desk_;
  QTimer permanence_timer_;
  std::set<engine::RequestId> my_requests_;  // moderation and joins, for feedback
  engine::RequestId session_request_ = 0;
  bool moderator_here_ = false;
};

}  // namespace relais::qt
