#include "extract/numeral.h"

#include <gtest/gtest.h>

#include <string>

namespace santun {
namespace {

// Returns "integer|fraction" or "malformed: problem" for compact tables.
std::string Read(std::string_view s, char decimal, bool multiplier = false) {
  const Numeral n = ReadNumeral(s, {decimal, multiplier});
  return n.malformed ? "malformed: " + n.problem : n.integer + "|" + n.fraction;
}

TEST(AmountNumeral, ReadsGroupingAndDecimalsEitherWay) {
  EXPECT_EQ(Read("1500000", ','), "1500000|");
  EXPECT_EQ(Read("1.500.000", ','), "1500000|");
  EXPECT_EQ(Read("1,500,000", ','), "1500000|");  // unambiguous in Indonesian too
  EXPECT_EQ(Read("1.500.000", '.'), "1500000|");  // and dots in English
  EXPECT_EQ(Read("1.500.000,00", ','), "1500000|00");
  EXPECT_EQ(Read("1,240.50", '.'), "1240|50");
  EXPECT_EQ(Read("1,240.50", ','), "1240|50");
  EXPECT_EQ(Read("1,5", ','), "1|5");
  EXPECT_EQ(Read("1,5", '.'), "1|5");
  EXPECT_EQ(Read("12.50", ','), "12|50");
}

TEST(AmountNumeral, ThreeDigitsAfterOneSeparatorGroupThousands) {
  EXPECT_EQ(Read("1.500", ','), "1500|");
  EXPECT_EQ(Read("1,500", ','), "1500|");
  EXPECT_EQ(Read("1.500", '.'), "1500|");
  // With a multiplier the language's decimal separator wins.
  EXPECT_EQ(Read("1,500", ',', true), "1|500");
  EXPECT_EQ(Read("1.500", ',', true), "1500|");
  EXPECT_EQ(Read("1.500", '.', true), "1|500");
}

TEST(AmountNumeral, ReportsMalformedNumerals) {
  EXPECT_EQ(Read("1.500.00", ','), "malformed: bad digit grouping");
  EXPECT_EQ(Read("1,24.50", '.'), "malformed: bad digit grouping");
  EXPECT_EQ(Read("1234.567", ','), "malformed: bad digit grouping");
  EXPECT_EQ(Read("1.5000", ','), "malformed: bad digit grouping");
  EXPECT_EQ(Read("1,5000", ','), "malformed: too many decimal places");
  EXPECT_EQ(Read("1.500,000", ','), "malformed: too many decimal places");
  EXPECT_EQ(Read("1..500", ','), "malformed: repeated separator '..'");
  EXPECT_EQ(Read("1.,500", ','), "malformed: repeated separator '.,'");
  EXPECT_EQ(Read("1.500,000.00", ','), "malformed: mixed separators");
}

TEST(AmountNumeral, ConvertsToMinorUnits) {
  EXPECT_EQ(ToMinorUnits(ReadNumeral("1.500.000"), 1), 150000000);
  EXPECT_EQ(ToMinorUnits(ReadNumeral("1,5", {',', true}), 1000000), 150000000);
  EXPECT_EQ(ToMinorUnits(ReadNumeral("1.2", {'.', true}), 1000), 120000);
  EXPECT_EQ(ToMinorUnits(ReadNumeral("12,5"), 1), 1250);
  EXPECT_EQ(ToMinorUnits(ReadNumeral("0,001", {',', true}), 1), std::nullopt);  // a tenth of a sen
  EXPECT_EQ(ToMinorUnits(ReadNumeral("92233720368547758"), 1), 9223372036854775800);
  EXPECT_EQ(ToMinorUnits(ReadNumeral("92233720368547759"), 1), std::nullopt);  // int64 overflow
  EXPECT_EQ(ToMinorUnits(ReadNumeral("1.500.00"), 1), std::nullopt);
}

}  // namespace
}  // namespace santun
