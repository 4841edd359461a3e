#include "extract/pii/iban.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

// Two published examples and IBANs built with computed check digits.
const std::vector<std::string>& ValidIbans() {
  // clang-format off
  static const std::vector<std::string> ibans = {
      "DE89370400440532013000",        "GB82WEST12345698765432",
      Iban("NL", "ABNA0417164300"),    Iban("FR", "20041010050500013M02606"),
      Iban("BE", "539007547034"),      Iban("CH", "00762011623852957"),
      Iban("AT", "1904300234573201"),  Iban("ES", "21000418450200051332"),
      Iban("IT", "X0542811101000000123456"), Iban("NO", "86011117947"),
      Iban("DK", "50510001322617"),    Iban("FI", "21421000015386"),
      Iban("SE", "50000000058398257466"), Iban("PL", "109010140000071219812874"),
      Iban("PT", "000201231234567890154"), Iban("IE", "AIBK93115212345678"),
      Iban("LU", "0010001234567891"),  Iban("SA", "80000000608010167519"),
      Iban("AE", "0331234567890123456"), Iban("TR", "0006100519786457841326"),
      Iban("GR", "01101250000000012300695"), Iban("HU", "117730161111101800000000"),
      Iban("CZ", "08000000192000145399"), Iban("RO", "AAAA1B31007593840000"),
      Iban("HR", "10010051863000160"), Iban("LT", "1000011101001000"),
      Iban("EE", "2200221020145685"),  Iban("MT", "MALT011000012345MTLCAST001S"),
  };
  // clang-format on
  return ibans;
}

// The expected mask: the first and last four letters or digits kept.
std::string MaskedIban(const std::string& v) {
  size_t n = 0;
  for (char c : v) n += c != ' ';
  std::string out;
  size_t k = 0;
  for (char c : v) {
    if (c == ' ') {
      out.push_back(c);
      continue;
    }
    out.push_back(k < 4 || k >= n - 4 ? c : '*');
    ++k;
  }
  return out;
}

TEST(IbanValidator, AcceptsValidIbans) {
  for (const std::string& iban : ValidIbans()) {
    EXPECT_TRUE(IsValidIban(iban)) << iban;
    EXPECT_EQ(IbanRemainder(iban), 1) << iban;
    EXPECT_EQ(static_cast<int>(iban.size()), IbanLength(iban.substr(0, 2))) << iban;
  }
  EXPECT_TRUE(IsValidIban("gb82west12345698765432"));  // any case
  EXPECT_GE(ValidIbans().size(), 25u);
}

TEST(IbanValidator, RejectsLookAlikes) {
  std::vector<std::string> bad;
  for (const std::string& iban : ValidIbans()) {
    std::string typo = iban;
    typo[iban.size() - 2] = typo[iban.size() - 2] == '1' ? '2' : '1';  // one character off
    bad.push_back(typo);
  }
  bad.insert(bad.end(), {
                            "DE8937040044053201300",    // one short
                            "DE893704004405320130000",  // one long
                            "ID12345678901234567890",   // Indonesia has no IBANs
                            "US12345678901234567890",
                            "XX12345678901234567890",
                            "DE00370400440532013000",       // check digits 00
                            "DE99370400440532013000",       // check digits 99
                            "DE89 3704 0044 0532 0130 00",  // spaces: pass the compact form
                            "DE89-3704-0044-0532-0130-00",
                            "AB1234567890",
                            "DE89",
                            "",
                        });
  for (const std::string& iban : bad) EXPECT_FALSE(IsValidIban(iban)) << iban;
  EXPECT_EQ(IbanLength("ID"), 0);
  EXPECT_EQ(IbanRemainder("DE89-3704"), -1);
  EXPECT_GE(bad.size(), 25u);
}

class IbanDetect : public ::testing::TestWithParam<Case> {};
TEST_P(IbanDetect, FindsExactly) { ExpectCase(GetParam()); }

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, IbanDetect, ::testing::Values(
    Case{"IBAN: <<DE89 3704 0044 0532 0130 00>>", {{T::kIban, C::kHigh, "DE89 **** **** **** **30 00"}}},
    Case{"IBAN <<DE89370400440532013000>>.", {{T::kIban, C::kHigh, "DE89**************3000"}}},
    Case{"transfer to <<GB82 WEST 1234 5698 7654 32>> please",
         {{T::kIban, C::kHigh, "GB82 **** **** **** **54 32"}}},
    Case{"(<<GB82WEST12345698765432>>)", {{T::kIban, C::kHigh, "GB82**************5432"}}},
    Case{"IBAN <<DE89 3704 0044 0532 0130 00>> a.n. Budi", {{T::kIban, C::kHigh, "DE89 **** **** **** **30 00"}}},
    Case{"<<DE89 3704 0044 0532 0130 00>>\n<<GB82 WEST 1234 5698 7654 32>>",
         {{T::kIban, C::kHigh, "DE89 **** **** **** **30 00"},
          {T::kIban, C::kHigh, "GB82 **** **** **** **54 32"}}}));
// clang-format on

class IbanAll : public ::testing::TestWithParam<std::string> {};
TEST_P(IbanAll, BareIsHigh) {
  const std::string& iban = GetParam();
  ExpectCase(Case{"rekening <<" + iban + ">>", {{T::kIban, C::kHigh, MaskedIban(iban)}}});
  ExpectCase(Case{"IBAN <<" + Grouped(iban) + ">>", {{T::kIban, C::kHigh, MaskedIban(Grouped(iban))}}});
}
INSTANTIATE_TEST_SUITE_P(All, IbanAll, ::testing::ValuesIn(ValidIbans()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, IbanDetect, ::testing::Values(
    Case{"DE89 3704 0044 0532 0130 01", {}},
    Case{"IBAN: <<DE89 3704 0044 0532 0130 01>>", {{T::kIban, C::kLow, "DE89 **** **** **** **30 01"}}},
    Case{"IBAN <<DE89 3704 0044 0532 0130 0>>", {{T::kIban, C::kLow, "DE89 **** **** **** *130 0"}}},
    Case{"GB82 WEST 1234 5698 7654 33", {}},
    Case{"NL91 ABNA 0417 1643 01", {}},
    Case{"ID12 3456 7890 1234 5678 90", {}},
    Case{"Kode produk AB12 3456 7890", {}},
    Case{"de89 3704 0044 0532 0130 00", {}},
    Case{"xDE89370400440532013000", {}},
    Case{"DE89370400440532013000X", {}},
    Case{"DE89 **** **** **** **30 00", {}},
    Case{"SWIFT: BNINIDJA", {}},
    Case{"BIC CENAIDJA", {}},
    Case{"DE893704004405320130", {}},
    Case{"US12 3456 7890 1234 5678 90", {}},
    Case{"XK", {}},
    Case{"DE", {}},
    Case{"A4 paper", {}},
    Case{"CVV2 dan PPh21", {}},
    Case{"ISO 9001", {}},
    Case{"FR76 3000 6000 0112 3456 7890 18X", {}},
    Case{"model GB82-WEST", {}},
    Case{"MT84MALT011000012345MTLCAST001T", {}},
    Case{"ES91 2100 0418 4502 0005 1333", {}},
    Case{"NO93 8601 1117 948", {}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
