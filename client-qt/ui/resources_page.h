// The resources directory: emergency numbers and the organisations that help sex workers in
// Belgium, per city, in the interface language (deploy/resources-be.json, built in).
#pragma once

#include <QDialog>
#include <optional>

#include "core/engine/resources.h"

class QComboBox;
class QTextBrowser;

namespace relais::qt {

// The directory as rich text for one city ("" for all) in `language`.
QString directoryHtml(const engine::ResourceDirectory& directory, const QString& city,
                      const QString& language);
// The copy built into the program (deploy/resources-be.json), read by the engine's parser.
std::optional<engine::ResourceDirectory> builtInDirectory();

class ResourcesDialog : public QDialog {
  Q_OBJECT
 public:
  ResourcesDialog(const QString& language, QWidget* parent = nullptr);
  // Shows `directory` (the relay's, or the copy kept on this device) instead of the built-in
  // one; one with no organisation leaves what is shown.
  bool setDirectory(const engine::ResourceDirectory& directory);
  const engine::ResourceDirectory& directory() const { return directory_; }

 private:
  engine::ResourceDirectory directory_;
  QString language_;
  QComboBox* city_;
  QTextBrowser* text_;
  void refresh();
};

}  // namespace relais::qt
