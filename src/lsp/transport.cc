#include "lsp/transport.h"

#include <charconv>
#include <optional>

#include "text/ascii.h"

namespace santun::lsp {
namespace {

// Content is at most 64 MiB: a larger length is a broken header, not a
// message to allocate for.
constexpr size_t kMaxContentLength = 64u << 20;

// A header's name or value without its blanks and the '\r' of a CRLF line end.
std::string_view TrimField(std::string_view s) { return ascii::TrimLeft(ascii::TrimRight(s, " \t\r")); }

}  // namespace

ReadStatus ReadMessage(std::istream& in, std::string* body, std::string* error) {
  std::string line;
  bool any_header = false;
  std::optional<size_t> length;
  while (true) {
    if (!std::getline(in, line)) return any_header ? ReadStatus::kTruncated : ReadStatus::kEnd;
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
    if (ec != std::errc() || end != value.data() + value.size() || n > kMaxContentLength) {
      *error = "bad Content-Length '" + value.substr(0, 40) + "'";
      return ReadStatus::kBadHeader;
    }
    length = n;
  }
  if (!length) {
    *error = "message without a Content-Length header";
    return ReadStatus::kBadHeader;
  }
  body->assign(*length, '\0');
  in.read(body->data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) return ReadStatus::kTruncated;
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
