// The libsignal-protocol-c global context with our OpenSSL crypto provider. Internal.
#pragma once

#include <mutex>

#include "core/base/result.h"
#include "core/signal/handles.h"

namespace relais::signal::detail {

// A context whose crypto provider is OpenSSL 3 and whose lock functions take `mutex`
// (libsignal locks around every store access; it re-enters, hence recursive). The mutex must
// outlive the context.
Result<ContextPtr> make_context(std::recursive_mutex& mutex);

// The OpenSSL 3 provider itself, exposed for its known-answer tests.
const signal_crypto_provider& openssl_provider();

// One process-wide context for the stateless key helpers (key generation, signing).
signal_context* shared_context();

// Maps a libsignal error code to ours; `what` is a short sentence for a person.
Error signal_error(int code, const char* what);

}  // namespace relais::signal::detail
