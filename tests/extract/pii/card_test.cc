#include "extract/pii/card.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

struct Pan {
  std::string digits;
  CardBrand brand;
};

// Published test numbers and numbers built with a Luhn digit, one or more per
// issuer range and length. None of them is also a valid NIK.
const std::vector<Pan>& ValidPans() {
  // clang-format off
  static const std::vector<Pan> pans = {
      {"4111111111111111", CardBrand::kVisa},       {"4012888888881881", CardBrand::kVisa},
      {"4222222222222", CardBrand::kVisa},          {WithLuhn("411111111111111111"), CardBrand::kVisa},
      {"5555555555554444", CardBrand::kMastercard}, {WithLuhn("540000000000000"), CardBrand::kMastercard},
      {"2223000048400011", CardBrand::kMastercard}, {WithLuhn("222100000000000"), CardBrand::kMastercard},
      {WithLuhn("272099999999999"), CardBrand::kMastercard},
      {"378282246310005", CardBrand::kAmex},        {"371449635398431", CardBrand::kAmex},
      {WithLuhn("34000000000000"), CardBrand::kAmex},
      {"6011111111111117", CardBrand::kDiscover},   {"6011000990139424", CardBrand::kDiscover},
      {WithLuhn("644564456445644"), CardBrand::kDiscover},
      {WithLuhn("650000000000000"), CardBrand::kDiscover},
      {WithLuhn("601100000000000000"), CardBrand::kDiscover},
      {"3530111333300000", CardBrand::kJcb},        {"3566002020360505", CardBrand::kJcb},
      {WithLuhn("358900000000000000"), CardBrand::kJcb},
      {"30569309025904", CardBrand::kDiners},       {"38520000023237", CardBrand::kDiners},
      {"36227206271667", CardBrand::kDiners},       {WithLuhn("3050000000000"), CardBrand::kDiners},
      {WithLuhn("622126000000000"), CardBrand::kUnionPay},
      {"6217001234567890122", CardBrand::kUnionPay},
      {"9360001412345673", CardBrand::kGpn},        {WithLuhn("93600009123456789"), CardBrand::kGpn},
      {WithLuhn("936000081234567890"), CardBrand::kGpn},
  };
  // clang-format on
  return pans;
}

TEST(CardValidator, AcceptsEveryIssuerAndLength) {
  for (const Pan& p : ValidPans()) {
    CardFacts f;
    ASSERT_TRUE(IsValidCardNumber(p.digits, &f)) << p.digits;
    EXPECT_EQ(f.brand, p.brand) << p.digits << " is " << CardBrandName(f.brand);
  }
  EXPECT_GE(ValidPans().size(), 25u);
  EXPECT_STREQ(CardBrandName(CardBrand::kGpn), "gpn");
}

TEST(CardValidator, RejectsLookAlikes) {
  std::vector<std::string> bad;
  for (const Pan& p : ValidPans()) {
    bad.push_back(WithBadLuhn(p.digits.substr(0, p.digits.size() - 1)));  // one digit off
  }
  bad.insert(bad.end(), {
                            "1712345678901",                // 13-digit millisecond timestamp
                            WithLuhn("171234567890"),       // ... that passes Luhn
                            WithLuhn("711111111111111"),    // no issuer 7
                            WithLuhn("811111111111111"),    // no issuer 8
                            WithLuhn("936100000000000"),    // 9361 is not GPN
                            WithLuhn("272100000000000"),    // above the Mastercard 2-series
                            WithLuhn("222000000000000"),    // below it
                            WithLuhn("4111111111111"),      // Visa with 14 digits
                            WithLuhn("41111111111111"),     // Visa with 15 digits
                            WithLuhn("55555555555544444"),  // Mastercard with 18 digits
                            WithLuhn("378282246310005"),    // Amex with 16 digits
                            WithLuhn("306000000000"),       // Diners 306 is not an issuer
                            WithLuhn("35270000000000"),     // below JCB
                            WithLuhn("5600000000000000"),   // 56 is not Mastercard
                            "0000000000000000",
                            "4444444444444444",
                            "41111111111",
                            "41111111111111111111",
                            "4111 1111 1111 1111",
                            "4111x11111111111",
                            "",
                        });
  for (const std::string& n : bad) EXPECT_FALSE(IsValidCardNumber(n)) << n;
  EXPECT_TRUE(MatchesCardIssuer("4111111111111112"));  // issuer only, no Luhn
  EXPECT_GE(bad.size(), 25u);
}

class CardDetect : public ::testing::TestWithParam<Case> {};
TEST_P(CardDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kV = "4111 **** **** 1111";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, CardDetect, ::testing::Values(
    Case{"<<4111 1111 1111 1111>>", {{T::kCard, C::kHigh, kV}}},
    Case{"Kartu kredit <<4111-1111-1111-1111>>", {{T::kCard, C::kHigh, "4111-****-****-1111"}}},
    Case{"nomor <<4111111111111111>>", {{T::kCard, C::kHigh, "4111********1111"}}},
    Case{"Amex <<3782 822463 10005>>", {{T::kCard, C::kHigh, "3782 ****** *0005"}}},
    Case{"<<6217 0012 3456 7890 122>>", {{T::kCard, C::kHigh, "6217 **** **** ***0 122"}}},
    Case{"kartu GPN <<9360 0014 1234 5673>>", {{T::kCard, C::kHigh, "9360 **** **** 5673"}}},
    Case{"<<2223 0000 4840 0011>>", {{T::kCard, C::kHigh, "2223 **** **** 0011"}}},
    Case{"credit card number: <<5555 5555 5555 4444>>", {{T::kCard, C::kHigh, "5555 **** **** 4444"}}},
    Case{"CC <<6011 1111 1111 1117>>", {{T::kCard, C::kHigh, "6011 **** **** 1117"}}},
    Case{"nomor kartu Anda <<3530 1113 3330 0000>>", {{T::kCard, C::kHigh, "3530 **** **** 0000"}}},
    Case{"kartu ATM <<9360 0014 1234 5673>>", {{T::kCard, C::kHigh, "9360 **** **** 5673"}}},
    Case{"Diners <<3056 930902 5904>>", {{T::kCard, C::kHigh, "3056 ****** 5904"}}},
    Case{"debit card <<4012 8888 8888 1881>>", {{T::kCard, C::kHigh, "4012 **** **** 1881"}}},
    Case{"Visa <<4222222222222>>", {{T::kCard, C::kHigh, "4222*****2222"}}},
    Case{"Mastercard: <<5105 1051 0510 5100>>", {{T::kCard, C::kHigh, "5105 **** **** 5100"}}},
    Case{"kartu kreditnya <<3714 496353 98431>>", {{T::kCard, C::kHigh, "3714 ****** *8431"}}},
    Case{"card no. <<4111.1111.1111.1111>>", {{T::kCard, C::kHigh, "4111.****.****.1111"}}},
    Case{"<<4111 1111 1111 1111>> dan <<5555 5555 5555 4444>>",
         {{T::kCard, C::kHigh, kV}, {T::kCard, C::kHigh, "5555 **** **** 4444"}}}));
// clang-format on

class CardAll : public ::testing::TestWithParam<Pan> {};
TEST_P(CardAll, BareIsHigh) {
  const std::string pan = GetParam().digits;
  ExpectCase(Case{"nomor <<" + pan + ">>", {{T::kCard, C::kHigh, Masked(pan)}}});
  ExpectCase(Case{"kartu <<" + In4s(pan) + ">>", {{T::kCard, C::kHigh, Masked(In4s(pan))}}});
}
INSTANTIATE_TEST_SUITE_P(All, CardAll, ::testing::ValuesIn(ValidPans()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, CardDetect, ::testing::Values(
    Case{"kartu **** **** **** 1111", {}},
    Case{"kartu 4111 11** **** 1111", {}},
    Case{"411111******1111", {}},
    Case{"xxxx-xxxx-xxxx-1111", {}},
    Case{"4111 XXXX XXXX 1111", {}},
    Case{"\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 1111", {}},
    Case{"4111 1111 1111 1112", {}},
    Case{"Kartu kredit <<4111 1111 1111 1112>>", {{T::kCard, C::kLow, "4111 **** **** 1112"}}},
    Case{"kartu <<4111 1111 1111 111>>", {{T::kCard, C::kLow, "4111 **** ***1 111"}}},
    Case{"ORD4111111111111111", {}},
    Case{"#4111111111111111", {}},
    Case{"order 4111111111111111", {}},
    Case{"No. Invoice 4111111111111111", {}},
    Case{"court case no. 4111111111111111", {}},
    Case{"VA 4111111111111111", {}},
    Case{"timestamp 1712345678901", {}},
    Case{"timestamp " + WithLuhn("171234567890"), {}},
    Case{"Rp 4.111.111.111.111.111", {}},
    Case{WithLuhn("272100000000000"), {}},
    Case{"3782 822463 10006", {}},
    Case{"4111-1111-1111-1111-1111", {}},
    Case{"41111111111", {}},
    Case{WithLuhn("378282246310005"), {}},
    Case{"kartu 4111111111111111abc", {}},
    // NIKs that pass a card check stay NIKs (Presidio calls them cards).
    Case{"<<3174055708910003>>", {{T::kNik, C::kMedium, "3174********0003"}}},
    Case{"<<5105105105105100>>", {{T::kNik, C::kMedium, "5105********5100"}}}));
// clang-format on

// CVV: only right after its label.
// clang-format off
INSTANTIATE_TEST_SUITE_P(CvvValid, CardDetect, ::testing::Values(
    Case{"CVV <<123>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVV: <<1234>>", {{T::kCvv, C::kHigh, "****"}}},
    Case{"CVV2 <<999>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVC <<456>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVC2: <<789>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CID <<4321>>", {{T::kCvv, C::kHigh, "****"}}},
    Case{"kode keamanan <<321>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"security code <<654>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"kode CVV <<111>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"cvv-nya <<222>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVV Anda <<333>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"cvv <<000>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"(CVV <<987>>)", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVV:<<246>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVV<<135>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"Security code: <<8642>>", {{T::kCvv, C::kHigh, "****"}}},
    Case{"kode keamanan kartu: <<579>>", {{T::kCvv, C::kHigh, "***"}}},
    Case{"CVV #<<123>>", {{T::kCvv, C::kHigh, "***"}}}));
// clang-format on

class CvvNumbers : public ::testing::TestWithParam<int> {};
TEST_P(CvvNumbers, AfterTheLabel) {
  const std::string n = std::to_string(GetParam());
  ExpectCase(Case{"CVV <<" + n + ">>", {{T::kCvv, C::kHigh, std::string(n.size(), '*')}}});
}
INSTANTIATE_TEST_SUITE_P(Range, CvvNumbers, ::testing::Range(100, 10000, 1111));

// clang-format off
INSTANTIATE_TEST_SUITE_P(CvvInvalid, CardDetect, ::testing::Values(
    Case{"123", {}},
    Case{"kode 123", {}},
    Case{"Rp 123", {}},
    Case{"CVV 12", {}},
    Case{"CVV 12345", {}},
    Case{"CVV ***", {}},
    Case{"CVV 1*3", {}},
    Case{"CVV 3/12", {}},
    Case{"CVV 10%", {}},
    Case{"CVV 08.00", {}},
    Case{"123 CVV", {}},
    Case{"PIN 1234", {}},
    Case{"OTP 123456", {}},
    Case{"cicilan ke-123", {}},
    Case{"CVV\n123", {}},
    Case{"CVV 123abc", {}},
    Case{"CVV INV-123", {}},
    Case{"CVV 12-08-2026", {}},
    Case{"CVV Rp 500", {}},
    Case{"CVV 2 kali", {}},
    Case{"CVV jangan dibagikan kepada siapa pun 123", {}},
    Case{"ref 123", {}},
    Case{"VA 123", {}},
    Case{"CVV 500 ribu", {}},
    Case{"CVV 7 hari", {}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
