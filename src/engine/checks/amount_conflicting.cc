// amount-conflicting: two totals of the same debt, or an amount and its restatement, disagree.
#include <algorithm>

#include "engine/checks/check.h"

namespace santun {

// Two totals for the same debt disagree: amounts introduced by the "total"
// lexicon (jumlah tagihan, total, sisa tagihan, balance due …) in the same
// message with different values, or an amount restated in parentheses
// ("Rp 1.500.000 (satu juta rupiah)") with another value.
void CheckAmountConflicting(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const std::vector<Amount>& amounts = context.facts.amounts();
  if (amounts.size() < 2) return;
  const std::string_view text = context.source.text();
  const std::vector<Span> cues = context.Find(context.LexiconOf(rule, "total"));
  const int64_t max_gap = ParamInt(rule, "max_gap", 40);
  const Amount* first_total = nullptr;
  for (size_t i = 0; i < amounts.size(); ++i) {
    const Amount& a = amounts[i];
    if (a.malformed) continue;
    // Restated in parentheses right after another amount.
    if (i > 0 && !amounts[i - 1].malformed && amounts[i - 1].minor != a.minor) {
      std::string_view between = text.substr(amounts[i - 1].span.end, a.span.begin - amounts[i - 1].span.end);
      if (between.find_first_not_of(" \t,-") != std::string_view::npos &&
          between.find_first_not_of(" \t(") == std::string_view::npos && between.find('(') != std::string_view::npos) {
        hits->push_back({a.span, ""});
        continue;
      }
    }
    const bool is_total = std::any_of(cues.begin(), cues.end(), [&](const Span& c) {
      return c.end <= a.span.begin && a.span.begin - c.end <= static_cast<uint32_t>(max_gap) &&
             text.substr(c.end, a.span.begin - c.end).find_first_of(".\n") == std::string_view::npos;
    });
    if (!is_total) continue;
    if (!first_total) {
      first_total = &a;
    } else if (a.minor != first_total->minor || a.currency != first_total->currency) {
      hits->push_back({a.span, ""});
    }
  }
}

}  // namespace santun
