// Rewrite() with the creditor's own identifiers (santun.toml [allow]).
#include "rewrite/rewrite.h"

#include <gtest/gtest.h>

#include "support/builtin_linter.h"

namespace santun {
namespace {

const char kMessage[] =
    "Yth. Bapak Budi, tagihan Rp 500.000 dari PT Dana Kilat jatuh tempo 20 Desember 2026. "
    "Nomor WA Bapak 0812-0000-7788 sudah kami catat.\n";

RewriteResult RewriteWith(const AllowList* allow) {
  RewriteOptions options;
  options.today = "2026-12-01";
  options.allow = allow;
  return Rewrite(testing::BuiltinLinter(), SourceText("msg.txt", kMessage), options);
}

TEST(Rewrite, PersonalDataSentenceIsDropped) {
  const RewriteResult r = RewriteWith(nullptr);
  EXPECT_EQ(r.text.find("0812-0000-7788"), std::string::npos) << r.text;
}

TEST(Rewrite, AllowListKeepsTheCreditorsOwnNumber) {
  AllowList allow;
  allow.numbers = {"+62 812-0000-7788"};
  const RewriteResult r = RewriteWith(&allow);
  EXPECT_NE(r.text.find("Nomor WA Bapak 0812-0000-7788 sudah kami catat."), std::string::npos) << r.text;
  for (const Diagnostic& d : r.original.diagnostics) EXPECT_NE(d.rule->category, "privacy") << d.rule->id;
  for (const Diagnostic& d : r.remaining.diagnostics) EXPECT_NE(d.rule->category, "privacy") << d.rule->id;
}

}  // namespace
}  // namespace santun
