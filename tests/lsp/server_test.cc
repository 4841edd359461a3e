#include "lsp/server.h"

#include <gtest/gtest.h>

#include "support/builtin_linter.h"

namespace santun::lsp {
namespace {

const char* kUri = "file:///tmp/templates/tagihan%20baru.txt";
// An emoji (two UTF-16 code units, four bytes) and a space before "Dasar".
const char* kAbusive = "\xF0\x9F\x98\xA1 Dasar p3n1pu, bayar sekarang juga!\n";
const char* kPoliteWithBang =
    "Yth. Bapak Budi, tagihan Anda dari PT Dana Kilat sebesar Rp 1.500.000 jatuh tempo pada 25 Desember "
    "2026!!! Terima kasih.";

class LspServerTest : public ::testing::Test {
 protected:
  LspServerTest()
      : server_(testing::BuiltinLinter(), [this](const std::string& path, std::string* warning) {
          paths_.push_back(path);
          *warning = warning_;
          return MessageOptions{};
        }) {}

  std::vector<Json> Send(Json message) {
    message["jsonrpc"] = "2.0";
    return server_.Handle(message);
  }

  Json Initialize(Json capabilities = Json::object()) {
    std::vector<Json> out = Send({{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", capabilities}}}});
    EXPECT_EQ(out.size(), 1u);
    return out.at(0);
  }

  std::vector<Json> Open(const std::string& text, const std::string& uri = kUri) {
    return Send(
        {{"method", "textDocument/didOpen"},
         {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}}});
  }

  Json CodeActions(Json range, Json context = Json::object()) {
    std::vector<Json> out =
        Send({{"id", 7},
              {"method", "textDocument/codeAction"},
              {"params", {{"textDocument", {{"uri", kUri}}}, {"range", range}, {"context", context}}}});
    EXPECT_EQ(out.size(), 1u);
    return out.at(0).at("result");
  }

  // The result of a hover request over kUri.
  Json Hover(int line, int character) {
    std::vector<Json> out = Send(
        {{"id", 8},
         {"method", "textDocument/hover"},
         {"params", {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", line}, {"character", character}}}}}});
    EXPECT_EQ(out.size(), 1u);
    return out.at(0).at("result");
  }

  // "rule@line:start-end" of each diagnostic of a publishDiagnostics notification.
  static std::vector<std::string> Summary(const Json& publish) {
    std::vector<std::string> out;
    for (const Json& d : publish.at("params").at("diagnostics")) {
      const Json& r = d.at("range");
      out.push_back(d.at("code").get<std::string>() + "@" + std::to_string(r["start"]["line"].get<int>()) + ":" +
                    std::to_string(r["start"]["character"].get<int>()) + "-" +
                    std::to_string(r["end"]["character"].get<int>()));
    }
    return out;
  }

  static Json Range(int line, int start, int end) {
    return {{"start", {{"line", line}, {"character", start}}}, {"end", {{"line", line}, {"character", end}}}};
  }

  std::vector<std::string> paths_;
  std::string warning_;
  Server server_;
};

TEST(LspServer, RuleLinksFollowDocsUrl) {
  Server server(
      testing::BuiltinLinter(), [](const std::string&, std::string*) { return MessageOptions{}; },
      "https://docs.example.com/santun/{id}.html");
  server.Handle(Json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", Json::object()}});
  const std::vector<Json> out = server.Handle(
      Json{{"jsonrpc", "2.0"},
           {"method", "textDocument/didOpen"},
           {"params",
            {{"textDocument",
              {{"uri", "untitled:1"}, {"languageId", "plaintext"}, {"version", 1}, {"text", "Dasar penipu"}}}}}});
  ASSERT_EQ(out.size(), 1u);
  const Json& first = out[0].at("params").at("diagnostics").at(0);
  EXPECT_EQ(first.at("code"), "abuse.accusation");
  EXPECT_EQ(first.at("codeDescription").at("href"), "https://docs.example.com/santun/abuse.accusation.html");
}

TEST_F(LspServerTest, InitializeAnnouncesFullSyncCodeActionsHoverAndUtf16ByDefault) {
  const Json response = Initialize();
  EXPECT_EQ(response.at("id"), 1);
  const Json& caps = response.at("result").at("capabilities");
  EXPECT_EQ(caps.at("positionEncoding"), "utf-16");
  EXPECT_EQ(caps.at("textDocumentSync"),
            (Json{{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}));
  EXPECT_EQ(caps.at("codeActionProvider").at("codeActionKinds"), (Json{"quickfix", "source.fixAll.santun"}));
  EXPECT_EQ(caps.at("hoverProvider"), true);
  EXPECT_EQ(response.at("result").at("serverInfo").at("name"), "santun");
}

TEST_F(LspServerTest, DiagnosticsInUtf16CodeUnits) {
  Initialize();
  const std::vector<Json> out = Open(kAbusive);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].at("method"), "textDocument/publishDiagnostics");
  EXPECT_EQ(out[0].at("params").at("uri"), kUri);
  EXPECT_EQ(out[0].at("params").at("version"), 1);
  // The emoji is two code units: "p3n1pu" starts at 2 + 1 + 6 = 9.
  EXPECT_EQ(Summary(out[0]), (std::vector<std::string>{"abuse.accusation@0:9-15", "amount.missing@0:17-22",
                                                       "identity.missing-sender@0:17-22",
                                                       "pressure.bare-command@0:17-36", "due-date.vague@0:23-36"}));
  const Json& first = out[0].at("params").at("diagnostics").at(0);
  EXPECT_EQ(first.at("severity"), 1);
  EXPECT_EQ(first.at("source"), "santun");
  // The rule's page as `santun serve` serves it (no docs-url given).
  EXPECT_EQ(first.at("codeDescription").at("href"), "http://127.0.0.1:8080/rules/abuse.accusation");
  EXPECT_EQ(first.at("message").get<std::string>().rfind("tuduhan 'p3n1pu'\nhelp: ", 0), 0u);
  EXPECT_EQ(paths_, std::vector<std::string>{"/tmp/templates/tagihan baru.txt"});  // the URI decoded
}

TEST_F(LspServerTest, Utf8PositionsWhenTheClientOffersThem) {
  const Json response = Initialize(Json{{"general", {{"positionEncodings", {"utf-32", "utf-8", "utf-16"}}}}});
  EXPECT_EQ(response.at("result").at("capabilities").at("positionEncoding"), "utf-8");
  // The emoji is four bytes: "p3n1pu" starts at byte 4 + 1 + 6 = 11.
  EXPECT_EQ(Summary(Open(kAbusive).at(0)).at(0), "abuse.accusation@0:11-17");
}

TEST_F(LspServerTest, ChangesRelintAndCloseClears) {
  Initialize();
  Open(kAbusive);
  // A whole-text change.
  std::vector<Json> out =
      Send({{"method", "textDocument/didChange"},
            {"params",
             {{"textDocument", {{"uri", kUri}, {"version", 2}}}, {"contentChanges", {{{"text", "Dasar maling!"}}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].at("params").at("version"), 2);
  EXPECT_EQ(Summary(out[0]), std::vector<std::string>{"abuse.accusation@0:6-12"});
  // A ranged change (UTF-16 positions): "maling" -> "Bapak".
  out = Send({{"method", "textDocument/didChange"},
              {"params",
               {{"textDocument", {{"uri", kUri}, {"version", 3}}},
                {"contentChanges", {{{"range", Range(0, 6, 12)}, {"text", "Bapak"}}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(Summary(out[0]).empty());
  out = Send({{"method", "textDocument/didClose"}, {"params", {{"textDocument", {{"uri", kUri}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].at("params"), (Json{{"uri", kUri}, {"diagnostics", Json::array()}}));
  // A change to a closed document is ignored.
  EXPECT_TRUE(
      Send({{"method", "textDocument/didChange"},
            {"params", {{"textDocument", {{"uri", kUri}, {"version", 4}}}, {"contentChanges", {{{"text", "x"}}}}}}})
          .empty());
}

TEST_F(LspServerTest, QuickFixesForTheDiagnosticsUnderTheCursor) {
  Initialize();
  const std::string text = "Dasar p3n1pu, bayar sekarang juga!\n";
  Open(text);
  const Json actions = CodeActions(Range(0, 8, 8), {{"only", {"quickfix"}}});  // inside "p3n1pu"
  ASSERT_EQ(actions.size(), 2u);                                               // the fix, then the suppression
  const Json& a = actions[0];
  EXPECT_EQ(a.at("title"), "hapus tuduhan (abuse.accusation; unsafe: rewords the message)");
  EXPECT_EQ(a.at("kind"), "quickfix");
  EXPECT_EQ(a.at("isPreferred"), false);  // unsafe: it changes what the message says
  EXPECT_EQ(a.at("diagnostics").at(0).at("code"), "abuse.accusation");
  // Applied by the editor, the edits drop the insult with its comma and
  // capitalise the new start of the sentence (ASCII: characters are bytes).
  std::string edited = text;
  const Json& edits = a.at("edit").at("changes").at(kUri);
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    const auto begin = it->at("range").at("start").at("character").get<size_t>();
    const auto end = it->at("range").at("end").at("character").get<size_t>();
    edited.replace(begin, end - begin, it->at("newText").get<std::string>());
  }
  EXPECT_EQ(edited, "Bayar sekarang juga!\n");
  // Nothing is offered away from any diagnostic, and display-only fixes
  // (amount.missing's "[jumlah tagihan]") are never offered.
  EXPECT_TRUE(CodeActions(Range(1, 0, 0)).empty());
  // (Its diagnostic can still be suppressed.)
  std::vector<std::string> amount_actions;
  for (const Json& action : CodeActions(Range(0, 14, 19))) {
    if (action.at("diagnostics").at(0).at("code") == "amount.missing") amount_actions.push_back(action.at("title"));
  }
  EXPECT_EQ(amount_actions, std::vector<std::string>{"Suppress with `santun: ignore[amount.missing]`"});
}

TEST_F(LspServerTest, FixAllAppliesEverySafeFixLikeCheckFix) {
  Initialize();
  Open(kPoliteWithBang);
  const Json actions = CodeActions(Range(0, 0, 0), {{"only", {"source.fixAll"}}});
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0].at("kind"), "source.fixAll.santun");
  const Json& edit = actions[0].at("edit").at("changes").at(kUri).at(0);
  // One edit over what changed only ("!!!" -> "."), not the whole document.
  const int bang = static_cast<int>(std::string(kPoliteWithBang).find("!!!"));
  EXPECT_EQ(edit.at("range"), Range(0, bang, bang + 3));
  EXPECT_EQ(edit.at("newText"), ".");
  // The preferred quick fix for the same diagnostic.
  const Json quick = CodeActions(Range(0, 104, 104), {{"only", {"quickfix"}}});
  ASSERT_EQ(quick.size(), 2u);
  EXPECT_EQ(quick[0].at("isPreferred"), true);
  EXPECT_EQ(quick[0].at("title").get<std::string>().find("unsafe"), std::string::npos);  // safe: no warning
  EXPECT_EQ(quick[1].at("title").get<std::string>().rfind("Suppress with `santun: ignore[", 0), 0u);
}

TEST_F(LspServerTest, FixAllIsReturnedForItsParentKindsOnly) {
  Initialize();
  Open(kPoliteWithBang);
  auto kinds = [&](const Json& only) {
    std::vector<std::string> out;
    for (const Json& a : CodeActions(Range(0, 0, 0), {{"only", only}})) out.push_back(a.at("kind"));
    return out;
  };
  const std::vector<std::string> fix_all{"source.fixAll.santun"};
  EXPECT_EQ(kinds({"source"}), fix_all);
  EXPECT_EQ(kinds({"source.fixAll"}), fix_all);
  EXPECT_EQ(kinds({"source.fixAll.santun"}), fix_all);
  EXPECT_EQ(kinds({"source.organizeImports"}), std::vector<std::string>{});
  EXPECT_EQ(kinds({"source.fixAl"}), std::vector<std::string>{});  // a prefix that is not a parent kind
  EXPECT_EQ(kinds({"quickfix"}), std::vector<std::string>{});      // none under the cursor at 0:0
}

// Applies LSP edits to a one-line ASCII text (characters are bytes).
std::string ApplyLineEdits(std::string text, const Json& edits) {
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    const auto begin = it->at("range").at("start").at("character").get<size_t>();
    const auto end = it->at("range").at("end").at("character").get<size_t>();
    text.replace(begin, end - begin, it->at("newText").get<std::string>());
  }
  return text;
}

TEST_F(LspServerTest, SuppressQuickFixSilencesTheDiagnosticWithoutAnUnusedSuppression) {
  Initialize();
  const std::string text = "Dasar p3n1pu, bayar sekarang juga!\n";
  Open(text);
  const Json actions = CodeActions(Range(0, 8, 8), {{"only", {"quickfix"}}});
  ASSERT_EQ(actions.size(), 2u);
  const Json& a = actions[1];
  EXPECT_EQ(a.at("title"), "Suppress with `santun: ignore[abuse.accusation]`");
  EXPECT_EQ(a.at("kind"), "quickfix");
  EXPECT_EQ(a.at("isPreferred"), false);
  EXPECT_EQ(a.at("diagnostics").at(0).at("code"), "abuse.accusation");
  const Json& edits = a.at("edit").at("changes").at(kUri);
  EXPECT_EQ(edits, (Json::array({{{"range", Range(0, 34, 34)}, {"newText", " santun: ignore[abuse.accusation]"}}})));
  // Linted again, the edited text has lost abuse.accusation only; the new
  // directive is used (no santun.unused-suppression) and asks for its reason.
  const std::string edited = ApplyLineEdits(text, edits);
  EXPECT_EQ(edited, "Dasar p3n1pu, bayar sekarang juga! santun: ignore[abuse.accusation]\n");
  const std::vector<Json> out =
      Send({{"method", "textDocument/didChange"},
            {"params", {{"textDocument", {{"uri", kUri}, {"version", 2}}}, {"contentChanges", {{{"text", edited}}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Summary(out[0]), (std::vector<std::string>{"amount.missing@0:14-19", "identity.missing-sender@0:14-19",
                                                       "pressure.bare-command@0:14-33", "due-date.vague@0:20-33",
                                                       "santun.suppression-without-reason@0:35-67"}));
}

TEST_F(LspServerTest, SuppressQuickFixJoinsTheDirectiveAlreadyOnTheLine) {
  Initialize();
  const std::string text = "BAYAR SEKARANG, dasar penipu! santun: ignore[pressure] template lama";
  Open(text);
  const Json actions = CodeActions(Range(0, 24, 24), {{"only", {"quickfix"}}});  // inside "penipu"
  const Json* suppress = nullptr;
  for (const Json& a : actions) {
    if (a.at("title") == "Suppress with `santun: ignore[abuse.accusation]`") suppress = &a;
  }
  ASSERT_NE(suppress, nullptr) << actions.dump();
  const Json& edits = suppress->at("edit").at("changes").at(kUri);
  EXPECT_EQ(edits, (Json::array({{{"range", Range(0, 53, 53)}, {"newText", ", abuse.accusation"}}})));
  const std::string edited = ApplyLineEdits(text, edits);
  EXPECT_EQ(edited, "BAYAR SEKARANG, dasar penipu! santun: ignore[pressure, abuse.accusation] template lama");
  const std::vector<Json> out =
      Send({{"method", "textDocument/didChange"},
            {"params", {{"textDocument", {{"uri", kUri}, {"version", 2}}}, {"contentChanges", {{{"text", edited}}}}}}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Summary(out[0]), (std::vector<std::string>{"amount.missing@0:0-5", "identity.missing-sender@0:0-5",
                                                       "due-date.vague@0:6-14"}));
}

TEST_F(LspServerTest, SuppressQuickFixEndsTheLineInUtf16Units) {
  Initialize();
  Open(kAbusive);  // an emoji (two UTF-16 code units) first
  const Json actions = CodeActions(Range(0, 10, 10), {{"only", {"quickfix"}}});
  ASSERT_FALSE(actions.empty());
  const Json& last = actions.back();
  EXPECT_EQ(last.at("title"), "Suppress with `santun: ignore[abuse.accusation]`");
  // 2 + 1 + 34 code units: the end of the line, before its "\n".
  EXPECT_EQ(last.at("edit").at("changes").at(kUri).at(0).at("range"), Range(0, 37, 37));
}

TEST_F(LspServerTest, HoverOverADiagnosticShowsItsMessageWhyReferencesAndFix) {
  Initialize();
  Open(kAbusive);
  // Inside "p3n1pu", after the emoji (two UTF-16 code units).
  const Json hover = Hover(0, 11);
  ASSERT_TRUE(hover.is_object()) << hover.dump();
  EXPECT_EQ(hover.at("range"), Range(0, 9, 15));
  EXPECT_EQ(hover.at("contents").at("kind"), "markdown");
  const std::string md = hover.at("contents").at("value");
  EXPECT_EQ(
      md.rfind("### error\\[abuse.accusation\\]\n\ntuduhan 'p3n1pu'\n\n#### Why it is bad\n\nTerlambat membayar", 0),
      0u)
      << md;
  EXPECT_NE(md.find("\n#### References\n\n- POJK 22/2023 Pasal 62 ayat (2) huruf a\n"
                    "- POJK 22/2023 Pasal 62 ayat (2) huruf b\n- UU ITE Pasal 27A jo. Pasal 45 ayat (4)\n"),
            std::string::npos)
      << md;
  // The fix: its title, its safety and the line as it leaves it (here the
  // emoji, then what follows the insult).
  EXPECT_NE(md.find("\n#### Fix\n\n- **hapus tuduhan (unsafe):** `\xF0\x9F\x98\xA1"), std::string::npos) << md;
  EXPECT_NE(md.find("\n#### Use instead\n\nsebutkan fakta tagihannya saja"), std::string::npos) << md;
  EXPECT_EQ(md.substr(md.rfind("\n\n")), "\n\n[the rule's page](http://127.0.0.1:8080/rules/abuse.accusation)\n");
  EXPECT_EQ(md.find("---"), std::string::npos);  // one diagnostic here
}

TEST_F(LspServerTest, HoverShowsEveryDiagnosticUnderTheCursorAndNullElsewhere) {
  Initialize();
  Open("Dasar p3n1pu, bayar sekarang juga!\n");
  // "bayar": amount.missing, identity.missing-sender and pressure.bare-command.
  const std::string md = Hover(0, 16).at("contents").at("value");
  EXPECT_NE(md.find("### warning\\[amount.missing\\]"), std::string::npos) << md;
  EXPECT_NE(md.find("\n---\n\n### warning\\[identity.missing-sender\\]"), std::string::npos) << md;
  EXPECT_NE(md.find("\n---\n\n### warning\\[pressure.bare-command\\]"), std::string::npos) << md;
  // A display-only fix is shown (it is not offered as a code action).
  EXPECT_NE(md.find("(display-only):** `"), std::string::npos) << md;
  EXPECT_EQ(Hover(0, 2), Json(nullptr));  // "Dasar": no diagnostic
  EXPECT_EQ(Hover(1, 0), Json(nullptr));  // the empty last line
  std::vector<Json> out = Send(
      {{"id", 8},
       {"method", "textDocument/hover"},
       {"params",
        {{"textDocument", {{"uri", "file:///tmp/never-opened.txt"}}}, {"position", {{"line", 0}, {"character", 0}}}}}});
  EXPECT_EQ(out.at(0), (Json{{"jsonrpc", "2.0"}, {"id", 8}, {"result", nullptr}}));
}

TEST_F(LspServerTest, HoverMasksPersonalDataLikeEveryOtherOutput) {
  Initialize();
  // The NIK is outside the edit of the fix: the fixed line repeats it, masked.
  Open("Dasar p3n1pu, NIK Anda 3275014601920007 sudah kami catat.\n");
  const std::string md = Hover(0, 8).at("contents").at("value");
  EXPECT_NE(md.find("- **hapus tuduhan (unsafe):** `NIK Anda 3275********0007 sudah kami catat.`"), std::string::npos)
      << md;
  EXPECT_EQ(md.find("3275014601920007"), std::string::npos) << md;
  // A shouted sentence that quotes it: message and fix masked.
  Open("SEGERA BAYAR TAGIHAN ANDA, NIK ANDA 3275014601920007 SUDAH KAMI CATAT\n");
  const std::string shouted = Hover(0, 40).at("contents").at("value");
  EXPECT_NE(shouted.find("### warning\\[pressure.shouting\\]"), std::string::npos) << shouted;
  EXPECT_NE(shouted.find("`Segera bayar tagihan anda, NIK anda 3275********0007 sudah kami catat`"), std::string::npos)
      << shouted;
  EXPECT_EQ(shouted.find("3275014601920007"), std::string::npos) << shouted;
}

TEST_F(LspServerTest, ProtocolErrors) {
  std::vector<Json> out = Send({{"id", 3}, {"method", "textDocument/codeAction"}, {"params", Json::object()}});
  EXPECT_EQ(out.at(0).at("error").at("code"), -32002);  // before initialize
  EXPECT_TRUE(Open(kAbusive).empty());                  // notifications before initialize are dropped
  Initialize();
  out = Send({{"id", "a"}, {"method", "workspace/symbol"}, {"params", Json::object()}});
  EXPECT_EQ(out.at(0), (Json{{"jsonrpc", "2.0"},
                             {"id", "a"},
                             {"error", {{"code", -32601}, {"message", "unknown method 'workspace/symbol'"}}}}));
  out = Send({{"id", 4}, {"method", "textDocument/codeAction"}, {"params", {{"textDocument", {{"uri", kUri}}}}}});
  EXPECT_EQ(out.at(0).at("error").at("code"), -32602);  // no range
  EXPECT_EQ(out.at(0).at("id"), 4);
  EXPECT_TRUE(Send({{"method", "textDocument/didOpen"}, {"params", {{"textDocument", 5}}}}).empty());
  EXPECT_EQ(Server::ParseError("{oops").at("error").at("code"), -32700);
}

TEST_F(LspServerTest, ShutdownThenExit) {
  Initialize();
  EXPECT_EQ(Send({{"id", 9}, {"method", "shutdown"}}).at(0),
            (Json{{"jsonrpc", "2.0"}, {"id", 9}, {"result", nullptr}}));
  EXPECT_EQ(Send({{"id", 10}, {"method", "shutdown"}}).at(0).at("error").at("code"), -32600);
  EXPECT_FALSE(server_.exited());
  Send({{"method", "exit"}});
  EXPECT_TRUE(server_.exited());
  EXPECT_EQ(server_.exit_code(), 0);
}

TEST_F(LspServerTest, ExitWithoutShutdownIsAnError) {
  Initialize();
  Send({{"method", "exit"}});
  EXPECT_TRUE(server_.exited());
  EXPECT_EQ(server_.exit_code(), 1);
}

TEST_F(LspServerTest, ConfigurationProblemsAreShownOnce) {
  warning_ = "santun.toml:3: unknown key 'sevrity' (linting with the defaults)";
  Initialize();
  std::vector<Json> out = Open(kAbusive);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].at("method"), "window/showMessage");
  EXPECT_EQ(out[0].at("params"), (Json{{"type", 2}, {"message", "santun: " + warning_}}));
  EXPECT_EQ(out[1].at("method"), "textDocument/publishDiagnostics");
  EXPECT_EQ(Open(kAbusive, "untitled:Untitled-1").size(), 1u);  // shown already
  EXPECT_EQ(paths_.back(), "-");                                // not a file: linted like stdin
}

TEST(LspUri, FilePaths) {
  EXPECT_EQ(PathOfUri("file:///home/rina/templates/tagihan.txt"), "/home/rina/templates/tagihan.txt");
  EXPECT_EQ(PathOfUri("file:///tmp/a%20b%2Fc.txt"), "/tmp/a b/c.txt");
  EXPECT_EQ(PathOfUri("file://localhost/etc/x.txt"), "/etc/x.txt");
  EXPECT_EQ(PathOfUri("file://server/share/x.txt"), "");
  EXPECT_EQ(PathOfUri("untitled:Untitled-1"), "");
  EXPECT_EQ(PathOfUri("file:///tmp/100%"), "/tmp/100%");  // a stray '%' is kept
}

}  // namespace
}  // namespace santun::lsp

namespace santun::lsp {
namespace {

// A document over its time budget (0 ms here) gets no diagnostics and a
// warning that says why, and the server goes on answering.
TEST(LspServer, DocumentOverItsTimeBudgetIsReportedAndTheServerAnswersOn) {
  Server server(testing::BuiltinLinter(), [](const std::string&, std::string*) {
    MessageOptions m;
    m.time_budget = std::chrono::milliseconds(0);
    return m;
  });
  auto send = [&](Json message) {
    message["jsonrpc"] = "2.0";
    return server.Handle(message);
  };
  send({{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", Json::object()}}}});
  Json document = {
      {"uri", "file:///tmp/big.txt"}, {"languageId", "plaintext"}, {"version", 1}, {"text", "Dasar penipu!"}};
  const std::vector<Json> out = send({{"method", "textDocument/didOpen"}, {"params", {{"textDocument", document}}}});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0]["method"], "window/showMessage");
  EXPECT_EQ(out[0]["params"]["message"],
            "santun: /tmp/big.txt was not checked: time budget exceeded (0 ms); raise time-budget-ms in santun.toml "
            "to check documents this large");
  EXPECT_EQ(out[1]["method"], "textDocument/publishDiagnostics");
  EXPECT_TRUE(out[1]["params"]["diagnostics"].empty());
  Json range = Json::parse(R"({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}})");
  Json params = {{"textDocument", {{"uri", "file:///tmp/big.txt"}}}, {"range", range}};
  const std::vector<Json> answer = send({{"id", 2}, {"method", "textDocument/codeAction"}, {"params", params}});
  ASSERT_EQ(answer.size(), 1u);
  EXPECT_EQ(answer[0]["id"], 2);
  EXPECT_TRUE(answer[0]["result"].empty());
}

}  // namespace
}  // namespace santun::lsp
