#pragma once

#include <string_view>

#include "extract/tokens.h"

namespace santun {

/// Calendar vocabulary of Indonesian and English. Words are ASCII lower case
/// (Token::lower); both languages are accepted in every message, since
/// Indonesian messages often borrow English month names.

/// Returns the month (1-12) named by a full name or an abbreviation
/// ("desember", "des", "december", "dec", "sept", "agt", "agst", "nop"), or
/// 0. The one month table: pii::MonthFromName reads it too.
int MonthNamed(std::string_view w);

/// Returns the weekday (0 = Monday … 6 = Sunday) of a full weekday name
/// ("senin", "jumat", "jum'at", "friday", "ahad", "minggu"), or -1.
/// "minggu" also means "week": callers decide.
int WeekdayNamed(std::string_view w);

/// Returns the weekday of an abbreviation ("sen", "jum", "fri", "sat", "thu"),
/// or -1. Abbreviations are common words too ("sat", "sun", "min"), so they
/// count only right before a date.
int WeekdayAbbreviated(std::string_view w);

/// How strongly the word before a number says that a date follows.
enum class DateCue {
  kNone,
  kWeak,    // "pada", "sebelum", "hingga", "sampai", "lambat", "on", "by", "before", "until"
  kStrong,  // "tgl", "tanggal", "tertanggal", "date", "dated", "due", "tempo", "deadline"
};

/// Returns the cue word right before token i (skipping ".", ":" and ",").
DateCue DateCueBefore(const Tokens& t, size_t i);

}  // namespace santun
