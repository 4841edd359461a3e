#include "fix/apply.h"

#include <algorithm>

namespace santun {

std::string ApplyEdits(std::string_view text, std::vector<Edit> edits, size_t* applied) {
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.span < b.span; });
  std::string out;
  out.reserve(text.size());
  uint32_t pos = 0;
  size_t used = 0;
  bool have_previous = false;
  Span previous;
  for (const Edit& e : edits) {
    if (e.span.end > text.size() || e.span.begin < pos) continue;
    // Two insertions at the same point, or an insertion inside a deletion, overlap too.
    if (have_previous && e.span.begin == previous.end && e.span.empty() && previous.empty()) continue;
    out.append(text.substr(pos, e.span.begin - pos));
    out.append(e.replacement);
    pos = e.span.end;
    previous = e.span;
    have_previous = true;
    ++used;
  }
  out.append(text.substr(pos));
  if (applied) *applied = used;
  return out;
}

}  // namespace santun
