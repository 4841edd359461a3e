#include "text/skeleton.h"

namespace santun {

std::string Skeleton(std::string_view normalized) {
  std::string out;
  out.reserve(normalized.size());
  char previous = 0;
  for (char c : normalized) {
    if (c == 'l') c = 'i';
    const bool letter = c >= 'a' && c <= 'z';
    if (letter && c == previous) continue;
    out.push_back(c);
    previous = letter ? c : 0;
  }
  return out;
}

}  // namespace santun
