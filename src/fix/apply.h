#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"

namespace santun {

/// Applies `edits` to `text`: sorted by position, an edit that overlaps one
/// already taken is skipped (Conflicts). Returns the new text; *applied
/// (optional) receives the number of edits used.
std::string ApplyEdits(std::string_view text, std::vector<Edit> edits, size_t* applied = nullptr);

/// Returns true when two edits cannot both be applied: their ranges
/// overlap, two insertions share a point, or an insertion falls strictly
/// inside a replaced range.
bool Conflicts(const Edit& a, const Edit& b);

/// Applies whole fixes to `text`: in order of their first edit (ties keep
/// the given order), a fix is taken when none of its edits conflicts with an
/// edit already taken, else skipped (a later pass may apply it). A fix with
/// an `alternative` uses it instead when what it would insert is already in
/// the text or in a fix taken before. Returns the new text; *applied
/// (optional) receives the number of fixes taken.
std::string ApplyFixes(std::string_view text, const std::vector<const Fix*>& fixes, size_t* applied = nullptr);

}  // namespace santun
