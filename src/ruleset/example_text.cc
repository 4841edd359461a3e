#include "ruleset/example_text.h"

#include <algorithm>

namespace santun {

bool ParseExampleText(std::string_view marked, std::string* text, std::vector<Span>* spans, std::string* error) {
  text->clear();
  spans->clear();
  bool open = false;
  uint32_t start = 0;
  for (size_t i = 0; i < marked.size(); ++i) {
    std::string_view rest = marked.substr(i);
    if (rest.rfind("\\<<", 0) == 0 || rest.rfind("\\>>", 0) == 0) {
      text->append(rest.substr(1, 2));
      i += 2;
    } else if (rest.rfind("<<", 0) == 0) {
      if (open) {
        *error = "nested '<<' marker at byte " + std::to_string(i);
        return false;
      }
      open = true;
      start = static_cast<uint32_t>(text->size());
      i += 1;
    } else if (rest.rfind(">>", 0) == 0) {
      if (!open) {
        *error = "'>>' without '<<' at byte " + std::to_string(i);
        return false;
      }
      open = false;
      auto end = static_cast<uint32_t>(text->size());
      if (end == start) {
        *error = "empty <<>> marker at byte " + std::to_string(i);
        return false;
      }
      spans->push_back({start, end});
      i += 1;
    } else {
      text->push_back(marked[i]);
    }
  }
  if (open) {
    *error = "'<<' marker is never closed";
    return false;
  }
  return true;
}

std::string MarkSpans(std::string_view text, const std::vector<Span>& spans) {
  std::vector<Span> sorted = spans;
  std::sort(sorted.begin(), sorted.end());
  std::string out;
  uint32_t pos = 0;
  for (const Span& s : sorted) {
    if (s.begin < pos || s.end > text.size()) continue;
    out.append(text.substr(pos, s.begin - pos));
    out += "<<";
    out.append(text.substr(s.begin, s.size()));
    out += ">>";
    pos = s.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace santun
