#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// Sentence, clause and quotation scopes of a normalized text (spans are
/// normalized offsets). Rules use them for exceptions ("in the same
/// sentence"), negation ("in the same clause") and quoted speech.
class Scopes {
 public:
  /// Splits `normalized` (lower-case output of Normalize) into scopes. The
  /// text must outlive the Scopes object.
  explicit Scopes(std::string_view normalized);

  /// Returns the sentence that contains normalized offset `pos`.
  Span SentenceAt(uint32_t pos) const { return Find(sentences_, pos); }
  /// Returns the clause that contains normalized offset `pos`.
  Span ClauseAt(uint32_t pos) const { return Find(clauses_, pos); }
  /// Returns true when `pos` lies between a pair of double quotes.
  bool InQuotes(uint32_t pos) const;

  /// Returns true when the hit starting at `pos` is negated: a negator
  /// (tidak, tak, bukan, belum, dilarang, not, never, won't, …) stands before
  /// it in its clause or starts the either-or list it is an item of, and its sentence is not conditional (jika, kalau,
  /// if, unless, …), since "we won't call your boss if you pay" is still a threat.
  bool IsNegated(uint32_t pos) const;
  /// Returns true when a negator stands before `pos` in its clause, or `pos`
  /// is in a later item of an either-or list that a negation starts ("we
  /// will not call your employer, your family, or your neighbors"), whether
  /// or not the sentence is conditional (for callers that decide which
  /// conditions keep a threat, such as the third-party check).
  bool HasNegatorBefore(uint32_t pos) const;
  /// Returns true when a condition word (jika, kalau, if, unless, …; not
  /// "until", which sets a deadline) stands before `pos` in its clause: "kalau tidak bayar, …" names a condition,
  /// it does not ask for payment.
  bool HasConditionalBefore(uint32_t pos) const;

  const std::vector<Span>& sentences() const { return sentences_; }
  const std::vector<Span>& clauses() const { return clauses_; }
  const std::vector<Span>& quotes() const { return quotes_; }

 private:
  static Span Find(const std::vector<Span>& spans, uint32_t pos);

  // The words of every clause and which sentences are conditional, built on
  // the first negation query: each query is then a binary search, not a
  // scan of its clause (a long clause with many hits was quadratic).
  struct WordIndex {
    std::vector<Span> words;                  // sorted
    std::vector<uint32_t> negators_before;    // negators among words[0, i)
    std::vector<uint32_t> conditions_before;  // condition words among words[0, i)
    std::vector<bool> conditional;            // per sentence
    std::vector<bool> in_negated_list;        // per clause
  };
  // What decides whether a clause continues a negated list.
  struct ClauseShape {
    bool negated = false;        // holds a negator
    bool condition = false;      // holds a condition word
    bool modal = false;          // holds a modal ("akan", "will"): a consequence
    bool disjunctive = false;    // holds "atau", "or", "nor"
    bool subject_first = false;  // its first word (after "and"/"or") is a subject
    bool comma_after = false;    // ends with a comma
  };
  void MarkNegatedLists(const std::vector<ClauseShape>& shapes, std::vector<bool>* marks) const;
  // Whether the clause of `pos` is an item of a negated either-or list.
  bool InNegatedList(uint32_t pos) const;
  const WordIndex& Words() const;
  // Whether a word of `words` stands in pos's clause before pos (`before`:
  // the prefix counts of those words in WordIndex).
  template <typename List>
  bool HasWordBefore(uint32_t pos, const std::vector<uint32_t>& before, const List& list) const;

  std::string_view text_;
  std::vector<Span> sentences_;
  std::vector<Span> clauses_;
  std::vector<Span> quotes_;
  mutable std::optional<WordIndex> words_;  // a Scopes is used by one thread
};

/// Calls f(word_span) for every word of text[range] (letters, digits and
/// inner apostrophes).
template <typename F>
void ForEachWord(std::string_view text, Span range, F&& f) {
  auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  };
  uint32_t i = range.begin;
  while (i < range.end) {
    if (!is_word(text[i])) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < range.end &&
           (is_word(text[j]) || (text[j] == '\'' && j + 1 < range.end && is_word(text[j + 1]) && j > i))) {
      ++j;
    }
    f(Span{i, j});
    i = j;
  }
}

}  // namespace santun
