#include "client-qt/core/quick_exit.h"

#include <QKeyEvent>

namespace relais::qt {

QuickExit::QuickExit(QObject* parent) : QObject(parent) {
  clock_.start();
}

void QuickExit::watch(QObject* target) {
  target->installEventFilter(this);
}

bool QuickExit::escapePressed(qint64 now_ms) {
  const bool second = last_escape_ms_ >= 0 && now_ms - last_escape_ms_ <= kDoubleEscapeMs;
  if (second) {
    last_escape_ms_ = -1;  // a third press starts over
    trigger();
    return true;
  }
  last_escape_ms_ = now_ms;
  return false;
}

void QuickExit::trigger() {
  Q_EMIT triggered();
}

bool QuickExit::eventFilter(QObject* watched, QEvent* event) {
  // The application filter sees one key press several times: first at the window, then at each
  // widget on its way up. Counting it at the window alone counts each press once, whichever
  // widget has the focus (even a line edit that swallows Escape). Auto-repeat never counts.
  if (event->type() == QEvent::KeyPress && watched->isWindowType()) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape && !key->isAutoRepeat()) {
      if (escapePressed(clock_.elapsed())) return true;
    }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace relais::qt
