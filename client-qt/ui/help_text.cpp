#include "client-qt/ui/help_text.h"

#include <QCoreApplication>

namespace relais::qt {

QString helpText(const QString& home, const QString& settings_file) {
  QString html;
  html += QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("Help", "Quick exit"));
  html += QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate(
                  "Help",
                  "Press Escape twice, or the Quick exit button: every window disappears at "
                  "once and the profile is locked. Open the program again and type your "
                  "passphrase to come back."));
  html += QStringLiteral("<h2>%1</h2>")
              .arg(QCoreApplication::translate("Help", "What stays on this computer"));
  html += QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate(
                  "Help",
                  "Your messages, contacts and keys are kept in one encrypted file, readable "
                  "only with your passphrase. Nobody can recover the passphrase: if it is "
                  "forgotten, the profile is lost."));
  html += QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate(
                       "Help",
                       "A search of the computer can still show that the program is installed, "
                       "that the folder %1 exists and how big it is, when it last changed, and "
                       "the preferences file %2 (language, lock time; no messages).")
                       .arg(home.toHtmlEscaped(), settings_file.toHtmlEscaped()));
  html += QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate(
                  "Help",
                  "Turn on discretion in the settings to give the window a neutral title and "
                  "icon. Keep message text out of notifications unless you are alone with "
                  "this computer."));
  html += QStringLiteral("<h2>%1</h2>")
              .arg(QCoreApplication::translate("Help", "Removing the program and its data"));
  html += QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li></ol>")
              .arg(QCoreApplication::translate("Help", "Quit the program."),
                   QCoreApplication::translate(
                       "Help", "Delete the folder %1 (this erases the profile for good).")
                       .arg(home.toHtmlEscaped()),
                   QCoreApplication::translate(
                       "Help",
                       "Uninstall the program with your system's software tool (for example: "
                       "sudo apt remove relais), and empty the trash."));
  html += QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate(
                  "Help",
                  "The relay keeps no name, no telephone number and no address of yours. "
                  "Your account there stops being used when the profile is deleted."));
  return html;
}

}  // namespace relais::qt
