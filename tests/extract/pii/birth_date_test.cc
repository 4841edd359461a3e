#include "extract/pii/birth_date.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

TEST(BirthDateValidator, NeedsARealDateOfAnAdult) {
  EXPECT_TRUE(IsPlausibleBirthDate(1991, 8, 17, kYear));
  EXPECT_TRUE(IsPlausibleBirthDate(2008, 1, 1, kYear));  // 18
  EXPECT_TRUE(IsPlausibleBirthDate(1926, 1, 1, kYear));  // 100
  EXPECT_TRUE(IsPlausibleBirthDate(2000, 2, 29, kYear));
  EXPECT_FALSE(IsPlausibleBirthDate(2009, 1, 1, kYear));  // 17
  EXPECT_FALSE(IsPlausibleBirthDate(1925, 1, 1, kYear));  // 101
  EXPECT_FALSE(IsPlausibleBirthDate(1990, 2, 30, kYear));
  EXPECT_FALSE(IsPlausibleBirthDate(1990, 13, 1, kYear));
  EXPECT_FALSE(IsPlausibleBirthDate(1990, 4, 31, kYear));
  EXPECT_FALSE(IsPlausibleBirthDate(2001, 2, 29, kYear));
}

class BirthDateDetect : public ::testing::TestWithParam<Case> {};
TEST_P(BirthDateDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kD = "**-**-****";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, BirthDateDetect, ::testing::Values(
    Case{"Tanggal lahir: <<17-08-1991>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"tgl. lahir <<17/08/1991>>", {{T::kBirthDate, C::kHigh, "**/**/****"}}},
    Case{"tgl lahir <<17.08.1991>>", {{T::kBirthDate, C::kHigh, "**.**.****"}}},
    Case{"TTL: Bandung, <<17-08-1991>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"Tempat/tanggal lahir: Bandung, <<17 Agustus 1991>>", {{T::kBirthDate, C::kHigh, "** ******* ****"}}},
    Case{"tempat, tanggal lahir Jakarta <<1 Januari 1980>>", {{T::kBirthDate, C::kHigh, "* ******* ****"}}},
    Case{"lahir di Surabaya pada <<3 Mei 1975>>", {{T::kBirthDate, C::kHigh, "* *** ****"}}},
    Case{"kelahiran <<1985-12-31>>", {{T::kBirthDate, C::kHigh, "****-**-**"}}},
    Case{"lahir <<17 Agt '91>>", {{T::kBirthDate, C::kHigh, "** *** '**"}}},
    Case{"lahir <<17 Agt 1991>>", {{T::kBirthDate, C::kHigh, "** *** ****"}}},
    Case{"DOB: <<08/05/1991>>", {{T::kBirthDate, C::kHigh, "**/**/****"}}},
    Case{"date of birth <<August 17, 1991>>", {{T::kBirthDate, C::kHigh, "****** **, ****"}}},
    Case{"born on <<March 3, 1985>>", {{T::kBirthDate, C::kHigh, "***** *, ****"}}},
    Case{"Born <<3 March 1985>>", {{T::kBirthDate, C::kHigh, "* ***** ****"}}},
    Case{"birthday: <<12/25/1990>>", {{T::kBirthDate, C::kHigh, "**/**/****"}}},
    Case{"D.O.B. <<1990-01-15>>", {{T::kBirthDate, C::kHigh, "****-**-**"}}},
    Case{"birth date <<01/15/1990>>", {{T::kBirthDate, C::kHigh, "**/**/****"}}},
    Case{"tanggal lahir <<29-02-2000>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"Tgl Lahir: <<05-11-1965>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"TTL Medan, <<7 Des 1970>>", {{T::kBirthDate, C::kHigh, "* *** ****"}}},
    Case{"tanggal lahir <<17/08/91>>", {{T::kBirthDate, C::kHigh, "**/**/**"}}},
    Case{"lahirnya <<17-08-1991>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"Tanggal Lahir Anda <<17-08-1991>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"TANGGAL LAHIR: <<17-08-1991>>", {{T::kBirthDate, C::kHigh, kD}}},
    Case{"lahir <<31 Desember 1999>>", {{T::kBirthDate, C::kHigh, "** ******** ****"}}},
    Case{"lahir <<1 Jan 1960>>", {{T::kBirthDate, C::kHigh, "* *** ****"}}},
    Case{"DOB <<Jan 5, 1970>>", {{T::kBirthDate, C::kHigh, "*** *, ****"}}},
    Case{"NIK <<3275014601920007>>, tanggal lahir <<06-01-1992>>",
         {{T::kNik, C::kHigh, "3275********0007"}, {T::kBirthDate, C::kHigh, kD}}},
    // A keyword with an impossible date or an unlikely age is still worth a look.
    Case{"tgl lahir <<01-01-2015>>", {{T::kBirthDate, C::kLow, kD}}},
    Case{"Lahir <<31-02-1990>>", {{T::kBirthDate, C::kLow, kD}}},
    Case{"lahir <<1 Januari 1920>>", {{T::kBirthDate, C::kLow, "* ******* ****"}}},
    Case{"tanggal lahir <<32-13-1991>>", {{T::kBirthDate, C::kLow, kD}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, BirthDateDetect, ::testing::Values(
    Case{"jatuh tempo 17-08-2026", {}},
    Case{"sejak 01-02-2025", {}},
    Case{"tanggal 17-08-1991", {}},
    Case{"kontrak tanggal 17 Agustus 1991", {}},
    Case{"cicilan 3/12", {}},
    Case{"pukul 08.00", {}},
    Case{"Tanggal lahir: -", {}},
    Case{"tanggal lahir\n17-08-1991", {}},
    Case{"lahir ........................................ 17-08-1991", {}},
    Case{"17-08-1991 (tanggal lahir)", {}},
    Case{"TTL 24 jam", {}},
    Case{"Mohon maaf lahir dan batin. Jatuh tempo 17-08-2026", {}},
    Case{"mohon maaf lahir batin, bayar 17-08-2026", {}},
    Case{"lahir 3/12", {}},
    Case{"born 2 times", {}},
    Case{"TTL: Bandung", {}},
    Case{"Lahir di Bandung. Jatuh tempo 17-08-2026", {}},
    Case{"due date 08/05/2026", {}},
    Case{"terlahir 17-08-1991", {}},
    Case{"tanggal lahir; tempo 17-08-2026", {}},
    Case{"upload foto KTP sebelum 17 Agustus 2026", {}},
    Case{"DOBI 17-08-1991", {}},
    Case{"stubborn 17-08-1991", {}},
    Case{"tanggal lahir 17-08", {}},
    Case{"pembayaran bulan Agustus 1991", {}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
