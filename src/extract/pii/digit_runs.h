#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/pii/context.h"
#include "text/span.h"

namespace santun::pii {

/// What a cluster of digits is. Every cluster gets exactly one kind, decided
/// in this order (first match wins, PII.md §6.2); only kCandidate clusters
/// are handed to the identifier validators.
enum class DigitRunKind : uint8_t {
  kMasked,     ///< holds a mask run: "3174********0003", "**** 1111", "xxxx-xxxx-1234"
  kClaimed,    ///< overlaps a money/date span found by another extractor
  kMoney,      ///< currency before ("Rp", "IDR", "$"), unit after ("juta", "rb", "k"), ",-",
               ///< or a thousands grouping not starting with 0 ("3.171.011.708")
  kPercent,    ///< "%", "persen", "percent" after
  kDate,       ///< d/m/y in either order with a real day and month, y-m-d, month/year,
               ///< or a day or year next to a month name ("17 Agustus 1991")
  kTime,       ///< "08.00", "13:45:10", "08.00-20.00", after "pukul"/"jam", before "WIB"/"PM"
  kFraction,   ///< "3/12", "ke-3", "3 dari 12", "2x", "1st", "24 jam": counts, ordinals, durations
  kReference,  ///< a document, VA or payment-code number by its label ("No. Invoice",
               ///< "nomor kontrak", "VA", "BRIVA", "kode bayar", "ref"), or glued to
               ///< letters ("INV/2026/000123", "ORD4111…", GUID fragments, e-mail local parts),
               ///< or numbered with '#' ("#4111…") without an identifier label
  kCandidate,  ///< anything else: a possible identifier
};

/// Returns "masked", "claimed", "money", "percent", "date", "time",
/// "fraction", "reference" or "candidate".
const char* DigitRunKindName(DigitRunKind kind);

/// One cluster of digits in the original text.
struct DigitRun {
  /// From a leading '+' or '(' (or the first mask character) to the last
  /// digit or mask character, or the ')' that closes a group.
  Span span;
  std::string digits;           ///< the digits only, in order
  std::vector<uint8_t> groups;  ///< characters per group (digits and mask characters)
  std::string separators;       ///< one per joiner: ' ', '-', '.', '/', ',' (a joiner
                                ///< made only of parentheses counts as ' ')
  bool plus = false;            ///< written with a leading '+'
  bool parentheses = false;     ///< a group stood in parentheses: "(021) 2937 4455"
  DigitRunKind kind = DigitRunKind::kCandidate;
  std::string reason;  ///< why this kind, e.g. "currency 'Rp'", "label 'briva'"
  ContextLabel label;  ///< the label before the run (or the word glued to it)
};

/// Returns every cluster of digits in `text` (valid UTF-8), left to right,
/// unclassified (kind kCandidate, no label). Groups of digits (and mask
/// characters) are joined by one separator — space, NBSP, '-', en dash, '.',
/// '/', ',', ':' — and parentheses; a space, '/' or ',' joins only groups of
/// at most 8 digits (so "0812-3456-7890 24 jam" and "081234567890/
/// 081298765432" stay apart) unless the first group is a country code ("+62
/// 81234567890"), and a space never joins a group followed by a unit word
/// ("jam", "hari", "kali", "juta", …). One or two digits ending a word
/// ("CVV2", "PPh21") belong to the word and are not a cluster. A mask group
/// needs two or more mask characters; x/X masks must not touch letters.
std::vector<DigitRun> ScanDigitRuns(std::string_view text);

/// Returns the clusters of `text` (valid UTF-8), each classified exactly
/// once. `claimed_spans` are money and date spans found by the amount and
/// date extractors; a cluster overlapping one is kClaimed. Without them the
/// local rules still keep the obvious cases out of the candidates, so
/// "Rp 3.171.011.708.450.001" is money, not a NIK.
std::vector<DigitRun> ClassifyDigitRuns(std::string_view text, const std::vector<Span>& claimed_spans = {});

}  // namespace santun::pii
