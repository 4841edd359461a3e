// placeholder-unfilled: a placeholder left in a message about to be sent.
#include "engine/checks/check.h"

namespace santun {

void CheckPlaceholderUnfilled(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  if (context.facts.template_mode()) return;
  for (const Placeholder& p : context.facts.placeholders()) {
    if (!p.malformed && !p.weak) hits->push_back({p.span, p.name});
  }
}

}  // namespace santun
