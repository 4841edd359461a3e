#pragma once

#include <string>
#include <string_view>

namespace santun {

/// A source line prepared for a terminal: control characters, bidi controls
/// and other invisible format characters are shown as U+FFFD so that a
/// message can neither move the cursor nor reorder the line, and tabs as one
/// space. Columns are terminal cells (wide East Asian characters and most
/// emoji take two, combining marks none).
struct DisplayLine {
  std::string text;
  int prefix_width = 0;  // cells before the highlighted range
  int range_width = 0;   // cells of the highlighted range (at least 1)
};

/// Renders `line` (valid UTF-8), highlighting bytes [begin, end) of it.
/// Lines wider than `max_width` cells are cut around the range with "…".
DisplayLine RenderLine(std::string_view line, size_t begin, size_t end, int max_width = 100);

/// Returns the number of terminal cells `c` takes.
int CellWidth(char32_t c);

}  // namespace santun
