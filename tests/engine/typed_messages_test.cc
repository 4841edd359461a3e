// Messages typed the way collectors type them (tests/engine/data/typed_messages.txt,
// written for the rules: real messages are in corpus/real): each must get
// at least the categories its line names, and the compliant ones ("none")
// must get no warning or error at all.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "support/builtin_linter.h"
#include "text/source_text.h"

namespace santun {
namespace {

struct Typed {
  int line = 0;
  std::string lang;                // "" for "none": the language is detected
  std::set<std::string> expected;  // empty: compliant
  std::string text;
};

std::vector<Typed> ReadTyped() {
  std::ifstream in(std::string(SANTUN_SOURCE_DIR) + "/tests/engine/data/typed_messages.txt");
  std::vector<Typed> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const size_t bar = line.find(" | ");
    if (line.empty() || line[0] == '#' || bar == std::string::npos) continue;
    Typed t{n, "", {}, line.substr(bar + 3)};
    const std::string spec = line.substr(0, bar);
    if (spec != "none") {
      t.lang = spec.substr(0, spec.find(':'));
      std::stringstream cats(spec.substr(spec.find(':') + 1));
      for (std::string c; std::getline(cats, c, ',');) t.expected.insert(c);
    }
    out.push_back(std::move(t));
  }
  return out;
}

TEST(TypedMessages, EachGetsItsCategoriesAndCompliantOnesStayClean) {
  const std::vector<Typed> all = ReadTyped();
  ASSERT_GT(all.size(), 100u);
  for (const Typed& t : all) {
    MessageOptions options;
    options.lang = t.lang.empty() ? "auto" : t.lang;
    const LintResult r = testing::BuiltinLinter().Lint(SourceText("typed", t.text), options);
    std::set<std::string> got;
    for (const Diagnostic& d : r.diagnostics) {
      if (d.severity != Severity::kInfo) got.insert(d.rule->category);
    }
    if (t.expected.empty()) {
      EXPECT_TRUE(got.empty()) << "line " << t.line << " (compliant) got " << ::testing::PrintToString(got) << ": "
                               << t.text;
      continue;
    }
    for (const std::string& c : t.expected) {
      EXPECT_TRUE(got.count(c)) << "line " << t.line << " misses " << c << ": " << t.text;
    }
  }
}

}  // namespace
}  // namespace santun
