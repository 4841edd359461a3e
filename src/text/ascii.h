#pragma once

#include <cstddef>
#include <string>
#include <string_view>

/// Byte-level ASCII helpers shared by every folder: character classes, case
/// and trimming, and the digit-run helpers of the personal-data scanners.
/// They look at single bytes only: no locale, no UTF-8 (a byte >= 0x80 is
/// never a letter, digit or space here; text/unicode_fold.h folds the rest).
namespace santun::ascii {

/// '0'…'9'.
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
/// 'A'…'Z'.
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
/// 'a'…'z'.
constexpr bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
/// 'A'…'Z' and 'a'…'z'.
constexpr bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }
/// A letter or a digit.
constexpr bool IsAlnum(char c) { return IsLetter(c) || IsDigit(c); }
/// A blank inside a line: ' ' or '\t'.
constexpr bool IsBlank(char c) { return c == ' ' || c == '\t'; }
/// A blank or a line break: ' ', '\t', '\n' or '\r'.
constexpr bool IsSpace(char c) { return IsBlank(c) || c == '\n' || c == '\r'; }

/// Returns `c` in lower case when it is 'A'…'Z', else `c`.
constexpr char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
/// Returns `c` in upper case when it is 'a'…'z', else `c`.
constexpr char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

/// Returns a == b, comparing the first bytes before memcmp: word tables are
/// searched linearly, and most candidates differ in their first byte.
constexpr bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

/// Returns `s` with 'A'…'Z' in lower case (other bytes as they are).
inline std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

/// The characters that Trim and its halves remove unless told otherwise.
inline constexpr std::string_view kBlanks = " \t";

/// Returns `s` without the leading characters that are in `chars`.
constexpr std::string_view TrimLeft(std::string_view s, std::string_view chars = kBlanks) {
  const size_t b = s.find_first_not_of(chars);
  return b == std::string_view::npos ? std::string_view() : s.substr(b);
}
/// Returns `s` without the trailing characters that are in `chars`.
constexpr std::string_view TrimRight(std::string_view s, std::string_view chars = kBlanks) {
  const size_t e = s.find_last_not_of(chars);
  return e == std::string_view::npos ? std::string_view() : s.substr(0, e + 1);
}
/// Returns `s` without the leading and trailing characters that are in `chars`.
constexpr std::string_view Trim(std::string_view s, std::string_view chars = kBlanks) {
  return TrimRight(TrimLeft(s, chars), chars);
}

/// Returns true when `s` is not empty and every byte is a digit.
constexpr bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

/// Returns true when all bytes of `s` are the same ("1111111111"; true for "").
constexpr bool AllSame(std::string_view s) {
  for (char c : s) {
    if (c != s.front()) return false;
  }
  return true;
}

/// Returns the value of the decimal digits s[pos, pos + len); they must be
/// digits, and few enough for an int.
constexpr int DigitsValue(std::string_view s, size_t pos, size_t len) {
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

/// Returns the value of `s` when it is one to nine digits ("08" -> 8), else -1.
constexpr int SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 9 || !AllDigits(s)) return -1;
  return DigitsValue(s, 0, s.size());
}

/// Returns the digits of `s`, in order, without anything else.
inline std::string DigitsOf(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsDigit(c)) out.push_back(c);
  }
  return out;
}

}  // namespace santun::ascii
