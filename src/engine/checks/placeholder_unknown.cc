// placeholder-unknown: a placeholder whose name is not a known kind (template mode).
#include "engine/checks/check.h"

namespace santun {

void CheckPlaceholderUnknown(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  if (!context.facts.template_mode()) return;
  for (const Placeholder& p : context.facts.placeholders()) {
    if (!p.malformed && !p.weak && p.type == Placeholder::Type::kUnknown) hits->push_back({p.span, p.name});
  }
}

}  // namespace santun
