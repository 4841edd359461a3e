#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// Calls f(hit, groups) for every match of `re` in `text`, left to right:
/// `hit` is the span of the group named "hit" when the pattern has one, else
/// the whole match. Empty matches are skipped; the search resumes after each
/// hit, at a character boundary. With `all_groups`, `groups` holds every
/// capturing group's span (nullopt for a group that did not take part;
/// index 0 = the whole match; none beyond the 15th group), else it is empty.
template <typename F>
void ForEachMatchGroups(const RE2& re, std::string_view text, bool all_groups, F&& f) {
  const auto& names = re.NamedCapturingGroups();
  auto it = names.find("hit");
  const int hit = it == names.end() ? 0 : it->second;
  if (hit >= 16) return;
  const int n = all_groups ? std::min(std::max(hit, re.NumberOfCapturingGroups()), 15) + 1 : hit + 1;
  re2::StringPiece groups[16];
  std::vector<std::optional<Span>> spans;
  size_t pos = 0;
  const re2::StringPiece whole(text.data(), text.size());
  while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, groups, n)) {
    re2::StringPiece g = groups[hit].data() ? groups[hit] : groups[0];
    auto b = static_cast<uint32_t>(g.data() - text.data());
    auto e = static_cast<uint32_t>(b + g.size());
    if (e > b) {
      spans.clear();
      if (all_groups) {
        for (int i = 0; i < n; ++i) {
          if (!groups[i].data()) {
            spans.push_back(std::nullopt);
            continue;
          }
          const auto gb = static_cast<uint32_t>(groups[i].data() - text.data());
          spans.push_back(Span{gb, gb + static_cast<uint32_t>(groups[i].size())});
        }
      }
      f(Span{b, e}, spans);
    }
    size_t next = std::max<size_t>(e, static_cast<size_t>(groups[0].data() - text.data()) + 1);
    if (next <= pos) next = pos + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    pos = next;
  }
}

/// Keeps what one alternation of several regexes would find: spans sorted
/// by start, and of overlapping spans the leftmost, then the longest.
inline std::vector<Span> LeftmostLongest(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(),
            [](Span a, Span b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  std::vector<Span> out;
  for (Span s : spans) {
    if (out.empty() || s.begin >= out.back().end) out.push_back(s);
  }
  return out;
}

/// Calls f(hit) for every match, as ForEachMatchGroups.
template <typename F>
void ForEachMatch(const RE2& re, std::string_view text, F&& f) {
  ForEachMatchGroups(re, text, false, [&](Span hit, const std::vector<std::optional<Span>>&) { f(hit); });
}

}  // namespace santun
