#pragma once

#include <string>
#include <string_view>

#include "extract/pii/pii_type.h"

namespace santun::pii {

/// Returns `value` (the text of a finding) safe to show in linter output,
/// keeping its layout (separators, '+', parentheses) and hiding the rest:
/// * numbers with 12 or more digits keep the first 4 and last 4 digits
///   ("3275014601920007" -> "3275********0007", "+62 812-3456-7890" ->
///   "+62 81*-****-7890"); IBANs count letters too;
/// * numbers with 7-11 digits keep the last 4 ("123-45-6789" -> "***-**-6789");
/// * shorter numbers and CVVs are masked entirely ("123" -> "***");
/// * e-mail addresses keep the first character of the local part and the
///   domain ("budi@example.com" -> "b***@example.com"; "budi [at] example
///   [dot] com" is read as budi@example.com first);
/// * addresses keep their marker words (Jl., No., RT, RW, Kel., Kec., Kota,
///   St, Ave, …) and mask every other letter and digit;
/// * birth dates mask every letter and digit ("17-08-1991" -> "**-**-****").
/// Each masked character becomes one '*', whatever its UTF-8 length.
std::string MaskValue(std::string_view value, PiiType type);

}  // namespace santun::pii
