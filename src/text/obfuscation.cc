#include "text/obfuscation.h"

#include <array>
#include <string_view>

#include "text/ascii.h"

namespace santun {
namespace {

bool IsLeetSymbol(char c) { return c == '@' || c == '$'; }
bool IsTokenChar(char c) {
  return ascii::IsLower(c) || ascii::IsDigit(c) || IsLeetSymbol(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool IsSpacingSeparator(char c) { return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*'; }

char LeetLetter(char c) {
  switch (c) {
    case '3': return 'e';
    case '1': return 'i';
    case '0': return 'o';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '$': return 's';
    default: return 0;
  }
}

// Units written right after a number ("5jt", "3x", "1st"): such tokens are
// quantities, not disguised words.
bool IsUnit(std::string_view s) {
  // clang-format off
  static constexpr auto kUnits = std::to_array<std::string_view>({
      "jt", "juta", "rb", "ribu", "k", "m", "jam", "hari", "x", "an", "st", "nd",
      "rd", "th", "am", "pm", "bln", "bulan", "thn", "tahun", "mg", "minggu", "menit", "mnt",
      "dtk", "detik", "kg", "gb", "mb", "km", "h", "d", "kali", "pcs"});
  // clang-format on
  for (auto u : kUnits) {
    if (s == u) return true;
  }
  return false;
}

bool LooksLikeQuantity(std::string_view token) {
  size_t digits = 0;
  while (digits < token.size() && ascii::IsDigit(token[digits])) ++digits;
  if (digits == 0) return false;
  std::string_view rest = token.substr(digits);
  for (char c : rest) {
    if (!ascii::IsLower(c)) return false;
  }
  return digits >= 2 || IsUnit(rest);
}

void CopyByte(const NormalizedText& in, size_t i, NormalizedText& out) {
  out.Append(in.text[i], in.begin[i], in.end[i]);
}

}  // namespace

NormalizedText CollapseSpacedLetters(const NormalizedText& in) {
  const std::string& t = in.text;
  const size_t n = t.size();
  NormalizedText out;
  out.Reserve(n);
  auto single_at = [&](size_t i) {
    // t[i] is a one-character token: a token character with no token
    // character directly before it or after it.
    return i < n && IsTokenChar(t[i]) && static_cast<unsigned char>(t[i]) < 0x80 &&
           (i == 0 || !IsTokenChar(t[i - 1])) && (i + 1 == n || !IsTokenChar(t[i + 1]));
  };
  size_t i = 0;
  while (i < n) {
    if (single_at(i) && i + 2 < n && IsSpacingSeparator(t[i + 1])) {
      const char sep = t[i + 1];
      size_t last = i, count = 1, letters = ascii::IsLower(t[i]) ? 1 : 0;
      while (last + 2 < n && t[last + 1] == sep && single_at(last + 2)) {
        last += 2;
        ++count;
        if (ascii::IsLower(t[last])) ++letters;
      }
      if (count >= 3 && letters >= 2) {
        for (size_t k = i; k <= last; k += 2) CopyByte(in, k, out);
        i = last + 1;
        continue;
      }
    }
    CopyByte(in, i, out);
    ++i;
  }
  return out;
}

NormalizedText MapLeetspeak(const NormalizedText& in) {
  const std::string& t = in.text;
  const size_t n = t.size();
  NormalizedText out;
  out.Reserve(n);
  size_t i = 0;
  while (i < n) {
    if (!IsTokenChar(t[i])) {
      CopyByte(in, i, out);
      ++i;
      continue;
    }
    size_t j = i;
    int letters = 0;
    bool has_leet = false, other_digit = false;
    while (j < n && IsTokenChar(t[j])) {
      letters += ascii::IsLower(t[j]) ? 1 : 0;
      has_leet |= LeetLetter(t[j]) != 0;
      other_digit |= ascii::IsDigit(t[j]) && LeetLetter(t[j]) == 0;
      ++j;
    }
    // One letter is enough when every digit is a leet letter ("g0"); with a
    // digit that is not ("2x24") it takes two.
    const bool enough_letters = letters >= 2 || (letters == 1 && !other_digit);
    const bool convert = enough_letters && has_leet && !LooksLikeQuantity(std::string_view(t).substr(i, j - i));
    for (size_t k = i; k < j; ++k) {
      char mapped = convert ? LeetLetter(t[k]) : 0;
      out.Append(mapped ? mapped : t[k], in.begin[k], in.end[k]);
    }
    i = j;
  }
  return out;
}

NormalizedText CollapseElongation(const NormalizedText& in) {
  const std::string& t = in.text;
  const size_t n = t.size();
  NormalizedText out;
  out.Reserve(n);
  size_t i = 0;
  while (i < n) {
    size_t j = i + 1;
    if (ascii::IsLower(t[i])) {
      while (j < n && t[j] == t[i]) ++j;
    }
    if (j - i >= 3) {
      // Keep two letters; the second stands for the whole rest of the run.
      CopyByte(in, i, out);
      out.Append(t[i], in.begin[i + 1], in.end[j - 1]);
    } else {
      for (size_t k = i; k < j; ++k) CopyByte(in, k, out);
    }
    i = j;
  }
  return out;
}

}  // namespace santun
