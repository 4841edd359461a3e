#include "engine/atom_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/linter.h"
#include "support/builtin_linter.h"

namespace santun {
namespace {

// Start-up takes the automaton of the shipped rules as packc built it.
TEST(AtomIndex, TheShippedRulesUseThePrecomputedTables) {
  EXPECT_TRUE(testing::BuiltinLinter().atom_index().precomputed());
}

// Other atoms (a user's pack, a selection) are built at start-up, and find
// the same as the tables would.
TEST(AtomIndex, OtherAtomsAreBuiltAndFound) {
  AtomIndex index;
  index.Add("tagih", 7);
  index.Add("agi", 8);
  index.Add("bayar", 9);
  index.Build();
  EXPECT_FALSE(index.precomputed());
  std::vector<uint32_t> found;
  index.Scan("mohon bayar tagihan", &found);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<uint32_t>{7, 8, 9}));
}

// The generated source defines the tables it was built from.
TEST(AtomIndex, ToCxxWritesTheTablesAndTheirFingerprint) {
  AtomIndex index;
  index.Add("ab", 1);
  index.Build();
  const std::string cxx = index.ToCxx();
  EXPECT_NE(cxx.find("const AtomTables* BuiltinAtomTables()"), std::string::npos);
  EXPECT_NE(cxx.find("kAtomOutputs[] = {\n    {1,-1,2,false,false},};"), std::string::npos) << cxx;
  EXPECT_NE(cxx.find("return &kTables;"), std::string::npos);
}

}  // namespace
}  // namespace santun
