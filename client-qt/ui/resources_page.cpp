#include "client-qt/ui/resources_page.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "client-qt/core/city_names.h"

namespace relais::qt {
namespace {

QString localized(const QJsonObject& o, const QString& stem, const QString& language) {
  for (const QString& lang : {language, QStringLiteral("en"), QStringLiteral("fr")}) {
    const QString v = o.value(stem + QLatin1Char('_') + lang).toString();
    if (!v.isEmpty()) return v;
  }
  return o.value(stem).toString();
}

}  // namespace

QJsonDocument builtInDirectory() {
  QFile f(QStringLiteral(":/directory/resources-be.json"));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll());
}

QString directoryHtml(const QJsonDocument& directory, const QString& city,
                      const QString& language) {
  const QJsonObject top = directory.object();
  QString html = QStringLiteral("<h2>%1</h2><ul>").arg(ResourcesDialog::tr("Emergency numbers"));
  for (const auto& v : top.value(QStringLiteral("emergency")).toArray()) {
    const QJsonObject e = v.toObject();
    html += QStringLiteral("<li><b>%1</b> \u2014 %2</li>")
                .arg(e.value(QStringLiteral("number")).toString().toHtmlEscaped(),
                     localized(e, QStringLiteral("name"), language).toHtmlEscaped());
  }
  html += QStringLiteral("</ul><h2>%1</h2>").arg(ResourcesDialog::tr("Organisations"));
  for (const auto& v : top.value(QStringLiteral("organisations")).toArray()) {
    const QJsonObject o = v.toObject();
    QStringList cities;
    for (const auto& c : o.value(QStringLiteral("cities")).toArray()) cities << c.toString();
    if (!city.isEmpty() && !cities.contains(city, Qt::CaseInsensitive)) continue;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(o.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                     localized(o, QStringLiteral("what"), language).toHtmlEscaped());
    QStringList details;
    for (const char* key : {"phone", "email", "website", "address"}) {
      const QString value = o.value(QLatin1String(key)).toString();
      if (!value.isEmpty()) details << value.toHtmlEscaped();
    }
    if (!details.isEmpty())
      html += QStringLiteral("<p>%1</p>").arg(details.join(QStringLiteral("<br>")));
    if (o.value(QStringLiteral("needs_confirmation")).toBool()) {
      html += QStringLiteral("<p><i>%1</i></p>")
                  .arg(ResourcesDialog::tr("Not yet confirmed by the relay's operator."));
    }
  }
  return html;
}

ResourcesDialog::ResourcesDialog(const QString& language, QWidget* parent)
    : QDialog(parent), directory_(builtInDirectory()), language_(language) {
  setWindowTitle(tr("Help and resources"));
  resize(640, 560);
  city_ = new QComboBox(this);
  city_->addItem(tr("All cities"), QString());
  // The directory names each city as it is written in the file.
  const std::pair<const char*, const char*> cities[] = {{"brussels", "Brussels"},
                                                        {"antwerp", "Antwerp"},
                                                        {"liege", "Li\u00e8ge"},
                                                        {"gent", "Gent"},
                                                        {"charleroi", "Charleroi"}};
  for (const auto& [room, in_file] : cities) {
    city_->addItem(cityName(QLatin1String(room), language_), QString::fromUtf8(in_file));
  }
  text_ = new QTextBrowser(this);
  text_->setOpenExternalLinks(false);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(city_);
  layout->addWidget(text_, 1);
  layout->addWidget(buttons);
  connect(city_, &QComboBox::currentIndexChanged, this, &ResourcesDialog::refresh);
  refresh();
}

void ResourcesDialog::refresh() {
  text_->setHtml(directoryHtml(directory_, city_->currentData().toString(), language_));
}

bool ResourcesDialog::setDirectory(const QJsonDocument& directory) {
  if (!directory.isObject() || !directory.object().contains(QStringLiteral("organisations"))) {
    return false;
  }
  directory_ = directory;
  refresh();
  return true;
}

}  // namespace relais::qt
