// date-past: a deadline that has already passed.
#include <algorithm>

#include "engine/checks/check.h"

namespace santun {

// A date before today that the "due" lexicon (jatuh tempo, paling lambat,
// sebelum, due, by …) introduces in the same sentence: a deadline that has
// already passed. Dates without such a cue (a contract date) do not count.
void CheckDatePast(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const std::vector<Span> cues = context.Find(context.LexiconOf(rule, "due"));
  const std::string_view text = context.source.text();
  for (const DateMention& d : context.facts.dates()) {
    if (!d.valid || !d.date || *d.date >= context.facts.today()) continue;
    const bool due = std::any_of(cues.begin(), cues.end(), [&](const Span& c) {
      return c.end <= d.span.begin &&
             text.substr(c.end, d.span.begin - c.end).find_first_of(".!?\n") == std::string_view::npos;
    });
    if (due) hits->push_back({d.span, FormatIsoDate(context.facts.today())});
  }
}

}  // namespace santun
