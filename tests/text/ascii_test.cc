#include "text/ascii.h"

#include <gtest/gtest.h>

#include "extract/date_words.h"
#include "extract/pii/month_names.h"

namespace santun {
namespace {

TEST(Ascii, CharacterClassesAreBytesOnly) {
  EXPECT_TRUE(ascii::IsDigit('0') && ascii::IsDigit('9') && !ascii::IsDigit('a'));
  EXPECT_TRUE(ascii::IsLower('a') && !ascii::IsLower('A') && !ascii::IsLower('1'));
  EXPECT_TRUE(ascii::IsUpper('Z') && !ascii::IsUpper('z'));
  EXPECT_TRUE(ascii::IsLetter('q') && ascii::IsLetter('Q') && !ascii::IsLetter('_'));
  EXPECT_TRUE(ascii::IsAlnum('7') && ascii::IsAlnum('x') && !ascii::IsAlnum('-'));
  EXPECT_TRUE(ascii::IsBlank(' ') && ascii::IsBlank('\t') && !ascii::IsBlank('\n'));
  EXPECT_TRUE(ascii::IsSpace('\n') && ascii::IsSpace('\r') && !ascii::IsSpace('x'));
  const char high = static_cast<char>(0xC3);  // a UTF-8 lead byte ("é")
  EXPECT_FALSE(ascii::IsLetter(high) || ascii::IsDigit(high) || ascii::IsSpace(high));
}

TEST(Ascii, CaseChangesOnlyAsciiLetters) {
  EXPECT_EQ(ascii::ToLower('A'), 'a');
  EXPECT_EQ(ascii::ToLower('['), '[');
  EXPECT_EQ(ascii::ToUpper('z'), 'Z');
  EXPECT_EQ(ascii::ToLower("Jatuh TEMPO 25 DÉSEMBER"), "jatuh tempo 25 dÉsember");
}

TEST(Ascii, TrimRemovesTheGivenCharacters) {
  EXPECT_EQ(ascii::Trim(" \t santun \t"), "santun");
  EXPECT_EQ(ascii::Trim(" \t "), "");
  EXPECT_EQ(ascii::Trim(""), "");
  EXPECT_EQ(ascii::Trim("\rx\r"), "\rx\r");
  EXPECT_EQ(ascii::Trim(" 5\r", " \t\r"), "5");
  EXPECT_EQ(ascii::TrimLeft("  a  "), "a  ");
  EXPECT_EQ(ascii::TrimRight("  a  "), "  a");
}

TEST(Ascii, DigitHelpers) {
  EXPECT_TRUE(ascii::AllDigits("3275014601920007"));
  EXPECT_FALSE(ascii::AllDigits(""));
  EXPECT_FALSE(ascii::AllDigits("12a"));
  EXPECT_TRUE(ascii::AllSame("1111111111"));
  EXPECT_FALSE(ascii::AllSame("1111111112"));
  EXPECT_EQ(ascii::DigitsValue("3275014601920007", 6, 2), 46);
  EXPECT_EQ(ascii::SmallNumber("08"), 8);
  EXPECT_EQ(ascii::SmallNumber("123456789"), 123456789);
  EXPECT_EQ(ascii::SmallNumber("1234567890"), -1);
  EXPECT_EQ(ascii::SmallNumber(""), -1);
  EXPECT_EQ(ascii::SmallNumber("1.5"), -1);
  EXPECT_EQ(ascii::DigitsOf("+62 812-0000-7788"), "6281200007788");
}

// The date extractor and the personal-data scanners read one month table.
TEST(MonthNames, OneTableForDatesAndPersonalData) {
  for (const char* word : {"januari", "feb", "pebruari", "mei", "agt", "ags", "agst", "agustus", "sept", "nop", "des",
                           "december", "dec"}) {
    EXPECT_NE(MonthNamed(word), 0) << word;
    EXPECT_EQ(pii::MonthFromName(word), MonthNamed(word)) << word;
  }
  EXPECT_EQ(pii::MonthFromName("Agst."), 8);
  EXPECT_EQ(pii::MonthFromName("DES"), 12);
  EXPECT_EQ(MonthNamed("senin"), 0);
  EXPECT_EQ(pii::MonthFromName("x1"), 0);
}

}  // namespace
}  // namespace santun
