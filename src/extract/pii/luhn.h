#pragma once

#include <string_view>

namespace santun::pii {

/// Returns true when `digits` (ASCII digits only, at least 2) passes the Luhn
/// check: from the right, every second digit is doubled (minus 9 above 9)
/// and the sum of all digits is a multiple of 10. Any non-digit fails.
bool PassesLuhn(std::string_view digits);

/// Returns the digit that, appended to `payload` (ASCII digits), makes the
/// whole string pass Luhn, or -1 when `payload` holds a non-digit.
int LuhnCheckDigit(std::string_view payload);

/// Returns true when every character is an ASCII digit (and there is one).
bool AllDigits(std::string_view s);

/// Returns true when all characters are the same (e.g. "1111111111").
bool AllSame(std::string_view s);

/// Returns the value of the decimal digits s[pos, pos+len); s must hold them.
int DigitsValue(std::string_view s, size_t pos, size_t len);

}  // namespace santun::pii
