// FindDeepNesting: what TomlReader refuses before toml11 recurses (issue 18).
#include "ruleset/toml_nesting.h"

#include <gtest/gtest.h>

#include <string>

namespace santun {
namespace {

constexpr size_t kNone = std::string_view::npos;

TEST(TomlNesting, CountsArraysAndInlineTablesUpToTheLimit) {
  EXPECT_EQ(FindDeepNesting("x = " + std::string(32, '[') + std::string(32, ']') + "\n"), kNone);
  EXPECT_EQ(FindDeepNesting("x = " + std::string(33, '[')), 4u + 32u);
  EXPECT_EQ(FindDeepNesting("x = [{a = [{b = 1}]}]", 3), 11u);
  EXPECT_EQ(FindDeepNesting("[[rule]]\nx = [[1], [2]]\n[[rule]]\n", 2), kNone);  // closed levels do not add up
}

TEST(TomlNesting, SkipsStringsAndComments) {
  const std::string many(100, '[');
  EXPECT_EQ(FindDeepNesting("a = \"" + many + "\"\nb = '" + many + "'\n# " + many + "\n"), kNone);
  EXPECT_EQ(FindDeepNesting("a = \"\"\"\n" + many + "\n\"\"\"\nb = '''" + many + "'''\n"), kNone);
  EXPECT_EQ(FindDeepNesting("a = \"\\\"" + many + "\"\n"), kNone);  // an escaped quote does not end it
}

TEST(TomlNesting, LimitsThePartsOfDottedKeys) {
  EXPECT_EQ(FindDeepNesting("a.b.c = 1\n[d.e.f]\n", 3), kNone);
  EXPECT_EQ(FindDeepNesting("a.b.c.d = 1\n", 3), 5u);
  EXPECT_EQ(FindDeepNesting("[a.b.c.d]\n", 3), 6u);
  EXPECT_EQ(FindDeepNesting("x = {a.b.c.d = 1}\n", 3), 10u);
  EXPECT_EQ(FindDeepNesting("x = [1.5, 2.5, 3.5, 4.5]\ny = 1.5\n", 3), kNone);  // values are not keys
  EXPECT_EQ(FindDeepNesting("x = [\n  1.5, 2.5, 3.5, 4.5,\n]\n", 3), kNone);
}

}  // namespace
}  // namespace santun
