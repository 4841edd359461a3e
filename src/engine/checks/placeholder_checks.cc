// Template placeholders: left in a message about to be sent, malformed, or
// of an unknown kind.
#include "engine/checks/check.h"

namespace santun {

void CheckPlaceholderUnfilled(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  if (context.facts.template_mode()) return;
  for (const Placeholder& p : context.facts.placeholders()) {
    if (!p.malformed) hits->push_back({p.span, p.name});
  }
}

void CheckPlaceholderMalformed(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  for (const Placeholder& p : context.facts.placeholders()) {
    if (p.malformed) hits->push_back({p.span, p.problem});
  }
}

void CheckPlaceholderUnknown(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  if (!context.facts.template_mode()) return;
  for (const Placeholder& p : context.facts.placeholders()) {
    if (!p.malformed && p.type == Placeholder::Type::kUnknown) hits->push_back({p.span, p.name});
  }
}

}  // namespace santun
