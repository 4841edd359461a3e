#include "engine/fix_site.h"

#include <algorithm>

#include "text/ascii.h"

namespace santun {
namespace {

std::string TextOf(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.size())); }

bool Names(const FixSpec& spec, std::string_view name) {
  std::vector<std::string> names;
  ValidateTemplate(spec.replacement, &names);
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
  for (const Amount& a : facts.amounts()) site.kept.push_back(a.span);
  for (const DateMention& d : facts.dates()) site.kept.push_back(d.span);
  for (const Placeholder& p : facts.placeholders()) site.kept.push_back(p.span);
  site.template_mode = facts.template_mode();
  return site;
}

void AddFactCaptures(const FixSpec& spec, Facts& facts, std::string_view text, Span sentence, Span hit,
                     Captures* captures) {
  if (spec.kind != FixSpec::Kind::kReplace || spec.replacement.find('$') == std::string::npos) return;
  auto placeholder = [&](Placeholder::Type type, bool in_sentence) -> const Placeholder* {
    for (const Placeholder& p : facts.placeholders()) {
      if (p.type == type && !p.malformed && (!in_sentence || sentence.Contains(p.span))) return &p;
    }
    return nullptr;
  };
  if (Names(spec, "amount")) {
    std::optional<Span> found;
    for (const Amount& a : facts.amounts()) {
      if (sentence.Contains(a.span) && !found) found = a.span;
    }
    const Placeholder* p = placeholder(Placeholder::Type::kAmount, true);
    if (p && (!found || p->span.begin < found->begin)) found = p->span;
    if (found) captures->Set("amount", TextOf(text, *found));
  }
  if (Names(spec, "due_date")) {
    std::optional<Span> found;
    // A date inside the flagged text ("hari ini" of "hari ini juga") is what is being replaced.
    std::vector<const DateMention*> dates;
    for (const DateMention& d : facts.dates()) {
      if (d.valid && !d.span.Overlaps(hit)) dates.push_back(&d);
    }
    for (const DateMention* d : dates) {
      if (sentence.Contains(d->span) && !found) found = d->span;
    }
    if (const Placeholder* p = placeholder(Placeholder::Type::kDate, true); p && (!found || p->span < *found)) {
      found = p->span;
    }
    for (const DateMention* d : dates) {
      if (!found && d->date && *d->date >= facts.today()) found = d->span;
    }
    for (const DateMention* d : dates) {
      if (!found) found = d->span;
    }
    if (const Placeholder* p = placeholder(Placeholder::Type::kDate, false); p && !found) found = p->span;
    if (found) captures->Set("due_date", TextOf(text, *found));
  }
}

}  // namespace santun
