#include "extract/pii/context.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/pii/bank_account.h"
#include "extract/pii/label_lexicon.h"
#include "extract/pii/virtual_account.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

constexpr uint32_t kMaxWordsBetween = 4;
constexpr uint32_t kWindowBytes = 48;

struct Word {
  Span span;
  std::string text;  // lower-case
  bool capitals = false;
};

std::string_view LastWord(std::string_view phrase) {
  const size_t space = phrase.rfind(' ');
  return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

// Every word of every label phrase: a glued "nya"/"mu"/"ku" is dropped only
// after one of them.
const std::unordered_set<std::string_view>& LexiconWords() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> out;
    auto add = [&](std::string_view phrase) {
      size_t i = 0;
      while (i <= phrase.size()) {
        size_t j = phrase.find(' ', i);
        if (j == std::string_view::npos) j = phrase.size();
        out.insert(phrase.substr(i, j - i));
        i = j + 1;
      }
    };
    for (const LabelEntry& e : LabelLexicon()) add(e.phrase);
    for (std::string_view p : VirtualAccountLabels()) add(p);
    return out;
  }();
  return words;
}

bool InLexicon(std::string_view w) { return LexiconWords().contains(w); }

// A label phrase that may end at a word; `entry` is null for a
// virtual-account label.
struct Candidate {
  const LabelEntry* entry = nullptr;
  std::string_view phrase;
};

// Label phrases by their last word, in lexicon order (ties between phrases of
// the same length go to the first): every value looks back over a few words,
// and comparing each with the whole lexicon was a fifth of linting time.
const std::vector<Candidate>* CandidatesEndingWith(std::string_view word) {
  static const std::unordered_map<std::string_view, std::vector<Candidate>> index = [] {
    std::unordered_map<std::string_view, std::vector<Candidate>> out;
    for (const LabelEntry& e : LabelLexicon()) out[LastWord(e.phrase)].push_back({&e, e.phrase});
    for (std::string_view p : VirtualAccountLabels()) out[LastWord(p)].push_back({nullptr, p});
    return out;
  }();
  auto it = index.find(word);
  return it == index.end() ? nullptr : &it->second;
}

// Splits text[b, e) into lower-case words, dropping affixes: "-nya"/"-mu"/
// "-ku" after a hyphen, a glued "nya"/"mu"/"ku" when the rest is a label
// word, and "ke-" before a hyphen.
std::vector<Word> Words(std::string_view text, uint32_t b, uint32_t e) {
  std::vector<Word> words;
  uint32_t i = b;
  while (i < e) {
    if (!ascii::IsAlnum(text[i])) {
      ++i;
      continue;
    }
    uint32_t j = i;
    bool capitals = true;
    std::string w;
    while (j < e && ascii::IsAlnum(text[j])) {
      if (text[j] >= 'a' && text[j] <= 'z') capitals = false;
      w.push_back(ascii::ToLower(text[j]));
      ++j;
    }
    const bool after_hyphen = i > b && text[i - 1] == '-';
    const bool before_hyphen = j < e && text[j] == '-';
    if (after_hyphen && (w == "nya" || w == "mu" || w == "ku")) {
      i = j;
      continue;
    }
    if (before_hyphen && w == "ke") {
      i = j;
      continue;
    }
    for (std::string_view suffix : {"nya", "mu", "ku"}) {
      if (w.size() > suffix.size() + 1 && w.ends_with(suffix) &&
          InLexicon(std::string_view(w).substr(0, w.size() - suffix.size()))) {
        w.resize(w.size() - suffix.size());
        break;
      }
    }
    words.push_back({Span{i, j}, std::move(w), capitals});
    i = j;
  }
  return words;
}

// Returns the number of words of `phrase` when it matches the words ending
// at index `last`, or 0.
size_t MatchEnding(std::string_view phrase, const std::vector<Word>& words, size_t last, bool capitals) {
  size_t n = 0;
  size_t end = phrase.size();  // the words of a phrase are never empty
  size_t k = last + 1;
  while (true) {
    size_t begin = phrase.rfind(' ', end - 1);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    if (k == 0) return 0;
    --k;
    if (words[k].text != phrase.substr(begin, end - begin)) return 0;
    if (capitals && !words[k].capitals) return 0;
    ++n;
    if (begin == 0) return n;
    end = begin - 1;
  }
}

struct Hit {
  const LabelEntry* entry = nullptr;
  LabelRole role = LabelRole::kIdentifier;
  uint32_t types = 0;
  std::string_view phrase;
  size_t first = 0;
  size_t last = 0;
};

// Returns the best label ending exactly at word `last`: the longest phrase.
Hit BestEndingAt(const std::vector<Word>& words, size_t last, bool weak) {
  Hit best;
  size_t best_len = 0;
  if (const std::vector<Candidate>* candidates = CandidatesEndingWith(words[last].text)) {
    for (const Candidate& c : *candidates) {
      if (c.entry != nullptr) {
        if (c.entry->weak != weak) continue;
        size_t n = MatchEnding(c.phrase, words, last, c.entry->capitals);
        if (n > best_len) {
          best_len = n;
          best = {c.entry, c.entry->role, c.entry->types, c.phrase, last + 1 - n, last};
        }
      }
    }
    if (!weak) {
      for (const Candidate& c : *candidates) {
        if (c.entry != nullptr) continue;
        size_t n = MatchEnding(c.phrase, words, last, false);
        if (n > best_len) {
          best_len = n;
          best = {nullptr, LabelRole::kVirtualAccount, 0, c.phrase, last + 1 - n, last};
        }
      }
    }
  }
  if (weak) {
    if (const BankInfo* bank = FindBank(words[last].text)) {
      best = {nullptr, LabelRole::kIdentifier, Bit(PiiType::kBankAccount), bank->name, last, last};
      best_len = 1;
    }
  }
  if (best_len == 0) best.phrase = {};
  return best;
}

bool IsCompanyCue(std::string_view w) {
  for (std::string_view c : CompanyCues()) {
    if (c == w) return true;
  }
  return false;
}

}  // namespace

uint32_t LabelWindowBegin(std::string_view text, uint32_t floor, uint32_t value_begin) {
  uint32_t b = value_begin > kWindowBytes ? value_begin - kWindowBytes : 0;
  if (b < floor) b = floor;
  for (uint32_t i = value_begin; i > b; --i) {
    char c = text[i - 1];
    if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';') return i;
  }
  return b;
}

ContextLabel FindLabelBefore(std::string_view text, uint32_t window_begin, uint32_t value_begin) {
  ContextLabel label;
  const std::vector<Word> words = Words(text, window_begin, value_begin);
  if (words.empty()) return label;
  for (size_t k = words.size(); k-- > 0;) {
    if (const BankInfo* bank = FindBank(words[k].text)) {
      label.bank = bank->name;
      break;
    }
  }
  Hit hit;
  for (bool weak : {false, true}) {
    const size_t stop = words.size() > kMaxWordsBetween + 1 ? words.size() - kMaxWordsBetween - 1 : 0;
    for (size_t last = words.size(); last-- > stop;) {
      hit = BestEndingAt(words, last, weak);
      if (!hit.phrase.empty()) break;
    }
    if (!hit.phrase.empty()) break;
  }
  size_t cues_from = words.size() > 2 ? words.size() - 2 : 0;
  if (!hit.phrase.empty()) {
    label.span = Span{words[hit.first].span.begin, words[hit.last].span.end};
    label.role = hit.role;
    label.types = hit.types;
    label.phrase = hit.phrase;
    cues_from = hit.last + 1;
  }
  for (size_t k = cues_from; k < words.size(); ++k) {
    if (IsCompanyCue(words[k].text)) label.company = true;
  }
  return label;
}

ContextLabel LabelForGluedWord(std::string_view word) {
  ContextLabel label;
  std::vector<Word> words = Words(word, 0, static_cast<uint32_t>(word.size()));
  if (words.size() != 1) return label;
  Hit hit = BestEndingAt(words, 0, false);
  if (hit.phrase.empty()) return label;
  label.span = words[0].span;
  label.role = hit.role;
  label.types = hit.types;
  label.phrase = hit.phrase;
  return label;
}

bool HasAccountHolderAfter(std::string_view text, uint32_t value_end) {
  size_t i = value_end;
  int skipped = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '(') && skipped < 3) {
    ++i;
    ++skipped;
  }
  std::string rest;
  for (size_t k = i; k < text.size() && rest.size() < 9; ++k) rest.push_back(ascii::ToLower(text[k]));
  for (std::string_view marker : {"a.n.", "a.n ", "a/n", "an.", "atas nama"}) {
    if (rest.starts_with(marker)) return true;
  }
  return false;
}

}  // namespace santun::pii
