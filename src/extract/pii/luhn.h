#pragma once

#include <string_view>

namespace santun::pii {

/// Returns true when `digits` (ASCII digits only, at least 2) passes the Luhn
/// check: from the right, every second digit is doubled (minus 9 above 9)
/// and the sum of all digits is a multiple of 10. Any non-digit fails.
bool PassesLuhn(std::string_view digits);

}  // namespace santun::pii
