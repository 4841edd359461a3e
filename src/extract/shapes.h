#pragma once

#include <string_view>
#include <vector>

namespace santun {

/// Shapes of numerals (Token::kNumber text) that are not plain quantities.

/// Returns true for a dotted date: d.m.yyyy with a 1-2 digit day and month
/// ("25.12.2026").
bool IsDottedDateShape(std::string_view numeral);

/// Returns true for a clock time: h.mm, hh.mm, h:mm or hh:mm with hours up to
/// 24 and minutes below 60 ("08.00", "10:30").
bool IsTimeShape(std::string_view numeral);

/// Returns the pieces of `s` between occurrences of `sep`.
std::vector<std::string_view> SplitOn(std::string_view s, char sep);

}  // namespace santun
