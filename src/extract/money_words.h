#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "extract/tokens.h"

namespace santun {

/// A currency written before or after an amount.
struct CurrencyMark {
  std::string currency;  // ISO 4217 code: "IDR", "USD", "KES", …
  size_t first = 0;      // first token of the mark
  size_t last = 0;       // last token of the mark (inclusive)
  size_t value = 0;      // prefixes: the token where the value starts
};

/// Returns the currency prefix that starts at token i: "Rp", "Rp.", "Rp:",
/// "KES", "€", "Sh2560" (short marks only glued, extract/currency.h),
/// "IDR", "USD", "US$" or "$" (not glued to a word before it: "S$"), followed
/// on the same line by the token where the value starts.
std::optional<CurrencyMark> CurrencyPrefixAt(const Tokens& t, size_t i);

/// Returns the currency word that follows token `last` on the same line:
/// "rupiah", "dollars", "dolar", "IDR", "USD", "Rp", "US dollars". A code
/// that is itself followed by a number ("… IDR 500") is left to that number.
std::optional<CurrencyMark> CurrencySuffixAfter(const Tokens& t, size_t last);

/// A multiplier word after a number: "rb", "ribu", "jt", "juta", "M",
/// "miliar", "T", "triliun", "k", "thousand", "million", "bn", …
struct Multiplier {
  enum class Kind {
    kIndonesian,  // rb, ribu, jt, juta, miliar, milyar, triliun: money in IDR by itself
    kK,           // k, K: money by itself only when glued to the number ("750k")
    kEnglish,     // thousand, million, billion, trillion: money only with a currency or cue
    kLetter,      // M, T, B, bn, mn: money only with a currency
  };
  Kind kind = Kind::kIndonesian;
  int64_t idr_factor = 1;  // factor when the amount is in rupiah ("Rp 2 M" = 2 miliar)
  int64_t usd_factor = 1;  // factor when in dollars ("$2M" = 2 million)
  size_t token = 0;
  bool glued = false;  // touches the number
};

/// Returns the multiplier word right after number token n (glued or after
/// one space on the same line).
std::optional<Multiplier> MultiplierAfter(const Tokens& t, size_t n);

/// How strongly the words before a number say that it is money.
enum class MoneyCue {
  kNone,
  kWeak,    // "tagihan", "total", "jumlah", "sisa", "amount", "balance", "due" … within 3 words
  kStrong,  // "sebesar", "senilai", "sejumlah", "balance of", "amount of", "owe" right before
};

/// Returns the money cue before token `first` in its line and clause.
MoneyCue MoneyCueBefore(const Tokens& t, size_t first);

}  // namespace santun
