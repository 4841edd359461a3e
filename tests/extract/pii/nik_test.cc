#include "extract/pii/nik.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

struct NikParts {
  int province, regency, district, day, month, yy, serial;
  bool female;
};

// Valid by construction: every province block, both sexes, leap days,
// day 31 + 40 = 71, serials 0001-9999, both centuries.
// clang-format off
const NikParts kValid[] = {
    {11, 1, 1, 1, 1, 80, 1, false},     {12, 71, 10, 15, 6, 85, 123, false},
    {13, 2, 3, 31, 12, 99, 9999, false}, {14, 71, 4, 29, 2, 0, 12, true},
    {15, 5, 6, 28, 2, 1, 45, false},    {16, 71, 2, 10, 10, 10, 7, true},
    {17, 1, 1, 30, 4, 75, 2, false},    {18, 72, 5, 11, 11, 88, 301, true},
    {19, 71, 1, 5, 5, 95, 18, false},   {21, 71, 3, 20, 8, 93, 61, true},
    {31, 74, 5, 17, 8, 91, 3, true},    {32, 75, 1, 6, 1, 92, 7, true},
    {33, 74, 12, 1, 3, 70, 1, false},   {34, 71, 2, 25, 12, 60, 42, false},
    {35, 78, 9, 9, 9, 99, 909, true},   {36, 3, 4, 31, 1, 2, 5, false},
    {51, 71, 1, 14, 2, 84, 88, true},   {52, 1, 2, 7, 7, 77, 700, false},
    {53, 71, 3, 3, 3, 3, 33, true},     {61, 71, 1, 19, 9, 90, 19, false},
    {62, 1, 1, 12, 12, 12, 12, false},  {63, 71, 4, 23, 6, 68, 8, true},
    {64, 72, 1, 2, 2, 2, 2, false},     {65, 1, 1, 30, 11, 98, 1234, false},
    {71, 71, 1, 22, 4, 87, 45, true},   {72, 1, 3, 8, 8, 8, 888, false},
    {73, 71, 2, 13, 1, 79, 17, false},  {74, 1, 1, 26, 5, 66, 66, true},
    {75, 71, 1, 1, 6, 94, 1, false},    {76, 1, 2, 16, 10, 97, 234, false},
    {81, 71, 1, 4, 7, 89, 11, true},    {82, 1, 1, 18, 3, 83, 91, false},
    {91, 1, 1, 27, 2, 71, 5, false},    {92, 2, 1, 21, 9, 92, 23, true},
    {93, 1, 1, 9, 1, 5, 50, false},     {94, 1, 1, 31, 3, 81, 3, true},
    {95, 1, 1, 11, 11, 11, 11, false},  {96, 1, 1, 15, 8, 45, 1945, false},
    {97, 1, 1, 1, 1, 1, 1, false},
};
// clang-format on

std::string Build(const NikParts& p) {
  return Nik(p.province, p.regency, p.district, p.day, p.month, p.yy, p.serial, p.female);
}

TEST(NikValidator, AcceptsValidNumbersAndReportsTheirFacts) {
  for (const NikParts& p : kValid) {
    const std::string nik = Build(p);
    NikFacts f;
    ASSERT_TRUE(IsStructurallyValidNik(nik, &f, kYear)) << nik;
    EXPECT_EQ(f.province, p.province) << nik;
    EXPECT_EQ(f.regency, p.regency) << nik;
    EXPECT_EQ(f.district, p.district) << nik;
    EXPECT_EQ(f.birth_day, p.day) << nik;
    EXPECT_EQ(f.birth_month, p.month) << nik;
    EXPECT_EQ(f.birth_year % 100, p.yy) << nik;
    EXPECT_EQ(f.sex, p.female ? Sex::kFemale : Sex::kMale) << nik;
    EXPECT_EQ(f.serial, p.serial) << nik;
  }
  EXPECT_GE(std::size(kValid), 25u);
}

TEST(NikValidator, ResolvesTheCentury) {
  NikFacts f;
  ASSERT_TRUE(IsStructurallyValidNik("3275014601920007", &f, kYear));
  EXPECT_EQ(f.birth_year, 1992);
  EXPECT_EQ(ProvinceName(f.province), "Jawa Barat");
  ASSERT_TRUE(IsStructurallyValidNik(Nik(14, 71, 4, 29, 2, 0, 12, true), &f, kYear));
  EXPECT_EQ(f.birth_year, 2000);  // 29 Feb exists in 2000
  ASSERT_TRUE(IsStructurallyValidNik(Nik(32, 75, 1, 1, 1, 26, 1), &f, kYear));
  EXPECT_EQ(f.birth_year, 2026);
  ASSERT_TRUE(IsStructurallyValidNik(Nik(32, 75, 1, 1, 1, 27, 1), &f, kYear));
  EXPECT_EQ(f.birth_year, 1927);  // 2027 would be in the future
  EXPECT_EQ(ResolveBirthYear(0, 2, 29, kYear), 2000);
  EXPECT_EQ(ResolveBirthYear(1, 2, 29, kYear), 0);
  EXPECT_EQ(ResolveBirthYear(4, 2, 29, kYear), 2004);
  EXPECT_EQ(ResolveBirthYear(96, 2, 29, kYear), 1996);
}

TEST(NikValidator, RejectsMalformedNumbers) {
  // clang-format off
  const std::string bad[] = {
      Nik(10, 71, 1, 1, 1, 80, 1), Nik(20, 71, 1, 1, 1, 80, 1), Nik(22, 71, 1, 1, 1, 80, 1),
      Nik(37, 71, 1, 1, 1, 80, 1), Nik(40, 71, 1, 1, 1, 80, 1), Nik(50, 71, 1, 1, 1, 80, 1),
      Nik(54, 71, 1, 1, 1, 80, 1), Nik(60, 71, 1, 1, 1, 80, 1), Nik(66, 71, 1, 1, 1, 80, 1),
      Nik(70, 71, 1, 1, 1, 80, 1), Nik(77, 71, 1, 1, 1, 80, 1), Nik(80, 71, 1, 1, 1, 80, 1),
      Nik(83, 71, 1, 1, 1, 80, 1), Nik(90, 71, 1, 1, 1, 80, 1), Nik(98, 71, 1, 1, 1, 80, 1),
      Nik(99, 71, 1, 1, 1, 80, 1), Nik(0, 71, 1, 1, 1, 80, 1),
      Nik(32, 0, 1, 6, 1, 92, 7),    // regency 00
      Nik(32, 75, 0, 6, 1, 92, 7),   // district 00
      Nik(32, 75, 1, 0, 1, 92, 7),   // day 00
      Nik(32, 75, 1, 32, 1, 92, 7),  // day 32
      Nik(32, 75, 1, 40, 1, 92, 7),  // day 40 = a woman's day 0
      Nik(32, 75, 1, 72, 1, 92, 7),  // day 72 = a woman's day 32
      Nik(32, 75, 1, 6, 0, 92, 7),   // month 00
      Nik(32, 75, 1, 6, 13, 92, 7),  // month 13
      Nik(32, 75, 1, 31, 4, 92, 7),  // 31 April
      Nik(32, 75, 1, 30, 2, 92, 7),  // 30 February
      Nik(32, 75, 1, 29, 2, 1, 7),   // 29 February 2001 and 1901
      Nik(32, 75, 1, 30, 2, 92, 7, true),  // a woman's 30 February (day 70)
      Nik(32, 75, 1, 6, 1, 92, 0),   // serial 0000
      "327501460192000", "32750146019200071", "3275 0146 0192 0007", "32750146019200O7", "",
      "0000000000000000"};
  // clang-format on
  for (const std::string& nik : bad) EXPECT_FALSE(IsStructurallyValidNik(nik, nullptr, kYear)) << nik;
  EXPECT_GE(std::size(bad), 25u);
}

class NikDetect : public ::testing::TestWithParam<Case> {};
TEST_P(NikDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kM = "3275********0007";
const std::string kM2 = "3174********0003";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, NikDetect, ::testing::Values(
    Case{"NIK: <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"NIK saya <<3275014601920007>>.", {{T::kNik, C::kHigh, kM}}},
    Case{"No. KTP <<3275 0146 0192 0007>>", {{T::kNik, C::kHigh, "3275 **** **** 0007"}}},
    Case{"Nomor KTP-nya <<3275-0146-0192-0007>>", {{T::kNik, C::kHigh, "3275-****-****-0007"}}},
    Case{"nomor induk kependudukan <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"Kartu Tanda Penduduk: <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"e-KTP <<3174055708910003>>", {{T::kNik, C::kHigh, kM2}}},
    Case{"kirim ktpmu <<3174055708910003>>", {{T::kNik, C::kHigh, kM2}}},
    Case{"NIK-nya <<3174055708910003>> sudah kami terima", {{T::kNik, C::kHigh, kM2}}},
    Case{"NIK <<31.74.05.570891.0003>>", {{T::kNik, C::kHigh, "31.74.**.******.0003"}}},
    Case{"NIK<<3174055708910003>>", {{T::kNik, C::kHigh, kM2}}},
    Case{"Data diri: <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"identitas Anda <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"National ID <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"Your ID number: <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"(NIK <<3275014601920007>>)", {{T::kNik, C::kHigh, kM}}},
    Case{"NIK Anda yang terdaftar adalah <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}},
    Case{"<<3275014601920007>>", {{T::kNik, C::kMedium, kM}}},
    // Passes Luhn and a card-like prefix too (Presidio calls it a card).
    Case{"Data: <<3174055708910003>>", {{T::kNik, C::kMedium, kM2}}},
    Case{"Nomor <<3275 0146 0192 0007>> sudah kami catat", {{T::kNik, C::kMedium, "3275 **** **** 0007"}}},
    Case{"makasih kk <<3275014601920007>>", {{T::kNik, C::kMedium, kM}}},  // kk = kakak
    Case{"NIK: <<3275014601920007>>, KK: <<3275011201150003>>",
         {{T::kNik, C::kHigh, kM}, {T::kKk, C::kHigh, "3275********0003"}}},
    Case{"<<3275014601920007>> <<3275014601920015>>",
         {{T::kNik, C::kMedium, kM}, {T::kNik, C::kMedium, "3275********0015"}}},
    Case{"NIK:\n<<3275014601920007>>", {{T::kNik, C::kMedium, kM}}},  // the label is on another line
    Case{"KTP (NIK) <<3275014601920007>>", {{T::kNik, C::kHigh, kM}}}));
// clang-format on

// The same number under every province, labelled.
class NikProvinces : public ::testing::TestWithParam<NikParts> {};
TEST_P(NikProvinces, LabelledIsHigh) {
  const std::string nik = Build(GetParam());
  ExpectCase(Case{"NIK: <<" + nik + ">>", {{T::kNik, C::kHigh, Masked(nik)}}});
}
INSTANTIATE_TEST_SUITE_P(All, NikProvinces, ::testing::ValuesIn(kValid));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, NikDetect, ::testing::Values(
    Case{"Tagihan Rp 3.171.011.708.450.001", {}},
    Case{"Tagihan 3.171.011.708.450.001", {}},
    Case{"Nomor VA BRIVA: 12345 0896 1122 3344", {}},
    Case{"nomor kontrak 3275014601920007", {}},
    Case{"No. Invoice 3275014601920007", {}},
    Case{"ID pinjaman: 3275014601920007", {}},
    Case{"Ref: 3275014601920007", {}},
    Case{"kode bayar 3275014601920007", {}},
    Case{"NIK 3174********0003", {}},
    Case{"NIK 3275 XXXX XXXX 0007", {}},
    Case{"NIK 3275-\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2-\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2-0007", {}},
    Case{"INV-3275014601920007", {}},
    Case{"ORD3275014601920007", {}},
    Case{"3275014601920007abc", {}},
    Case{"https://example.com/u/3275014601920007", {}},
    Case{"pesanan #3275014601920007", {}},
    Case{"Rp 3275014601920007", {}},
    Case{"IDR3275014601920007", {}},
    Case{"3275014601920007 rupiah", {}},
    Case{"jatuh tempo 25-12-2026", {}},
    Case{Nik(99, 75, 1, 6, 1, 92, 7), {}},
    Case{Nik(32, 0, 1, 6, 1, 92, 7), {}},
    Case{Nik(32, 75, 0, 6, 1, 92, 7), {}},
    Case{Nik(32, 75, 1, 32, 1, 92, 7), {}},
    Case{Nik(32, 75, 1, 6, 13, 92, 7), {}},
    Case{Nik(32, 75, 1, 30, 2, 92, 7), {}},
    Case{Nik(32, 75, 1, 6, 1, 92, 0), {}},
    Case{"NIK: <<3275014601920000>>", {{T::kNik, C::kLow, "3275********0000"}}},
    Case{"NIK: <<9975014601920007>>", {{T::kNik, C::kLow, "9975********0007"}}},
    Case{"NIK <<327501460192007>>", {{T::kNik, C::kLow, "3275*******2007"}}},
    // A KK label on a woman's NIK: the day 46 cannot be a KK date.
    Case{"No. KK <<3275014601920007>>", {{T::kNik, C::kMedium, kM}}}));
// clang-format on

TEST(NikDetect, ClaimedSpansAreNotIdentifiers) {
  PiiOptions options;
  options.claimed_spans = {Span{6, 22}};
  ExpectCase(Case{"Total 3275014601920007", {}}, options);
}

}  // namespace
}  // namespace santun::pii
