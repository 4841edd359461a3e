#include <gtest/gtest.h>

#include "report/github.h"
#include "report/sarif.h"

namespace santun {
namespace {

TEST(GithubEscaping, DataAndProperties) {
  EXPECT_EQ(GithubEscapeData("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
  EXPECT_EQ(GithubEscapeProperty("dir,x/a:b%.txt\n"), "dir%2Cx/a%3Ab%25.txt%0A");
}

TEST(SarifUri, RelativeAbsoluteAndEncoded) {
  EXPECT_EQ(PathToUri("templates/a.txt"), "templates/a.txt");
  EXPECT_EQ(PathToUri("./templates/a b.txt"), "templates/a%20b.txt");
  EXPECT_EQ(PathToUri("/tmp/x#1.txt"), "file:///tmp/x%231.txt");
  EXPECT_EQ(PathToUri("c:d.txt"), "c%3Ad.txt");
  EXPECT_EQ(PathToUri("t\xC3\xA9.txt"), "t%C3%A9.txt");
  EXPECT_EQ(RuleHelpUri("abuse.accusation"), "https://santun.dev/rules/abuse.accusation");
}

}  // namespace
}  // namespace santun
