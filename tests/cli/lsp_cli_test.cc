// `santun lsp` as an editor runs it: framed JSON-RPC on stdin and stdout.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/lsp_frames.h"
#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

Json Initialize() { return {{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", Json::object()}}}}; }

Json DidOpen(const std::string& uri, const std::string& text) {
  return {{"method", "textDocument/didOpen"},
          {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}}};
}

std::vector<std::string> Codes(const Json& publish) {
  std::vector<std::string> codes;
  for (const Json& d : publish.at("params").at("diagnostics")) codes.push_back(d.at("code"));
  return codes;
}

TEST(LspCli, ASessionFromInitializeToExit) {
  const RunOutput r =
      RunSantun({"lsp", "--isolated"}, Frames({Initialize(),
                                               {{"method", "initialized"}, {"params", Json::object()}},
                                               DidOpen("untitled:1", "Dasar p3n1pu, bayar sekarang juga!\n"),
                                               {{"id", 2}, {"method", "shutdown"}},
                                               {{"method", "exit"}}}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].at("id"), 1);
  EXPECT_EQ(out[0].at("result").at("capabilities").at("positionEncoding"), "utf-16");
  EXPECT_EQ(out[1].at("method"), "textDocument/publishDiagnostics");
  EXPECT_EQ(Codes(out[1]), (std::vector<std::string>{"abuse.accusation", "amount.missing", "identity.missing-sender",
                                                     "pressure.bare-command", "due-date.vague"}));
  EXPECT_EQ(out[1].at("params").at("diagnostics").at(0).at("range"),
            (Json{{"start", {{"line", 0}, {"character", 6}}}, {"end", {{"line", 0}, {"character", 12}}}}));
  EXPECT_EQ(out[2], (Json{{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}}));
}

TEST(LspCli, EachDocumentUsesTheSantunTomlAboveIt) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "ignore = [\"pressure\", \"amount\", \"identity\", \"due-date\"]\n");
  const RunOutput r =
      RunSantun({"lsp"}, Frames({Initialize(),
                                 DidOpen("file://" + dir + "/pesan.txt", "Dasar p3n1pu, bayar sekarang juga!\n"),
                                 {{"id", 2}, {"method", "shutdown"}},
                                 {{"method", "exit"}}}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(Codes(out[1]), std::vector<std::string>{"abuse.accusation"});
}

TEST(LspCli, ExitWithoutShutdownOrEndOfInputIsExitCode1) {
  EXPECT_EQ(RunSantun({"lsp", "--isolated"}, Frames({Initialize(), {{"method", "exit"}}})).exit_code, 1);
  EXPECT_EQ(RunSantun({"lsp", "--isolated"}, Frames({Initialize()})).exit_code, 1);
}

TEST(LspCli, ContentThatIsNotJsonGetsAParseErrorAndTheSessionGoesOn) {
  const RunOutput r =
      RunSantun({"lsp", "--isolated"}, Frames({Initialize()}) + Frame("{oops") +
                                           Frames({{{"id", 2}, {"method", "shutdown"}}, {{"method", "exit"}}}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].at("id"), nullptr);
  EXPECT_EQ(out[1].at("error").at("code"), -32700);
  EXPECT_EQ(out[2].at("id"), 2);
}

TEST(LspCli, BrokenFramingIsAUsageError) {
  const RunOutput r = RunSantun({"lsp", "--isolated"}, "Content-Type: text/plain\r\n\r\n{}");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: lsp: message without a Content-Length header\n");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace santun::testing
