// What the window's end-to-end tests share: a CLI command run while the window stays
// responsive, screenshots saved as test artefacts, and the first-start form filled in.
#pragma once

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QString>
#include <QTest>
#include <chrono>
#include <future>

#include "client-qt/ui/main_window.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {

// Runs `f` (a CLI command) on another thread while the window keeps handling events.
template <class F>
auto whileResponsive(F&& f) {
  using namespace std::chrono_literals;
  auto future = std::async(std::launch::async, std::forward<F>(f));
  EXPECT_TRUE(
      QTest::qWaitFor([&] { return future.wait_for(0s) == std::future_status::ready; }, 40'000));
  return future.get();
}

// Where a screenshot goes: $RELAIS_QT_ARTEFACTS (set by CTest), else the current folder.
inline QString artefact(const QString& name) {
  const QByteArray dir = qgetenv("RELAIS_QT_ARTEFACTS");
  return (dir.isEmpty() ? QString(".") : QString::fromLocal8Bit(dir)) + "/" + name;
}

inline void screenshot(qt::MainWindow& w, const QString& name) {
  QTest::qWait(300);  // let the X server draw
  QScreen* screen = w.screen();
  ASSERT_NE(screen, nullptr);
  const QPixmap shot = screen->grabWindow(w.winId());
  ASSERT_FALSE(shot.isNull());
  EXPECT_GT(shot.width(), 600);
  EXPECT_TRUE(shot.save(artefact(name)));
}

// Fills the first-start form and waits until the window is registered and online.
inline void registerThroughTheForm(qt::MainWindow& w, const Relay& relay, const char* name) {
  QTest::keyClicks(w.findChild<QLineEdit*>("relayEdit"), QString::fromStdString(relay.url()));
  QTest::keyClicks(w.findChild<QLineEdit*>("nameEdit"), name);
  QTest::keyClicks(w.findChild<QLineEdit*>("passphraseEdit"), "velo tulipe orage");
  QTest::keyClicks(w.findChild<QLineEdit*>("confirmEdit"), "velo tulipe orage");
  QTest::mouseClick(w.findChild<QPushButton*>("createButton"), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.host().unlocked(); }, 15'000))
      << "registration did not complete; relay log: " << relay.log();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.host().link() == qt::EngineHost::Link::online; }, 10'000));
}

}  // namespace relais::e2e
