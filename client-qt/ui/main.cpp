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

  relais::qt::MainWindow window(relais::qt::resolveHome(parser.value(home)));
  // After a quick exit nothing stays: the windows are hidden, the profile locked, then the
  // program ends.
  QObject::connect(&window, &relais::qt::MainWindow::quickExitDone, &app, &QApplication::quit,
                   Qt::QueuedConnection);
  window.show();
  return QApplication::exec();
}
