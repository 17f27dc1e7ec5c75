// What the desktop may show about the program and new messages. By default nothing readable:
// a glance at a notification or the task bar must not reveal a message or what the program is.
#pragma once

#include <QString>

namespace relais::qt {

// The window title: "Relais", or a neutral word when discretion is on.
QString windowTitle(bool discreet);

struct NotificationText {
  QString title;
  QString body;
};

// A notification for a new message in `conversation` from `sender`. Without `show_text` it
// names neither the text, nor the sender, nor the conversation.
NotificationText newMessageNotification(bool show_text, bool discreet, const QString& conversation,
                                        const QString& sender, const QString& text);

}  // namespace relais::qt
