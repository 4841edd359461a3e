#include "text/visible.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace santun {

bool IsInvisible(char32_t c) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return true;
  return c >= 0x80 && u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;
}

std::string OneLine(std::string_view s, size_t max_chars) {
  std::string out;
  bool space = false;
  size_t chars = 0;
  for (size_t i = 0; i < s.size();) {
    int len;
    char32_t c = utf8::Decode(s, i, &len);
    const size_t at = i;
    i += static_cast<size_t>(len);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out.push_back(' ');
      ++chars;
    }
    space = false;
    if (chars >= max_chars) {
      out += "…";
      break;
    }
    if (IsInvisible(c)) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(at, static_cast<size_t>(len)));
    }
    ++chars;
  }
  return out;
}

}  // namespace santun
