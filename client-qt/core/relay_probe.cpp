#include "client-qt/core/relay_probe.h"

#include "client-qt/core/relay_connection.h"
#include "core/client_net/url.h"
#include "core/wire/frames.h"

namespace relais::qt {

RelayProbe::RelayProbe(QObject* parent) : QObject(parent) {}

RelayProbe::~RelayProbe() {
  drop();
}

void RelayProbe::drop() {
  if (!connection_) return;
  connection_->disconnect(this);
  delete connection_;  // joins its network thread; no signal follows
  connection_ = nullptr;
}

void RelayProbe::ask(const QString& url, const QString& ca_file) {
  // Leaving the field again without a change asks nothing more.
  if (url.trimmed() == answered_ || (connection_ && url.trimmed() == url_)) return;
  drop();
  const std::string text = url.trimmed().toStdString();
  auto parsed = client_net::parse_relay_url(text);
  if (!parsed) return;
  url_ = url.trimmed();
  client_net::ClientOptions options;
  options.ca_file = ca_file.toStdString();
  options.connect_timeout = std::chrono::milliseconds(10'000);
  connection_ = new RelayConnection(*parsed, options, this);
  connect(connection_, &RelayConnection::messageReceived, this, [this](const std::string& m) {
    auto batch = wire::decode_server_batch(m);
    const QString asked = url_;
    QStringList languages;
    bool challenge = false;
    if (batch && batch->frames_size() > 0 && batch->frames(0).has_challenge()) {
      challenge = true;
      for (const auto& l : batch->frames(0).challenge().interface_languages()) {
        if (languages.size() < 32) languages << QString::fromStdString(l);
      }
    }
    // Only the Challenge was wanted; deleting the connection from its own signal is not safe.
    connection_->disconnect(this);
    connection_->deleteLater();
    connection_ = nullptr;
    if (challenge) {
      answered_ = asked;
      Q_EMIT languagesRead(asked, languages);
    }
  });
  connect(connection_, &RelayConnection::closed, this, [this] {
    connection_->deleteLater();
    connection_->disconnect(this);
    connection_ = nullptr;
  });
}

}  // namespace relais::qt
