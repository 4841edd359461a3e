// amount-missing: the message asks for payment but states no amount.
#include "engine/checks/check.h"
#include "engine/checks/payment_request.h"

namespace santun {

void CheckAmountMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  std::optional<Span> request = PaymentRequest(context, rule);
  if (request && !context.facts.HasAmount()) hits->push_back({*request, ""});
}

}  // namespace santun
