#include "client-qt/core/idle_lock.h"

#include <QEvent>

namespace relais::qt {

IdleLock::IdleLock(QObject* parent) : QObject(parent) {
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &IdleLock::idle);
}

void IdleLock::watch(QObject* target) {
  target->installEventFilter(this);
}

void IdleLock::setTimeout(int ms) {
  timeout_ms_ = ms > 0 ? ms : 0;
  timer_.stop();
  poke();
}

void IdleLock::poke() {
  if (timeout_ms_ > 0) timer_.start(timeout_ms_);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
      if (timer_.isActive()) poke();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace relais::qt
