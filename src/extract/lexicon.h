#pragma once

#include <string_view>

namespace santun::lexicon {

/// Word lists shared by the extractors. Every function takes a word in ASCII
/// lower case (Token::lower) and matches whole words only.

/// Returns true for nouns that make a number a count, not money or a date:
/// "3 bulan", "2 kali", "3/12 angsuran", "12 installments".
bool IsCountNoun(std::string_view w);

/// Returns true for words that mark a clock time: "pukul", "jam", "wib",
/// "am", "pm".
bool IsTimeWord(std::string_view w);

/// Returns true for words that introduce an identifier rather than a value:
/// "no", "nomor", "invoice", "va", "ref", "kontrak", "nik".
bool IsReferenceWord(std::string_view w);

/// Returns true for "persen", "percent" and their abbreviations.
bool IsPercentWord(std::string_view w);

/// Returns true for words that introduce a version number: "versi", "v".
bool IsVersionWord(std::string_view w);

}  // namespace santun::lexicon
