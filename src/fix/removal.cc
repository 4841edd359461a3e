#include "fix/removal.h"

#include <algorithm>

#include "text/ascii.h"

namespace santun {
namespace {

bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsClausePunct(char c) { return c == ',' || c == ';' || c == ':'; }
bool IsWordByte(char c) { return ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-'; }

bool InList(std::string_view word, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), ascii::ToLower(word)) != list.end();
}

// Widens `s` over the with_words next to it and over enclosing quotes.
Span Widen(std::string_view text, Span s, const std::vector<std::string>& with_words) {
  bool grew = true;
  while (grew) {
    grew = false;
    uint32_t p = s.begin;
    while (p > 0 && ascii::IsBlank(text[p - 1])) --p;
    uint32_t w = p;
    while (w > 0 && IsWordByte(text[w - 1])) --w;
    if (w < p && p < s.begin && InList(text.substr(w, p - w), with_words)) {
      s.begin = w;
      grew = true;
    }
    uint32_t q = s.end;
    while (q < text.size() && ascii::IsBlank(text[q])) ++q;
    uint32_t e = q;
    while (e < text.size() && IsWordByte(text[e])) ++e;
    if (q > s.end && e > q && InList(text.substr(q, e - q), with_words)) {
      s.end = e;
      grew = true;
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\"", "\""}, {"'", "'"}, {"(", ")"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE2\x80\x98", "\xE2\x80\x99"}};
  for (const auto& [open, close] : kPairs) {
    if (s.begin >= open.size() && text.substr(s.begin - open.size(), open.size()) == open &&
        text.substr(s.end, close.size()) == close) {
      s.begin -= static_cast<uint32_t>(open.size());
      s.end += static_cast<uint32_t>(close.size());
      break;
    }
  }
  return s;
}

}  // namespace

bool AtSentenceStart(std::string_view text, uint32_t pos) {
  while (pos > 0 && ascii::IsBlank(text[pos - 1])) --pos;
  if (pos == 0) return true;
  const char c = text[pos - 1];
  return c == '\n' || c == '\r' || IsSentenceEnd(c);
}

std::string AdaptFirstLetter(std::string s, bool upper) {
  if (s.empty()) return s;
  char& c = s[0];
  if (upper) {
    c = ascii::ToUpper(c);
  } else if (s.size() > 1 && ascii::IsLower(s[1])) {
    c = ascii::ToLower(c);
  }
  return s;
}

std::vector<Edit> RemoveSentenceEdits(std::string_view text, Span sentence) {
  uint32_t b = sentence.begin, e = sentence.end;
  uint32_t after = e;
  while (after < text.size() && ascii::IsBlank(text[after])) ++after;
  const bool line_ends = after == text.size() || text[after] == '\n' || text[after] == '\r';
  if (!line_ends) return {{{b, after}, ""}};
  uint32_t before = b;
  while (before > 0 && ascii::IsBlank(text[before - 1])) --before;
  const bool line_starts = before == 0 || text[before - 1] == '\n' || text[before - 1] == '\r';
  if (!line_starts) return {{{before, after}, ""}};
  // Alone on its line: the line goes with one line break.
  if (after < text.size()) {
    uint32_t nl = after + (text[after] == '\r' && after + 1 < text.size() && text[after + 1] == '\n' ? 2 : 1);
    return {{{before, nl}, ""}};
  }
  if (before > 0) {
    uint32_t nl = before - 1;
    if (nl > 0 && text[nl] == '\n' && text[nl - 1] == '\r') --nl;
    return {{{nl, after}, ""}};
  }
  return {{{before, after}, ""}};
}

std::vector<Edit> RemoveEdits(std::string_view text, Span span, const std::vector<std::string>& with_words) {
  const Span s = Widen(text, span, with_words);
  uint32_t lb = s.begin;
  while (lb > 0 && ascii::IsBlank(text[lb - 1])) --lb;
  uint32_t re = s.end;
  while (re < text.size() && ascii::IsBlank(text[re])) ++re;
  const char cl = lb > 0 ? text[lb - 1] : '\n';
  const char cr = re < text.size() ? text[re] : '\n';
  const bool starts = cl == '\n' || cl == '\r' || IsSentenceEnd(cl);
  const bool ends = cr == '\n' || cr == '\r' || IsSentenceEnd(cr);
  if (starts && ends) {
    // Nothing but the final punctuation would be left: the sentence goes.
    uint32_t end = re;
    while (end < text.size() && IsSentenceEnd(text[end])) ++end;
    return RemoveSentenceEdits(text, {s.begin, end});
  }
  if (starts) {
    uint32_t e = re;
    if (IsClausePunct(cr)) {
      ++e;
      while (e < text.size() && ascii::IsBlank(text[e])) ++e;
    }
    const char first = text[s.begin];
    if (first >= 'A' && first <= 'Z' && e < text.size() && text[e] >= 'a' && text[e] <= 'z') {
      return {{{s.begin, e + 1}, std::string(1, static_cast<char>(text[e] - 'a' + 'A'))}};
    }
    return {{{s.begin, e}, ""}};
  }
  if (ends) {
    uint32_t b = lb;
    if (IsClausePunct(cl)) {
      --b;
      while (b > 0 && ascii::IsBlank(text[b - 1])) --b;
    }
    return {{{b, s.end}, ""}};
  }
  if (IsClausePunct(cr)) {
    // "Bayar, penipu, sekarang" -> "Bayar, sekarang"; "Kamu penipu, bayar" -> "Kamu, bayar".
    if (IsClausePunct(cl)) {
      uint32_t e = re + 1;
      while (e < text.size() && ascii::IsBlank(text[e])) ++e;
      return {{{s.begin, e}, ""}};
    }
    return {{{lb, s.end}, ""}};
  }
  if (re == s.end) return {{{lb, s.end}, ""}};  // glued to what follows: "Dasar penipu)"
  return {{{s.begin, re}, ""}};
}

}  // namespace santun
