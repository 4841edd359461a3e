#include "ruleset/selection.h"

#include <gtest/gtest.h>

#include "ruleset/load_rules.h"

namespace santun {
namespace {

class SelectionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadRuleSet(PackSources{}, &rules_).empty()); }
  RuleSet rules_;
};

TEST_F(SelectionTest, EverythingByDefault) {
  Selection s;
  ASSERT_TRUE(Selection::Create(rules_, {}, {}, &s).empty());
  EXPECT_TRUE(s.Enabled("abuse.accusation", "abuse"));
}

TEST_F(SelectionTest, MostSpecificEntryWins) {
  Selection s;
  ASSERT_TRUE(Selection::Create(rules_, {"abuse"}, {"abuse.insult"}, &s).empty());
  EXPECT_TRUE(s.Enabled("abuse.accusation", "abuse"));
  EXPECT_FALSE(s.Enabled("abuse.insult", "abuse"));
  EXPECT_FALSE(s.Enabled("threat.police", "threat"));
  Selection t;
  ASSERT_TRUE(Selection::Create(rules_, {"abuse.insult"}, {"abuse"}, &t).empty());
  EXPECT_TRUE(t.Enabled("abuse.insult", "abuse"));
  EXPECT_FALSE(t.Enabled("abuse.accusation", "abuse"));
}

// The library names the unknown entries and their likely spelling; the CLI
// words the error with the option's name (tests/cli/check_cli_test.cc
// UnknownSelectionIsAUsageError, UnknownIgnoreAndExtendSelectNameTheirOption).
TEST_F(SelectionTest, UnknownIdsGetASuggestion) {
  Selection s;
  const std::vector<Selection::UnknownEntry> errors = Selection::Create(rules_, {"abuse.acusation"}, {"thret"}, &s);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].list, Selection::UnknownEntry::List::kSelect);
  EXPECT_EQ(errors[0].entry, "abuse.acusation");
  EXPECT_EQ(errors[0].closest, "abuse.accusation");
  EXPECT_EQ(errors[1].list, Selection::UnknownEntry::List::kIgnore);
  EXPECT_EQ(errors[1].entry, "thret");
  EXPECT_EQ(errors[1].closest, "threat");
}

TEST(SplitList, CommasAndRepeats) {
  EXPECT_EQ(SplitList({"a,b", " c ", ",,d"}), (std::vector<std::string>{"a", "b", "c", "d"}));
}

}  // namespace
}  // namespace santun
