#include "rewrite/unified_diff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace santun {
namespace {

constexpr long long kContext = 3;

std::vector<std::string> Lines(std::string_view s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
    lines.emplace_back(s.substr(start, end - start));
    start = end;
  }
  return lines;
}

struct Line {
  dtl::edit_t type;
  const std::string* text;
};

void Emit(std::string& out, char mark, const std::string& line) {
  out.push_back(mark);
  if (!line.empty() && line.back() == '\n') {
    out.append(line);
  } else {
    out.append(line);
    out.append("\n\\ No newline at end of file\n");
  }
}

std::string Range(long long start, long long count) {
  // The first line of the range, or the line before an empty one (GNU diff).
  return std::to_string(count == 0 ? start - 1 : start) + "," + std::to_string(count);
}

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, std::string_view path) {
  if (before == after) return "";
  const std::vector<std::string> a = Lines(before), b = Lines(after);
  dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
  diff.onHuge();
  diff.compose();
  const auto sequence = diff.getSes().getSequence();
  std::vector<Line> lines;
  lines.reserve(sequence.size());
  for (const auto& [text, info] : sequence) lines.push_back({info.type, &text});

  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  const auto n = static_cast<long long>(lines.size());
  long long i = 0, a_line = 1, b_line = 1;  // a_line/b_line: numbers of lines[i]
  while (i < n) {
    if (lines[static_cast<size_t>(i)].type == dtl::SES_COMMON) {
      ++i, ++a_line, ++b_line;
      continue;
    }
    // A hunk: back up over (common) context lines, then take changes until
    // more than two contexts' worth of common lines separate them.
    const long long back = std::min(kContext, i);
    const long long s = i - back, a_start = a_line - back, b_start = b_line - back;
    long long e = i, commons = 0, last_change = i;
    while (e < n) {
      if (lines[static_cast<size_t>(e)].type == dtl::SES_COMMON) {
        if (++commons > kContext * 2) break;
      } else {
        commons = 0;
        last_change = e;
      }
      ++e;
    }
    e = std::min(n, last_change + 1 + kContext);
    long long a_count = 0, b_count = 0;
    std::string body;
    for (long long k = s; k < e; ++k) {
      const Line& l = lines[static_cast<size_t>(k)];
      if (l.type != dtl::SES_ADD) ++a_count;
      if (l.type != dtl::SES_DELETE) ++b_count;
      Emit(body, l.type == dtl::SES_COMMON ? ' ' : l.type == dtl::SES_DELETE ? '-' : '+', *l.text);
    }
    out += "@@ -" + Range(a_start, a_count) + " +" + Range(b_start, b_count) + " @@\n" + body;
    for (long long k = i; k < e; ++k) {
      const Line& l = lines[static_cast<size_t>(k)];
      if (l.type != dtl::SES_ADD) ++a_line;
      if (l.type != dtl::SES_DELETE) ++b_line;
    }
    i = e;
  }
  return out;
}

}  // namespace santun
