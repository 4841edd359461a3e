#include "extract/pii/npwp.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

struct Parts {
  const char* first8;
  const char* office_branch;
};

// Taxpayer types across the range, including 41 and 64, which incomplete
// prefix lists used to reject.
const Parts kParts[] = {
    {"09254294", "407000"}, {"01234567", "123000"}, {"02000123", "011000"}, {"15678901", "222001"},
    {"21345678", "333000"}, {"31456789", "444000"}, {"41234567", "555000"}, {"47123456", "666000"},
    {"48123456", "777000"}, {"49123456", "888000"}, {"64123456", "999000"}, {"70123456", "100000"},
    {"80123456", "200000"}, {"90123456", "300000"}, {"03123456", "401000"}, {"04123456", "501002"},
    {"05123456", "601003"}, {"06123456", "701004"}, {"07123456", "801005"}, {"08123456", "901006"},
    {"72987654", "012000"}, {"83456712", "613000"}, {"26543210", "014000"}, {"19876543", "905001"},
    {"55123987", "402000"},
};

std::string Make15(const Parts& p) { return Npwp15(p.first8, p.office_branch); }

TEST(NpwpValidator, AcceptsEveryForm) {
  int count = 0;
  for (const Parts& p : kParts) {
    const std::string n15 = Make15(p);
    NpwpFacts f;
    ASSERT_TRUE(IsValidNpwp(n15, &f)) << n15;
    EXPECT_EQ(f.form, NpwpForm::k15);
    EXPECT_EQ(f.taxpayer_type, (p.first8[0] - '0') * 10 + (p.first8[1] - '0'));
    ASSERT_TRUE(IsValidNpwp("0" + n15, &f)) << n15;
    EXPECT_EQ(f.form, NpwpForm::k16);
    ASSERT_TRUE(IsValidNpwp("0" + n15 + "000000", &f)) << n15;
    EXPECT_EQ(f.form, NpwpForm::kNitku);
    count += 3;
  }
  NpwpFacts f;
  ASSERT_TRUE(IsValidNpwp("092542943407000", &f));
  EXPECT_EQ(f.tax_office, 407);
  EXPECT_EQ(f.branch, 0);
  ASSERT_TRUE(IsValidNpwp("3275014601920007", &f));  // a resident's NIK
  EXPECT_EQ(f.form, NpwpForm::kNik);
  EXPECT_GE(count, 25);
}

TEST(NpwpValidator, RejectsMalformedNumbers) {
  std::vector<std::string> bad;
  for (const Parts& p : kParts) bad.push_back(WithBadLuhn(p.first8) + p.office_branch);
  for (const Parts& p : kParts) bad.push_back("0" + WithBadLuhn(p.first8) + p.office_branch);
  bad.insert(bad.end(), {
                            "000000000000000",  // all zeros pass Luhn
                            "0000000000000000",
                            "999999999999999",
                            "09254294340700",           // 14 digits
                            "09254294340700012",        // 17 digits
                            "1092542943407000",         // 16 digits without the leading 0 and not a NIK
                            "1234567890123456",         // not a NIK either
                            "3275014601920000",         // NIK form with serial 0000
                            "00925429434070000000000",  // 23 digits
                            "009254294340700000000",    // 21 digits
                            "1092542943407000000000",   // NITKU on a bad NPWP-16
                            "09.254.294.3-407.000",     // not digits only
                            "09254294340700O",
                            "",
                        });
  for (const std::string& n : bad) EXPECT_FALSE(IsValidNpwp(n)) << n;
  EXPECT_GE(bad.size(), 25u);
}

TEST(NpwpValidator, KnowsThePrintedLayout) {
  const uint8_t printed[] = {2, 3, 3, 1, 3, 3};
  const uint8_t printed16[] = {1, 2, 3, 3, 1, 3, 3};
  const uint8_t other[] = {4, 4, 4, 3};
  EXPECT_TRUE(IsNpwpGrouping(printed));
  EXPECT_TRUE(IsNpwpGrouping(printed16));
  EXPECT_FALSE(IsNpwpGrouping(other));
}

class NpwpDetect : public ::testing::TestWithParam<Case> {};
TEST_P(NpwpDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kP = "09.254.294.3-407.000";
const std::string kPM = "09.25*.***.*-**7.000";
const std::string kCM = "0925*******7000";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, NpwpDetect, ::testing::Values(
    Case{"NPWP: <<" + kP + ">>", {{T::kNpwp, C::kHigh, kPM}}},
    Case{"NPWP <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"Terdaftar <<" + kP + ">>", {{T::kNpwp, C::kHigh, kPM}}},  // printed layout alone
    Case{"nomor <<092542943407000>>", {{T::kNpwp, C::kMedium, kCM}}},
    Case{"NPWP <<0092542943407000>>", {{T::kNpwp, C::kHigh, "0092********7000"}}},
    Case{"nomor <<0092542943407000>>", {{T::kNpwp, C::kMedium, "0092********7000"}}},
    Case{"NPWP: <<3275014601920007>>", {{T::kNpwp, C::kHigh, "3275********0007"}}},
    Case{"NITKU <<0092542943407000000000>>", {{T::kNpwp, C::kHigh, "0092**************0000"}}},
    Case{"nomor pokok wajib pajak <<" + kP + ">>", {{T::kNpwp, C::kHigh, kPM}}},
    Case{"wajib pajak <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"Tax ID: <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"TIN <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"taxpayer number <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"NPWP-nya <<" + kP + ">>", {{T::kNpwp, C::kHigh, kPM}}},
    Case{"pajak <<092542943407000>>", {{T::kNpwp, C::kHigh, kCM}}},
    Case{"NPWP <<09-254-294-3-407-000>>", {{T::kNpwp, C::kHigh, "09-25*-***-*-**7-000"}}},
    Case{"NPWP <<0925 4294 3407 000>>", {{T::kNpwp, C::kHigh, "0925 **** ***7 000"}}},
    Case{"NPWP: <<" + kP + ">>.", {{T::kNpwp, C::kHigh, kPM}}}));
// clang-format on

class NpwpAll : public ::testing::TestWithParam<Parts> {};
TEST_P(NpwpAll, LabelledAndPrintedIsHigh) {
  const std::string n = Make15(GetParam());
  ExpectCase(Case{"NPWP <<" + NpwpPrinted(n) + ">>", {{T::kNpwp, C::kHigh, Masked(NpwpPrinted(n))}}});
  ExpectCase(Case{"NPWP <<" + n + ">>", {{T::kNpwp, C::kHigh, Masked(n)}}});
  ExpectCase(Case{"NPWP <<0" + n + ">>", {{T::kNpwp, C::kHigh, Masked("0" + n)}}});
}
INSTANTIATE_TEST_SUITE_P(All, NpwpAll, ::testing::ValuesIn(kParts));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, NpwpDetect, ::testing::Values(
    Case{"NPWP: <<09.254.294.4-407.000>>", {{T::kNpwp, C::kLow, "09.25*.***.*-**7.000"}}},
    Case{"Terdaftar 09.254.294.4-407.000", {}},
    Case{"NPWP <<000000000000000>>", {{T::kNpwp, C::kLow, "0000*******0000"}}},
    Case{"NPWP <<09.254.294.3-407.00>>", {{T::kNpwp, C::kLow, "09.25*.***.*-*07.00"}}},
    Case{"000000000000000", {}},
    Case{"092542944407000", {}},
    Case{"Rp 09.254.294", {}},
    Case{"NPWP 12.345.678", {}},  // a thousands grouping is money
    Case{"No. Invoice 092542943407000", {}},
    Case{"nomor kontrak " + kP, {}},
    Case{"ref " + kP, {}},
    Case{"kode billing 092542943407000", {}},
    Case{"NPWP 09.254.***.*-***.000", {}},
    Case{"NPWP 0925xxxxxxx7000", {}},
    Case{"NPWP/092542943407000", {}},
    Case{"NPWP092542943407000X", {}},
    Case{"#092542943407000", {}},
    Case{"NPWP kami " + kP, {}},  // the creditor's own
    Case{"jatuh tempo 09.05.2026", {}},
    Case{"NPWP 3/12", {}},
    // 15-digit bank accounts and cards look like NPWPs.
    Case{"rekening BRI <<0123-01-012345-50-1>>", {{T::kBankAccount, C::kHigh, "0123-**-*****5-50-1"}}},
    Case{"Bank Mega <<012345678901234>>", {{T::kBankAccount, C::kHigh, "0123*******1234"}}},
    Case{"<<378282246310005>>", {{T::kCard, C::kHigh, "3782*******0005"}}},
    Case{"NPWP <<1092542943407000>>", {{T::kNpwp, C::kLow, "1092********7000"}}},
    Case{"<<3275014601920007>>", {{T::kNik, C::kMedium, "3275********0007"}}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
