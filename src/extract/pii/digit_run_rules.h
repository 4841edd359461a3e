#pragma once

#include <string>
#include <string_view>

#include "extract/pii/digit_runs.h"

namespace santun::pii {

/// The local rules that ClassifyDigitRuns applies to one cluster, in its
/// order (PII.md §6.2). Each returns true when the whole cluster is of that
/// kind and then sets `reason`. `run` comes from ScanDigitRuns.

/// Currency before, a unit or ",-" after, or a thousands grouping
/// (1.500.000,00 or 1,500,000.00) whose first group does not start with 0.
bool IsMoneyRun(std::string_view text, const DigitRun& run, std::string* reason);

/// '%', "persen", "percent" after.
bool IsPercentRun(std::string_view text, const DigitRun& run, std::string* reason);

/// d/m/y (DMY or MDY, real day and month), y-m-d, m/yyyy, yyyy-mm, or a day
/// or year next to a month name.
bool IsDateRun(std::string_view text, const DigitRun& run, std::string* reason);

/// hh.mm, hh:mm(:ss), hh.mm-hh.mm, after "pukul"/"jam", before "WIB"/"AM"/"PM".
bool IsTimeRun(std::string_view text, const DigitRun& run, std::string* reason);

/// "3/12", "ke-3", "ke 3", "3 dari 12", "1 of 12", "2x", "3 kali", "1st",
/// and durations "24 jam", "7 hari" (at most three digits).
bool IsFractionRun(std::string_view text, const DigitRun& run, std::string* reason);

/// Glued on the left to letters, to a letter by '-' or '/' ("INV-2026",
/// "ORD/123"), or to a letter or digit by '_', '=' or '\'; or followed by a
/// letter, '@' (an e-mail local part) or '-'/'/' and a letter. When the glued word on the left is an identifier label
/// ("NIK3275…"), returns false and stores that label in `glued_label`.
bool IsGluedRun(std::string_view text, const DigitRun& run, std::string* reason, ContextLabel* glued_label);

/// Returns the lower-cased word (letters, plus '$' and '.' inside currency
/// tokens) that ends before `pos` after at most two spaces, or "".
std::string WordBefore(std::string_view text, size_t pos);

/// Returns the lower-cased word of letters that starts after `pos` and at
/// most one space, or "". `upper` receives whether it was written in capitals.
std::string WordAfter(std::string_view text, size_t pos, bool* upper = nullptr);

}  // namespace santun::pii
