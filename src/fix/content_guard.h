#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "fix/fix.h"

namespace santun {

/// Whether a message keeps any content (a letter or digit; any non-ASCII
/// byte counts as a letter) after a fix. A fix, or a chain of fixes, must
/// never leave an empty message: "Dasar p3n1pu!!!" is all insult, and
/// removing it would delete the message rather than make it polite.
class ContentGuard {
 public:
  /// Counts the content bytes of `text` once; each query is then O(edits).
  explicit ContentGuard(std::string_view text);

  /// Returns true when applying `edits` (sorted, non-overlapping) leaves content.
  bool LeavesContent(const std::vector<Edit>& edits) const;
  /// Returns true when the fix leaves content with its edits and with its
  /// alternative (the removal ApplyFixes uses when the stock phrase is there).
  bool LeavesContent(const Fix& fix) const;

  /// Makes display-only every fix that would empty the message, so that no
  /// --fix level applies it; it is still shown.
  void DemoteEmptyingFixes(std::vector<Fix>* fixes) const;

 private:
  std::vector<uint32_t> before_;  // before_[i]: content bytes in text[0, i)
};

/// Returns true when `text` has a letter or digit (or any non-ASCII byte).
bool HasContent(std::string_view text);

}  // namespace santun
