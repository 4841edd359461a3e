#include "extract/amount.h"

#include <optional>

#include "extract/amount_guards.h"
#include "extract/money_words.h"
#include "extract/number_words.h"
#include "extract/numeral.h"
#include "extract/tokens.h"
#include "text/utf8.h"

namespace santun {
namespace {

struct Context {
  const Tokens& t;
  char decimal;                  // the language's decimal separator
  std::string default_currency;  // for bare numbers next to a money cue
};

struct Match {
  Amount amount;
  size_t last = 0;  // last token of the mention
};

using Kind = Multiplier::Kind;

int64_t FactorFor(const Multiplier& m, const std::string& currency) {
  return currency == "IDR" ? m.idr_factor : m.usd_factor;
}

// "1.500.000,-", "50.000.-", "1.500.000,--": the dash that says "no cents".
size_t DashSuffix(const Tokens& t, size_t n) {
  if (n + 2 >= t.size() || !t.Touch(n, n + 1) || !t.Touch(n + 1, n + 2)) return n;
  if (!(t[n + 1].IsPunct(',') || t[n + 1].IsPunct('.')) || !t[n + 2].IsPunct('-')) return n;
  size_t end = n + 2;
  if (end + 1 < t.size() && t.Touch(end, end + 1) && t[end + 1].IsPunct('-')) ++end;
  return end;
}

// "1 juta 500 ribu": plain numbers with smaller Indonesian multipliers after
// the first. Adds their value (in minor units) to *extra and returns the last
// token consumed.
size_t CompoundTail(const Tokens& t, size_t last, int64_t factor, int64_t* extra) {
  for (;;) {
    const size_t n = t.Next(last);
    if (n == kNoToken || !t[n].IsPlainNumber() || t[n].lower.size() > 3) return last;
    const auto unit = MultiplierAfter(t, n);
    if (!unit || unit->kind != Kind::kIndonesian || unit->idr_factor >= factor) return last;
    const auto part = ToMinorUnits(ReadNumeral(t[n].lower), unit->idr_factor);
    if (!part || __builtin_add_overflow(*extra, *part, extra)) return last;
    last = unit->token;
    factor = unit->idr_factor;
  }
}

// Decides the currency of a number without a currency mark, or "" when it
// is not money.
std::string ImpliedCurrency(const Context& c, size_t n, const std::optional<Multiplier>& unit, size_t value_end) {
  if (unit && unit->kind == Kind::kIndonesian) return "IDR";
  if (unit && unit->kind == Kind::kK && unit->glued) {
    // "750k" is money; "s3k1an" (leetspeak for "sekian") is a word.
    return LooksLikeNonMoney(c.t, n, value_end) ? "" : c.default_currency;
  }
  if (unit && unit->kind != Kind::kEnglish) return "";
  const MoneyCue cue = MoneyCueBefore(c.t, n);
  if (cue == MoneyCue::kNone || LooksLikeNonMoney(c.t, n, value_end)) return "";
  if (cue == MoneyCue::kWeak && c.t[n].IsPlainNumber()) return "";
  return c.default_currency;
}

// "000" or, ending a number, "000,00".
bool IsGroupOfThree(std::string_view s) {
  if (s.size() < 3 || s.find_first_not_of("0123456789") < 3) return false;
  if (s.size() == 3) return true;
  return (s[3] == ',' || s[3] == '.') && s.size() <= 6 &&
         s.find_first_not_of("0123456789", 4) == std::string_view::npos;
}

// "1 500 000": groups of three digits after single spaces on one line.
// Returns the last group's token (n itself when there is none) and stores
// the digits without the spaces.
size_t SpaceGroups(const Tokens& t, size_t n, std::string* digits) {
  *digits = t[n].lower;
  if (!t[n].IsPlainNumber() || digits->size() > 3) return n;
  size_t j = n;
  // Six groups already overflow; the cap keeps long digit lists linear.
  for (int groups = 0; groups < 6 && j + 2 < t.size(); ++groups) {
    const Token& gap = t[j + 1];
    const bool one_space =
        gap.IsSpace() && !gap.newline &&
        utf8::SequenceLength(static_cast<unsigned char>(gap.lower[0])) == static_cast<int>(gap.span.size());
    if (!one_space || !t[j + 2].IsNumber() || !IsGroupOfThree(t[j + 2].lower)) break;
    digits->append(t[j + 2].lower);
    j += 2;
    if (!t[j].IsPlainNumber()) break;  // "000,00" ends the number
  }
  return j;
}

std::optional<Match> MatchNumber(const Context& c, size_t start, size_t first,
                                 const std::optional<CurrencyMark>& prefix) {
  const Tokens& t = c.t;
  std::string digits;
  size_t n = SpaceGroups(t, first, &digits);
  // Space-grouped digits count only with a currency: "VA 8808 1234" does not.
  if (n != first && !prefix && !CurrencySuffixAfter(t, n)) {
    n = first;
    digits = t[n].lower;
  }
  const auto unit = MultiplierAfter(t, n);
  const size_t value_end = unit ? unit->token : n;
  if (FollowedByPercent(t, n) || FollowedByPercent(t, value_end)) return std::nullopt;
  const Numeral numeral = ReadNumeral(digits, {c.decimal, unit.has_value()});
  size_t last = unit ? value_end : DashSuffix(t, n);
  int64_t extra = 0;
  if (unit && unit->kind == Kind::kIndonesian && !numeral.malformed) {
    last = CompoundTail(t, last, unit->idr_factor, &extra);
  }
  const auto suffix = CurrencySuffixAfter(t, last);
  std::string currency = prefix ? prefix->currency : suffix ? suffix->currency : "";
  if (currency.empty()) currency = ImpliedCurrency(c, n, unit, value_end);
  if (currency.empty()) return std::nullopt;
  if (suffix && suffix->currency == currency) last = suffix->last;

  Match m;
  m.last = last;
  m.amount.span = t.SpanOf(start, last);
  m.amount.currency = currency;
  if (numeral.malformed) {
    m.amount.malformed = true;
    m.amount.problem = numeral.problem;
    return m;
  }
  const auto minor = ToMinorUnits(numeral, unit ? FactorFor(*unit, currency) : 1);
  if (!minor || __builtin_add_overflow(*minor, extra, &m.amount.minor)) {
    m.amount.minor = 0;
    m.amount.malformed = true;
    m.amount.problem = "amount out of range";
  }
  return m;
}

std::optional<Match> MatchWords(const Context& c, size_t start, size_t w, const std::optional<CurrencyMark>& prefix) {
  const auto words = ReadNumberWords(c.t, w);
  if (!words || FollowedByPercent(c.t, words->last)) return std::nullopt;
  const auto suffix = CurrencySuffixAfter(c.t, words->last);
  std::string currency = prefix ? prefix->currency : suffix ? suffix->currency : "";
  if (currency.empty() && words->has_scale && words->indonesian) currency = "IDR";
  if (currency.empty()) return std::nullopt;
  Match m;
  m.amount.currency = currency;
  if (__builtin_mul_overflow(words->value, int64_t{100}, &m.amount.minor)) {
    m.amount.minor = 0;
    m.amount.malformed = true;
    m.amount.problem = "amount out of range";
  }
  m.last = suffix && (!prefix || suffix->currency == prefix->currency) ? suffix->last : words->last;
  m.amount.span = c.t.SpanOf(start, m.last);
  return m;
}

std::optional<Match> MatchAt(const Context& c, size_t i) {
  const auto prefix = CurrencyPrefixAt(c.t, i);
  const size_t v = prefix ? prefix->value : i;
  if (c.t[v].IsNumber()) return MatchNumber(c, i, v, prefix);
  if (c.t[v].IsWord()) return MatchWords(c, i, v, prefix);
  return std::nullopt;
}

}  // namespace

std::vector<Amount> ExtractAmounts(std::string_view text, std::string_view lang) {
  return ExtractAmounts(Tokens(text), lang);
}

std::vector<Amount> ExtractAmounts(const Tokens& tokens, std::string_view lang) {
  const Context c{tokens, lang == "en" ? '.' : ',', lang == "en" ? "USD" : "IDR"};
  std::vector<Amount> out;
  for (size_t i = 0; i < tokens.size();) {
    if (auto m = MatchAt(c, i)) {
      out.push_back(std::move(m->amount));
      i = m->last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace santun
