#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace santun::utf8 {

inline constexpr size_t kValid = static_cast<size_t>(-1);

/// Returns the offset of the first byte that does not start or continue a
/// well-formed UTF-8 sequence (overlong forms, surrogates and code points
/// above U+10FFFF are ill-formed), or kValid when the whole text is valid.
size_t FindInvalid(std::string_view s);

/// Returns true when every byte is below 0x80.
bool IsAscii(std::string_view s);

/// Decodes the code point that starts at s[i] and stores its length in bytes
/// in *len. `s` must be valid UTF-8 and i must start a sequence.
char32_t Decode(std::string_view s, size_t i, int* len);

/// Appends the UTF-8 encoding of c to out.
void Append(std::string& out, char32_t c);

/// Returns the number of UTF-16 code units that encode c (1 or 2).
inline int Utf16Units(char32_t c) { return c >= 0x10000 ? 2 : 1; }

/// Returns the length of the sequence whose lead byte is b (1 for
/// continuation bytes, so that loops always advance).
inline int SequenceLength(unsigned char b) {
  if (b < 0xC0) return 1;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  return 4;
}

}  // namespace santun::utf8
