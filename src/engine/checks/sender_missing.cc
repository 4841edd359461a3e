// sender-missing: the message asks for payment but the creditor or collector does not identify itself.
#include "engine/checks/check.h"
#include "engine/checks/payment_request.h"
#include "engine/checks/sender_signals.h"

namespace santun {

// A message that asks for payment must name who sends it: any match of the
// "sender" lexicon (a company form such as "PT …", "… LLC", an introduction
// such as "kami dari …", "this is … from …"), a signature or sender prefix
// (HasSenderSignal), or a sender placeholder ([nama perusahaan], {{company}}).
void CheckSenderMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  std::optional<Span> request = PaymentRequest(context, rule);
  if (!request) return;
  if (!context.Find(context.LexiconOf(rule, "sender")).empty()) return;
  if (HasSenderSignal(context.source.text())) return;
  for (const Placeholder& p : context.facts.placeholders()) {
    if (p.type == Placeholder::Type::kSender) return;  // unfilled in send mode: template.unfilled says so
  }
  hits->push_back({*request, ""});
}

}  // namespace santun
