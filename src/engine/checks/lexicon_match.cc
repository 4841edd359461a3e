// A lexicon's matches as findings: one word list shared by rules of two
// categories (a "wanted" broadcast is a threat and a disclosure).
#include "engine/checks/check.h"

namespace santun {

// Reports every match of the lexicons `find` and `find_also`. Negation and
// quotes are the rule's business (`negation`, `skip_quoted`), as for terms.
void CheckLexiconMatch(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  for (const char* param : {"find", "find_also"}) {
    for (Span s : context.Find(context.LexiconOf(rule, param))) hits->push_back({s, ""});
  }
}

}  // namespace santun
