#pragma once

#include <string_view>

namespace santun::pii {

/// Returns the month (1-12) that `word` names in Indonesian or English, full
/// or abbreviated ("Agustus", "Agt", "Ags", "Des", "Mei", "August", "Aug",
/// "Sept"), case-insensitively; an abbreviation may end with '.'. Returns 0
/// for any other word. The names are those of MonthNamed
/// (extract/date_words.h), which reads lower-case tokens.
int MonthFromName(std::string_view word);

/// Returns the current year from the system clock (UTC).
int CurrentYear();

}  // namespace santun::pii
