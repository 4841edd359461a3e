#include "fix/build.h"

#include <algorithm>

#include "extract/placeholder.h"
#include "fix/removal.h"
#include "text/ascii.h"

namespace santun {
namespace {

// Where the clause that starts before `pos` ends: at , ; : . ! ? or a line
// break (not the separators inside a number such as "1.500.000"), before the
// blanks that precede it.
uint32_t ClauseEnd(std::string_view text, uint32_t pos) {
  uint32_t i = pos;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';') break;
    if (c == '.' || c == ',' || c == ':') {
      const bool in_number = i > 0 && i + 1 < text.size() && ascii::IsDigit(text[i - 1]) && ascii::IsDigit(text[i + 1]);
      if (!in_number) break;
    }
  }
  while (i > pos && ascii::IsBlank(text[i - 1])) --i;
  // Before a closing particle: "lunasin ya" -> "lunasin paling lambat … ya".
  static constexpr std::string_view kParticles[] = {"ya", "yah", "dong", "sih", "deh", "please", "pls"};
  uint32_t w = i;
  while (w > pos && ascii::IsLetter(text[w - 1])) --w;
  const std::string word = ascii::ToLower(text.substr(w, i - w));
  if (w > pos && std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles)) {
    while (w > pos && ascii::IsBlank(text[w - 1])) --w;
    i = w;
  }
  return i;
}

std::vector<Edit> ReplaceEdits(const FixSpec& spec, const FixSite& site, std::vector<Edit>* alternative) {
  std::string text = ExpandTemplate(spec.replacement, site.captures ? *site.captures : Captures{});
  const bool adapt = !spec.replacement.empty() && ascii::IsLetter(spec.replacement[0]);
  auto cased = [&](uint32_t at) { return adapt ? AdaptFirstLetter(text, AtSentenceStart(site.text, at)) : text; };
  switch (spec.range) {
    case FixSpec::Range::kHit: return {{site.hit, cased(site.hit.begin)}};
    case FixSpec::Range::kSentence:
      *alternative = RemoveSentenceEdits(site.text, site.sentence);
      return {{site.sentence, cased(site.sentence.begin)}};
    case FixSpec::Range::kRestOfSentence: {
      uint32_t end = std::max(site.hit.end, site.sentence.end);
      while (end < site.text.size() && (site.text[end] == '.' || site.text[end] == '!' || site.text[end] == '?')) ++end;
      return {{{site.hit.begin, end}, cased(site.hit.begin)}};
    }
    case FixSpec::Range::kEndOfClause: {
      // "Mohon segera lunasi tagihan." -> "Mohon lunasi tagihan paling lambat …."
      const uint32_t end = ClauseEnd(site.text, site.hit.end);
      if (end > site.hit.end) {
        std::vector<Edit> edits = RemoveEdits(site.text, site.hit, {});
        const bool clash = std::any_of(edits.begin(), edits.end(),
                                       [&](const Edit& e) { return e.span.begin < end && end < e.span.end; });
        if (!clash) {
          edits.push_back({{end, end}, " " + (adapt ? AdaptFirstLetter(text, false) : text)});
          return edits;
        }
      }
      return {{site.hit, cased(site.hit.begin)}};  // the hit ends its clause: replace it where it is
    }
    case FixSpec::Range::kAfterSentence: {
      const uint32_t at = site.sentence.end;
      const bool closed = at > 0 && (site.text[at - 1] == '.' || site.text[at - 1] == '!' || site.text[at - 1] == '?');
      return {{{at, at}, (closed ? " " : ". ") + (adapt ? AdaptFirstLetter(text, true) : text)}};
    }
  }
  return {};
}

// True when the fix inserts a placeholder that the text it replaces did not have.
bool InsertsPlaceholder(std::string_view text, const std::vector<Edit>& edits) {
  for (const Edit& e : edits) {
    const std::string_view old = text.substr(e.span.begin, e.span.size());
    for (const Placeholder& p : ExtractPlaceholders(e.replacement)) {
      const std::string_view shown = std::string_view(e.replacement).substr(p.span.begin, p.span.size());
      if (old.find(shown) == std::string_view::npos) return true;
    }
  }
  return false;
}

// True when an edit deletes or changes a kept mention that its replacement
// does not restate. Only mentions that begin within `longest` before the
// edit can reach into it.
bool LosesMention(std::string_view text, const std::vector<Edit>& edits, const KeptMentions* kept) {
  if (kept == nullptr) return false;
  for (const Edit& e : edits) {
    const uint32_t from = e.span.begin > kept->longest ? e.span.begin - kept->longest : 0;
    auto it = std::lower_bound(kept->spans.begin(), kept->spans.end(), from,
                               [](const Span& s, uint32_t at) { return s.begin < at; });
    for (; it != kept->spans.end() && it->begin < std::max(e.span.end, e.span.begin + 1); ++it) {
      const Span& k = *it;
      const bool touched = e.span.empty() ? (k.begin < e.span.begin && e.span.begin < k.end) : e.span.Overlaps(k);
      if (!touched) continue;
      if (e.replacement.find(text.substr(k.begin, k.size())) == std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

std::string GenericMask(std::string_view value) {
  const auto alnum = static_cast<size_t>(std::count_if(value.begin(), value.end(), ascii::IsAlnum));
  const size_t keep = alnum >= 8 ? 4 : 0;
  std::string out(value);
  size_t seen = 0;
  for (char& c : out) {
    if (!ascii::IsAlnum(c)) continue;
    ++seen;
    if (seen + keep <= alnum) c = '*';
  }
  return out;
}

KeptMentions KeptMentions::Of(std::vector<Span> spans) {
  KeptMentions kept;
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (const Span& s : spans) kept.longest = std::max(kept.longest, s.size());
  kept.spans = std::move(spans);
  return kept;
}

std::optional<Fix> BuildFix(const FixSpec& spec, const FixSite& site) {
  Fix fix;
  fix.title = spec.title;
  fix.applicability = spec.applicability;
  switch (spec.kind) {
    case FixSpec::Kind::kNone: return std::nullopt;
    case FixSpec::Kind::kFromCheck:
      if (!site.check_edits || site.check_edits->empty()) return std::nullopt;
      fix.edits = *site.check_edits;
      break;
    case FixSpec::Kind::kMask: {
      const std::string* masked = site.captures ? site.captures->Find("masked") : nullptr;
      fix.edits = {{site.hit, masked ? *masked : GenericMask(site.text.substr(site.hit.begin, site.hit.size()))}};
      break;
    }
    case FixSpec::Kind::kRemove:
      fix.edits = spec.range == FixSpec::Range::kSentence ? RemoveSentenceEdits(site.text, site.sentence)
                                                          : RemoveEdits(site.text, site.hit, spec.with_words);
      break;
    case FixSpec::Kind::kReplace: fix.edits = ReplaceEdits(spec, site, &fix.alternative); break;
  }
  std::erase_if(fix.edits, [&](const Edit& e) {
    return e.span.end > site.text.size() || site.text.substr(e.span.begin, e.span.size()) == e.replacement;
  });
  if (fix.edits.empty()) return std::nullopt;
  std::sort(fix.edits.begin(), fix.edits.end(), [](const Edit& a, const Edit& b) { return a.span < b.span; });
  if (spec.kind != FixSpec::Kind::kFromCheck && ((!site.template_mode && InsertsPlaceholder(site.text, fix.edits)) ||
                                                 LosesMention(site.text, fix.edits, site.kept))) {
    fix.applicability = Applicability::kDisplayOnly;
  }
  return fix;
}

}  // namespace santun
