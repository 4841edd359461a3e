#include "extract/tokens.h"

#include <unicode/uchar.h>

#include "text/ascii.h"
#include "text/utf8.h"

namespace santun {
namespace {

bool IsSeparator(char c) { return c == '.' || c == ','; }

bool IsSpaceCp(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool IsLetterCp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }

// Decodes the code point at i, treating a truncated or stray byte as itself.
char32_t At(std::string_view s, size_t i, int* len) {
  const int want = utf8::SequenceLength(static_cast<unsigned char>(s[i]));
  if (i + static_cast<size_t>(want) > s.size() || static_cast<unsigned char>(s[i]) >= 0xF8 ||
      (want > 1 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)) {
    *len = 1;
    return static_cast<unsigned char>(s[i]);
  }
  return utf8::Decode(s, i, len);
}

}  // namespace

bool Token::IsPlainNumber() const {
  if (kind != Kind::kNumber) return false;
  for (char c : lower) {
    if (!ascii::IsDigit(c)) return false;
  }
  return true;
}

Tokens::Tokens(std::string_view text) : text_(text) {
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    Token t;
    size_t j = i;
    int len;
    const char32_t c = At(text, i, &len);
    if (ascii::IsDigit(text[i])) {
      t.kind = Token::Kind::kNumber;
      while (j < n && ascii::IsDigit(text[j])) ++j;
      for (;;) {
        size_t k = j;
        while (k < n && IsSeparator(text[k])) ++k;
        if (k == j || k >= n || !ascii::IsDigit(text[k])) break;
        j = k;
        while (j < n && ascii::IsDigit(text[j])) ++j;
      }
    } else if (IsLetterCp(c)) {
      t.kind = Token::Kind::kWord;
      j = i + static_cast<size_t>(len);
      while (j < n) {
        int l1;
        const char32_t d = At(text, j, &l1);
        if (IsLetterCp(d)) {
          j += static_cast<size_t>(l1);
          continue;
        }
        if (IsApostrophe(d) && j + static_cast<size_t>(l1) < n) {
          int l2;
          if (IsLetterCp(At(text, j + static_cast<size_t>(l1), &l2))) {
            j += static_cast<size_t>(l1 + l2);
            continue;
          }
        }
        break;
      }
    } else if (IsSpaceCp(c)) {
      t.kind = Token::Kind::kSpace;
      while (j < n) {
        int l1;
        const char32_t d = At(text, j, &l1);
        if (!IsSpaceCp(d)) break;
        if (d == '\n' || d == '\r' || d == 0x2028 || d == 0x2029) t.newline = true;
        j += static_cast<size_t>(l1);
      }
    } else {
      t.kind = Token::Kind::kPunct;
      j = i + static_cast<size_t>(len);
    }
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    t.lower.assign(text.substr(i, j - i));
    for (char& ch : t.lower) ch = ascii::ToLower(ch);
    tokens_.push_back(std::move(t));
    i = j;
  }
}

size_t Tokens::Next(size_t i, bool cross_lines) const {
  if (i >= tokens_.size()) return kNoToken;
  size_t j = i + 1;
  if (j < tokens_.size() && tokens_[j].IsSpace()) {
    if (tokens_[j].newline && !cross_lines) return kNoToken;
    ++j;
  }
  return j < tokens_.size() ? j : kNoToken;
}

size_t Tokens::Prev(size_t i, bool cross_lines) const {
  if (i == 0 || i > tokens_.size()) return kNoToken;
  size_t j = i - 1;
  if (tokens_[j].IsSpace()) {
    if ((tokens_[j].newline && !cross_lines) || j == 0) return kNoToken;
    --j;
  }
  return j;
}

bool Tokens::Touch(size_t a, size_t b) const {
  return a < tokens_.size() && b < tokens_.size() && tokens_[a].span.end == tokens_[b].span.begin;
}

std::string_view Tokens::Bytes(size_t i) const { return text_.substr(tokens_[i].span.begin, tokens_[i].span.size()); }

}  // namespace santun
