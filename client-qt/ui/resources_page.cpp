#include "client-qt/ui/resources_page.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "client-qt/core/city_names.h"

namespace relais::qt {
namespace {

// The interface language first, then engine::in_language's fallbacks (English, French, Dutch).
QString localized(const engine::Texts& texts, const QString& language) {
  return QString::fromStdString(engine::in_language(texts, language.toStdString()));
}

QString escaped(const std::string& s) {
  return QString::fromStdString(s).toHtmlEscaped();
}

}  // namespace

std::optional<engine::ResourceDirectory> builtInDirectory() {
  QFile f(QStringLiteral(":/directory/resources-be.json"));
  if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
  auto directory = engine::parse_resources(f.readAll().toStdString());
  if (!directory) return std::nullopt;
  return std::move(*directory);
}

QString directoryHtml(const engine::ResourceDirectory& directory, const QString& city,
                      const QString& language) {
  QString html = QStringLiteral("<h2>%1</h2><ul>").arg(ResourcesDialog::tr("Emergency numbers"));
  for (const auto& e : directory.emergency) {
    html += QStringLiteral("<li><b>%1</b> \u2014 %2")
                .arg(escaped(e.number), localized(e.names, language).toHtmlEscaped());
    if (!e.scope.empty())
      html +=
          QStringLiteral("<br><small>%1</small>").arg(localized(e.scope, language).toHtmlEscaped());
    html += QStringLiteral("</li>");
  }
  html += QStringLiteral("</ul><h2>%1</h2>").arg(ResourcesDialog::tr("Organisations"));
  for (const auto& o : directory.organisations) {
    if (!city.isEmpty() && !engine::works_in(o, city.toStdString())) continue;
    const QString name =
        o.names.empty() ? QString::fromStdString(o.name) : localized(o.names, language);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(name.toHtmlEscaped(), localized(o.what, language).toHtmlEscaped());
    QStringList cities;
    for (const auto& c : engine::cities_in_language(o, language.toStdString()))
      cities << QString::fromStdString(c);
    if (!cities.isEmpty()) {
      html += QStringLiteral("<p>%1</p>")
                  .arg(ResourcesDialog::tr("Cities: %1")
                           .arg(QLocale().createSeparatedList(cities).toHtmlEscaped()));
    }
    QStringList details;
    for (const std::string* value : {&o.phone, &o.email, &o.website, &o.address}) {
      if (!value->empty()) details << escaped(*value);
    }
    if (!details.isEmpty())
      html += QStringLiteral("<p>%1</p>").arg(details.join(QStringLiteral("<br>")));
    if (o.needs_confirmation) {
      html += QStringLiteral("<p><i>%1</i></p>")
                  .arg(ResourcesDialog::tr("Not yet confirmed by the relay's operator."));
    }
  }
  return html;
}

ResourcesDialog::ResourcesDialog(const QString& language, QWidget* parent)
    : QDialog(parent),
      directory_(builtInDirectory().value_or(engine::ResourceDirectory{})),
      language_(language) {
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
  // Debian ships no Qt translations for every language (ro, sq): relais-qt's own word.
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
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

bool ResourcesDialog::setDirectory(const engine::ResourceDirectory& directory) {
  if (directory.organisations.empty()) return false;  // nothing to show in place of this one
  directory_ = directory;
  refresh();
  return true;
}

}  // namespace relais::qt
