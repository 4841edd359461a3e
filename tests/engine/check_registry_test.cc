// Every check that the rule format knows (ruleset/check_specs.cc) has an
// implementation in the check table, in a file named after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "engine/checks/check.h"
#include "ruleset/check_specs.h"
#include "support/run.h"

namespace santun {
namespace {

TEST(CheckRegistry, EveryKnownCheckHasAFunctionAndItsOwnFile) {
  for (const CheckSpec& spec : KnownChecks()) {
    EXPECT_NE(FindCheckFn(spec.name), nullptr) << spec.name;
    if (std::string(spec.name) == "suppression") continue;  // ApplySuppressions reports these rules
    std::string file = spec.name;
    std::replace(file.begin(), file.end(), '-', '_');
    EXPECT_TRUE(std::filesystem::exists(testing::SourcePath("src/engine/checks/" + file + ".cc")))
        << "check '" << spec.name << "' belongs in src/engine/checks/" << file << ".cc";
  }
  EXPECT_EQ(FindCheckFn("no-such-check"), nullptr);
}

}  // namespace
}  // namespace santun
