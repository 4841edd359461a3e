#include "text/scopes.h"

#include <algorithm>
#include <array>

#include "text/ascii.h"

namespace santun {
namespace {

template <typename Words>
bool IsOneOf(std::string_view w, const Words& words) {
  return std::any_of(words.begin(), words.end(), [w](std::string_view x) { return ascii::SameWord(x, w); });
}

// clang-format off
constexpr auto kNegators = std::to_array<std::string_view>({
    "tidak", "tak", "bukan", "belum", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "gk", "ndak",
    "dilarang", "not", "never", "won't", "wont", "don't", "dont", "cannot", "can't", "didn't",
    "doesn't", "isn't", "wouldn't", "prohibited", "forbidden"});
// clang-format on

// Words that make a comma-separated clause an item of an either-or list,
// which a negation before the list covers: "kami tidak akan menyebarkan data
// Anda, menghubungi keluarga, atau mendatangi kantor Anda".
// clang-format off
constexpr auto kDisjunctions = std::to_array<std::string_view>({
    "atau", "ataupun", "maupun", "or", "nor"});
// clang-format on

// An item that starts with a subject, or holds a modal or a condition, is a
// clause of its own ("…, atau kami datangi rumahmu", "don't ignore this, or
// legal action will follow"): a consequence, not a list item, and the
// negation stops there.
// clang-format off
constexpr auto kSubjects = std::to_array<std::string_view>({
    "kami", "saya", "aku", "gue", "gua", "gw", "kita", "anda", "kamu", "kau", "lu", "lo", "elu",
    "dia", "mereka", "kalian", "we", "i", "you", "he", "she", "they", "it", "else", "we'll",
    "you'll", "i'll", "they'll", "we're", "you're", "otherwise"});
constexpr auto kModals = std::to_array<std::string_view>({
    "akan", "bakal", "bakalan", "harus", "pasti", "maka", "nanti", "will", "shall", "would",
    "must", "then", "gonna"});
constexpr auto kCoordinators = std::to_array<std::string_view>({
    "atau", "ataupun", "maupun", "dan", "serta", "or", "nor", "and"});
// clang-format on

// clang-format off
constexpr auto kConditionals = std::to_array<std::string_view>({
    "jika", "kalau", "kalo", "klo", "bila", "apabila", "asal", "asalkan", "kecuali",
    "seandainya", "if", "unless", "until", "provided"});
// clang-format on

// The conditionals that make a clause a condition rather than an ask
// ("kalau tidak bayar, …"); "until" and "asal" set terms of the ask.
// clang-format off
constexpr auto kConditions = std::to_array<std::string_view>({
    "jika", "kalau", "kalo", "klo", "bila", "apabila", "seandainya", "kecuali", "if", "unless"});
// clang-format on

// clang-format off
constexpr auto kClauseConjunctions = std::to_array<std::string_view>({
    "tapi", "tetapi", "namun", "melainkan", "sedangkan", "padahal", "but", "however", "although",
    "whereas"});
// clang-format on

// Abbreviations whose period does not end a sentence.
// clang-format off
constexpr auto kAbbreviations = std::to_array<std::string_view>({
    "yth", "bpk", "bp", "sdr", "sdri", "no", "jl", "jln", "dr", "mr", "mrs", "ms",
    "pt", "tbk", "tgl", "rp", "rs", "st", "kec", "kel", "rek", "etc"});
// clang-format on

std::string_view WordBefore(std::string_view text, uint32_t end) {
  uint32_t b = end;
  while (b > 0 && ascii::IsLower(text[b - 1])) --b;
  return text.substr(b, end - b);
}

// Adds [b, e) unless it holds only whitespace.
void Push(std::vector<Span>& spans, std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i) {
    if (!ascii::IsSpace(text[i])) {
      spans.push_back({b, e});
      return;
    }
  }
}

// A hard-wrapped line of a letter: long (a wrap width, not a salutation or
// a field), ending in a word or a comma, and continued by a word on the next
// line ("… a court judgment entered against you\nin Harbor County Court, …").
// Its line break does not end the sentence.
bool IsWrappedLine(std::string_view text, uint32_t line_start, uint32_t newline) {
  constexpr uint32_t kWrapWidth = 50;
  if (newline - line_start < kWrapWidth || newline + 1 >= text.size()) return false;
  uint32_t last = newline;
  while (last > line_start && (text[last - 1] == ' ' || text[last - 1] == '\r')) --last;
  if (last == line_start) return false;
  const char end = text[last - 1];
  return (ascii::IsLower(end) || end == ',') && ascii::IsLower(text[newline + 1]);
}

}  // namespace

Scopes::Scopes(std::string_view normalized) : text_(normalized) {
  const auto n = static_cast<uint32_t>(text_.size());
  // Sentences end after [.!?]+ followed by a space or the end, unless the
  // period closes an abbreviation, and at every line break.
  uint32_t start = 0, line_start = 0;
  for (uint32_t i = 0; i < n; ++i) {
    char c = text_[i];
    if (c == '\n') {
      const bool wrapped = IsWrappedLine(text_, line_start, i);
      line_start = i + 1;
      if (wrapped) continue;
      Push(sentences_, text_, start, i + 1);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    uint32_t j = i;
    while (j + 1 < n && (text_[j + 1] == '.' || text_[j + 1] == '!' || text_[j + 1] == '?')) ++j;
    if (j + 1 < n && !ascii::IsSpace(text_[j + 1])) {
      i = j;
      continue;
    }
    if (c == '.' && j == i && IsOneOf(WordBefore(text_, i), kAbbreviations)) continue;
    Push(sentences_, text_, start, j + 1);
    start = j + 1;
    i = j;
  }
  Push(sentences_, text_, start, n);

  // Clauses: sentences split further at , ; : (not inside numbers) and
  // before contrastive conjunctions.
  for (const Span& s : sentences_) {
    uint32_t cstart = s.begin;
    for (uint32_t i = s.begin; i < s.end; ++i) {
      char c = text_[i];
      bool split_after = false, split_before = false;
      if (c == ',' || c == ';' || c == ':') {
        bool in_number = i > 0 && i + 1 < n && ascii::IsDigit(text_[i - 1]) && ascii::IsDigit(text_[i + 1]);
        split_after = !in_number;
      } else if (ascii::IsLower(c) && (i == 0 || !ascii::IsLower(text_[i - 1]))) {
        uint32_t j = i;
        while (j < s.end && ascii::IsLower(text_[j])) ++j;
        split_before = IsOneOf(text_.substr(i, j - i), kClauseConjunctions);
      }
      if (split_after) {
        Push(clauses_, text_, cstart, i + 1);
        cstart = i + 1;
      } else if (split_before) {
        Push(clauses_, text_, cstart, i);
        cstart = i;
      }
    }
    Push(clauses_, text_, cstart, s.end);
  }

  // Double quotes pair up in order within a paragraph.
  uint32_t open = n;
  for (uint32_t i = 0; i < n; ++i) {
    if (text_[i] == '\n' && i + 1 < n && text_[i + 1] == '\n') open = n;
    if (text_[i] != '"') continue;
    if (open == n) {
      open = i;
    } else {
      quotes_.push_back({open, i + 1});
      open = n;
    }
  }
}

Span Scopes::Find(const std::vector<Span>& spans, uint32_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](uint32_t p, const Span& s) { return p < s.end; });
  if (it == spans.end()) return spans.empty() ? Span{} : spans.back();
  return *it;
}

bool Scopes::InQuotes(uint32_t pos) const {
  // Quotes are sorted and disjoint: only the first that ends after `pos` can hold it.
  auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos, [](uint32_t p, const Span& q) { return p < q.end; });
  return it != quotes_.end() && it->begin < pos;
}

const Scopes::WordIndex& Scopes::Words() const {
  if (words_) return *words_;
  WordIndex& index = words_.emplace();
  index.negators_before.push_back(0);
  index.conditions_before.push_back(0);
  std::vector<ClauseShape> shapes;
  shapes.reserve(clauses_.size());
  for (const Span& c : clauses_) {
    ClauseShape& shape = shapes.emplace_back();
    bool first = true;
    ForEachWord(text_, c, [&](Span w) {
      const std::string_view word = text_.substr(w.begin, w.size());
      index.words.push_back(w);
      const bool negator = IsOneOf(word, kNegators), condition = IsOneOf(word, kConditions);
      index.negators_before.push_back(index.negators_before.back() + (negator ? 1 : 0));
      index.conditions_before.push_back(index.conditions_before.back() + (condition ? 1 : 0));
      shape.negated |= negator;
      shape.condition |= condition;
      shape.modal |= IsOneOf(word, kModals);
      shape.disjunctive |= IsOneOf(word, kDisjunctions);
      if (first && !IsOneOf(word, kCoordinators)) {
        shape.subject_first = IsOneOf(word, kSubjects);
        first = false;
      }
    });
    uint32_t last = c.end;
    while (last > c.begin && ascii::IsSpace(text_[last - 1])) --last;
    shape.comma_after = last > c.begin && text_[last - 1] == ',';
  }
  MarkNegatedLists(shapes, &index.in_negated_list);
  // "even if" concedes, it sets no condition: "even if that were the case,
  // we will not sue you" is still a promise not to sue.
  for (const Span& s : sentences_) {
    bool conditional = false;
    std::string_view previous;
    ForEachWord(text_, s, [&](Span w) {
      const std::string_view word = text_.substr(w.begin, w.size());
      conditional |= IsOneOf(word, kConditionals) && !(word == "if" && previous == "even");
      previous = word;
    });
    index.conditional.push_back(conditional);
  }
  return index;
}

void Scopes::MarkNegatedLists(const std::vector<ClauseShape>& shapes, std::vector<bool>* marks) const {
  const size_t n = shapes.size();
  marks->assign(n, false);
  auto joined = [&](size_t k) {  // clause k runs on into clause k + 1 after a comma
    return k + 1 < n && shapes[k].comma_after && SentenceAt(clauses_[k].begin) == SentenceAt(clauses_[k + 1].begin);
  };
  // Whether an "or" comes at clause k or later in its comma-joined run.
  std::vector<bool> reaches_or(n, false);
  for (size_t k = n; k-- > 0;) reaches_or[k] = shapes[k].disjunctive || (joined(k) && reaches_or[k + 1]);
  for (size_t k = 1; k < n; ++k) {
    const ClauseShape& before = shapes[k - 1];
    const ClauseShape& item = shapes[k];
    (*marks)[k] = joined(k - 1) && (before.negated || (*marks)[k - 1]) && !before.condition && !item.subject_first &&
                  !item.modal && !item.condition && reaches_or[k];
  }
}

bool Scopes::InNegatedList(uint32_t pos) const {
  if (clauses_.empty()) return false;
  auto it =
      std::upper_bound(clauses_.begin(), clauses_.end(), pos, [](uint32_t p, const Span& s) { return p < s.end; });
  const size_t k = it == clauses_.end() ? clauses_.size() - 1 : static_cast<size_t>(it - clauses_.begin());
  return Words().in_negated_list[k];
}

template <typename List>
bool Scopes::HasWordBefore(uint32_t pos, const std::vector<uint32_t>& before, const List& list) const {
  // The words of text[clause.begin, limit): the clause's whole words that end
  // by `limit` (counted with the prefix sums), and the one cut at `limit`.
  const Span clause = ClauseAt(pos);
  const uint32_t limit = std::min(pos, clause.end);
  if (limit <= clause.begin) return false;
  const auto& words = Words().words;
  const auto first =
      std::lower_bound(words.begin(), words.end(), clause.begin, [](const Span& w, uint32_t p) { return w.begin < p; });
  const auto last = std::upper_bound(first, words.end(), limit, [](uint32_t p, const Span& w) { return p < w.end; });
  if (before[static_cast<size_t>(last - words.begin())] > before[static_cast<size_t>(first - words.begin())]) {
    return true;
  }
  bool found = false;
  if (last != words.end() && last->begin < limit) {
    ForEachWord(text_, Span{last->begin, limit},
                [&](Span w) { found |= IsOneOf(text_.substr(w.begin, w.size()), list); });
  }
  return found;
}

bool Scopes::HasNegatorBefore(uint32_t pos) const {
  return HasWordBefore(pos, Words().negators_before, kNegators) || InNegatedList(pos);
}

bool Scopes::HasConditionalBefore(uint32_t pos) const {
  return HasWordBefore(pos, Words().conditions_before, kConditions);
}

bool Scopes::IsNegated(uint32_t pos) const {
  if (!HasNegatorBefore(pos)) return false;
  if (sentences_.empty()) return true;
  auto it =
      std::upper_bound(sentences_.begin(), sentences_.end(), pos, [](uint32_t p, const Span& s) { return p < s.end; });
  const size_t sentence = it == sentences_.end() ? sentences_.size() - 1 : static_cast<size_t>(it - sentences_.begin());
  return !Words().conditional[sentence];
}

}  // namespace santun
