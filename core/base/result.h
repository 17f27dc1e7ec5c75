// Result<T> and Status: errors as values, travelling up with RELAIS_TRY. No exceptions cross a
// library boundary; an Error is a code the program can act on plus one sentence for a person.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace relais {

enum class Errc {
  invalid_argument,  // the caller passed something malformed
  not_found,
  already_exists,
  corrupt,           // stored or received data fails to decode or authenticate
  crypto,            // a cryptographic operation failed
  io,                // disk or network
  wrong_passphrase,
  permission,        // the relay or the local policy refuses
  unavailable,       // the relay is unreachable or closed the connection
  protocol,          // the peer broke the protocol
  timeout,
  internal,
};

const char* errc_name(Errc code);

struct Error {
  Errc code;
  std::string message;  // one sentence, no secrets, no identifiers
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT
  Result(Errc code, std::string message) : v_(Error{code, std::move(message)}) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const& { assert(!ok()); return std::get<1>(v_); }
  Error&& error() && { assert(!ok()); return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT
  Result(Errc code, std::string message) : error_{code, std::move(message)}, failed_(true) {}

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const& { assert(failed_); return error_; }
  Error&& error() && { assert(failed_); return std::move(error_); }

 private:
  Error error_{Errc::internal, {}};
  bool failed_ = false;
};

using Status = Result<void>;

inline Status ok_status() { return {}; }

}  // namespace relais

#define RELAIS_CONCAT_INNER(a, b) a##b
#define RELAIS_CONCAT(a, b) RELAIS_CONCAT_INNER(a, b)

// Returns the error of a failed Status or Result from the enclosing function.
#define RELAIS_TRY(expr)                                              \
  do {                                                                \
    auto&& relais_try_r = (expr);                                     \
    if (!relais_try_r.ok()) return std::move(relais_try_r).error();   \
  } while (0)

// Declares or assigns `lhs` from a Result, returning its error from the enclosing function.
#define RELAIS_TRY_ASSIGN(lhs, expr) \
  RELAIS_TRY_ASSIGN_IMPL(RELAIS_CONCAT(relais_try_r_, __LINE__), lhs, expr)
#define RELAIS_TRY_ASSIGN_IMPL(tmp, lhs, expr)    \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return std::move(tmp).error();   \
  lhs = std::move(tmp).value()
