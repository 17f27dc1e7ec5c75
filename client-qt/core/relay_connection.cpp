#include "client-qt/core/relay_connection.h"

#include <QMetaObject>
#include <boost/asio/post.hpp>

#include "client-qt/core/failure_text.h"

namespace relais::qt {

template <class F>
void RelayConnection::toGui(F&& f) {
  // Queued to this object: if it is deleted first, Qt drops the call.
  QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

RelayConnection::RelayConnection(const client_net::RelayUrl& url, client_net::ClientOptions options,
                                 QObject* parent)
    : QObject(parent), work_(boost::asio::make_work_guard(io_)) {
  client_net::ClientHandlers handlers;
  handlers.on_open = [this] { toGui([this] { Q_EMIT opened(); }); };
  handlers.on_message = [this](std::string m) {
    toGui([this, m = std::move(m)] { Q_EMIT messageReceived(m); });
  };
  where_ = QString::fromStdString(url.host + ":" + url.port);
  handlers.on_closed = [this](Status s) {
    const bool ok = s.ok();
    QString reason;
    if (!ok) {
      qInfo("relay connection: %s", s.error().message.c_str());  // for developers
      reason = FailureText::connection(s.error().code, where_);
    }
    toGui([this, ok, reason] { finished(ok, reason); });
  };
  client_ =
      std::make_unique<client_net::WebSocketClient>(io_, std::move(options), std::move(handlers));
  boost::asio::post(io_, [this, url] { client_->connect(url); });
  thread_ = std::thread([this] { io_.run(); });
}

RelayConnection::~RelayConnection() {
  boost::asio::post(io_, [this] {
    client_.reset();  // abandons the socket; no handler runs afterwards
    io_.stop();
  });
  thread_.join();
}

void RelayConnection::send(std::string message) {
  boost::asio::post(io_, [this, m = std::move(message)]() mutable {
    if (!client_) return;
    if (auto st = client_->send(std::move(m)); !st) {
      qInfo("relay connection: %s", st.error().message.c_str());
      QString reason = FailureText::connection(st.error().code, where_);
      client_.reset();
      toGui([this, reason] { finished(false, reason); });
    }
  });
}

void RelayConnection::close() {
  boost::asio::post(io_, [this] {
    if (client_) client_->close();
  });
}

void RelayConnection::finished(bool ok, const QString& reason) {
  if (closed_emitted_) return;
  closed_emitted_ = true;
  Q_EMIT closed(ok, reason);
}

}  // namespace relais::qt
