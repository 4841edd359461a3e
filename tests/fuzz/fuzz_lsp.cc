// A language-server session of arbitrary bytes: the framing reader and the
// server never crash, and every reply is a JSON-RPC message.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "fuzz_linter.h"
#include "lsp/server.h"
#include "lsp/transport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const santun::Linter& linter = santun::fuzz::BuiltinLinter();
  santun::lsp::Server server(linter, [](const std::string&, std::string*) { return santun::MessageOptions{}; });
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  std::string body, error;
  while (!server.exited() && santun::lsp::ReadMessage(in, &body, &error) == santun::lsp::ReadStatus::kMessage) {
    const santun::lsp::Json message = santun::lsp::Json::parse(body, nullptr, false);
    if (message.is_discarded()) continue;
    for (const santun::lsp::Json& reply : server.Handle(message)) {
      if (!reply.is_object() || reply.value("jsonrpc", "") != "2.0") std::abort();
      santun::lsp::WriteMessage(out, reply);
    }
  }
  return 0;
}
