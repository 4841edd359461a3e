#include "extract/amount_guards.h"

#include <string_view>

#include "extract/lexicon.h"
#include "extract/shapes.h"

namespace santun {
namespace {

bool IsGlueBefore(const Token& p) {
  return p.IsWord() || p.IsNumber() || p.IsPunct('+') || p.IsPunct('#') || p.IsPunct('/') || p.IsPunct('-') ||
         p.IsPunct('.');
}

bool IsJoiner(const Token& p) { return p.IsPunct('/') || p.IsPunct('-') || p.IsPunct(':'); }

// The word before token i, skipping "." ":" "#" (as in "No. 123", "VA: 88").
size_t WordBefore(const Tokens& t, size_t i) {
  size_t j = t.Prev(i);
  while (j != kNoToken && (t[j].IsPunct('.') || t[j].IsPunct(':') || t[j].IsPunct('#'))) j = t.Prev(j);
  return j != kNoToken && t[j].IsWord() ? j : kNoToken;
}

bool NearTime(const Tokens& t, size_t n) {
  const size_t before = WordBefore(t, n);
  if (before != kNoToken && lexicon::IsTimeWord(t[before].lower)) return true;
  const size_t after = t.Next(n);
  if (after == kNoToken) return false;
  if (t[after].IsWord() && lexicon::IsTimeWord(t[after].lower)) return true;
  // A range of times: "08.00-20.00", "08.00 – 20.00", "08.00 s.d. 20.00".
  if (t[after].IsPunct('-') || t[after].lower == "\u2013") {
    const size_t other = t.Next(after);
    return other != kNoToken && t[other].IsNumber() && IsTimeShape(t[other].lower);
  }
  return false;
}

}  // namespace

bool FollowedByPercent(const Tokens& t, size_t last) {
  const size_t j = t.Next(last);
  if (j == kNoToken) return false;
  return t[j].IsPunct('%') || (t[j].IsWord() && lexicon::IsPercentWord(t[j].lower));
}

bool LooksLikeNonMoney(const Tokens& t, size_t n, size_t last) {
  const Token& num = t[n];
  if (n > 0 && t.Touch(n - 1, n) && IsGlueBefore(t[n - 1])) return true;
  if (last + 1 < t.size() && t.Touch(last, last + 1)) {
    const Token& a = t[last + 1];
    if (a.IsWord() || a.IsNumber() || a.IsPunct('%')) return true;
    if (IsJoiner(a) && last + 2 < t.size() && t.Touch(last + 1, last + 2) &&
        (t[last + 2].IsNumber() || t[last + 2].IsWord())) {
      return true;
    }
  }
  const std::string_view s = num.lower;
  if (num.IsPlainNumber() && ((s.size() >= 2 && s[0] == '0') || s.size() > 12)) return true;
  if (IsDottedDateShape(s) || (IsTimeShape(s) && NearTime(t, n))) return true;
  const size_t before = WordBefore(t, n);
  if (before != kNoToken) {
    const std::string_view w = t[before].lower;
    if (lexicon::IsReferenceWord(w) || lexicon::IsTimeWord(w) || lexicon::IsVersionWord(w)) return true;
  }
  const size_t after = t.Next(last);
  if (after != kNoToken && t[after].IsWord() && lexicon::IsCountNoun(t[after].lower)) return true;
  return FollowedByPercent(t, last);
}

}  // namespace santun
