#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace santun::pii {

enum class PhoneKind : uint8_t {
  kIdMobile,       ///< Indonesian mobile, 08[1-35-9] + 7-10 digits
  kIdFixed,        ///< Indonesian fixed line: 0 + area code + subscriber
  kNanp,           ///< North American NPA-NXX-XXXX
  kInternational,  ///< another country after '+', checked by length only
};

struct PhoneFacts {
  PhoneKind kind = PhoneKind::kIdMobile;
  std::string national;            ///< "08…"/"021…" for Indonesia, 10 digits for NANP
  std::string_view operator_name;  ///< mobile operator of a known 4-digit prefix, else ""
  std::string_view area;           ///< city of a fixed line's area code
  bool fictional = false;          ///< NANP 555-0100…555-0199, reserved for fiction
};

/// Returns the national form ("0…") of an Indonesian number written in
/// international form: `digits` starting "62", "0062" or "620" (from "+62
/// (0) 8…"). Returns "" when `digits` does not start with one of those.
std::string ToIndonesianNational(std::string_view digits);

/// Returns true when `national` (digits, "0…" form) is an Indonesian mobile
/// number: 08[1-35-9] followed by 7-10 digits, 10-13 digits in all (084x is
/// not allocated). Records the operator when the 4-digit prefix is a known
/// one (Telkomsel, Indosat, XL, Axis, Smartfren).
bool IsValidIndonesianMobile(std::string_view national, PhoneFacts* facts = nullptr);

/// Returns true when `national` (digits, "0…" form) is an Indonesian fixed
/// line: 0, an area code from the table (021 Jakarta, 022 Bandung, 0274
/// Yogyakarta, …; the big cities, not all ~400 codes), and 7-8 subscriber
/// digits after a 2-digit area code or 5-8 after a 3-digit one.
bool IsValidIndonesianFixedLine(std::string_view national, PhoneFacts* facts = nullptr);

/// Returns true when `digits` is a NANP number (10 digits, or 11 starting
/// with 1): area code and exchange start with 2-9 and are not N11. Marks the
/// fictional 555-0100…555-0199 range, which is still a valid number.
bool IsValidNanp(std::string_view digits, PhoneFacts* facts = nullptr);

/// Returns true when `digits` (what follows '+') is a plausible E.164 number:
/// 8-15 digits, country code not starting with 0. +62 and +1 numbers must
/// also pass the Indonesian or NANP checks.
bool IsPlausibleE164(std::string_view digits, PhoneFacts* facts = nullptr);

/// Returns true for a company service number that is never personal:
/// Indonesian hotlines 1500-xxx(x), 14xxx, and the non-geographic 0800/0804/
/// 0807/0809 ranges (toll-free and premium).
bool IsServiceNumber(std::string_view digits);

}  // namespace santun::pii
