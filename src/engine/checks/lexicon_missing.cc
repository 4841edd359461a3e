// lexicon-missing: a statement the message must carry is absent (the debt-collector
// disclosure, the opt-out instruction of texts and emails).
#include <algorithm>

#include "engine/checks/check.h"
#include "engine/checks/payment_request.h"

namespace santun {

void CheckLexiconMissing(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const std::vector<std::string> channels = ParamStrings(rule, "channels");
  if (!channels.empty() &&
      std::find(channels.begin(), channels.end(), std::string(context.channel)) == channels.end()) {
    return;
  }
  if (context.LexiconOf(rule, "request") && !PaymentRequest(context, rule)) return;
  if (!context.Find(context.LexiconOf(rule, "required")).empty()) return;
  hits->push_back({context.FirstLine(), std::string(context.channel)});
}

}  // namespace santun
