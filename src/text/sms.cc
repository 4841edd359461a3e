#include "text/sms.h"

#include "text/utf8.h"

namespace santun {
namespace {

// GSM 03.38 default alphabet beyond printable ASCII, and the ASCII it lacks.
bool InGsmBasic(char32_t c) {
  if (c == '\n' || c == '\r') return true;
  if (c >= 0x20 && c < 0x7F) {
    return c != '[' && c != ']' && c != '{' && c != '}' && c != '\\' && c != '^' && c != '~' && c != '|' && c != '`';
  }
  // clang-format off
  switch (c) {
    case U'£': case U'¥': case U'è': case U'é': case U'ù': case U'ì': case U'ò': case U'Ç': case U'Ø':
    case U'ø': case U'Å': case U'å': case U'Δ': case U'Φ': case U'Γ': case U'Λ': case U'Ω': case U'Π':
    case U'Ψ': case U'Σ': case U'Θ': case U'Ξ': case U'Æ': case U'æ': case U'ß': case U'É': case U'¤':
    case U'¡': case U'Ä': case U'Ö': case U'Ñ': case U'Ü': case U'§': case U'¿': case U'ä': case U'ö':
    case U'ñ': case U'ü': case U'à': case U'_': case U'@': case U'$':
      return true;
    default:
      return false;
  }
  // clang-format on
}

bool InGsmExtension(char32_t c) {
  // clang-format off
  switch (c) {
    case '[': case ']': case '{': case '}': case '\\': case '^': case '~': case '|': case U'€': case '\f':
      return true;
    default:
      return false;
  }
  // clang-format on
}

}  // namespace

SmsEncoding SmsEncodingOf(std::string_view text) {
  SmsEncoding e;
  int septets = 0, utf16 = 0;
  for (size_t i = 0; i < text.size();) {
    int len;
    const char32_t c = utf8::Decode(text, i, &len);
    i += static_cast<size_t>(len);
    utf16 += utf8::Utf16Units(c);
    if (InGsmBasic(c)) {
      ++septets;
    } else if (InGsmExtension(c)) {
      septets += 2;
    } else if (!e.ucs2) {
      e.ucs2 = true;
      e.first_non_gsm = c;
    }
  }
  e.units = e.ucs2 ? utf16 : septets;
  const int single = e.ucs2 ? 70 : 160;
  const int multi = e.ucs2 ? 67 : 153;
  e.segments = e.units == 0 ? 0 : e.units <= single ? 1 : (e.units + multi - 1) / multi;
  return e;
}

}  // namespace santun
