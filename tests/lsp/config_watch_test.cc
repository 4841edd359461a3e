// The language server's workspace: santun.toml problems shown in the editor,
// reloads on save and on watched-file changes (issue 16 item 3).
#include "lsp/config_watch.h"

#include <gtest/gtest.h>

#include <optional>

#include "lsp/server.h"
#include "support/builtin_linter.h"

namespace santun::lsp {
namespace {

const char* kTomlUri = "file:///ws/santun.toml";
const char* kDocUri = "file:///ws/pesan.txt";
const char* kText = "Dasar p3n1pu, bayar sekarang juga!\n";

// A server over a fake loader: each load takes the current `problems_` and
// `ignore_abuse_` (which santun.toml would set), and counts. The server is
// made (and loads first) in Initialize().
class LspWorkspaceTest : public ::testing::Test {
 protected:
  LspWorkspaceTest() { Selection::Create(testing::BuiltinRules(), {}, {"abuse"}, &no_abuse_); }

  Workspace Load() {
    ++loads_;
    Workspace w;
    if (fail_) {  // a --rules folder broken: no linter
      w.problems = [] { return Errors{{"/rules/ancaman.toml", 3, "unknown key 'sevrity'"}}; };
      return w;
    }
    w.linter = &testing::BuiltinLinter();
    const Selection* selection = ignore_abuse_ ? &no_abuse_ : nullptr;
    w.options = [selection](const std::string&, std::string*) {
      MessageOptions m;
      m.selection = selection;
      return m;
    };
    w.problems = [problems = problems_] { return problems; };
    return w;
  }

  std::vector<Json> Send(Json message) {
    message["jsonrpc"] = "2.0";
    return server_->Handle(message);
  }

  std::vector<Json> Initialize(bool dynamic) {
    server_.emplace([this] { return Load(); });
    Json caps = Json::object();
    if (dynamic) caps["workspace"]["didChangeWatchedFiles"]["dynamicRegistration"] = true;
    std::vector<Json> out = Send({{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", caps}}}});
    EXPECT_EQ(out.size(), 1u);
    return Send({{"method", "initialized"}, {"params", Json::object()}});
  }

  std::vector<Json> Open(const std::string& uri, const std::string& text) {
    return Send(
        {{"method", "textDocument/didOpen"},
         {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}}});
  }

  std::vector<Json> Save(const std::string& uri) {
    return Send({{"method", "textDocument/didSave"}, {"params", {{"textDocument", {{"uri", uri}}}}}});
  }

  // "method uri" (or "method type" for messages, "method id" for requests) of each output.
  static std::vector<std::string> Kinds(const std::vector<Json>& out) {
    std::vector<std::string> kinds;
    for (const Json& m : out) {
      const std::string method = m.at("method");
      if (method == "window/showMessage") {
        kinds.push_back(method + " " + std::to_string(m.at("params").at("type").get<int>()));
      } else if (m.contains("id")) {
        kinds.push_back(method + " " + m.at("id").get<std::string>());
      } else {
        kinds.push_back(method + " " + m.at("params").at("uri").get<std::string>());
      }
    }
    return kinds;
  }

  static std::vector<std::string> Codes(const Json& publish) {
    std::vector<std::string> codes;
    for (const Json& d : publish.at("params").at("diagnostics")) codes.push_back(d.at("code"));
    return codes;
  }

  Errors problems_{{"/ws/santun.toml", 2, "unknown key 'sevrity', did you mean 'severity'?"}};
  bool ignore_abuse_ = false;
  bool fail_ = false;
  int loads_ = 0;
  Selection no_abuse_;
  std::optional<Server> server_;
};

TEST_F(LspWorkspaceTest, ABrokenSantunTomlIsShownAndUnderlinedAfterInitialized) {
  const std::vector<Json> out = Initialize(/*dynamic=*/true);
  ASSERT_EQ(out.size(), 3u);
  // The watcher first (the client supports dynamic registration) ...
  EXPECT_EQ(out[0], (Json{{"jsonrpc", "2.0"},
                          {"id", "santun-1"},
                          {"method", "client/registerCapability"},
                          {"params",
                           {{"registrations",
                             {{{"id", "santun.toml"},
                               {"method", "workspace/didChangeWatchedFiles"},
                               {"registerOptions", {{"watchers", {{{"globPattern", "**/santun.toml"}}}}}}}}}}}}));
  // ... then the error as a message and on its line of santun.toml.
  EXPECT_EQ(out[1], (Json{{"jsonrpc", "2.0"},
                          {"method", "window/showMessage"},
                          {"params",
                           {{"type", 1},
                            {"message",
                             "santun: /ws/santun.toml:2: unknown key 'sevrity', did you mean 'severity'? (linting with "
                             "the defaults)"}}}}));
  EXPECT_EQ(out[2], Json::parse(R"({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": {
    "uri": "file:///ws/santun.toml", "diagnostics": [{
      "range": {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 0}},
      "severity": 1, "source": "santun", "message": "unknown key 'sevrity', did you mean 'severity'?"}]}})"));
  // Documents are linted meanwhile, and the problem is not repeated.
  const std::vector<Json> opened = Open(kDocUri, kText);
  EXPECT_EQ(Kinds(opened), std::vector<std::string>{std::string("textDocument/publishDiagnostics ") + kDocUri});
  EXPECT_EQ(Codes(opened.at(0)).at(0), "abuse.accusation");
}

TEST_F(LspWorkspaceTest, WithoutDynamicRegistrationSavingSantunTomlReloadsRelintsAndClears) {
  const std::vector<Json> out = Initialize(/*dynamic=*/false);
  EXPECT_EQ(Kinds(out), (std::vector<std::string>{"window/showMessage 1",
                                                  std::string("textDocument/publishDiagnostics ") + kTomlUri}));
  Open(kDocUri, kText);
  EXPECT_EQ(loads_, 1);
  EXPECT_TRUE(Save(kDocUri).empty());  // saving a message reloads nothing
  EXPECT_EQ(loads_, 1);
  // The user fixes santun.toml (now ignoring abuse) and saves it.
  problems_.clear();
  ignore_abuse_ = true;
  const std::vector<Json> saved = Save(kTomlUri);
  EXPECT_EQ(loads_, 2);
  ASSERT_EQ(Kinds(saved), (std::vector<std::string>{std::string("textDocument/publishDiagnostics ") + kTomlUri,
                                                    std::string("textDocument/publishDiagnostics ") + kDocUri}));
  EXPECT_EQ(saved[0].at("params").at("diagnostics"), Json::array());  // cleared
  EXPECT_EQ(Codes(saved[1]), (std::vector<std::string>{"amount.missing", "identity.missing-sender",
                                                       "pressure.bare-command", "due-date.vague"}));
  EXPECT_EQ(saved[1].at("params").at("version"), 1);
}

TEST_F(LspWorkspaceTest, AWatchedFileChangeReloadsAndShowsAProblemAgain) {
  problems_.clear();
  EXPECT_TRUE(Initialize(/*dynamic=*/true).size() == 1u);  // the registration only
  Open(kDocUri, kText);
  // santun.toml broken on disk: shown and underlined; documents linted again.
  problems_ = {{"/ws/santun.toml", 1, "TOML syntax error: an invalid key appeared."}};
  std::vector<Json> out = Send(
      {{"method", "workspace/didChangeWatchedFiles"}, {"params", {{"changes", {{{"uri", kTomlUri}, {"type", 2}}}}}}});
  EXPECT_EQ(loads_, 2);
  EXPECT_EQ(Kinds(out), (std::vector<std::string>{"window/showMessage 1",
                                                  std::string("textDocument/publishDiagnostics ") + kTomlUri,
                                                  std::string("textDocument/publishDiagnostics ") + kDocUri}));
  EXPECT_EQ(out[1].at("params").at("diagnostics").at(0).at("range").at("start").at("line"), 0);
  // Still broken at the next change: shown again (it is a new load), the
  // same diagnostic is not published twice.
  out = Send(
      {{"method", "workspace/didChangeWatchedFiles"}, {"params", {{"changes", {{{"uri", kTomlUri}, {"type", 2}}}}}}});
  EXPECT_EQ(Kinds(out), (std::vector<std::string>{"window/showMessage 1",
                                                  std::string("textDocument/publishDiagnostics ") + kDocUri}));
}

TEST_F(LspWorkspaceTest, ASantunTomlOpenInTheEditorIsNotLintedAsAMessage) {
  Initialize(/*dynamic=*/false);
  EXPECT_TRUE(Open(kTomlUri, "ignore = [\"pressure\"]\nsevrity = 3\n").empty());
  // No code actions, no hover over TOML; closing it keeps its problem underlined.
  const Json range = {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 3}}}};
  std::vector<Json> out = Send({{"id", 5},
                                {"method", "textDocument/codeAction"},
                                {"params", {{"textDocument", {{"uri", kTomlUri}}}, {"range", range}}}});
  EXPECT_EQ(out.at(0).at("result"), Json::array());
  out = Send({{"method", "textDocument/didClose"}, {"params", {{"textDocument", {{"uri", kTomlUri}}}}}});
  EXPECT_TRUE(out.empty());
}

TEST_F(LspWorkspaceTest, AFailedReloadKeepsTheWorkspaceAndSaysWhy) {
  problems_.clear();
  Initialize(/*dynamic=*/false);
  Open(kDocUri, kText);
  fail_ = true;
  std::vector<Json> out = Save(kTomlUri);
  EXPECT_EQ(Kinds(out), (std::vector<std::string>{"window/showMessage 1",
                                                  "textDocument/publishDiagnostics file:///rules/ancaman.toml"}));
  EXPECT_EQ(out[0].at("params").at("message"),
            "santun: /rules/ancaman.toml:3: unknown key 'sevrity' (linting with what was loaded before)");
  fail_ = false;
  out = Send(
      {{"method", "textDocument/didChange"},
       {"params", {{"textDocument", {{"uri", kDocUri}, {"version", 2}}}, {"contentChanges", {{{"text", kText}}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Codes(out[0]).at(0), "abuse.accusation");  // linted with the previous workspace
}

TEST(LspConfigWatch, PathsAndUris) {
  EXPECT_TRUE(IsConfigPath("/ws/santun.toml"));
  EXPECT_TRUE(IsConfigPath("santun.toml"));
  EXPECT_FALSE(IsConfigPath("/ws/my-santun.toml"));
  EXPECT_FALSE(IsConfigPath("/ws/santun.toml.bak"));
  EXPECT_FALSE(IsConfigPath("-"));
  EXPECT_EQ(UriOfPath("/tmp/a b/santun.toml"), "file:///tmp/a%20b/santun.toml");
  EXPECT_EQ(PathOfUri(UriOfPath("/tmp/100% ü/x.txt")), "/tmp/100% ü/x.txt");
  // A problem without a line covers the start of the file; one without a file has no diagnostic.
  const auto diagnostics = ProblemDiagnostics({{"/ws/santun.toml", 0, "cannot read configuration: Permission denied"},
                                               {"", 0, "--select: unknown rule or category 'x'"}});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics.at(kTomlUri).at(0).at("range"),
            (Json{{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}));
}

}  // namespace
}  // namespace santun::lsp
