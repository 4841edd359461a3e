#include "engine/quoted_masking.h"

#include <algorithm>

#include "text/ascii.h"
#include "text/visible.h"

namespace santun {
namespace {

constexpr size_t kMinValueBytes = 5;

// The first place at or after `from` where `needle` occurs in `hay`,
// ignoring ASCII case.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && ascii::ToLower(hay[i + k]) == ascii::ToLower(needle[k])) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

void ReplaceAll(std::string* text, std::string_view raw, std::string_view masked) {
  for (size_t at = FindNoCase(*text, raw, 0); at != std::string::npos;
       at = FindNoCase(*text, raw, at + masked.size())) {
    text->replace(at, raw.size(), masked);
  }
}

bool Touches(Span span, const std::vector<Redaction>& redactions) {
  for (const Redaction& r : redactions) {
    if (r.span.Overlaps(span)) return true;
  }
  return false;
}

// True when `replacement` (of an edit of the same length at `span`) still
// repeats, ignoring ASCII case, the source bytes of a redaction it covers: a
// change of case does, a rule's own mask ("************0007") does not.
bool RepeatsRedacted(std::string_view replacement, Span span, std::string_view source,
                     const std::vector<Redaction>& redactions) {
  for (const Redaction& r : redactions) {
    if (!r.span.Overlaps(span)) continue;
    const uint32_t b = std::max(r.span.begin, span.begin), e = std::min(r.span.end, span.end);
    bool same = true;
    for (uint32_t i = b; i < e && same; ++i) {
      same = ascii::ToLower(replacement[i - span.begin]) == ascii::ToLower(source[i]);
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

std::string MaskValues(std::string_view text, std::string_view source, const std::vector<Redaction>& redactions) {
  std::string out(text);
  for (const Redaction& r : redactions) {
    if (r.span.end > source.size() || r.span.size() < kMinValueBytes || r.text.empty()) continue;
    const std::string_view raw = source.substr(r.span.begin, r.span.size());
    ReplaceAll(&out, raw, r.text);
    // As a one-line message shows it (a value over two lines).
    const std::string shown = OneLine(raw, raw.size());
    if (shown != raw) ReplaceAll(&out, shown, OneLine(r.text, r.text.size()));
  }
  return out;
}

void MaskQuoted(std::string_view source, const std::vector<Redaction>& all, Diagnostic* d) {
  if (d->masked || all.empty()) return;
  // Only the values where the diagnostic and its edits are can be quoted:
  // `all` is sorted and without overlaps, so they are one run of it, found by
  // binary search (linear work per message, not diagnostics x values).
  Span area = d->span;
  for (const Fix& fix : d->fixes) {
    for (const auto* edits : {&fix.edits, &fix.alternative}) {
      for (const Edit& e : *edits) area = {std::min(area.begin, e.span.begin), std::max(area.end, e.span.end)};
    }
  }
  auto first = std::lower_bound(all.begin(), all.end(), area.begin,
                                [](const Redaction& r, uint32_t at) { return r.span.end <= at; });
  auto last = first;
  while (last != all.end() && last->span.begin < std::max(area.end, area.begin + 1)) ++last;
  if (first == last) return;
  const std::vector<Redaction> redactions(first, last);
  if (Touches(d->span, redactions) && d->span.end <= source.size()) {
    const std::string masked = Redact(source.substr(d->span.begin, d->span.size()), d->span.begin, redactions);
    // {match} put the quote on one line and cut it; put the masked one there.
    const std::string old_shown = OneLine(d->matched), new_shown = OneLine(masked);
    for (size_t at = d->message.find(old_shown); !old_shown.empty() && at != std::string::npos;
         at = d->message.find(old_shown, at + new_shown.size())) {
      d->message.replace(at, old_shown.size(), new_shown);
    }
    d->matched = masked;
  }
  d->message = MaskValues(d->message, source, redactions);
  auto mask_edits = [&](std::vector<Edit>* edits) {
    for (Edit& e : *edits) {
      if (e.replacement.size() == e.span.size() && e.span.end <= source.size() &&
          RepeatsRedacted(e.replacement, e.span, source, redactions)) {
        e.replacement = Redact(e.replacement, e.span.begin, redactions);
      }
      e.replacement = MaskValues(e.replacement, source, redactions);
    }
  };
  for (Fix& fix : d->fixes) {
    fix.title = MaskValues(fix.title, source, redactions);
    mask_edits(&fix.edits);
    mask_edits(&fix.alternative);
  }
}

}  // namespace santun
