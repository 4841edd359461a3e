#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// Text rewritten for matching, with a map from every one of its bytes back to
/// the byte range of the original text that produced it. Spans found in
/// `text` are turned into original spans with ToOriginal(), so diagnostics
/// always point into what the user wrote.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> begin;  // begin[i]: original offset where text[i]'s source starts
  std::vector<uint32_t> end;    // end[i]: original offset where text[i]'s source ends

  /// Appends `s`, every byte of which comes from original range [ob, oe).
  void Append(std::string_view s, uint32_t ob, uint32_t oe) {
    text.append(s);
    begin.insert(begin.end(), s.size(), ob);
    end.insert(end.end(), s.size(), oe);
  }
  void Append(char c, uint32_t ob, uint32_t oe) {
    text.push_back(c);
    begin.push_back(ob);
    end.push_back(oe);
  }

  /// Returns the original range covered by the normalized range `n`. An
  /// empty range maps to an empty range at the corresponding position.
  Span ToOriginal(Span n) const {
    if (text.empty()) return {};
    if (n.empty()) {
      uint32_t at = n.begin < begin.size() ? begin[n.begin] : end.back();
      return {at, at};
    }
    return {begin[n.begin], end[n.end - 1]};
  }

  void Reserve(size_t n) {
    text.reserve(n);
    begin.reserve(n);
    end.reserve(n);
  }
};

}  // namespace santun
