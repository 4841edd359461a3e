// placeholder-unfilled: a placeholder left in a message about to be sent.
#include "engine/checks/check.h"

namespace santun {

// A slot in brackets or single braces whose name says nothing ("[Plaintiff]",
// "{x}") is as likely an editor's insertion in a quoted message as a slot:
// only a named slot ("[nama debitur]", "{amount}") or one in delimiters that
// only templates use ("{{x}}", "${x}") is reported.
void CheckPlaceholderUnfilled(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  if (context.facts.template_mode()) return;
  const std::string_view text = context.source.text();
  for (const Placeholder& p : context.facts.placeholders()) {
    if (p.malformed || p.weak) continue;
    const char open = text[p.span.begin];
    const bool prose_delimiter = open == '[' || (open == '{' && text.substr(p.span.begin, 2) != "{{");
    if (prose_delimiter && p.type == Placeholder::Type::kUnknown) continue;
    hits->push_back({p.span, p.name});
  }
}

}  // namespace santun
