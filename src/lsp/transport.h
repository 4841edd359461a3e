#pragma once

#include <istream>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace santun::lsp {

/// What reading one Language Server Protocol message gave.
enum class ReadStatus {
  kMessage,    // *body holds one message's content
  kEnd,        // the input ended between messages
  kBadHeader,  // a header block without a valid Content-Length (*error says why)
  kTruncated,  // the input ended inside a message
  kTooLarge,   // a Content-Length over the limit: its content was skipped unread (*error says so)
};

/// A header line longer than this is a broken stream, not a header.
inline constexpr size_t kMaxHeaderLine = 8u << 10;
/// The default largest content a message may have (santun lsp --max-content-length).
inline constexpr size_t kDefaultMaxContentLength = 64u << 20;

/// Reads one base-protocol message: header lines ("Content-Length: N",
/// optionally "Content-Type: …") ending with an empty line, then exactly N
/// bytes of content. Header names are case-insensitive; lines end with
/// "\r\n" (a bare "\n" is accepted); a line over kMaxHeaderLine bytes is
/// kBadHeader. A length over `max_content` is kTooLarge: the content is
/// skipped as it arrives, never held, so the stream stays in step. Content
/// is stored as it arrives, so a length that the input never delivers
/// allocates nothing up front.
ReadStatus ReadMessage(std::istream& in, std::string* body, std::string* error,
                       size_t max_content = kDefaultMaxContentLength);

/// Writes `message` with its Content-Length header and flushes.
void WriteMessage(std::ostream& out, const nlohmann::json& message);

}  // namespace santun::lsp
