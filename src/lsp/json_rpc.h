#pragma once
// The three shapes of JSON-RPC message the language server sends.

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace santun::lsp {

inline nlohmann::json Response(const nlohmann::json& id, nlohmann::json result) {
  return nlohmann::json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

inline nlohmann::json ErrorResponse(const nlohmann::json& id, int code, const std::string& message) {
  return nlohmann::json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

inline nlohmann::json NotificationMessage(const std::string& method, nlohmann::json params) {
  return nlohmann::json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace santun::lsp
