// Auto-lock: idle() after a chosen time without a key press or mouse use anywhere in the
// application. Zero minutes turns it off.
#pragma once

#include <QObject>
#include <QTimer>

namespace relais::qt {

class IdleLock : public QObject {
  Q_OBJECT
 public:
  explicit IdleLock(QObject* parent = nullptr);

  // Watches user input of the application (installs itself as an event filter).
  void watch(QObject* target);
  // 0: off. Restarts the count.
  void setTimeout(int ms);
  int timeout() const { return timeout_ms_; }
  bool active() const { return timer_.isActive(); }
  // Counts as user activity (restarts the count).
  void poke();
  // Stops counting (while locked); poke() or setTimeout() starts again.
  void stop() { timer_.stop(); }

 Q_SIGNALS:
  void idle();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QTimer timer_;
  int timeout_ms_ = 0;
};

}  // namespace relais::qt
