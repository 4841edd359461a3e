#pragma once

#include <cstddef>

#include "extract/tokens.h"

namespace santun {

/// Look-alike checks for numbers that carry no currency. A number next to a
/// money cue ("tagihan 1.500.000") is money unless one of these says it is
/// something else.

/// Returns true when a percent sign or word ("%", "persen", "percent")
/// follows token `last`.
bool FollowedByPercent(const Tokens& t, size_t last);

/// Returns true when the number at token n (its value ending at token
/// `last`, the number itself or a multiplier word) reads as something other
/// than money:
/// - glued to a word, number or one of + # / - . before it ("INV2024",
///   "+62", "No.2024001"), or to a word, or to / - : and a number or word
///   after it ("25/12", "0812-3456", "10:30");
/// - digits only with a leading zero ("0812…") or longer than 12 (NIK, card
///   and account numbers);
/// - a dotted date ("25.12.2026") or a clock time next to a time word or
///   another time ("pukul 10.00", "08.00-20.00", "10.00 WIB");
/// - after a reference, time or version word ("No. Invoice 2024001",
///   "VA 8808…", "jam 10.00", "versi 2.1");
/// - before a count noun or a percent ("3 bulan", "2 kali", "10 persen").
bool LooksLikeNonMoney(const Tokens& t, size_t n, size_t last);

}  // namespace santun
