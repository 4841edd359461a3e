#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace santun::pii {

enum class NpwpForm : uint8_t {
  k15,     ///< old form 99.999.999.9-999.999
  k16,     ///< 16 digits: "0" + the old 15 (PMK 112/2022)
  kNik,    ///< a resident's NIK used as NPWP since 2024
  kNitku,  ///< 22 digits: NPWP-16 + 6-digit branch suffix (layout unverified)
};

struct NpwpFacts {
  NpwpForm form = NpwpForm::k15;
  int taxpayer_type = 0;  ///< first two digits of the 15-digit core
  int tax_office = 0;     ///< KPP code, digits 10-12 of the core
  int branch = 0;         ///< digits 13-15 of the core; 0 = head office / head of family
};

/// Returns true when `digits` (ASCII digits) is a valid NPWP: 15 digits
/// whose 9th is the Luhn check digit of the first 9; 16 digits with a
/// leading 0 and the same check one digit later; 16 digits without a leading
/// 0 that are a valid NIK; or 22 digits whose first 16 are one of those. The
/// 2-digit taxpayer type is not checked against a list (lists are
/// incomplete). All-same digits are rejected (they pass Luhn).
bool IsValidNpwp(std::string_view digits, NpwpFacts* facts = nullptr);

/// Returns true when the digit groups are the printed 15-digit layout
/// 2-3-3-1-3-3 (99.999.999.9-999.999), optionally with a leading "0"
/// group of one digit for the 16-digit form.
bool IsNpwpGrouping(std::span<const uint8_t> groups);

}  // namespace santun::pii
