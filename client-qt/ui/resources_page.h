// The resources directory: emergency numbers and the organisations that help sex workers in
// Belgium, per city, in the interface language (deploy/resources-be.json, built in).
#pragma once

#include <QDialog>
#include <QJsonDocument>

class QComboBox;
class QTextBrowser;

namespace relais::qt {

// The directory as rich text for one city ("" for all) in `language`.
QString directoryHtml(const QJsonDocument& directory, const QString& city, const QString& language);
QJsonDocument builtInDirectory();

class ResourcesDialog : public QDialog {
  Q_OBJECT
 public:
  ResourcesDialog(const QString& language, QWidget* parent = nullptr);
  // Shows `directory` (the relay's, or the copy kept on this device) instead of the built-in
  // one; an unreadable document leaves what is shown.
  bool setDirectory(const QJsonDocument& directory);
  const QJsonDocument& directory() const { return directory_; }

 private:
  QJsonDocument directory_;
  QString language_;
  QComboBox* city_;
  QTextBrowser* text_;
  void refresh();
};

}  // namespace relais::qt
