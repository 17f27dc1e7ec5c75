// Quick exit: Escape pressed twice within a short interval, anywhere in the application, or the
// visible button. The detector only decides; whoever connects to triggered() hides the windows
// and locks the profile.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace relais::qt {

class QuickExit : public QObject {
  Q_OBJECT
 public:
  static constexpr qint64 kDoubleEscapeMs = 800;

  explicit QuickExit(QObject* parent = nullptr);

  // Watches every key press of the application (installs itself as an event filter).
  void watch(QObject* target);
  // One Escape at `now_ms` (a monotonic clock); true when it completes a double press, which
  // then also emits triggered().
  bool escapePressed(qint64 now_ms);
  // The button.
  void trigger();

 Q_SIGNALS:
  void triggered();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  qint64 last_escape_ms_ = -1;
  QElapsedTimer clock_;
};

}  // namespace relais::qt
