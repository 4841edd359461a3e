#pragma once

#include <cstddef>
#include <string_view>

namespace santun {

/// The deepest nesting of arrays and inline tables that santun reads.
/// toml11 parses them recursively: 6000 '[' overflowed the stack (issue 18).
inline constexpr int kMaxTomlNesting = 32;

/// Returns the byte offset of the first '[' or '{' that opens a level deeper
/// than `max_depth` (or of the '.' that gives a dotted key more parts than
/// that), or std::string_view::npos. Strings and comments are skipped, so a
/// '[' inside "..." or after '#' does not count.
size_t FindDeepNesting(std::string_view toml, int max_depth = kMaxTomlNesting);

}  // namespace santun
