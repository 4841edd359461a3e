// What every check may ask of the message: lexicon matches (scanned once per
// message and lexicon) and the place of whole-message diagnostics.
#include <algorithm>
#include <variant>

#include "engine/checks/check.h"
#include "engine/match.h"

namespace santun {

const Lexicon* CheckContext::LexiconOf(const Rule& rule, const std::string& param) const {
  auto it = rule.params.find(param);
  if (it == rule.params.end()) return nullptr;
  const auto* name = std::get_if<std::string>(&it->second);
  return name ? rules.FindLexicon(*name, lang) : nullptr;
}

std::vector<Span> CheckContext::Find(const Lexicon* lexicon, bool skip_negated) const {
  // The scan is shared with FindNormalized: several checks of one message
  // (amount, due date, sender) ask for the same payment-request lexicon.
  std::vector<Span> out;
  for (Span n : FindNormalized(lexicon)) {
    if (!skip_negated || !scopes.IsNegated(n.begin)) out.push_back(normalized.ToOriginal(n));
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<Span>& CheckContext::FindNormalized(const Lexicon* lexicon) const {
  auto [it, inserted] = normalized_matches.try_emplace(lexicon);
  if (inserted && lexicon) {
    std::vector<Span> terms;
    const std::vector<uint32_t>* gates = gate.GatesOf(*lexicon);
    for (size_t i = 0; i < lexicon->regexes.size(); ++i) {
      const LazyRegex& re = *lexicon->regexes[i];
      if (!(gates ? gate.MayMatch((*gates)[i], re) : gate.MayMatch(re))) continue;
      std::vector<Span>& into = i < lexicon->term_regexes ? terms : it->second;
      ForEachMatch(re.get(), normalized.text, [&](Span n) { into.push_back(n); });
    }
    // The term list is one regex per atom: keep what a single alternation
    // of all its terms finds ("tidak tahu malu", not also "malu").
    for (Span s : LeftmostLongest(std::move(terms))) it->second.push_back(s);
    std::sort(it->second.begin(), it->second.end());
  }
  return it->second;
}

Span CheckContext::FirstLine() const {
  const std::string_view line = source.Line(1);
  return {0, static_cast<uint32_t>(line.size())};
}

}  // namespace santun
