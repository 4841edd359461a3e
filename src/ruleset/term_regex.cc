#include "ruleset/term_regex.h"

#include <re2/re2.h>

#include <algorithm>

#include "text/unicode_fold.h"

namespace santun {
namespace {

std::string Fold(const std::string& s) { return FoldUnicode(s).text; }

std::vector<std::string> SplitWords(const std::string& term) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : term) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '-') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

std::string TermRegex(const std::string& term) {
  std::vector<std::string> words = SplitWords(Fold(term));
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size() && words[i] == words[i + 1]) {
      // Reduplication: "rame-rame", "rame rame", "rame2".
      std::string w = WordRegex(words[i]);
      if (!out.empty()) out += kWordGap;
      out += "(?:" + w + "[^a-z0-9]?" + w + "|" + w + "2)";
      ++i;
      continue;
    }
    if (!out.empty()) out += kWordGap;
    out += WordRegex(words[i]);
  }
  return out;
}

std::string Alternation(std::vector<std::string> items) {
  // Longer alternatives first, so the longest term wins at a position.
  std::sort(items.begin(), items.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  items.erase(std::unique(items.begin(), items.end()), items.end());
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += '|';
    out += s;
  }
  return out;
}

}  // namespace

std::string WordRegex(const std::string& word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == 'l') {
      // Leetspeak maps '1' to 'i', but writers use it for 'l' too ("bu11sh1t").
      out += "[li]+";
    } else if (c >= 'a' && c <= 'z') {
      out.push_back(c);
      out.push_back('+');
    } else if (c == '\'') {
      out += "'?";
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      // Keep multi-byte characters whole.
      size_t j = i;
      while (j + 1 < word.size() && (static_cast<unsigned char>(word[j + 1]) & 0xC0) == 0x80) ++j;
      out += RE2::QuoteMeta(word.substr(i, j - i + 1));
      i = j;
    } else {
      out += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return out;
}

std::string TermsToRegex(const std::vector<std::string>& terms, const std::vector<std::string>& prefixes,
                         const std::vector<std::string>& suffixes) {
  std::vector<std::string> bodies, pre, suf;
  for (const std::string& t : terms) bodies.push_back(TermRegex(t));
  for (const std::string& p : prefixes) pre.push_back(RE2::QuoteMeta(Fold(p)));
  for (const std::string& s : suffixes) suf.push_back(RE2::QuoteMeta(Fold(s)));
  std::string out = "(?:^|[^a-z0-9])(?P<hit>";
  if (!pre.empty()) out += "(?:" + Alternation(pre) + ")?";
  out += "(?:" + Alternation(bodies) + ")";
  if (!suf.empty()) out += "(?:" + Alternation(suf) + ")?";
  out += ")(?:[^a-z0-9]|$)";
  return out;
}

}  // namespace santun
