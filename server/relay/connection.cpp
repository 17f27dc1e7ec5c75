#include "server/relay/connection.h"

namespace relais::server {

const char* Connection::describe(CloseReason reason) {
  switch (reason) {
    case CloseReason::policy:
      return "refused";
    case CloseReason::going_away:
      return "the relay is stopping";
    case CloseReason::too_slow:
      return "too slow to read";
    case CloseReason::replaced:
      return "replaced by a newer log-in of this account";
    case CloseReason::too_many_unauthenticated:
      return "too many connections waiting to log in; try again later";
    case CloseReason::too_many_from_address:
      return "too many connections from your address waiting to log in; try again later";
    case CloseReason::too_many_from_network:
      return "too many connections from your network waiting to log in; try again later";
    case CloseReason::displaced:
      return "the relay is full of connections waiting to log in; try again";
    case CloseReason::login_timeout:
      return "no log-in in time";
  }
  return "closed";
}

}  // namespace relais::server
