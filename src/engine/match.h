#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "text/span.h"

namespace santun {

/// Calls f(span) for every match of `re` in `text`, left to right: the span
/// of the group named "hit" when the pattern has one, else the whole match.
/// Empty matches are skipped; the search resumes after each hit, at a
/// character boundary.
template <typename F>
void ForEachMatch(const RE2& re, std::string_view text, F&& f) {
  const auto& names = re.NamedCapturingGroups();
  auto it = names.find("hit");
  const int hit = it == names.end() ? 0 : it->second;
  const int n = hit + 1;
  re2::StringPiece groups[16];
  if (n > 16) return;
  size_t pos = 0;
  const re2::StringPiece whole(text.data(), text.size());
  while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, groups, n)) {
    re2::StringPiece g = groups[hit].data() ? groups[hit] : groups[0];
    auto b = static_cast<uint32_t>(g.data() - text.data());
    auto e = static_cast<uint32_t>(b + g.size());
    if (e > b) f(Span{b, e});
    size_t next = std::max<size_t>(e, static_cast<size_t>(groups[0].data() - text.data()) + 1);
    if (next <= pos) next = pos + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    pos = next;
  }
}

}  // namespace santun
