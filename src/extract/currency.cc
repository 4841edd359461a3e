#include "extract/currency.h"

#include <array>

#include "text/ascii.h"

namespace santun {
namespace {

struct Entry {
  std::string_view word;
  std::string_view code;
  CurrencyGlue glue;
};

using G = CurrencyGlue;
// Currencies of the markets where collection messages are quoted: Indonesia
// and the US first, then the loan-app markets (Kenya, Nigeria, India, the
// Philippines, Malaysia, South Africa, …) and the big reserve currencies.
// Short words that are also ordinary words count only touching a number.
// clang-format off
constexpr auto kPrefixes = std::to_array<Entry>({
    {"rp", "IDR", G::kSpaced}, {"idr", "IDR", G::kSpaced}, {"usd", "USD", G::kSpaced},
    {"eur", "EUR", G::kSpaced}, {"gbp", "GBP", G::kSpaced}, {"kes", "KES", G::kSpaced},
    {"ksh", "KES", G::kSpaced}, {"kshs", "KES", G::kSpaced}, {"ngn", "NGN", G::kSpaced},
    {"inr", "INR", G::kSpaced}, {"php", "PHP", G::kSpaced}, {"myr", "MYR", G::kSpaced},
    {"sgd", "SGD", G::kSpaced}, {"aud", "AUD", G::kSpaced}, {"cad", "CAD", G::kSpaced},
    {"zar", "ZAR", G::kSpaced}, {"ghs", "GHS", G::kSpaced}, {"ugx", "UGX", G::kSpaced},
    {"tzs", "TZS", G::kSpaced}, {"pkr", "PKR", G::kSpaced}, {"bdt", "BDT", G::kSpaced},
    {"lkr", "LKR", G::kSpaced}, {"npr", "NPR", G::kSpaced}, {"vnd", "VND", G::kSpaced},
    {"thb", "THB", G::kSpaced}, {"mxn", "MXN", G::kSpaced}, {"brl", "BRL", G::kSpaced},
    {"zmw", "ZMW", G::kSpaced}, {"rwf", "RWF", G::kSpaced}, {"egp", "EGP", G::kSpaced},
    {"\xE2\x82\xAC", "EUR", G::kSpaced},  // €
    {"\xC2\xA3", "GBP", G::kSpaced},      // £
    {"\xE2\x82\xA6", "NGN", G::kSpaced},  // ₦
    {"\xE2\x82\xB9", "INR", G::kSpaced},  // ₹
    {"\xE2\x82\xB1", "PHP", G::kSpaced},  // ₱
    {"\xE2\x82\xB5", "GHS", G::kSpaced},  // ₵
    {"\xE2\x82\xA8", "PKR", G::kSpaced},  // ₨
    {"\xC2\xA5", "JPY", G::kSpaced},      // ¥
    {"sh", "KES", G::kGlued}, {"shs", "UGX", G::kGlued}, {"rs", "INR", G::kGlued},
    {"rm", "MYR", G::kGlued}, {"n", "NGN", G::kGluedGroups}, {"r", "ZAR", G::kGluedGroups},
});
// clang-format on

// clang-format off
constexpr auto kDollarPrefixes = std::to_array<Entry>({
    {"s", "SGD", G::kGlued}, {"a", "AUD", G::kGlued}, {"c", "CAD", G::kGlued},
    {"hk", "HKD", G::kGlued}, {"nz", "NZD", G::kGlued}, {"r", "BRL", G::kGlued},
});
// clang-format on

// clang-format off
constexpr auto kSuffixes = std::to_array<Entry>({
    {"rupiah", "IDR", G::kSpaced}, {"rp", "IDR", G::kSpaced}, {"idr", "IDR", G::kSpaced},
    {"dollar", "USD", G::kSpaced}, {"dollars", "USD", G::kSpaced}, {"dolar", "USD", G::kSpaced},
    {"usd", "USD", G::kSpaced}, {"bucks", "USD", G::kSpaced},
    {"euro", "EUR", G::kSpaced}, {"euros", "EUR", G::kSpaced}, {"eur", "EUR", G::kSpaced},
    {"gbp", "GBP", G::kSpaced}, {"shillings", "KES", G::kSpaced}, {"kes", "KES", G::kSpaced},
    {"naira", "NGN", G::kSpaced}, {"ngn", "NGN", G::kSpaced}, {"rupees", "INR", G::kSpaced},
    {"rupee", "INR", G::kSpaced}, {"inr", "INR", G::kSpaced}, {"pesos", "PHP", G::kSpaced},
    {"php", "PHP", G::kSpaced}, {"ringgit", "MYR", G::kSpaced}, {"myr", "MYR", G::kSpaced},
    {"rand", "ZAR", G::kSpaced}, {"zar", "ZAR", G::kSpaced}, {"cedis", "GHS", G::kSpaced},
    {"sgd", "SGD", G::kSpaced},
});
// clang-format on

template <size_t N>
const Entry* Find(const std::array<Entry, N>& table, std::string_view w) {
  for (const Entry& e : table) {
    if (ascii::SameWord(e.word, w)) return &e;
  }
  return nullptr;
}

}  // namespace

CurrencyPrefix CurrencyPrefixOf(std::string_view lower) {
  const Entry* e = Find(kPrefixes, lower);
  return e == nullptr ? CurrencyPrefix{} : CurrencyPrefix{e->code, e->glue};
}

std::string_view DollarPrefixCode(std::string_view lower) {
  const Entry* e = Find(kDollarPrefixes, lower);
  return e == nullptr ? std::string_view() : e->code;
}

std::string_view CurrencySuffixCode(std::string_view lower) {
  const Entry* e = Find(kSuffixes, lower);
  return e == nullptr ? std::string_view() : e->code;
}

bool EndsWithCurrencyMark(std::string_view lower) {
  if (lower.ends_with("$")) return true;
  for (const Entry& e : kPrefixes) {
    if (!lower.ends_with(e.word)) continue;
    const size_t b = lower.size() - e.word.size();
    if (!ascii::IsLetter(e.word[0]) || b == 0 || !ascii::IsLetter(lower[b - 1])) {
      // A short glued-only word ("n", "r") is too common at the end of a label.
      if (e.glue != CurrencyGlue::kGluedGroups) return true;
    }
  }
  return false;
}

}  // namespace santun
