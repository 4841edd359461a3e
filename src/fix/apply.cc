#include "fix/apply.h"

#include <algorithm>

namespace santun {

bool Conflicts(const Edit& a, const Edit& b) {
  if (a.span.empty() && b.span.empty()) return a.span.begin == b.span.begin;
  if (a.span.empty()) return b.span.begin < a.span.begin && a.span.begin < b.span.end;
  if (b.span.empty()) return a.span.begin < b.span.begin && b.span.begin < a.span.end;
  return a.span.Overlaps(b.span);
}

std::string ApplyEdits(std::string_view text, std::vector<Edit> edits, size_t* applied) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span < b.span; });
  std::vector<Edit> taken;
  for (Edit& e : edits) {
    if (e.span.end > text.size()) continue;
    if (std::any_of(taken.begin(), taken.end(), [&](const Edit& t) { return Conflicts(t, e); })) continue;
    taken.push_back(std::move(e));
  }
  std::string out;
  out.reserve(text.size());
  uint32_t pos = 0;
  for (const Edit& e : taken) {
    out.append(text.substr(pos, e.span.begin - pos));
    out.append(e.replacement);
    pos = e.span.end;
  }
  out.append(text.substr(pos));
  if (applied) *applied = taken.size();
  return out;
}

std::string ApplyFixes(std::string_view text, const std::vector<const Fix*>& fixes, size_t* applied) {
  std::vector<const Fix*> order;
  for (const Fix* f : fixes) {
    if (f && !f->edits.empty()) order.push_back(f);
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const Fix* a, const Fix* b) { return a->edits.front().span < b->edits.front().span; });
  std::vector<Edit> taken;
  std::vector<std::string> inserted;
  size_t count = 0;
  for (const Fix* f : order) {
    const std::vector<Edit>* edits = &f->edits;
    if (!f->alternative.empty()) {
      for (const Edit& e : f->edits) {
        if (e.replacement.empty()) continue;
        const bool said = text.find(e.replacement) != std::string_view::npos ||
                          std::find(inserted.begin(), inserted.end(), e.replacement) != inserted.end();
        if (said) edits = &f->alternative;
      }
    }
    const bool clash = std::any_of(edits->begin(), edits->end(), [&](const Edit& e) {
      return e.span.end > text.size() ||
             std::any_of(taken.begin(), taken.end(), [&](const Edit& t) { return Conflicts(t, e); });
    });
    if (clash) continue;
    for (const Edit& e : *edits) {
      taken.push_back(e);
      if (!e.replacement.empty()) inserted.push_back(e.replacement);
    }
    ++count;
  }
  if (applied) *applied = count;
  return ApplyEdits(text, std::move(taken));
}

}  // namespace santun
