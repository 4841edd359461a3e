#include "text/source_text.h"

#include <algorithm>

#include "text/utf8.h"

namespace santun {

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)), is_ascii_(utf8::IsAscii(bytes_)) {
  line_starts_.push_back(0);
  const size_t n = bytes_.size();
  for (size_t i = 0; i < n; ++i) {
    char c = bytes_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == n || bytes_[i + 1] != '\n'))) {
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  if (is_ascii_) return;
  for (size_t l = 0; l < line_starts_.size(); ++l) {
    const uint32_t start = line_starts_[l];
    const auto end = l + 1 < line_starts_.size() ? line_starts_[l + 1] : static_cast<uint32_t>(n);
    if (end - start <= kCheckpointBytes) continue;
    uint32_t units = 0, chars = 0, next = start + kCheckpointBytes;
    for (uint32_t i = start; i < end;) {
      if (i >= next) {
        checkpoints_.push_back({i, units, chars});
        next = i + kCheckpointBytes;
      }
      int len;
      const char32_t c = utf8::Decode(bytes_, i, &len);
      units += utf8::Utf16Units(c);
      ++chars;
      i += len;
    }
  }
}

Position SourceText::PositionOf(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(bytes_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  uint32_t start = line_starts_[line - 1];
  Position pos;
  pos.offset = offset;
  pos.line = line;
  pos.column = offset - start + 1;
  if (is_ascii_) {
    pos.column_utf16 = pos.column_chars = pos.column;
    return pos;
  }
  uint32_t units = 0, chars = 0, from = start;
  auto cp = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                             [](uint32_t o, const Checkpoint& c) { return o < c.offset; });
  if (cp != checkpoints_.begin() && std::prev(cp)->offset >= start) {
    --cp;
    from = cp->offset;
    units = cp->units;
    chars = cp->chars;
  }
  for (uint32_t i = from; i < offset;) {
    int len;
    char32_t c = utf8::Decode(bytes_, i, &len);
    if (i + len > offset) break;  // offset inside a character
    units += utf8::Utf16Units(c);
    ++chars;
    i += len;
  }
  pos.column_utf16 = units + 1;
  pos.column_chars = chars + 1;
  return pos;
}

std::string_view SourceText::Line(uint32_t line) const {
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(bytes_.size());
  std::string_view s(bytes_.data() + start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace santun
