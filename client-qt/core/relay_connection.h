// One connection to the relay: client_net::WebSocketClient on its own thread with its own
// asio io_context, so that resolving, TLS and writing never block the user interface. What the
// relay says reaches the GUI thread as queued signals; sends are posted to the network thread.
// One object per connection attempt (Beast's "one session per connection"): a reconnect makes
// a new one.
#pragma once

#include <QObject>
#include <QString>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <memory>
#include <string>
#include <thread>

#include "core/client_net/websocket_client.h"

namespace relais::qt {

class RelayConnection : public QObject {
  Q_OBJECT
 public:
  // Starts the network thread and connects to `url`.
  RelayConnection(const client_net::RelayUrl& url, client_net::ClientOptions options,
                  QObject* parent = nullptr);
  // Abandons the connection at once and joins the network thread; no signal follows.
  ~RelayConnection() override;
  RelayConnection(const RelayConnection&) = delete;
  RelayConnection& operator=(const RelayConnection&) = delete;

  // Queues a message (written once open). A failure arrives as closed().
  void send(std::string message);
  // Closes politely after what is queued; closed(true) follows.
  void close();

 Q_SIGNALS:
  void opened();
  // A binary WebSocket message (one ServerBatch).
  void messageReceived(const std::string& message);
  // Exactly once: `ok` after close(), otherwise `reason` is one sentence.
  void closed(bool ok, const QString& reason);

 private:
  QString where_;  // host:port, for the person's sentences; set before the thread starts
  // Runs `f` on the GUI thread, unless this object is gone by then.
  template <class F>
  void toGui(F&& f);
  void finished(bool ok, const QString& reason);

  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::unique_ptr<client_net::WebSocketClient> client_;  // touched only on the network thread
  std::thread thread_;
  bool closed_emitted_ = false;  // GUI thread
};

}  // namespace relais::qt
