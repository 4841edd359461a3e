#include "extract/pii/kk.h"

#include <gtest/gtest.h>

#include "extract/pii/nik.h"
#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

struct KkParts {
  int province, regency, district, day, month, yy, serial;
};

// clang-format off
const KkParts kValid[] = {
    {32, 75, 1, 12, 1, 15, 3},  {31, 71, 2, 1, 2, 10, 1},    {33, 1, 1, 15, 3, 5, 12},
    {34, 71, 3, 20, 4, 18, 100}, {35, 78, 4, 30, 6, 20, 45},  {36, 3, 5, 7, 7, 21, 1000},
    {11, 1, 1, 1, 8, 99, 1},    {12, 71, 2, 31, 10, 0, 9},   {13, 1, 3, 29, 2, 4, 8},
    {14, 71, 1, 2, 11, 12, 77}, {15, 1, 1, 10, 12, 19, 5},   {16, 71, 1, 11, 1, 1, 2},
    {17, 1, 2, 5, 5, 8, 5},     {18, 71, 1, 6, 6, 16, 6},    {19, 1, 1, 17, 9, 22, 17},
    {21, 71, 1, 18, 3, 23, 18}, {51, 71, 2, 19, 4, 24, 19},  {52, 1, 1, 20, 5, 25, 20},
    {53, 71, 1, 21, 6, 11, 21}, {61, 71, 1, 22, 7, 13, 22},  {62, 1, 2, 23, 8, 14, 23},
    {63, 71, 1, 24, 9, 17, 24}, {64, 71, 1, 25, 10, 9, 25},  {71, 71, 1, 26, 11, 7, 26},
    {73, 71, 1, 27, 12, 6, 27}, {81, 71, 1, 28, 1, 3, 28},   {91, 1, 1, 3, 4, 2, 29},
};
// clang-format on

std::string Build(const KkParts& p) { return Nik(p.province, p.regency, p.district, p.day, p.month, p.yy, p.serial); }

TEST(KkValidator, AcceptsValidNumbersAndReportsTheirFacts) {
  for (const KkParts& p : kValid) {
    const std::string kk = Build(p);
    KkFacts f;
    ASSERT_TRUE(IsStructurallyValidKk(kk, &f, kYear)) << kk;
    EXPECT_EQ(f.province, p.province);
    EXPECT_EQ(f.regency, p.regency);
    EXPECT_EQ(f.district, p.district);
    EXPECT_EQ(f.day, p.day);
    EXPECT_EQ(f.month, p.month);
    EXPECT_EQ(f.year % 100, p.yy);
    EXPECT_EQ(f.serial, p.serial);
    // Only a label tells a KK from a man's NIK.
    EXPECT_TRUE(IsStructurallyValidNik(kk, nullptr, kYear)) << kk;
  }
  EXPECT_GE(std::size(kValid), 25u);
}

TEST(KkValidator, RejectsMalformedNumbers) {
  // clang-format off
  const std::string bad[] = {
      "3275014601920007",              // a woman's NIK: day 46
      Nik(32, 75, 1, 41, 1, 15, 3),    // day 41
      Nik(32, 75, 1, 71, 1, 15, 3),    // day 71
      Nik(10, 75, 1, 12, 1, 15, 3), Nik(20, 75, 1, 12, 1, 15, 3), Nik(39, 75, 1, 12, 1, 15, 3),
      Nik(55, 75, 1, 12, 1, 15, 3), Nik(68, 75, 1, 12, 1, 15, 3), Nik(79, 75, 1, 12, 1, 15, 3),
      Nik(85, 75, 1, 12, 1, 15, 3), Nik(99, 75, 1, 12, 1, 15, 3),
      Nik(32, 0, 1, 12, 1, 15, 3),     // regency 00
      Nik(32, 75, 0, 12, 1, 15, 3),    // district 00
      Nik(32, 75, 1, 0, 1, 15, 3),     // day 00
      Nik(32, 75, 1, 32, 1, 15, 3),    // day 32
      Nik(32, 75, 1, 12, 0, 15, 3),    // month 00
      Nik(32, 75, 1, 12, 13, 15, 3),   // month 13
      Nik(32, 75, 1, 31, 6, 15, 3),    // 31 June
      Nik(32, 75, 1, 30, 2, 15, 3),    // 30 February
      Nik(32, 75, 1, 29, 2, 15, 3),    // 29 February 2015 and 1915
      Nik(32, 75, 1, 31, 9, 15, 3),    // 31 September
      Nik(32, 75, 1, 31, 11, 15, 3),   // 31 November
      Nik(32, 75, 1, 12, 1, 15, 0),    // serial 0000
      "327501120115000", "32750112011500031", "3275-0112-0115-0003", "3275O11201150003", "",
  };
  // clang-format on
  for (const std::string& kk : bad) EXPECT_FALSE(IsStructurallyValidKk(kk, nullptr, kYear)) << kk;
  EXPECT_GE(std::size(bad), 25u);
}

class KkDetect : public ::testing::TestWithParam<Case> {};
TEST_P(KkDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kM = "3275********0003";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, KkDetect, ::testing::Values(
    Case{"No. KK <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"nomor KK Anda <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"Kartu Keluarga: <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"KK: <<3275 0112 0115 0003>>", {{T::kKk, C::kHigh, "3275 **** **** 0003"}}},
    Case{"KK <<3275-0112-0115-0003>>", {{T::kKk, C::kHigh, "3275-****-****-0003"}}},
    Case{"Family card number <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"family register: <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"No.KK-nya <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"nomor kartu keluarga Anda adalah <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"KK<<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"no. kk <<3275011201150003>>", {{T::kKk, C::kHigh, kM}}},
    Case{"(No. KK <<3275011201150003>>)", {{T::kKk, C::kHigh, kM}}},
    Case{"NIK <<3275014601920007>> dan No. KK <<3275011201150003>>",
         {{T::kNik, C::kHigh, "3275********0007"}, {T::kKk, C::kHigh, kM}}}));
// clang-format on

class KkAll : public ::testing::TestWithParam<KkParts> {};
TEST_P(KkAll, LabelledIsHigh) {
  const std::string kk = Build(GetParam());
  ExpectCase(Case{"No. KK <<" + kk + ">>", {{T::kKk, C::kHigh, Masked(kk)}}});
}
INSTANTIATE_TEST_SUITE_P(All, KkAll, ::testing::ValuesIn(kValid));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, KkDetect, ::testing::Values(
    // Without a capitalised KK label a KK number reads as a NIK.
    Case{"makasih kk <<3275011201150003>>", {{T::kNik, C::kMedium, kM}}},
    Case{"<<3275011201150003>>", {{T::kNik, C::kMedium, kM}}},
    Case{"No. KK <<3275014601920007>>", {{T::kNik, C::kMedium, "3275********0007"}}},
    Case{"No. KK <<3275011201150000>>", {{T::kKk, C::kLow, "3275********0000"}}},
    Case{"No. KK <<9975011201150003>>", {{T::kKk, C::kLow, "9975********0003"}}},
    Case{"No. KK <<32750112011500>>", {{T::kKk, C::kLow, "3275******1500"}}},
    Case{"No. KK <<3275013201150003>>", {{T::kKk, C::kLow, kM}}},
    Case{"KK 3275 **** **** 0003", {}},
    Case{"KK 3275xxxxxxxx0003", {}},
    Case{"Kartu Keluarga 3.275.011.201.150.003", {}},
    Case{"kode billing 3275011201150003", {}},
    Case{"VA 3275011201150003", {}},
    Case{"nomor kontrak 3275011201150003", {}},
    Case{"Invoice 3275011201150003", {}},
    Case{"KK/3275011201150003", {}},
    Case{"KK-3275011201150003-A", {}},
    Case{"Rp 3275011201150003", {}},
    Case{"KK 12 orang", {}},
    Case{"KK 3/12", {}},
    Case{"KK 12-01-2015", {}},
    Case{Nik(32, 75, 1, 31, 6, 15, 3), {}},
    Case{Nik(32, 75, 1, 12, 13, 15, 3), {}},
    Case{Nik(32, 0, 1, 12, 1, 15, 3), {}},
    Case{Nik(10, 75, 1, 12, 1, 15, 3), {}},
    Case{Nik(32, 75, 1, 12, 1, 15, 0), {}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
