#pragma once

#include <string>
#include <vector>

namespace santun {

/// Reads a file descriptor line by line with a bounded buffer: a line longer
/// than `max_line` bytes is skipped up to its end and reported as too long,
/// so that no input can make it hold more than max_line + 64 KiB. It uses
/// read(2), which returns what a pipe has, so a line is available as soon as
/// it arrives (fread would wait for a full buffer).
class LineReader {
 public:
  /// `fd` stays owned by the caller.
  LineReader(int fd, size_t max_line);

  /// Reads the next line into *line, without its "\n" (a "\r" before it is
  /// kept). Returns false at the end of input or on a read error (see
  /// error()). A last line without "\n" is returned too. *too_long is set
  /// when the line was longer than max_line (then *line is empty).
  bool Next(std::string* line, bool* too_long);

  /// True when a whole line is already buffered: Next() will not wait.
  bool LineBuffered() const;

  /// The 1-based number of the line last returned.
  int line_number() const { return line_number_; }
  /// errno of a failed read, else 0.
  int error() const { return error_; }

 private:
  bool Fill();

  int fd_;
  size_t max_line_;
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  int error_ = 0;
  int line_number_ = 0;
};

}  // namespace santun
