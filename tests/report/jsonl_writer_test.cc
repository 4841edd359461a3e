// The JSONL writer writes the same bytes as the JSON tree it replaced.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/json_text.h"
#include "report/jsonl.h"

namespace santun {
namespace {

std::string TreeString(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(const std::string& s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

TEST(JsonText, EscapesAsTheTreeDoes) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string s = "a" + std::string(1, static_cast<char>(c)) + "b";
    EXPECT_EQ(Written(s), TreeString(s)) << c;
  }
  for (const std::string s : {"", "Rp 1.500.000", "\"quoted\" \\ back", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80",
                              "\xEF\xBB\xBF", "\xF4\x8F\xBF\xBF"}) {
    EXPECT_EQ(Written(s), TreeString(s)) << s;
  }
}

TEST(JsonText, LeavesInvalidUtf8ToTheTree) {
  for (const std::string s :
       {"\xFF", "a\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80", "x\x80y", "\xF0\x9F\x98"}) {
    EXPECT_EQ(Written(s), TreeString(s));
  }
}

TEST(JsonText, Numbers) {
  std::string out;
  AppendJsonNumber(&out, 0);
  out += ',';
  AppendJsonNumber(&out, 4294967295u);
  EXPECT_EQ(out, "0,4294967295");
}

TEST(JsonlRecord, WriterMatchesTheJsonTree) {
  Rule rule;
  rule.id = "abuse.accusation";
  rule.category = "abuse";
  rule.summary = "accusatory \"term\"";
  rule.why = "line\nbreak\ttab";
  rule.refs = {"POJK 22/2023", "x\\y"};
  rule.suggestion = "say it plainly";
  auto source = std::make_shared<const SourceText>("-", "Dasar \"p3n1pu\"\r\ncaf\xC3\xA9 \xF0\x9F\x98\x80 bayar!\n");
  Diagnostic d;
  d.rule = &rule;
  d.severity = Severity::kError;
  d.span = {6, 14};
  d.message = "accusatory term '\"p3n1pu\"'";
  d.matched = "\"p3n1pu\"";
  Fix fix;
  fix.title = "remove \x01";
  fix.applicability = Applicability::kUnsafe;
  fix.edits = {{{6, 15}, ""}, {{19, 24}, "caf\xC3\xA9"}};
  d.fixes = {fix, Fix{}};
  Diagnostic masked = d;
  masked.masked = true;
  masked.fixes.clear();
  for (const bool metadata : {false, true}) {
    for (const auto& [id, number] : std::vector<std::pair<std::optional<std::string>, bool>>{
             {std::nullopt, false}, {"m1", false}, {"12", true}, {"1.5e3", true}, {"x\"y", false}}) {
      MessageResult m{id, source, "id", {d, masked}};
      m.kind = "demand";
      m.id_is_number = number;
      EXPECT_EQ(MessageRecordLine("dir/a \"b\".jsonl", m, metadata),
                JsonlLine(MessageRecordJson("dir/a \"b\".jsonl", m, metadata)));
      m.diagnostics.clear();
      EXPECT_EQ(MessageRecordLine("-", m, metadata), JsonlLine(MessageRecordJson("-", m, metadata)));
    }
  }
}

}  // namespace
}  // namespace santun
