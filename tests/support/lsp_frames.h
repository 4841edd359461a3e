#pragma once
// Framed JSON-RPC for tests that run `santun lsp` as an editor does.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace santun::testing {

inline std::string Frame(const std::string& content) {
  return "Content-Length: " + std::to_string(content.size()) + "\r\n\r\n" + content;
}

inline std::string Frames(const std::vector<nlohmann::json>& messages) {
  std::string out;
  for (nlohmann::json m : messages) {
    m["jsonrpc"] = "2.0";
    out += Frame(m.dump());
  }
  return out;
}

// The messages of a framed output stream (fails the test on bad framing).
inline std::vector<nlohmann::json> Unframe(const std::string& out) {
  std::vector<nlohmann::json> messages;
  size_t at = 0;
  while (at < out.size()) {
    const size_t blank = out.find("\r\n\r\n", at);
    EXPECT_NE(blank, std::string::npos);
    if (blank == std::string::npos) break;
    const std::string header = out.substr(at, blank - at);
    EXPECT_EQ(header.rfind("Content-Length: ", 0), 0u) << header;
    const size_t length = std::stoul(header.substr(16));
    messages.push_back(nlohmann::json::parse(out.substr(blank + 4, length)));
    at = blank + 4 + length;
  }
  return messages;
}

inline nlohmann::json LspInitialize() {
  return {{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", nlohmann::json::object()}}}};
}

inline nlohmann::json LspDidOpen(const std::string& uri, const std::string& text) {
  return {{"method", "textDocument/didOpen"},
          {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}}};
}

inline nlohmann::json LspShutdown(int id) { return {{"id", id}, {"method", "shutdown"}}; }
inline nlohmann::json LspExit() { return {{"method", "exit"}}; }

}  // namespace santun::testing
