// date-invalid: a date that does not exist ("31 Februari").
#include "engine/checks/check.h"

namespace santun {

void CheckDateInvalid(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  for (const DateMention& d : context.facts.dates()) {
    if (!d.valid) hits->push_back({d.span, ""});
  }
}

}  // namespace santun
