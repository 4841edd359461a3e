#include "stream/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace santun {

LineReader::LineReader(int fd, size_t max_line) : fd_(fd), max_line_(max_line), buffer_(64 << 10) {}

bool LineReader::Fill() {
  if (eof_) return false;
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.data(), buffer_.size());
  } while (n < 0 && errno == EINTR);
  begin_ = 0;
  end_ = n > 0 ? static_cast<size_t>(n) : 0;
  if (n <= 0) {
    eof_ = true;
    if (n < 0) error_ = errno;
    return false;
  }
  return true;
}

bool LineReader::LineBuffered() const {
  return begin_ < end_ && std::memchr(buffer_.data() + begin_, '\n', end_ - begin_) != nullptr;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) {
      if (error_) return false;
      if (!any) return false;
      ++line_number_;  // the last line, without "\n"
      return true;
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const size_t take = nl ? static_cast<size_t>(nl - start) : end_ - begin_;
    if (!*too_long) {
      if (line->size() + take > max_line_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    begin_ += take;
    if (nl) {
      ++begin_;
      ++line_number_;
      return true;
    }
  }
}

}  // namespace santun
