#include "extract/pii/bank_account.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

struct Account {
  const char* bank;
  std::string digits;
};

std::string Digits(int n) {
  const std::string base = "12345678901234567890";
  return base.substr(0, n);
}

const std::vector<Account>& BankAccounts() {
  // clang-format off
  static const std::vector<Account> v = {
      {"bca", Digits(10)},     {"bni", Digits(10)},     {"bsi", Digits(10)},  {"danamon", Digits(10)},
      {"permata", Digits(10)}, {"panin", Digits(10)},   {"muamalat", Digits(10)},
      {"bukopin", Digits(10)}, {"btpn", Digits(11)},    {"ocbc", Digits(12)}, {"nisp", Digits(12)},
      {"mandiri", Digits(13)}, {"cimb", Digits(13)},    {"niaga", Digits(14)}, {"bri", Digits(15)},
      {"mega", Digits(15)},    {"btn", Digits(16)},     {"BCA", "0987654321"}, {"Mandiri", "1300012345678"},
      {"BRI", "012301012345501"}, {"", Digits(8)},      {"", Digits(9)},      {"", Digits(12)},
      {"", Digits(14)},        {"", Digits(16)},        {"", "0000000001"},
  };
  // clang-format on
  return v;
}

TEST(BankAccountValidator, AcceptsAccountShapes) {
  for (const Account& a : BankAccounts()) {
    BankAccountFacts f;
    ASSERT_TRUE(IsPlausibleBankAccount(a.digits, a.bank, &f)) << a.bank << " " << a.digits;
    if (*a.bank != '\0') {
      ASSERT_NE(f.bank, nullptr) << a.bank;
      EXPECT_TRUE(f.bank_length) << a.bank;
    }
  }
  EXPECT_GE(BankAccounts().size(), 25u);
}

TEST(BankAccountValidator, RejectsOtherShapes) {
  // clang-format off
  const std::string bad[] = {
      Digits(1), Digits(5), Digits(7), Digits(17), Digits(20), "1111111111", "0000000000",
      "12345 67890", "1234-5678-90", "123456789O", "", "abcdefghij", "99999999",
      "12345678901234567", "123456789012345678", "1234567", "000000000000", "7777777777777",
      "1234567890a", " 1234567890", "1234567890 ", "+1234567890", "(1234567890)", "12.345.678",
      "5555555555555555",
  };
  // clang-format on
  for (const std::string& d : bad) EXPECT_FALSE(IsPlausibleBankAccount(d)) << d;
  EXPECT_GE(std::size(bad), 25u);
}

TEST(BankAccountValidator, ChecksTheBanksLength) {
  BankAccountFacts f;
  ASSERT_TRUE(IsPlausibleBankAccount(Digits(12), "bca", &f));
  EXPECT_FALSE(f.bank_length);
  EXPECT_EQ(FindBank("BRI")->code, "002");
  EXPECT_EQ(FindBank("Mandiri")->min_length, 13);
  EXPECT_EQ(FindBank("briva"), nullptr);
  EXPECT_EQ(FindBank("bank"), nullptr);
}

class BankDetect : public ::testing::TestWithParam<Case> {};
TEST_P(BankDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string k10 = "******7890";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, BankDetect, ::testing::Values(
    Case{"Transfer ke rekening BCA <<1234567890>> a.n. Budi", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"No. Rek <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"norek <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"rekeningnya <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"Nomor rekening Mandiri <<1234567890123>> a/n Siti", {{T::kBankAccount, C::kHigh, "1234*****0123"}}},
    Case{"BRI <<0123-01-012345-50-1>>", {{T::kBankAccount, C::kHigh, "0123-**-*****5-50-1"}}},
    Case{"BNI <<0123456789>>", {{T::kBankAccount, C::kHigh, "******6789"}}},
    Case{"<<1234567890>> a.n. Budi Santoso", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"<<1234567890>> (a/n Budi)", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"atas nama Budi, rekening <<0987654321>>", {{T::kBankAccount, C::kHigh, "******4321"}}},
    Case{"tabungan <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"account number <<12345678>>", {{T::kBankAccount, C::kHigh, "****5678"}}},
    Case{"acct <<123456789012>>", {{T::kBankAccount, C::kHigh, "1234****9012"}}},
    Case{"a/c <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"bank account: <<1234 5678 90>>", {{T::kBankAccount, C::kHigh, "**** **78 90"}}},
    Case{"transfer to <<12345678>>", {{T::kBankAccount, C::kHigh, "****5678"}}},
    Case{"rekening BCA <<123456789012>>", {{T::kBankAccount, C::kMedium, "1234****9012"}}},
    Case{"BTN <<1234567890123456>>", {{T::kBankAccount, C::kHigh, "1234********3456"}}},
    Case{"rekening <<3275014601920007>>", {{T::kBankAccount, C::kHigh, "3275********0007"}}},
    Case{"rekening DANA <<0812-3456-7890>>", {{T::kBankAccount, C::kHigh, "0812-****-7890"}}},
    Case{"OCBC NISP <<123456789012>>", {{T::kBankAccount, C::kHigh, "1234****9012"}}},
    Case{"CIMB Niaga <<1234567890123>>", {{T::kBankAccount, C::kHigh, "1234*****0123"}}},
    Case{"Bank Mega <<123456789012345>>", {{T::kBankAccount, C::kHigh, "1234*******2345"}}},
    Case{"rekening Anda di BCA <<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"No.Rek.<<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}},
    Case{"rekening <<12345>>", {{T::kBankAccount, C::kLow, "*****"}}},
    Case{"No. Rek <<12345678901234567890>>", {{T::kBankAccount, C::kLow, "1234************7890"}}},
    Case{"BCA <<123456789012>>", {{T::kBankAccount, C::kLow, "1234****9012"}}},
    Case{"rekening #<<1234567890>>", {{T::kBankAccount, C::kHigh, k10}}}));
// clang-format on

class BankAll : public ::testing::TestWithParam<Account> {};
TEST_P(BankAll, LabelledIsHigh) {
  const Account& a = GetParam();
  ExpectCase(Case{std::string("No. rekening ") + a.bank + " <<" + a.digits + ">>",
                  {{T::kBankAccount, C::kHigh, Masked(a.digits)}}});
}
INSTANTIATE_TEST_SUITE_P(All, BankAll, ::testing::ValuesIn(BankAccounts()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, BankDetect, ::testing::Values(
    Case{"1234567890", {}},
    Case{"rekening kami 1234567890", {}},
    Case{"rekening resmi BCA 1234567890", {}},
    Case{"VA BCA 1234567890", {}},
    Case{"BCA Virtual Account 1234567890123456", {}},
    Case{"BRIVA 12345 0896 1122 3344", {}},
    Case{"kode bayar BNI 1234567890", {}},
    Case{"rekening 1234", {}},
    Case{"rekening Rp 1.500.000", {}},
    Case{"transfer ke rekening BCA sebesar Rp 1.500.000", {}},
    Case{"rekening ****7890", {}},
    Case{"rekening 123456xxxx", {}},
    Case{"rek. BCA xxxx-xxxx-7890", {}},
    Case{"No. Rekening: lihat aplikasi 1234567890", {}},
    Case{"Invoice 1234567890", {}},
    Case{"order 1234567890", {}},
    Case{"rekening 17-08-2026", {}},
    Case{"rekening 3/12", {}},
    Case{"rekening 08.00", {}},
    Case{"a.n. Budi", {}},
    Case{"Rekening sudah kami terima 3 kali", {}},
    Case{"BCA 10 hari", {}},
    Case{"BCA1234567890", {}},
    Case{"rekening 1234567890xyz", {}},
    Case{"Nomor rekening tujuan ada di email", {}},
    Case{"rekening/1234567890", {}}));
// clang-format on

TEST(BankDetect, AllowListComparesDigits) {
  PiiOptions options;
  options.allow = {"123-456-7890"};
  ExpectCase(Case{"Transfer ke rekening BCA 1234567890", {}}, options);
  ExpectCase(Case{"Transfer ke rekening BCA <<1234567891>>", {{T::kBankAccount, C::kHigh, "******7891"}}}, options);
}

}  // namespace
}  // namespace santun::pii
