#include "ruleset/template.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

Captures Make() {
  Captures c;
  c.Set("0", "sekarang juga");
  c.Set("1", "bayar");
  c.Set("due_date", "25 Desember 2026");
  c.Set("amount", "");
  return c;
}

TEST(Template, ExpandsNumbersNamesAndDollars) {
  const Captures c = Make();
  EXPECT_EQ(ExpandTemplate("[$0] [$1] [${match}] [{match}] $$5", c),
            "[sekarang juga] [bayar] [sekarang juga] [sekarang juga] $5");
  EXPECT_EQ(ExpandTemplate("paling lambat ${due_date}", c), "paling lambat 25 Desember 2026");
  EXPECT_EQ(ExpandTemplate("x${2}y", c), "xy");  // unset: nothing
}

TEST(Template, FallbackAndConditionalText) {
  const Captures c = Make();
  EXPECT_EQ(ExpandTemplate("${amount:-[jumlah tagihan]}", c), "[jumlah tagihan]");  // empty counts as unset
  EXPECT_EQ(ExpandTemplate("${due_date:-[tanggal]}", c), "25 Desember 2026");
  EXPECT_EQ(ExpandTemplate("bayar ${amount:+sebesar ${amount} }paling lambat", c), "bayar paling lambat");
  Captures with_amount = c;
  with_amount.Set("amount", "Rp 500.000");
  EXPECT_EQ(ExpandTemplate("bayar ${amount:+sebesar ${amount} }paling lambat", with_amount),
            "bayar sebesar Rp 500.000 paling lambat");
}

TEST(Template, ValidationNamesEveryCaptureAndRejectsBadSyntax) {
  std::vector<std::string> names;
  EXPECT_EQ(ValidateTemplate("$1 ${hit} ${amount:+a ${due_date}} {match}", &names), "");
  EXPECT_EQ(names, (std::vector<std::string>{"1", "hit", "amount", "due_date", "0"}));
  EXPECT_NE(ValidateTemplate("${amount"), "");
  EXPECT_NE(ValidateTemplate("${amount:-x"), "");
  EXPECT_NE(ValidateTemplate("${}"), "");
  EXPECT_NE(ValidateTemplate("cost $"), "");
  EXPECT_NE(ValidateTemplate("$x"), "");
  EXPECT_NE(ValidateTemplate("${a:?b}"), "");
}

}  // namespace
}  // namespace santun
