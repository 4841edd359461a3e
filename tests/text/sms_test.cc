#include "text/sms.h"

#include <gtest/gtest.h>

#include <string>

namespace santun {
namespace {

TEST(Sms, Gsm7SegmentsAt160And153) {
  EXPECT_EQ(SmsEncodingOf("").segments, 0);
  EXPECT_EQ(SmsEncodingOf(std::string(160, 'a')).segments, 1);
  SmsEncoding e = SmsEncodingOf(std::string(161, 'a'));
  EXPECT_FALSE(e.ucs2);
  EXPECT_EQ(e.units, 161);
  EXPECT_EQ(e.segments, 2);
  EXPECT_EQ(SmsEncodingOf(std::string(306, 'a')).segments, 2);
  EXPECT_EQ(SmsEncodingOf(std::string(307, 'a')).segments, 3);
}

TEST(Sms, ExtensionCharactersTakeTwoSeptets) {
  SmsEncoding e = SmsEncodingOf(
      "Biaya \xE2\x82\xAC"
      "5 {x}");  // € { }
  EXPECT_FALSE(e.ucs2);
  EXPECT_EQ(e.units, 15);                               // 6 + €(2) + 5 + space + {(2) + x + }(2)
  EXPECT_EQ(SmsEncodingOf("caf\xC3\xA9").ucs2, false);  // é is in GSM-7
}

TEST(Sms, OneCharacterOutsideGsm7ForcesUcs2) {
  SmsEncoding e = SmsEncodingOf("Terima kasih \xF0\x9F\x99\x8F");  // 🙏 = 2 UTF-16 units
  EXPECT_TRUE(e.ucs2);
  EXPECT_EQ(e.first_non_gsm, U'\U0001F64F');
  EXPECT_EQ(e.units, 15);
  EXPECT_EQ(SmsEncodingOf(std::string(69, 'a') + "\xE2\x80\x99").segments, 1);  // ’ forces UCS-2, 70 units
  EXPECT_EQ(SmsEncodingOf(std::string(70, 'a') + "\xE2\x80\x99").segments, 2);  // 71 units: 67 per segment
}

}  // namespace
}  // namespace santun
