#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/calendar.h"
#include "extract/tokens.h"
#include "text/span.h"

namespace santun {

// CivilDate, IsValidDate(), WeekdayOf() (0 = Monday … 6 = Sunday) and
// AddDays() are declared in extract/calendar.h.

/// A mention of a day in a message.
struct DateMention {
  Span span;
  enum class Kind { kAbsolute, kRelative } kind = Kind::kAbsolute;
  std::optional<CivilDate> date;  // resolved; nullopt for impossible dates (31 Februari)
  bool valid = true;              // false for impossible dates, which are still recognised as dates
  int stated_weekday = -1;        // 0-6 when the text names the weekday ("Jumat, 25 Desember 2026"), else -1
  bool year_given = false;
};

/// Returns the dates mentioned in `text` (the original message, valid
/// UTF-8), in text order, without overlaps. `lang` ("id" or "en") decides
/// whether numeric dates are day-first ("id": 25/12/2026) or month-first
/// ("en": 12/25/2026); see MatchAbsoluteDate() (absolute_date.h) for the
/// absolute forms and MatchRelativeDate() (relative_date.h) for the relative
/// ones ("besok", "akhir bulan ini", "Senin depan", "next Monday", "end of
/// the month"), which resolve against `today`.
///
/// - A date without a year is the next occurrence on or after `today`
///   ("25 Des" read on 2026-12-26 is 2027-12-25; "29 Feb" the next leap
///   day). A day alone ("tanggal 25", "the 25th") is the next month, from
///   this one, that has that day on or after `today`.
/// - Impossible dates ("31 Februari 2027", "February 30, 2027",
///   "30/02/2027") are kAbsolute with valid = false and no date.
/// - A weekday before the date ("Jumat, 25 Desember 2026", "Friday, Dec 25",
///   "hari Senin tgl 28/12") or in parentheses after it ("25/12/2026
///   (Jumat)") is part of the span and sets stated_weekday; abbreviations
///   ("Jum", "Fri") count only there. A weekday before a numeric date
///   without a year makes it a date ("Jumat 25/12").
/// - Cue words ("tgl", "tanggal", "by", "on", "sebelum") are not part of
///   the span, except in a day alone ("tanggal 25").
/// - Not dates: clock times ("08.00-20.00", "pukul 10.00", "10:30"), phone
///   numbers, NIK, amounts ("1.500.000"), fractions and counts ("3/12
///   angsuran", "1/2" without a cue), version numbers, percentages, and
///   dates inside identifiers ("INV/2026/12/001", "INV/2026/12/01"): a
///   date glued to an identifier by '/', '-' or '.' or right after a
///   reference word ("No.", "invoice", "VA") names the document, not a day.
///
/// `today` should be a valid date; when it is not, relative and year-less
/// dates have no `date` (and stay valid when the day can exist).
std::vector<DateMention> ExtractDates(std::string_view text, std::string_view lang, CivilDate today);

/// The same over the tokens of the text.
std::vector<DateMention> ExtractDates(const Tokens& tokens, std::string_view lang, CivilDate today);

}  // namespace santun
