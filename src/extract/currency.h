#pragma once

#include <string_view>

namespace santun {

/// How a currency mark written before a number must sit to count.
enum class CurrencyGlue {
  kNone,         // never a currency before a number
  kSpaced,       // with or without a space: "KES 2,560", "€250", "IDR 500"
  kGlued,        // only touching the number: "Sh2560", "RM50", "Rs.500"
  kGluedGroups,  // touching a number with a thousands separator: "N14,500", "R1,500"
};

/// The ISO 4217 code of a currency word or symbol written before an amount
/// (`lower` is the token's lower-cased bytes: "rp", "kes", "€", "₦"), and
/// how it must sit; code "" when it is not one. "$" alone and "US$" are
/// handled by the caller (a "$" glued to a word is "S$", "A$", …).
struct CurrencyPrefix {
  std::string_view code;
  CurrencyGlue glue = CurrencyGlue::kNone;
};
CurrencyPrefix CurrencyPrefixOf(std::string_view lower);

/// The code of a dollar glued to a country prefix ("s" in "S$" -> SGD), or "".
std::string_view DollarPrefixCode(std::string_view lower);

/// The code of a currency word written after an amount ("rupiah", "euros",
/// "shillings", "kes"), or "".
std::string_view CurrencySuffixCode(std::string_view lower);

/// Returns true when `lower` ends with a currency written before a value,
/// as a word ("kes", "rp") or a symbol ("€"): a slot after it is an amount.
bool EndsWithCurrencyMark(std::string_view lower);

}  // namespace santun
