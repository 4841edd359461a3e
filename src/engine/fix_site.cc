#include "engine/fix_site.h"

#include <algorithm>

#include "text/ascii.h"

namespace santun {
namespace {

std::string TextOf(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.size())); }

bool Has(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

FixSite MakeFixSite(const SourceText& source, const NormalizedText& normalized, const Scopes& scopes, Facts& facts,
                    uint32_t normalized_begin, Span hit, const Captures* captures) {
  FixSite site;
  site.text = source.text();
  site.hit = hit;
  Span sentence = hit;
  if (!normalized.text.empty()) {
    const uint32_t at = std::min<uint32_t>(normalized_begin, static_cast<uint32_t>(normalized.text.size()) - 1);
    sentence = normalized.ToOriginal(scopes.SentenceAt(at));
  }
  while (sentence.begin < sentence.end && ascii::IsSpace(site.text[sentence.begin])) ++sentence.begin;
  while (sentence.end > sentence.begin && ascii::IsSpace(site.text[sentence.end - 1])) --sentence.end;
  if (!sentence.Contains(hit)) sentence = {std::min(sentence.begin, hit.begin), std::max(sentence.end, hit.end)};
  site.sentence = sentence;
  site.captures = captures;
  site.kept = &facts.kept_mentions();
  site.template_mode = facts.template_mode();
  return site;
}

void AddFactCaptures(const FixSpec& spec, Facts& facts, std::string_view text, Span sentence, Span hit,
                     Captures* captures) {
  if (spec.kind != FixSpec::Kind::kReplace || spec.replacement.find('$') == std::string::npos) return;
  // The names the replacement uses, parsed once per hit.
  std::vector<std::string> names;
  ValidateTemplate(spec.replacement, &names);
  if (Has(names, "amount")) {
    std::optional<Span> found;
    if (const Amount* a = facts.FirstAmountIn(sentence)) found = a->span;
    const Placeholder* p = facts.FirstPlaceholder(Placeholder::Type::kAmount, sentence);
    if (p && (!found || p->span.begin < found->begin)) found = p->span;
    if (found) captures->Set("amount", TextOf(text, *found));
  }
  if (Has(names, "due_date")) {
    // A date inside the flagged text ("hari ini" of "hari ini juga") is what is being replaced.
    std::optional<Span> found;
    if (const DateMention* d = facts.FirstValidDateIn(sentence, hit)) found = d->span;
    if (const Placeholder* p = facts.FirstPlaceholder(Placeholder::Type::kDate, sentence);
        p && (!found || p->span < *found)) {
      found = p->span;
    }
    if (!found) {
      if (const DateMention* d = facts.FirstValidDate(/*from_today=*/true, hit)) found = d->span;
    }
    if (!found) {
      if (const DateMention* d = facts.FirstValidDate(/*from_today=*/false, hit)) found = d->span;
    }
    if (!found) {
      if (const Placeholder* p = facts.FirstPlaceholder(Placeholder::Type::kDate, std::nullopt)) found = p->span;
    }
    if (found) captures->Set("due_date", TextOf(text, *found));
  }
}

}  // namespace santun
