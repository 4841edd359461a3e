#include "extract/money_words.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/currency.h"
#include "text/ascii.h"

namespace santun {
namespace {

template <typename Words>
bool In(const Words& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// clang-format off
constexpr auto kStrongCues = std::to_array<std::string_view>({
    "sebesar", "senilai", "sejumlah", "seharga", "owe", "owes", "owed", "owing"});
// clang-format on
// Nouns that make a following "of" a strong cue: "a balance of".
// clang-format off
constexpr auto kOfNouns = std::to_array<std::string_view>({
    "amount", "balance", "total", "sum", "payment", "debt", "charge", "fee", "installment"});
// clang-format on
// clang-format off
constexpr auto kWeakCues = std::to_array<std::string_view>({
    "tagihan", "total", "jumlah", "nominal", "sisa", "utang", "hutang", "pinjaman", "cicilan",
    "angsuran", "denda", "biaya", "tunggakan", "bayar", "dibayar", "pembayaran", "pelunasan",
    "amount", "balance", "due", "outstanding", "payment", "debt", "sum", "fee", "charge",
    "pay", "paid", "owe", "owed"});
// clang-format on

bool EndsClause(const Token& tok) {
  return tok.IsPunct('.') || tok.IsPunct('!') || tok.IsPunct('?') || tok.IsPunct(';') || tok.IsPunct(',') ||
         tok.IsNumber();
}

}  // namespace

std::optional<CurrencyMark> CurrencyPrefixAt(const Tokens& t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  CurrencyMark m{"", i, i, 0};
  const Token& tok = t[i];
  // Glue decides short marks: "Sh2560" and "N14,500" are money, "sh" and "N" alone are not.
  const bool glued = i + 1 < t.size() && t.Touch(i, i + 1) && t[i + 1].IsNumber();
  const bool groups = glued && t[i + 1].lower.find_first_of(".,") != std::string::npos;
  const bool dollar_glued = i + 1 < t.size() && t.Touch(i, i + 1) && t[i + 1].IsPunct('$');
  if (tok.IsWord("us") && dollar_glued) {
    m.currency = "USD";
    m.last = i + 1;
  } else if (tok.IsWord() && dollar_glued && !DollarPrefixCode(tok.lower).empty()) {
    m.currency = std::string(DollarPrefixCode(tok.lower));  // "S$ 50", "A$50"
    m.last = i + 1;
  } else if (tok.IsPunct('$') && !(i > 0 && t.Touch(i - 1, i) && (t[i - 1].IsWord() || t[i - 1].IsNumber()))) {
    m.currency = "USD";
  } else if (tok.IsWord() || tok.kind == Token::Kind::kPunct) {
    const CurrencyPrefix p = CurrencyPrefixOf(tok.lower);
    // "Rs. 500", "Rp.500": the abbreviation's period belongs to the mark.
    const bool dotted = i + 2 < t.size() && t.Touch(i, i + 1) && t[i + 1].IsPunct('.') && t.Next(i + 1) != kNoToken &&
                        t[t.Next(i + 1)].IsNumber();
    const bool fits = p.glue == CurrencyGlue::kSpaced || (p.glue == CurrencyGlue::kGlued && (glued || dotted)) ||
                      (p.glue == CurrencyGlue::kGluedGroups && groups);
    if (p.code.empty() || !fits) return std::nullopt;
    m.currency = std::string(p.code);
    if (tok.IsWord() && i + 1 < t.size() && t.Touch(i, i + 1) && t[i + 1].IsPunct('.')) m.last = i + 1;
  } else {
    return std::nullopt;
  }
  if (m.last + 1 < t.size() && t.Touch(m.last, m.last + 1) && t[m.last + 1].IsPunct(':')) ++m.last;
  const size_t v = t.Next(m.last);
  if (v == kNoToken || !(t[v].IsNumber() || t[v].IsWord())) return std::nullopt;
  m.value = v;
  return m;
}

std::optional<CurrencyMark> CurrencySuffixAfter(const Tokens& t, size_t last) {
  const size_t j = t.Next(last);
  if (j == kNoToken || !t[j].IsWord()) return std::nullopt;
  const std::string_view w = t[j].lower;
  CurrencyMark m{"", j, j, 0};
  if (w == "us") {
    const size_t k = t.Next(j);
    if (k == kNoToken || !(t[k].IsWord("dollars") || t[k].IsWord("dollar") || t[k].IsWord("dolar"))) {
      return std::nullopt;
    }
    m.currency = "USD";
    m.last = k;
    return m;
  }
  const std::string_view code = CurrencySuffixCode(w);
  if (code.empty()) return std::nullopt;
  m.currency = std::string(code);
  // A code that is itself followed by a number ("... IDR 500") is left to that number.
  if (!CurrencyPrefixOf(w).code.empty()) {
    const size_t after = t.Next(j);
    if (after != kNoToken && t[after].IsNumber()) return std::nullopt;
  }
  return m;
}

std::optional<Multiplier> MultiplierAfter(const Tokens& t, size_t n) {
  size_t j = n + 1;
  if (j >= t.size()) return std::nullopt;
  const bool glued = t[j].IsWord();
  if (!glued) j = t.Next(n);
  if (j == kNoToken || !t[j].IsWord()) return std::nullopt;
  const std::string_view w = t[j].lower;
  const std::string_view raw = t.Bytes(j);
  using K = Multiplier::Kind;
  auto make = [&](K kind, int64_t idr, int64_t usd) { return Multiplier{kind, idr, usd, j, glued}; };
  constexpr int64_t kThousand = 1000, kMillion = 1000000, kBillion = 1000000000, kTrillion = 1000000000000;
  // "-nya" as people write it: "utang 2 miliarnya", "500 ribunya".
  const std::string_view id = w.size() > 4 && w.ends_with("nya") ? w.substr(0, w.size() - 3) : w;
  if (id == "rb" || id == "ribu") return make(K::kIndonesian, kThousand, kThousand);
  if (id == "jt" || id == "juta") return make(K::kIndonesian, kMillion, kMillion);
  if (id == "miliar" || id == "milyar") return make(K::kIndonesian, kBillion, kBillion);
  if (id == "triliun") return make(K::kIndonesian, kTrillion, kTrillion);
  if (w == "k") return make(K::kK, kThousand, kThousand);
  if (w == "thousand") return make(K::kEnglish, kThousand, kThousand);
  if (w == "million") return make(K::kEnglish, kMillion, kMillion);
  if (w == "billion") return make(K::kEnglish, kBillion, kBillion);
  if (w == "trillion") return make(K::kEnglish, kTrillion, kTrillion);
  if (w == "m") return make(K::kLetter, kBillion, kMillion);
  if (w == "mn" || w == "mio") return make(K::kLetter, kMillion, kMillion);
  if (raw == "B" || w == "bn") return make(K::kLetter, kBillion, kBillion);
  if (raw == "T") return make(K::kLetter, kTrillion, kTrillion);
  return std::nullopt;
}

MoneyCue MoneyCueBefore(const Tokens& t, size_t first) {
  size_t i = t.Prev(first);
  while (i != kNoToken && (t[i].IsPunct(':') || t[i].IsPunct('='))) i = t.Prev(i);
  if (i == kNoToken || !t[i].IsWord()) return MoneyCue::kNone;
  if (In(kStrongCues, t[i].lower)) return MoneyCue::kStrong;
  if (t[i].lower == "of") {
    const size_t before = t.Prev(i);
    if (before != kNoToken && In(kOfNouns, t[before].lower)) return MoneyCue::kStrong;
  }
  for (int words = 0; i != kNoToken && words < 3; i = t.Prev(i)) {
    const Token& tok = t[i];
    if (EndsClause(tok)) break;
    if (!tok.IsWord()) continue;
    if (In(kWeakCues, tok.lower)) return MoneyCue::kWeak;
    ++words;
  }
  return MoneyCue::kNone;
}

}  // namespace santun
