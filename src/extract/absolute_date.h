#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/date_words.h"
#include "extract/tokens.h"

namespace santun {

/// An absolute date as written, before it is resolved against today.
struct WrittenDate {
  size_t first = 0;  // first token
  size_t last = 0;   // last token (inclusive)
  int year = 0;      // 0 when the text gives no year
  int month = 0;     // 0 for a day-only mention
  int day = 0;
};

/// Reads an absolute date that starts at token i:
/// - with a month name: "25 Desember 2026", "25 Des. 2026", "25 Des",
///   "25-Dec-2026", "25th of December", "December 25, 2026", "Dec 25th"
///   (English "May" only capitalised, since "may" is a verb); any one- or
///   two-digit day counts, so "32 Desember 2026" is an (impossible) date;
/// - ISO "2026-12-25" (and "2026/12/25") in any language;
/// - numeric "25/12/2026", "25-12-2026", "25.12.2026", "25/12/26": day
///   first in Indonesian, month first in English ("12/25/2026"), but read
///   the other way when only that gives a month of 1-12 ("25/12/2026" in
///   English). Numeric dates need a month of 1-12 and a day of 1-31 to be
///   dates at all; impossible ones ("30/02/2027") are still returned;
/// - numeric without a year, only after a date cue (see DateCueBefore):
///   "tgl 25/12", "by 12/25", "sebelum 25-12"; dotted "25.12" only after a
///   strong cue ("tanggal 25.12") since "10.00" is a time;
/// - a day of the month alone: "tanggal 25", "tgl. 5", "the 25th".
/// Numbers glued to identifiers ("INV/2026/12/01", "0812-3456-7890",
/// "v1.2.2026"), after a reference or version word ("No. 2026/12/01",
/// "versi 25.12.2026"), or followed by a count noun or percent ("3/12
/// angsuran") are not dates. `cue` raises the cue of the word before i (a
/// weekday before the date counts as kStrong).
std::optional<WrittenDate> MatchAbsoluteDate(const Tokens& t, size_t i, std::string_view lang,
                                             DateCue cue = DateCue::kNone);

}  // namespace santun
