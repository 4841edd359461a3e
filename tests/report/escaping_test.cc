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
  // Rule links: the page `santun serve` serves by default, else santun.toml's docs-url.
  EXPECT_EQ(RuleHelpUri("", "abuse.accusation"), "http://127.0.0.1:8080/rules/abuse.accusation");
  EXPECT_EQ(RuleHelpUri("https://x.example/docs/rules/{id}.md", "abuse.accusation"),
            "https://x.example/docs/rules/abuse.accusation.md");
  EXPECT_EQ(RuleHelpUri("https://x.example/rules", "threat.police"), "https://x.example/rules/threat.police");
  EXPECT_EQ(RuleHelpUri("https://x.example/rules/", "threat.police"), "https://x.example/rules/threat.police");
}

}  // namespace
}  // namespace santun
