// date-missing: the message asks for payment but names no due date (nor a countdown).
#include "engine/checks/check.h"
#include "engine/checks/payment_request.h"

namespace santun {

// A countdown ("dalam 2 jam", "30 minutes left": lexicon `deadline`) is a
// deadline too; pressure.* judges it.
void CheckDateMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  std::optional<Span> request = PaymentRequest(context, rule);
  if (!request || context.facts.HasDate()) return;
  if (!context.Find(context.LexiconOf(rule, "deadline")).empty()) return;
  hits->push_back({*request, ""});
}

}  // namespace santun
