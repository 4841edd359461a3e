#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"

namespace santun {

/// Applies `edits` to `text`: sorted by position, an edit that overlaps one
/// already taken is skipped. Returns the new text; *applied (optional)
/// receives the number of edits used.
std::string ApplyEdits(std::string_view text, std::vector<Edit> edits, size_t* applied = nullptr);

}  // namespace santun
