// relais-qt: parses the few options and shows the main window.
#include <QApplication>
#include <QCommandLineParser>

#include "client-qt/core/settings.h"
#include "client-qt/ui/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("relais-qt"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Relais, the desktop client"));
  parser.addHelpOption();
  const QCommandLineOption home(QStringLiteral("home"),
                                QStringLiteral("The profile folder (default: $RELAIS_HOME or "
                                               "~/.relais)."),
                                QStringLiteral("DIR"));
  parser.addOption(home);
  parser.process(app);

  const QString profile = relais::qt::resolveHome(parser.value(home));
  // Discreet mode: the desktop names a window by its X11 class (and taskbars group by it), read
  // when the first window is made; so before it, a neutral name instead of the program's. A
  // change in the settings takes effect here at the next start.
  if (relais::qt::SettingsStore(profile).load().discreet) {
    qputenv("RESOURCE_NAME", "notes");
    QApplication::setApplicationName(QStringLiteral("notes"));
  }
  relais::qt::MainWindow window(profile);
  // After a quick exit nothing stays: the windows are hidden, the profile locked, then the
  // program ends.
  QObject::connect(&window, &relais::qt::MainWindow::quickExitDone, &app, &QApplication::quit,
                   Qt::QueuedConnection);
  window.show();
  return QApplication::exec();
}
