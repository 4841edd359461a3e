#pragma once

#include <string_view>
#include <vector>

#include "extract/pii/pii_type.h"

namespace santun::pii {

/// Returns true when year-month-day is a real date between 18 and 100 years
/// before `current_year` (by year; 0 means the system clock).
bool IsPlausibleBirthDate(int year, int month, int day, int current_year = 0);

/// Returns the birth dates in `text`: a date within 40 bytes after a birth
/// keyword in the same line and sentence ("tanggal lahir", "tgl. lahir", "TTL",
/// "tempat/tanggal lahir", "lahir", "lahirnya", "kelahiran" — not "lahir
/// (dan) batin", the holiday greeting — "date of birth", "DOB",
/// "D.O.B.", "born (on)", "birth date", "birthday"). Dates: DD-MM-YYYY,
/// DD/MM/YY, DD.MM.YYYY, YYYY-MM-DD, "17 Agustus 1991", "17 Agt '91",
/// "August 17, 1991". Day-first unless the keyword is English and only the
/// month-first reading is valid, or the keyword is English and both are
/// (US order). The span is the date only (not the place in "TTL: Bandung,
/// 17-08-1991"). A real date 18-100 years back is High; a real date outside
/// that range Low ("unusual age"); an impossible date Low ("malformed"). A
/// date without a keyword is never reported: due dates are required content.
std::vector<Detection> FindBirthDates(std::string_view text, int current_year = 0);

}  // namespace santun::pii
