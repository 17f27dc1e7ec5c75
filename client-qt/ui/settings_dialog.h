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

 private:
  QComboBox* language_;
  QSpinBox* idle_minutes_;
  QCheckBox* notification_text_;
  QCheckBox* discreet_;
};

}  // namespace relais::qt
