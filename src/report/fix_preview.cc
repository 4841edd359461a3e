#include "report/fix_preview.h"

#include <algorithm>

#include "fix/apply.h"
#include "report/display.h"

namespace santun {
namespace {

std::vector<std::string> SplitLines(std::string_view s, bool* cut) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    std::string_view line = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (lines.size() == kMaxPreviewLines) {
      *cut = true;
      break;
    }
    lines.push_back(RenderLine(line, 0, 0, 100).text);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

}  // namespace

FixPreview PreviewFix(const SourceText& source, const Fix& fix) {
  FixPreview p;
  if (fix.edits.empty()) return p;
  const std::string_view text = source.text();
  uint32_t b = fix.edits.front().span.begin, e = fix.edits.front().span.end;
  for (const Edit& edit : fix.edits) {
    b = std::min(b, edit.span.begin);
    e = std::max(e, edit.span.end);
  }
  const Position first = source.PositionOf(b);
  const Position last = source.PositionOf(e);
  const uint32_t ls = source.LineStart(first.line);
  const uint32_t le = source.LineStart(last.line) + static_cast<uint32_t>(source.Line(last.line).size());
  std::vector<Edit> shifted;
  for (const Edit& edit : fix.edits) {
    const uint32_t end = std::min(edit.span.end, le);
    shifted.push_back({{edit.span.begin - ls, end - ls}, edit.replacement});
  }
  const std::string_view region = text.substr(ls, le - ls);
  const std::string after = ApplyEdits(region, shifted);
  p.first_line = first.line;
  p.before = SplitLines(region, &p.cut);
  if (!after.empty()) p.after = SplitLines(after, &p.cut);
  return p;
}

}  // namespace santun
