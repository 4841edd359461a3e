#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.h"
#include "text/span.h"

namespace santun {

/// One lexical unit of a message as the extractors see it. Tokens cover the
/// text exactly and in order, so a run of tokens maps to one original span.
struct Token {
  enum class Kind : uint8_t {
    kWord,    // letters of any script with inner apostrophes: "Jum'at", "Rp"
    kNumber,  // ASCII digits with inner runs of '.' and ',': "1.500.000,00", "1..5"
    kSpace,   // white space, including no-break and thin spaces
    kPunct,   // any other single code point: "$", "/", "%", "–"
  };
  Kind kind = Kind::kPunct;
  Span span;
  std::string lower;     // the token's bytes with ASCII letters lower-cased
  bool newline = false;  // kSpace only: the space contains a line break

  bool IsWord() const { return kind == Kind::kWord; }
  bool IsNumber() const { return kind == Kind::kNumber; }
  bool IsSpace() const { return kind == Kind::kSpace; }
  bool IsWord(std::string_view w) const { return kind == Kind::kWord && ascii::SameWord(lower, w); }
  bool IsPunct(char c) const { return kind == Kind::kPunct && lower.size() == 1 && lower[0] == c; }
  /// Returns true for a number made of digits only ("2026", not "1.500").
  bool IsPlainNumber() const;
};

inline constexpr size_t kNoToken = static_cast<size_t>(-1);

/// A tokenized text with navigation helpers. Indexes past either end are
/// reported as kNoToken, never dereferenced.
class Tokens {
 public:
  /// Splits `text` (valid UTF-8; a stray invalid byte becomes a kPunct token)
  /// into tokens. The text must outlive the object.
  explicit Tokens(std::string_view text);

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  std::string_view text() const { return text_; }

  /// Returns the token after `i`, skipping one space token unless it holds a
  /// line break (with `cross_lines`, any space), or kNoToken.
  size_t Next(size_t i, bool cross_lines = false) const;
  /// Returns the token before `i` with the same rule as Next, or kNoToken.
  size_t Prev(size_t i, bool cross_lines = false) const;
  /// Returns true when token b starts exactly where token a ends.
  bool Touch(size_t a, size_t b) const;
  /// Returns the original span from the start of token a to the end of b.
  Span SpanOf(size_t a, size_t b) const { return {tokens_[a].span.begin, tokens_[b].span.end}; }
  /// Returns the original bytes of token i.
  std::string_view Bytes(size_t i) const;

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
};

}  // namespace santun
