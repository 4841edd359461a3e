#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// A position in a SourceText. Lines and columns are 1-based; `column` counts
/// UTF-8 bytes, `column_utf16` UTF-16 code units and `column_chars` code
/// points from the start of the line.
struct Position {
  uint32_t offset = 0;
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t column_utf16 = 1;
  uint32_t column_chars = 1;
};

/// One message as read: its display name and its original bytes, which must
/// be valid UTF-8 (check with utf8::FindInvalid before constructing). Every
/// diagnostic span is a byte range into `text()`. Lines end at "\n", "\r\n"
/// or a lone "\r".
class SourceText {
 public:
  SourceText(std::string name, std::string bytes);

  const std::string& name() const { return name_; }
  std::string_view text() const { return bytes_; }
  bool is_ascii() const { return is_ascii_; }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

  /// Returns the position of a byte offset (offset <= size(); an offset
  /// inside a multi-byte character counts as that character's start).
  Position PositionOf(uint32_t offset) const;

  /// Returns the text of a 1-based line without its line terminator.
  std::string_view Line(uint32_t line) const;

  /// Returns the byte offset where a 1-based line starts.
  uint32_t LineStart(uint32_t line) const { return line_starts_[line - 1]; }

 private:
  // Where PositionOf's walk from a line start passes a byte offset, with the
  // UTF-16 units and code points counted so far on that line: a column is
  // then counted from the nearest checkpoint before it, not from the start
  // of a long line (once per diagnostic, that was quadratic).
  struct Checkpoint {
    uint32_t offset, units, chars;
  };
  static constexpr uint32_t kCheckpointBytes = 512;

  std::string name_;
  std::string bytes_;
  std::vector<uint32_t> line_starts_;
  std::vector<Checkpoint> checkpoints_;  // sorted by offset; only in lines longer than kCheckpointBytes
  bool is_ascii_;
};

}  // namespace santun
