#include "lsp/transport.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "text/ascii.h"

namespace santun::lsp {
namespace {

// A header's name or value without its blanks and the '\r' of a CRLF line end.
std::string_view TrimField(std::string_view s) { return ascii::TrimLeft(ascii::TrimRight(s, " \t\r")); }

enum class LineStatus { kLine, kEnd, kTooLong };

// std::getline with a bound: a line longer than kMaxHeaderLine is not read on.
LineStatus ReadLine(std::istream& in, std::string* line) {
  line->clear();
  std::streambuf* buf = in.rdbuf();
  while (true) {
    const int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return line->empty() ? LineStatus::kEnd : LineStatus::kLine;
    }
    if (c == '\n') return LineStatus::kLine;
    if (line->size() >= kMaxHeaderLine) return LineStatus::kTooLong;
    line->push_back(static_cast<char>(c));
  }
}

}  // namespace

ReadStatus ReadMessage(std::istream& in, std::string* body, std::string* error, size_t max_content) {
  std::string line;
  bool any_header = false;
  std::optional<size_t> length;
  while (true) {
    const LineStatus got = ReadLine(in, &line);
    if (got == LineStatus::kEnd) return any_header ? ReadStatus::kTruncated : ReadStatus::kEnd;
    if (got == LineStatus::kTooLong) {
      *error = "header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
      return ReadStatus::kBadHeader;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
      *error = "header line without ':': '" + line.substr(0, 80) + "'";
      return ReadStatus::kBadHeader;
    }
    if (ascii::ToLower(TrimField(std::string_view(line).substr(0, colon))) != "content-length") continue;
    const std::string value(TrimField(std::string_view(line).substr(colon + 1)));
    size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      *error = "bad Content-Length '" + value.substr(0, 40) + "'";
      return ReadStatus::kBadHeader;
    }
    length = n;
  }
  if (!length) {
    *error = "message without a Content-Length header";
    return ReadStatus::kBadHeader;
  }
  // Read in chunks: memory grows with what arrives, not with what was declared.
  constexpr size_t kChunk = 64u << 10;
  const bool keep = *length <= max_content;
  body->clear();
  char chunk[kChunk];
  size_t left = *length;
  while (left > 0) {
    const size_t want = std::min(left, kChunk);
    in.read(chunk, static_cast<std::streamsize>(want));
    const auto got = static_cast<size_t>(in.gcount());
    if (keep) body->append(chunk, got);
    left -= got;
    if (got != want) return ReadStatus::kTruncated;
  }
  if (!keep) {
    body->clear();
    *error = "message of " + std::to_string(*length) + " bytes is over the limit of " + std::to_string(max_content) +
             " bytes (--max-content-length); skipped";
    return ReadStatus::kTooLarge;
  }
  return ReadStatus::kMessage;
}

void WriteMessage(std::ostream& out, const nlohmann::json& message) {
  // Invalid UTF-8 cannot reach here (documents are checked when opened),
  // but replace rather than throw if it ever does.
  const std::string content = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "Content-Length: " << content.size() << "\r\n\r\n" << content;
  out.flush();
}

}  // namespace santun::lsp
