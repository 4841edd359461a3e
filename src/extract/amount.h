#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokens.h"
#include "text/span.h"

namespace santun {

/// A mention of money in a message.
struct Amount {
  Span span;               // the whole mention, e.g. "Rp 1.500.000,-" or "satu juta rupiah"
  std::string currency;    // ISO 4217 code: "IDR", "USD", "KES", …
  int64_t minor = 0;       // value in minor units (sen/cents): Rp 1.500.000 -> 150000000
  bool malformed = false;  // e.g. "Rp 1.500.00" (bad digit grouping), "Rp 1..500"
  std::string problem;     // why it is malformed (English, lower case), else ""
};

/// Returns the money mentioned in `text` (the original message, valid
/// UTF-8), in text order, without overlaps. `lang` ("id" or "en") picks the
/// decimal separator (',' in "id", '.' in "en") where a numeral is
/// ambiguous and the currency of a bare number next to a money cue.
///
/// A number is money when it has:
/// - a currency before or after it: "Rp", "Rp.", "IDR", "US$", "USD", "$",
///   "rupiah", "dollars" ("Rp 1.500.000,-", "$1,240.50", "1,250 dollars");
/// - or an Indonesian multiplier, which implies IDR: "750rb", "1,5jt",
///   "2 juta", "750 ribu", "2 miliar"; or "k" glued to it ("750k", currency
///   by `lang`). "M", "T", "B", "bn" count only with a currency ("Rp 2 M" is
///   2 miliar, "$2M" 2 million); "thousand"/"million" need a currency or cue;
/// - or, written in words, an Indonesian scale word or a currency:
///   "sejuta", "seratus ribu", "dua ratus lima puluh ribu rupiah",
///   "two thousand dollars";
/// - or a money cue before it (the currency is then IDR for "id", USD for
///   "en"): right after "sebesar", "senilai", "sejumlah", "balance of",
///   "amount of", "owe" any numeral counts ("sebesar 1500000"); within three
///   words after "tagihan", "total", "jumlah", "sisa", "amount", "balance",
///   "due", … only a numeral with separators counts ("tagihan Anda
///   1.500.000", but not "tagihan 2024001", an invoice number).
/// A bare number without any of these ("1.500.000" alone) is not money.
/// Numbers that read as something else are never money without a currency:
/// percentages, dates, clock times, phone numbers, reference numbers, NIK-
/// like runs, counts ("3 bulan", "3/12 angsuran"); see LooksLikeNonMoney().
/// A percent after a number rules it out even with a currency.
///
/// Separators are read by ReadNumeral() (numeral.h). Malformed mentions
/// ("Rp 1.500.00", "Rp 1..500", "$1,24.50") keep minor = 0 and say why in
/// `problem`; so do values that overflow ("amount out of range"). "Rp 1 juta
/// 500 ribu" is one amount (1,500,000). Digits grouped with single spaces
/// ("Rp 1 500 000", "1 500 000 rupiah") are one number only with a currency.
std::vector<Amount> ExtractAmounts(std::string_view text, std::string_view lang);

/// The same over the tokens of the text (Facts tokenizes a message once for
/// amounts and dates).
std::vector<Amount> ExtractAmounts(const Tokens& tokens, std::string_view lang);

}  // namespace santun
