#include "engine/checks/payment_request.h"

namespace santun {

std::optional<Span> PaymentRequest(const CheckContext& context, const Rule& rule) {
  std::vector<Span> requests = context.Find(context.LexiconOf(rule, "request"), /*skip_negated=*/true);
  if (requests.empty() && context.kind == MessageKind::kCallback) {
    requests = context.Find(context.rules.FindLexicon("kind-callback", context.lang));
  }
  if (requests.empty()) return std::nullopt;
  if (!context.Find(context.LexiconOf(rule, "settled")).empty()) return std::nullopt;
  return requests.front();
}

}  // namespace santun
