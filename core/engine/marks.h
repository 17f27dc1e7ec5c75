// Who a name belongs to. A pseudonym is chosen freely, so two people may give the same one; the
// mark — four characters derived from the person's identity key — is shown with the name
// wherever a person appears ("amira#k3fq"), so two accounts never look alike. Both clients use
// these functions; docs/protocol.md ("Marks") gives the derivation so that a client written from
// the documentation alone shows the same marks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace relais::engine {

inline constexpr size_t kMarkChars = 4;

// The first 20 bits of SHA-256("relais-mark-v1" || identity_key), as four characters of the
// lowercase RFC 4648 base32 alphabet (a-z, 2-7), most significant bits first. `identity_key` is
// libsignal's serialized public key (33 bytes, type byte 0x05). "" for an empty key.
std::string identity_mark(std::string_view identity_key);

// "amira#k3fq"; the name alone while the mark is unknown, "#k3fq" for a person with no name yet.
std::string marked(std::string_view name, std::string_view mark);

// "amira#k3fq" → {"amira", "k3fq"}. The mark is empty when the text does not end in '#' and four
// base32 characters (any case); it is returned lowercase.
struct NameAndMark {
  std::string name;
  std::string mark;
};
NameAndMark split_mark(std::string_view text);

// A folded form of a name, to catch names that read alike: case, spaces, punctuation and
// invisible characters dropped, common Cyrillic and Greek letters that look Latin mapped to
// them, accents on Latin letters removed, digits that pass for letters (0 o, 1 l, 3 e, 5 s)
// mapped. "Amira", "a m i r a" and "аmira" (Cyrillic а) fold alike.
std::string name_skeleton(std::string_view name);

}  // namespace relais::engine
