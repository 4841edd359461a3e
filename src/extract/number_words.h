#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "extract/tokens.h"

namespace santun {

/// A number written in words: "dua ratus lima puluh ribu", "sejuta",
/// "satu setengah juta", "one thousand two hundred and fifty",
/// "twenty-five".
struct NumberWords {
  size_t first = 0;  // first token
  size_t last = 0;   // last token (inclusive)
  int64_t value = 0;
  bool has_scale = false;   // contains ribu/juta/miliar/triliun or thousand/million/…
  bool indonesian = false;  // read with the Indonesian vocabulary
};

/// Reads the longest well-formed number in words that starts at token
/// `first`, in Indonesian or in English (never a mix); words are separated
/// by single spaces on one line (or hyphens in English "twenty-five").
/// Returns nullopt when token `first` does not start one. "setengah" (half)
/// counts only before a scale word ("setengah juta" = 500000); "a"/"an" only
/// before "hundred" or a scale word ("a thousand").
std::optional<NumberWords> ReadNumberWords(const Tokens& tokens, size_t first);

/// Returns the value of a single Indonesian or English number word from 1 to
/// 99 ("tiga", "sepuluh", "twelve"), or 0.
int SmallNumberWord(std::string_view lower);

}  // namespace santun
