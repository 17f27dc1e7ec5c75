// RAII for libsignal-protocol-c objects. Internal to core/signal: includes the C headers.
#pragma once

#include <fingerprint.h>
#include <group_cipher.h>
#include <group_session_builder.h>
#include <protocol.h>  // libsignal's, from /usr/include/signal, not core/signal/protocol.h
#include <session_builder.h>
#include <session_cipher.h>
#include <signal_protocol.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace relais::signal::detail {

// Owns one reference to a SIGNAL_REF-counted object. Every such type starts with a
// signal_type_base, which is what the library's own SIGNAL_REF/SIGNAL_UNREF macros cast to;
// we do the same cast without the macros' C-style casts.
template <class T>
class Ref {
 public:
  Ref() = default;
  explicit Ref(T* adopted) : p_(adopted) {}
  ~Ref() { reset(); }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) {
      reset();
      p_ = std::exchange(other.p_, nullptr);
    }
    return *this;
  }

  // Takes a new reference to an object someone else owns (e.g. from a getter).
  static Ref share(T* borrowed) {
    if (borrowed != nullptr) signal_type_ref(base(borrowed));
    return Ref(borrowed);
  }

  T* get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }
  // For C out-parameters: releases what we hold, then lets the callee fill in a new reference.
  T** out() {
    reset();
    return &p_;
  }
  void reset() {
    if (p_ != nullptr) signal_type_unref(base(p_));
    p_ = nullptr;
  }

 private:
  static signal_type_base* base(T* p) { return reinterpret_cast<signal_type_base*>(p); }
  T* p_ = nullptr;
};

// Owns a signal_buffer; zeroes it on release since most of ours hold key material.
struct BufferFree {
  void operator()(signal_buffer* b) const { signal_buffer_bzero_free(b); }
};
using Buffer = std::unique_ptr<signal_buffer, BufferFree>;

// Out-parameter adapter for functions that allocate a signal_buffer.
class BufferOut {
 public:
  explicit BufferOut(Buffer& target) : target_(target) {}
  ~BufferOut() { target_.reset(raw_); }
  BufferOut(const BufferOut&) = delete;
  BufferOut& operator=(const BufferOut&) = delete;
  operator signal_buffer**() { return &raw_; }  // NOLINT: implicit by design, for C calls

 private:
  Buffer& target_;
  signal_buffer* raw_ = nullptr;
};

inline std::string to_string(const signal_buffer* b) {
  if (b == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(signal_buffer_const_data(b)),
                     signal_buffer_len(b));
}

inline const uint8_t* bytes(std::string_view s) {
  return reinterpret_cast<const uint8_t*>(s.data());
}

// Free functions for the non-refcounted objects, one unique_ptr alias each.
template <class T, void (*Free)(T*)>
struct FreeWith {
  void operator()(T* p) const { Free(p); }
};
using SessionBuilderPtr =
    std::unique_ptr<session_builder, FreeWith<session_builder, session_builder_free>>;
using SessionCipherPtr =
    std::unique_ptr<session_cipher, FreeWith<session_cipher, session_cipher_free>>;
using GroupBuilderPtr =
    std::unique_ptr<group_session_builder,
                    FreeWith<group_session_builder, group_session_builder_free>>;
using GroupCipherPtr = std::unique_ptr<group_cipher, FreeWith<group_cipher, group_cipher_free>>;
using FingerprintGeneratorPtr =
    std::unique_ptr<fingerprint_generator,
                    FreeWith<fingerprint_generator, fingerprint_generator_free>>;
using ContextPtr =
    std::unique_ptr<signal_context, FreeWith<signal_context, signal_context_destroy>>;
using StoreContextPtr =
    std::unique_ptr<signal_protocol_store_context,
                    FreeWith<signal_protocol_store_context, signal_protocol_store_context_destroy>>;
using IntListPtr =
    std::unique_ptr<signal_int_list, FreeWith<signal_int_list, signal_int_list_free>>;

}  // namespace relais::signal::detail
