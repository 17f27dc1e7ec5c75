#include "client-qt/core/notification.h"

#include <QCoreApplication>

namespace relais::qt {

QString windowTitle(bool discreet) {
  return discreet ? QCoreApplication::translate("Discretion", "Notes") : QStringLiteral("Relais");
}

NotificationText newMessageNotification(bool show_text, bool discreet, const QString& conversation,
                                        const QString& sender, const QString& text) {
  NotificationText n;
  n.title = windowTitle(discreet);
  if (!show_text) {
    n.body = QCoreApplication::translate("Notification", "Something new arrived.");
    return n;
  }
  constexpr int kMaxShown = 120;
  QString shown = text.left(kMaxShown);
  if (text.size() > kMaxShown) shown += QChar(0x2026);
  n.body =
      QCoreApplication::translate("Notification", "%1 in %2: %3").arg(sender, conversation, shown);
  return n;
}

}  // namespace relais::qt
