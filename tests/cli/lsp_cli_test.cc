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

// Issue 16 item 3: a broken santun.toml where the editor starts the server
// used to end it with exit 2 and nothing in the editor.
TEST(LspCli, ABrokenSantunTomlIsShownInTheEditorAndTheDefaultsLint) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "ignore = [\"pressure\"]\nsevrity = \"error\"\n");
  const RunOutput r = RunSantun({"lsp"},
                                Frames({Initialize(),
                                        {{"method", "initialized"}, {"params", Json::object()}},
                                        DidOpen("file://" + dir + "/pesan.txt", "Dasar p3n1pu, bayar sekarang juga!\n"),
                                        {{"id", 2}, {"method", "shutdown"}},
                                        {{"method", "exit"}}}),
                                dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 5u) << r.out;
  EXPECT_EQ(out[1].at("method"), "window/showMessage");
  EXPECT_EQ(out[1].at("params"),
            (Json{{"type", 1},
                  {"message", "santun: " + dir +
                                  "/santun.toml:2: unknown key 'sevrity', did you mean 'severity'? (linting with the "
                                  "defaults)"}}));
  EXPECT_EQ(out[2].at("method"), "textDocument/publishDiagnostics");
  EXPECT_EQ(out[2].at("params").at("uri"), "file://" + dir + "/santun.toml");
  const Json& d = out[2].at("params").at("diagnostics").at(0);
  EXPECT_EQ(d.at("range"),
            (Json{{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 2}, {"character", 0}}}}));
  EXPECT_EQ(d.at("severity"), 1);
  EXPECT_EQ(d.at("source"), "santun");
  // The document is linted with the defaults ("pressure" is not ignored).
  EXPECT_EQ(out[3].at("params").at("uri"), "file://" + dir + "/pesan.txt");
  EXPECT_EQ(Codes(out[3]), (std::vector<std::string>{"abuse.accusation", "amount.missing", "identity.missing-sender",
                                                     "pressure.bare-command", "due-date.vague"}));
  EXPECT_EQ(out[4].at("id"), 2);
}

TEST(LspCli, ABrokenRuleFolderOfSantunTomlIsShownAndTheBuiltInRulesLint) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "rules = [\"packs\"]\n");
  WriteFile(dir + "/packs/tagihan.toml",
            "[pack]\nlangs = [\"id\"]\n\n[[rule]]\nid = \"tagihan.x\"\nsevrity = \"error\"\n");
  const RunOutput r = RunSantun({"lsp"},
                                Frames({Initialize(),
                                        {{"method", "initialized"}, {"params", Json::object()}},
                                        DidOpen("untitled:1", "Dasar p3n1pu, bayar sekarang juga!\n"),
                                        {{"id", 2}, {"method", "shutdown"}},
                                        {{"method", "exit"}}}),
                                dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_GE(out.size(), 4u) << r.out;
  // One message (the first problem and how many more), then every problem
  // as a diagnostic on the pack; the document is linted with the built-in rules.
  ASSERT_EQ(out.size(), 5u) << r.out;
  EXPECT_EQ(out[1].at("method"), "window/showMessage");
  EXPECT_EQ(out[1].at("params").at("type"), 1);
  const std::string message = out[1].at("params").at("message");
  EXPECT_EQ(message.rfind(
                "santun: " + dir + "/packs/tagihan.toml:6: unknown key 'sevrity', did you mean 'severity'? (and ", 0),
            0u)
      << message;
  EXPECT_NE(message.find(" more problems; linting with the defaults)"), std::string::npos) << message;
  EXPECT_EQ(out[2].at("params").at("uri"), "file://" + dir + "/packs/tagihan.toml");
  EXPECT_GT(out[2].at("params").at("diagnostics").size(), 1u);
  const size_t at = 2;
  EXPECT_EQ(Codes(out[at + 1]).at(0), "abuse.accusation");
}

// Fixing santun.toml on disk and saving it: the server reloads it (a fresh
// read, not a cached one), clears its diagnostic and lints the open
// document again with it. The second half of the session is sent only after
// the first half is answered, when santun.toml has been fixed.
TEST(LspCli, SavingAFixedSantunTomlReloadsItClearsItsDiagnosticAndRelints) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "ignore = [\"pressure\", \"amount\", \"identity\", \"due-date\"]\nsevrity = 3\n");
  const std::string doc = "file://" + dir + "/pesan.txt";
  WriteFile(dir + "/first",
            Frames({Initialize(),
                    {{"method", "initialized"}, {"params", Json::object()}},
                    DidOpen(doc, "Dasar p3n1pu, bayar sekarang juga!\n"),
                    {{"id", 2},
                     {"method", "textDocument/hover"},
                     {"params", {{"textDocument", {{"uri", doc}}}, {"position", {{"line", 0}, {"character", 0}}}}}}}));
  WriteFile(dir + "/second", Frames({{{"method", "textDocument/didSave"},
                                      {"params", {{"textDocument", {{"uri", "file://" + dir + "/santun.toml"}}}}}},
                                     {{"id", 3}, {"method", "shutdown"}},
                                     {{"method", "exit"}}}));
  WriteFile(dir + "/fixed.toml", "ignore = [\"pressure\", \"amount\", \"identity\", \"due-date\"]\n");
  const RunOutput r =
      RunShell("mkfifo in; { '" SANTUN_BINARY
               "' lsp < in > out 2> err; echo $? > rc; } & exec 3> in; cat first >&3; "
               "i=0; until grep -q '\"id\":2' out; do i=$((i+1)); [ $i -gt 400 ] && break; sleep 0.05; done; "
               "cp fixed.toml santun.toml; cat second >&3; exec 3>&-; wait; cat rc",
               "", dir);
  EXPECT_EQ(r.out, "0\n") << ReadFile(dir + "/err");
  const std::vector<Json> out = Unframe(ReadFile(dir + "/out"));
  ASSERT_EQ(out.size(), 8u) << ReadFile(dir + "/out");
  EXPECT_EQ(out[1].at("method"), "window/showMessage");
  EXPECT_EQ(out[2].at("params").at("uri"), "file://" + dir + "/santun.toml");
  EXPECT_EQ(out[2].at("params").at("diagnostics").size(), 1u);
  EXPECT_EQ(Codes(out[3]).size(), 5u);  // the defaults while santun.toml is broken
  EXPECT_EQ(out[4], (Json{{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}}));  // "Dasar": no diagnostic
  // After the save: santun.toml's diagnostic cleared, the document linted with it.
  EXPECT_EQ(out[5].at("params"), (Json{{"uri", "file://" + dir + "/santun.toml"}, {"diagnostics", Json::array()}}));
  EXPECT_EQ(out[6].at("params").at("uri"), doc);
  EXPECT_EQ(Codes(out[6]), std::vector<std::string>{"abuse.accusation"});
  EXPECT_EQ(out[7].at("id"), 3);
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
