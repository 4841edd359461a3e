// amount-malformed: an amount with broken digit grouping or separators ("Rp 1.500.00").
#include "engine/checks/check.h"

namespace santun {

void CheckAmountMalformed(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  for (const Amount& a : context.facts.amounts()) {
    if (a.malformed) hits->push_back({a.span, a.problem});
  }
}

}  // namespace santun
