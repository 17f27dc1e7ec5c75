// The settings: interface language, auto-lock time, message text in notifications, discretion.
#pragma once

#include <QDialog>

#include "client-qt/core/settings.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace relais::qt {

class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(const Preferences& preferences, QWidget* parent = nullptr);
  Preferences preferences() const;
  // "Română is not offered on this relay: Relais is shown in English." when the person's
  // language (chosen, else the system's) is a shipped one the relay turned off; else "".
  static QString languageNote(const Preferences& preferences, const QString& system_locale_name);

 private:
  QComboBox* language_;
  QSpinBox* idle_minutes_;
  QCheckBox* notification_text_;
  QCheckBox* discreet_;
  QStringList relay_languages_;
};

}  // namespace relais::qt
