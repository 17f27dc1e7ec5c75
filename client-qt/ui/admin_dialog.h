// Administration of the relay, for its admins: give or take a role (moderator of a room,
// outreach worker of an organisation, admin), create a room, an invite code (shown selectable),
// an organisation. The checks and the requests are AdminRequests'; the relay refuses anyone
// who may not, and its refusal is shown as a sentence under the tabs.
#pragma once

#include <QDialog>

#include "core/base/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace relais::qt {

class AdminRequests;
class EngineHost;

class AdminDialog : public QDialog {
  Q_OBJECT
 public:
  explicit AdminDialog(EngineHost& host, QWidget* parent = nullptr);

  AdminRequests& requests() { return *requests_; }
  QString message() const;
  QString inviteCode() const;

 private:
  QWidget* buildRolePage();
  QWidget* buildRoomPage();
  QWidget* buildInvitePage();
  QWidget* buildOrgPage();
  void changeRole(bool grant);
  // Shows a sentence: an error in red, else plain.
  void say(const QString& sentence, bool error);
  void sayStatus(const Status& st, const QString& waiting);

  AdminRequests* requests_;
  QTabWidget* tabs_;
  QLabel* message_;
  // Roles
  QLineEdit* account_;
  QComboBox* role_;
  QLineEdit* scope_;
  // Room
  QLineEdit* room_id_;
  QLineEdit* room_fr_;
  QLineEdit* room_nl_;
  QComboBox* policy_;
  QLineEdit* room_region_;
  // Invite
  QLineEdit* invite_room_;
  QSpinBox* invite_uses_;
  QSpinBox* invite_days_;
  QLineEdit* invite_code_;
  // Organisation
  QLineEdit* org_id_;
  QLineEdit* org_name_;
  QLineEdit* org_description_;
  QLineEdit* org_languages_;
  QLineEdit* org_contact_;
  QLineEdit* org_region_;
};

}  // namespace relais::qt
