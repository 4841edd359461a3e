#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace santun {

/// How to read the separators of a numeral.
struct NumeralOptions {
  /// The language's decimal separator: ',' for Indonesian, '.' for English.
  char decimal = ',';
  /// A multiplier word follows ("1,5 juta", "$1.2k"), so a fraction of
  /// three or more digits is plausible.
  bool has_multiplier = false;
};

/// A run of digits with '.' and ',' separators read as a decimal number.
struct Numeral {
  std::string integer;   // digits of the integer part, separators removed
  std::string fraction;  // digits after the decimal separator, "" when none
  bool grouped = false;  // thousands separators were used
  bool malformed = false;
  std::string problem;  // why it is malformed, else ""
};

/// Reads `s`, the text of a Token::kNumber (digits with inner runs of '.'
/// and ','). The rules, in order:
/// - a doubled separator ("1..500") is malformed;
/// - with both separators, the last one is the decimal separator and must
///   occur once ("1.500.000,00", "1,240.50"), else "mixed separators";
/// - one kind used twice or more groups thousands ("1.500.000", and
///   "1,500,000" in any language);
/// - one separator used once is decimal when 1-2 digits follow ("1,5",
///   "12.50", in any language); with exactly 3 digits it groups thousands
///   (money has no third decimal), unless a multiplier follows and it is the
///   language's decimal separator ("1,500 juta" in Indonesian is 1.5 juta);
/// - thousands groups must be 1-3 digits then exactly 3 ("1.500.00",
///   "1,24.50" are "bad digit grouping"); without a multiplier a fraction
///   has at most 2 digits ("too many decimal places").
Numeral ReadNumeral(std::string_view s, const NumeralOptions& options = {});

/// Returns the value times `multiplier` in hundredths (minor units), or
/// nullopt when that is not a whole number or does not fit in int64.
std::optional<int64_t> ToMinorUnits(const Numeral& n, int64_t multiplier);

}  // namespace santun
