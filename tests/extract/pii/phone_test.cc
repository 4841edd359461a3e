#include "extract/pii/phone.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

const std::vector<std::string>& OperatorPrefixes() {
  // clang-format off
  static const std::vector<std::string> v = {
      "0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
      "0816", "0855", "0856", "0857", "0858", "0895", "0896", "0897", "0898", "0899", "0817",
      "0818", "0819", "0859", "0877", "0878", "0879", "0831", "0832", "0833", "0838", "0881",
      "0882", "0883", "0884", "0885", "0886", "0887", "0888", "0889"};
  // clang-format on
  return v;
}

TEST(PhoneValidator, AcceptsIndonesianMobiles) {
  for (const std::string& p : OperatorPrefixes()) {
    PhoneFacts f;
    ASSERT_TRUE(IsValidIndonesianMobile(p + "12345678", &f)) << p;
    EXPECT_FALSE(f.operator_name.empty()) << p;
    EXPECT_EQ(f.kind, PhoneKind::kIdMobile);
  }
  PhoneFacts f;
  for (const char* n : {"0811234567", "081234567890", "0812345678901", "0820123456789"}) {
    EXPECT_TRUE(IsValidIndonesianMobile(n, &f)) << n;
  }
  EXPECT_TRUE(f.operator_name.empty());  // 0820 is valid in shape but not a known prefix
  IsValidIndonesianMobile("081234567890", &f);
  EXPECT_EQ(f.operator_name, "Telkomsel");
  EXPECT_GE(OperatorPrefixes().size(), 25u);
}

TEST(PhoneValidator, RejectsMobileLookAlikes) {
  // clang-format off
  const std::string bad[] = {
      "0841234567890",  "0801234567890",  "081234567",      "08123456789012", "0712345678",
      "81234567890",    "0812-3456-7890", "08120000000",    "08129999999",    "",
      "0812345678a",    "0212937445",     "6281234567890",  "0081234567",     "0900123456",
      "08",             "08412345678",    "0840123456",     "0849876543210",  "0800123456",
      "0804123456",     "0807123456",     "0809123456",     "+6281234567890", "08451234567",
  };
  // clang-format on
  for (const std::string& n : bad) EXPECT_FALSE(IsValidIndonesianMobile(n)) << "[" << n << "]";
  EXPECT_GE(std::size(bad), 25u);
}

TEST(PhoneValidator, NormalizesInternationalForms) {
  EXPECT_EQ(ToIndonesianNational("6281234567890"), "081234567890");
  EXPECT_EQ(ToIndonesianNational("006281234567890"), "081234567890");
  EXPECT_EQ(ToIndonesianNational("62081234567890"), "081234567890");
  EXPECT_EQ(ToIndonesianNational("622129374455"), "02129374455");
  EXPECT_EQ(ToIndonesianNational("081234567890"), "");
}

TEST(PhoneValidator, FixedLines) {
  PhoneFacts f;
  ASSERT_TRUE(IsValidIndonesianFixedLine("02129374455", &f));
  EXPECT_EQ(f.area, "Jakarta");
  for (const char* n : {"0212937445", "0222501234", "02250123456", "0274512345", "0361234567", "0411123456",
                        "0315012345", "0618123456", "07117654321", "0967123456"}) {
    EXPECT_TRUE(IsValidIndonesianFixedLine(n)) << n;
  }
  for (const char* n : {"021123456", "021293744551", "02101234567", "0299123456", "02111111111", "081234567890",
                        "2129374455", "0274", "02745", "0274012345"}) {
    EXPECT_FALSE(IsValidIndonesianFixedLine(n)) << n;
  }
}

TEST(PhoneValidator, Nanp) {
  PhoneFacts f;
  ASSERT_TRUE(IsValidNanp("2125550123", &f));
  EXPECT_TRUE(f.fictional);
  ASSERT_TRUE(IsValidNanp("12125550199", &f));
  EXPECT_TRUE(f.fictional);
  ASSERT_TRUE(IsValidNanp("4155552671", &f));
  EXPECT_FALSE(f.fictional);
  for (const char* n : {"1125550123", "2115550123", "2121110123", "2120550123", "212555012", "21255501234",
                        "22125550123", "212-555-0123"}) {
    EXPECT_FALSE(IsValidNanp(n)) << n;
  }
}

TEST(PhoneValidator, E164) {
  PhoneFacts f;
  ASSERT_TRUE(IsPlausibleE164("6281234567890", &f));
  EXPECT_EQ(f.kind, PhoneKind::kIdMobile);
  ASSERT_TRUE(IsPlausibleE164("442079460958", &f));
  EXPECT_EQ(f.kind, PhoneKind::kInternational);
  ASSERT_TRUE(IsPlausibleE164("12125550123", &f));
  EXPECT_EQ(f.kind, PhoneKind::kNanp);
  for (const char* n : {"6221234", "0123456789", "1234567890123456", "62841234567", "1212555012", "4411111111"}) {
    EXPECT_FALSE(IsPlausibleE164(n)) << n;
  }
}

TEST(PhoneValidator, ServiceNumbers) {
  for (const char* n : {"1500888", "150088", "15008888", "14045", "14000", "08001234567", "080015008888", "08041500888",
                        "08071234567", "08091234567"}) {
    EXPECT_TRUE(IsServiceNumber(n)) << n;
  }
  for (const char* n : {"15008", "140451", "1400", "081234567890", "02129374455", "0800123", "150088888", "1600888"}) {
    EXPECT_FALSE(IsServiceNumber(n)) << n;
  }
}

class PhoneDetect : public ::testing::TestWithParam<Case> {};
TEST_P(PhoneDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kD = "0812-****-7890";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, PhoneDetect, ::testing::Values(
    Case{"Hubungi <<0812-3456-7890>>", {{T::kPhone, C::kHigh, kD}}},
    Case{"HP: <<0812 3456 7890>>", {{T::kPhone, C::kHigh, "0812 **** 7890"}}},
    Case{"WA <<081234567890>>", {{T::kPhone, C::kHigh, "0812****7890"}}},
    Case{"no. HP-nya <<0812.3456.7890>>", {{T::kPhone, C::kHigh, "0812.****.7890"}}},
    Case{"No HP <<081.234.567.890>>", {{T::kPhone, C::kHigh, "081.2**.**7.890"}}},
    Case{"nomor WhatsApp <<+62 812-3456-7890>>", {{T::kPhone, C::kHigh, "+62 81*-****-7890"}}},
    Case{"<<+62 812 3456 7890>>", {{T::kPhone, C::kHigh, "+62 81* **** 7890"}}},
    Case{"<<+62 (0) 812-3456-7890>>", {{T::kPhone, C::kHigh, "+62 (0) 8**-****-7890"}}},
    Case{"<<+6281234567890>>", {{T::kPhone, C::kHigh, "+6281*****7890"}}},
    Case{"<<62 812 3456 7890>>", {{T::kPhone, C::kMedium, "62 81* **** 7890"}}},
    Case{"<<0062 812 3456 7890>>", {{T::kPhone, C::kMedium, "0062 *** **** 7890"}}},
    Case{"<<081234567890>>", {{T::kPhone, C::kMedium, "0812****7890"}}},
    Case{"<<0820 1234 5678>>", {{T::kPhone, C::kLow, "0820 **** 5678"}}},
    Case{"Telp. rumah <<(021) 2937 4455>>", {{T::kPhone, C::kHigh, "(***) **** 4455"}}},
    Case{"<<(021) 2937 4455>>", {{T::kPhone, C::kLow, "(***) **** 4455"}}},
    Case{"telepon kantor <<0274-512345>>", {{T::kPhone, C::kHigh, "****-**2345"}}},
    Case{"Call <<(212) 555-0123>>", {{T::kPhone, C::kHigh, "(***) ***-0123"}}},
    Case{"<<212-555-0187>>", {{T::kPhone, C::kMedium, "***-***-0187"}}},
    Case{"<<+1 212 555 0123>>", {{T::kPhone, C::kHigh, "+* *** *** 0123"}}},
    Case{"<<+44 20 7946 0958>>", {{T::kPhone, C::kMedium, "+44 20 **** 0958"}}},
    Case{"phone: <<+44 20 7946 0958>>", {{T::kPhone, C::kHigh, "+44 20 **** 0958"}}},
    Case{"sms ke <<0857-1234-5678>>", {{T::kPhone, C::kHigh, "0857-****-5678"}}},
    Case{"kontak darurat: <<0896-1122-3344>>", {{T::kPhone, C::kHigh, "0896-****-3344"}}},
    Case{"fax <<(021) 2937 4456>>", {{T::kPhone, C::kHigh, "(***) **** 4456"}}},
    Case{"hubungi keluarga Anda di <<0813 1234 5678>>", {{T::kPhone, C::kHigh, "0813 **** 5678"}}},
    Case{"HP<<08123456789>>", {{T::kPhone, C::kHigh, "*******6789"}}},
    Case{"<<0812-3456-7890>> 24 jam", {{T::kPhone, C::kMedium, kD}}},
    Case{"WA: <<0812-3456-7890>> / <<0813-9876-5432>>",
         {{T::kPhone, C::kHigh, kD}, {T::kPhone, C::kMedium, "0813-****-5432"}}},
    Case{"NIK: <<0812-3456-7890>>", {{T::kPhone, C::kMedium, kD}}},
    Case{"(<<0812-3456-7890>>)", {{T::kPhone, C::kMedium, kD}}},
    Case{"HP\xC2\xA0<<0812\xC2\xA0" "3456\xC2\xA0" "7890>>", {{T::kPhone, C::kHigh, "0812\xC2\xA0****\xC2\xA0" "7890"}}},
    Case{"HP <<0812\xE2\x80\x93" "3456\xE2\x80\x93" "7890>>", {{T::kPhone, C::kHigh, "0812\xE2\x80\x93****\xE2\x80\x93" "7890"}}}));
// clang-format on

class PhoneOperators : public ::testing::TestWithParam<std::string> {};
TEST_P(PhoneOperators, LabelledHighBareMedium) {
  const std::string n = GetParam() + "-1234-5678";
  ExpectCase(Case{"HP <<" + n + ">>", {{T::kPhone, C::kHigh, Masked(n)}}});
  ExpectCase(Case{"nomor <<" + n + ">>", {{T::kPhone, C::kMedium, Masked(n)}}});
  const std::string intl = "+62 " + GetParam().substr(1) + " 1234 5678";
  ExpectCase(Case{"<<" + intl + ">>", {{T::kPhone, C::kHigh, Masked(intl)}}});
}
INSTANTIATE_TEST_SUITE_P(All, PhoneOperators, ::testing::ValuesIn(OperatorPrefixes()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, PhoneDetect, ::testing::Values(
    Case{"Call center 1500-888", {}},
    Case{"hubungi 14045", {}},
    Case{"bebas pulsa 0800-1-234-567", {}},
    Case{"layanan 0804 1 500 888", {}},
    Case{"Bayar ke VA 8808 0812 3456 7890", {}},
    Case{"kode bayar 0812 3456 7890", {}},
    Case{"ID pinjaman 0812345678901", {}},
    Case{"order 0812-3456-7890", {}},
    Case{"pukul 08.00-20.00 WIB", {}},
    Case{"08:00-20:00", {}},
    Case{"jatuh tempo 25-12-2026", {}},
    Case{"2026-08-12", {}},
    Case{"0841 2345 6789", {}},
    Case{"HP <<0841 2345 6789>>", {{T::kPhone, C::kLow, "0841 **** 6789"}}},
    Case{"0812345", {}},
    Case{"hubungi kami di 0812-3456-7890", {}},
    Case{"WA resmi kami 0812-3456-7890", {}},
    Case{"Hotline 0812-3456-7890", {}},
    Case{"CS kami: (021) 2937 4455", {}},
    Case{"GUID 3f2a-8046-1297901ea002", {}},
    Case{"ref 046-1297901", {}},
    Case{"046-1297901", {}},
    Case{"OMB 1545-0008", {}},
    Case{"Rp 0812.345.678", {}},
    Case{"08123456789012345", {}},
    Case{"021-555", {}},
    Case{"+62 21 1234", {}},
    Case{"12345 0896 1122 3344", {}},
    Case{"0812-xxxx-7890", {}},
    Case{"0812 **** 7890", {}},
    Case{"wa.me/6281234567890", {}},
    Case{"0812345678901abc", {}}));
// clang-format on

TEST(PhoneDetect, AllowListComparesNationalNumbers) {
  PiiOptions options;
  options.allow = {"+62 812-3456-7890"};
  ExpectCase(Case{"Hubungi 0812 3456 7890 atau 6281234567890", {}}, options);
  ExpectCase(Case{"Hubungi <<0813 3456 7890>>", {{T::kPhone, C::kHigh, "0813 **** 7890"}}}, options);
}

}  // namespace
}  // namespace santun::pii
