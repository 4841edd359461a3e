#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace santun::pii {

/// Returns true when `digits` (9 ASCII digits AAAGGSSSS) is a valid US SSN:
/// area 001-899 except 666, group 01-99, serial 0001-9999, not all the same
/// digit, and not a published sample (078-05-1120, 219-09-9999, 123-45-6789).
/// 9xx areas belong to ITINs and are rejected here.
bool IsValidSsn(std::string_view digits);

/// Returns true when `digits` (9 ASCII digits) is a valid US ITIN: area
/// 900-999, group 50-65, 70-88, 90-92 or 94-99, serial not 0000.
bool IsValidItin(std::string_view digits);

/// Returns true when a written SSN/ITIN has the 3-2-4 layout with one kind
/// of delimiter: `groups` are the digit counts, `separators` the joiners
/// between them ("--", "  " or "..").
bool IsSsnLayout(std::span<const uint8_t> groups, std::string_view separators);

}  // namespace santun::pii
