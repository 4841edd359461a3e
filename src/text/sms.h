#pragma once

#include <string>
#include <string_view>

namespace santun {

/// How an SMS carries a text: GSM 03.38 7-bit (160 characters in one
/// segment, 153 per segment when concatenated; characters of the extension
/// table such as '€', '[' and '{' take two) or UCS-2 as soon as one
/// character is outside it (70, then 67 UTF-16 units per segment).
struct SmsEncoding {
  bool ucs2 = false;
  int units = 0;               // septets (GSM-7) or UTF-16 code units (UCS-2)
  int segments = 0;            // 0 for an empty text
  char32_t first_non_gsm = 0;  // the character that forced UCS-2
};

/// Returns the encoding and segment count of `text` (valid UTF-8).
SmsEncoding SmsEncodingOf(std::string_view text);

}  // namespace santun
