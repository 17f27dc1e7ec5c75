// What a relay says of itself before anyone logs in: the Challenge, the first frame of every
// connection, lists the interface languages the operator offers. The first screen asks once the
// relay's address is typed, so it offers only those before the person registers. Nothing about
// the person is sent: the connection opens, reads the Challenge and closes.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace relais::qt {

class RelayConnection;

class RelayProbe : public QObject {
  Q_OBJECT
 public:
  explicit RelayProbe(QObject* parent = nullptr);
  ~RelayProbe() override;

  // Asks the relay at `url` (a previous question is dropped). An unusable address, an
  // unreachable relay or a malformed answer is silent: registering will say what is wrong.
  void ask(const QString& url, const QString& ca_file = {});

 Q_SIGNALS:
  // The relay's interface languages, as it listed them (empty: it restricts none).
  void languagesRead(const QString& url, const QStringList& languages);

 private:
  void drop();

  RelayConnection* connection_ = nullptr;
  QString url_;       // asked now
  QString answered_;  // the last address that answered
};

}  // namespace relais::qt
