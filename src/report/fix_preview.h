#pragma once

#include <string>
#include <vector>

#include "fix/fix.h"
#include "text/source_text.h"

namespace santun {

/// The lines a fix touches, before and after it, for a small diff under a
/// diagnostic. Lines are shown as RenderLine shows them (no control
/// characters); a fix that removes whole lines has fewer `after` lines.
struct FixPreview {
  uint32_t first_line = 1;          // 1-based line of before[0] (and after[0])
  std::vector<std::string> before;  // at most kMaxPreviewLines
  std::vector<std::string> after;
  bool cut = false;  // more lines than shown
};

inline constexpr size_t kMaxPreviewLines = 4;

/// Returns the preview of `fix` applied alone to `source`.
FixPreview PreviewFix(const SourceText& source, const Fix& fix);

}  // namespace santun
