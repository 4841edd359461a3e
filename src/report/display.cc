#include "report/display.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <vector>

#include "text/utf8.h"
#include "text/visible.h"

namespace santun {

int CellWidth(char32_t c) {
  auto u = static_cast<UChar32>(c);
  if (c < 0x80) return 1;
  int8_t type = u_charType(u);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) return 0;
  int ea = u_getIntPropertyValue(u, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) return 2;
  if (u_hasBinaryProperty(u, UCHAR_EMOJI_PRESENTATION)) return 2;
  return 1;
}

namespace {

struct Cell {
  size_t offset;  // byte offset in the line
  std::string text;
  int width;
};

}  // namespace

DisplayLine RenderLine(std::string_view line, size_t begin, size_t end, int max_width) {
  std::vector<Cell> cells;
  for (size_t i = 0; i < line.size();) {
    int len;
    char32_t c = utf8::Decode(line, i, &len);
    Cell cell{i, "", 1};
    if (c == '\t') {
      cell.text = " ";
    } else if (IsInvisible(c)) {
      cell.text = "\xEF\xBF\xBD";  // U+FFFD
    } else {
      cell.text.assign(line.substr(i, static_cast<size_t>(len)));
      cell.width = CellWidth(c);
    }
    cells.push_back(std::move(cell));
    i += static_cast<size_t>(len);
  }
  int total = 0, prefix = 0, range = 0;
  for (const Cell& c : cells) {
    total += c.width;
    if (c.offset < begin)
      prefix += c.width;
    else if (c.offset < end)
      range += c.width;
  }
  // Window: keep 30 cells of context before the range when the line is long.
  int from = 0;
  if (total > max_width && prefix > 30) from = prefix - 30;
  int to = std::max(from + max_width, prefix + range);
  DisplayLine out;
  int col = 0;
  if (from > 0) {
    out.text = "…";
    out.prefix_width = 1;
  }
  for (const Cell& c : cells) {
    int next = col + c.width;
    if (col >= from && next <= to) {
      out.text += c.text;
      if (c.offset < begin) out.prefix_width += c.width;
    }
    col = next;
  }
  if (to < total) out.text += "…";
  out.range_width = std::max(1, range);
  return out;
}

}  // namespace santun
