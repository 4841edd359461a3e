#include "extract/pii/us_ssn.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

std::string Ssn(int area, int group, int serial) {
  return std::to_string(area / 100) + Two(area % 100) + Two(group) + Four(serial);
}
std::string Dashed(const std::string& d, char sep = '-') {
  return d.substr(0, 3) + sep + d.substr(3, 2) + sep + d.substr(5);
}

const std::vector<std::string>& ValidSsns() {
  // clang-format off
  static const std::vector<std::string> v = {
      Ssn(1, 1, 1),      Ssn(219, 12, 3456), Ssn(78, 5, 1121),  Ssn(665, 12, 3456), Ssn(667, 12, 3456),
      Ssn(899, 99, 9998), Ssn(123, 45, 6788), Ssn(500, 50, 5001), Ssn(321, 1, 9999), Ssn(432, 76, 1),
      Ssn(555, 55, 5556), Ssn(601, 10, 2020), Ssn(700, 7, 700),  Ssn(808, 80, 8080), Ssn(12, 34, 5678),
      Ssn(99, 99, 9),    Ssn(246, 81, 3579), Ssn(135, 79, 2468), Ssn(777, 77, 7776), Ssn(888, 88, 8887),
      Ssn(111, 22, 3333), Ssn(450, 33, 1200), Ssn(650, 44, 4321), Ssn(850, 5, 1234), Ssn(20, 20, 2020),
  };
  // clang-format on
  return v;
}

const std::vector<std::string>& ValidItins() {
  // clang-format off
  static const std::vector<std::string> v = {
      Ssn(900, 50, 1),   Ssn(912, 65, 1234), Ssn(923, 70, 5678), Ssn(934, 88, 9999), Ssn(945, 90, 4321),
      Ssn(956, 91, 1111), Ssn(967, 92, 2222), Ssn(978, 94, 3333), Ssn(989, 99, 4444), Ssn(999, 55, 5555),
      Ssn(901, 51, 6666), Ssn(902, 52, 7777), Ssn(903, 53, 8888), Ssn(904, 54, 1),   Ssn(905, 60, 2),
      Ssn(906, 61, 3),   Ssn(907, 62, 4),    Ssn(908, 63, 5),    Ssn(909, 64, 6),    Ssn(910, 71, 7),
      Ssn(911, 75, 8),   Ssn(913, 80, 9),    Ssn(914, 85, 10),   Ssn(915, 87, 11),   Ssn(916, 95, 12),
      Ssn(917, 96, 13),  Ssn(918, 97, 14),   Ssn(919, 98, 15),
  };
  // clang-format on
  return v;
}

TEST(SsnValidator, AcceptsValidNumbers) {
  for (const std::string& s : ValidSsns()) {
    EXPECT_TRUE(IsValidSsn(s)) << s;
    EXPECT_FALSE(IsValidItin(s)) << s;
  }
  EXPECT_GE(ValidSsns().size(), 25u);
}

TEST(SsnValidator, RejectsLookAlikes) {
  // clang-format off
  const std::string bad[] = {
      Ssn(0, 12, 3456),   Ssn(666, 12, 3456), Ssn(900, 12, 3456), Ssn(950, 70, 1234), Ssn(999, 99, 9998),
      Ssn(219, 0, 3456),  Ssn(219, 12, 0),    "078051120",         "219099999",         "123456789",
      "111111111",        "999999999",        "000000000",         "21912345",          "2191234567",
      "219-12-3456",      "21912345a",        "",                  Ssn(0, 0, 0),        Ssn(666, 66, 6666),
      Ssn(1, 0, 1),       Ssn(1, 1, 0),       Ssn(987, 65, 4320),  Ssn(900, 0, 1),      "12345678",
  };
  // clang-format on
  for (const std::string& s : bad) EXPECT_FALSE(IsValidSsn(s)) << s;
  EXPECT_GE(std::size(bad), 25u);
}

TEST(ItinValidator, AcceptsValidNumbers) {
  for (const std::string& s : ValidItins()) {
    EXPECT_TRUE(IsValidItin(s)) << s;
    EXPECT_FALSE(IsValidSsn(s)) << s;
  }
  EXPECT_GE(ValidItins().size(), 25u);
}

TEST(ItinValidator, RejectsLookAlikes) {
  // clang-format off
  const std::string bad[] = {
      Ssn(912, 49, 1234), Ssn(912, 66, 1234), Ssn(912, 67, 1234), Ssn(912, 68, 1234), Ssn(912, 69, 1234),
      Ssn(912, 89, 1234), Ssn(912, 93, 1234), Ssn(912, 0, 1234),  Ssn(912, 10, 1234), Ssn(912, 30, 1234),
      Ssn(912, 70, 0),    Ssn(812, 70, 1234), Ssn(219, 70, 1234), Ssn(1, 70, 1234),   Ssn(912, 1, 1234),
      Ssn(912, 45, 1234), Ssn(912, 20, 1234), Ssn(912, 40, 1234), "91270123",         "9127012345",
      "912-70-1234",      "",                 "91270123x",        Ssn(999, 93, 1),    Ssn(900, 89, 9999),
  };
  // clang-format on
  for (const std::string& s : bad) EXPECT_FALSE(IsValidItin(s)) << s;
  EXPECT_GE(std::size(bad), 25u);
}

TEST(SsnLayout, NeedsOneDelimiterKind) {
  const uint8_t g324[] = {3, 2, 4};
  const uint8_t g54[] = {5, 4};
  EXPECT_TRUE(IsSsnLayout(g324, "--"));
  EXPECT_TRUE(IsSsnLayout(g324, "  "));
  EXPECT_TRUE(IsSsnLayout(g324, ".."));
  EXPECT_FALSE(IsSsnLayout(g324, "-."));
  EXPECT_FALSE(IsSsnLayout(g324, "//"));
  EXPECT_FALSE(IsSsnLayout(g54, "-"));
}

class SsnDetect : public ::testing::TestWithParam<Case> {};
TEST_P(SsnDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kS = "***-**-3456";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, SsnDetect, ::testing::Values(
    Case{"SSN <<219-12-3456>>", {{T::kSsn, C::kHigh, kS}}},
    Case{"SSN: <<219 12 3456>>", {{T::kSsn, C::kHigh, "*** ** 3456"}}},
    Case{"social security number <<219.12.3456>>", {{T::kSsn, C::kHigh, "***.**.3456"}}},
    Case{"SS# <<219-12-3456>>", {{T::kSsn, C::kHigh, kS}}},
    Case{"Your SSN is <<219123456>>.", {{T::kSsn, C::kHigh, "*****3456"}}},
    Case{"Social Security No. <<219-12-3456>>", {{T::kSsn, C::kHigh, kS}}},
    Case{"on file: <<219-12-3456>>", {{T::kSsn, C::kMedium, kS}}},
    Case{"<<078-05-1121>>", {{T::kSsn, C::kMedium, "***-**-1121"}}},
    Case{"ITIN <<912-70-1234>>", {{T::kItin, C::kHigh, "***-**-1234"}}},
    Case{"ITIN: <<912701234>>", {{T::kItin, C::kHigh, "*****1234"}}},
    Case{"taxpayer identification number <<945-90-4321>>", {{T::kItin, C::kHigh, "***-**-4321"}}},
    Case{"SSN <<912-70-1234>>", {{T::kItin, C::kHigh, "***-**-1234"}}},
    Case{"Tax ID: <<912-70-1234>>", {{T::kItin, C::kHigh, "***-**-1234"}}},
    Case{"<<978-94-3333>>", {{T::kItin, C::kMedium, "***-**-3333"}}},
    Case{"ITIN <<219-12-3456>>", {{T::kSsn, C::kMedium, kS}}}));  // an SSN under an ITIN label
// clang-format on

class SsnAll : public ::testing::TestWithParam<std::string> {};
TEST_P(SsnAll, LabelledHighFormattedMedium) {
  const std::string& d = GetParam();
  const bool itin = d[0] == '9';
  const PiiType type = itin ? T::kItin : T::kSsn;
  ExpectCase(
      Case{std::string(itin ? "ITIN" : "SSN") + " <<" + Dashed(d) + ">>", {{type, C::kHigh, Masked(Dashed(d))}}});
  ExpectCase(Case{"number <<" + Dashed(d, ' ') + ">>", {{type, C::kMedium, Masked(Dashed(d, ' '))}}});
}
INSTANTIATE_TEST_SUITE_P(Ssns, SsnAll, ::testing::ValuesIn(ValidSsns()));
INSTANTIATE_TEST_SUITE_P(Itins, SsnAll, ::testing::ValuesIn(ValidItins()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, SsnDetect, ::testing::Values(
    Case{"219123456", {}},
    Case{"219-12.3456", {}},
    Case{"SSN <<123-45-6789>>", {{T::kSsn, C::kLow, "***-**-6789"}}},
    Case{"SSN <<078-05-1120>>", {{T::kSsn, C::kLow, "***-**-1120"}}},
    Case{"SSN <<666-12-3456>>", {{T::kSsn, C::kLow, kS}}},
    Case{"ITIN <<912-66-1234>>", {{T::kItin, C::kLow, "***-**-1234"}}},
    Case{"000-12-3456", {}},
    Case{"666-12-3456", {}},
    Case{"219-00-3456", {}},
    Case{"219-12-0000", {}},
    Case{"912-66-1234", {}},
    Case{"912-93-1234", {}},
    Case{"ZIP 20500-0003", {}},
    Case{"call <<555-0123>>", {{T::kPhone, C::kLow, "***-0123"}}},  // a local number, not an SSN
    Case{"OMB No. 1545-0008", {}},
    Case{"Invoice 219-12-3456", {}},
    Case{"219-12-3456x", {}},
    Case{"SSN ***-**-3456", {}},
    Case{"SSN xxx-xx-3456", {}},
    Case{"due 12-05-1991", {}},
    Case{"loan 219-12-3456", {}},
    Case{"ref 219-12-3456", {}},
    Case{"$219-12-3456", {}},
    Case{"219/12/3456", {}},
    Case{"GUID 3f2a-219-12-3456", {}}));
// clang-format on

// ITIN look-alikes: 9xx numbers whose group is outside the ITIN ranges are
// neither ITINs nor SSNs; with an ITIN label they are "possible, malformed".
class ItinLookAlike : public ::testing::TestWithParam<int> {};
TEST_P(ItinLookAlike, IsNotAnItin) {
  const std::string d = Dashed(Ssn(912, GetParam(), 3456));
  ExpectCase(Case{d, {}});
  ExpectCase(Case{"ITIN <<" + d + ">>", {{T::kItin, C::kLow, "***-**-3456"}}});
}
// clang-format off
INSTANTIATE_TEST_SUITE_P(Groups, ItinLookAlike, ::testing::Values(
    0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 42, 44, 45, 46, 47, 48, 49, 66, 67, 68, 69, 89, 93, 11, 33, 22));
// clang-format on

}  // namespace
}  // namespace santun::pii
