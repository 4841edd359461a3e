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
};

/// Reads one base-protocol message: header lines ("Content-Length: N",
/// optionally "Content-Type: …") ending with an empty line, then exactly N
/// bytes of content. Header names are case-insensitive; lines end with
/// "\r\n" (a bare "\n" is accepted).
ReadStatus ReadMessage(std::istream& in, std::string* body, std::string* error);

/// Writes `message` with its Content-Length header and flushes.
void WriteMessage(std::ostream& out, const nlohmann::json& message);

}  // namespace santun::lsp
