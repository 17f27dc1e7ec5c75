// A ticket's conversation shown in a list widget, the same for the member's permanence panel
// and the worker's desk: "HH:mm  who" over the text, one's own lines on the right. The panels
// pass their own translated words.
#pragma once

#include <QDateTime>
#include <QListWidget>
#include <QString>
#include <vector>

#include "client-qt/core/ticket_session.h"

namespace relais::qt {

inline void showTicketLines(QListWidget* list, const std::vector<TicketSession::Line>& lines,
                            const QString& you, const QString& them, const QString& sending) {
  list->clear();
  for (const auto& line : lines) {
    const QString time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(line.time_ms))
                             .toLocalTime()
                             .toString(QStringLiteral("HH:mm"));
    auto* item = new QListWidgetItem(QStringLiteral("%1  %2\n%3%4").arg(
                                         time,
                                         !line.who.isEmpty() ? line.who
                                         : line.outgoing     ? you
                                                             : them,
                                         line.text,
                                         line.sent ? QString() : sending),
                                     list);
    if (line.outgoing) item->setTextAlignment(Qt::AlignRight);
  }
  list->scrollToBottom();
}

}  // namespace relais::qt
