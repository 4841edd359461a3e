#include "extract/pii/virtual_account.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

TEST(VirtualAccount, KnowsItsLabels) {
  const auto labels = VirtualAccountLabels();
  for (std::string_view l :
       {"va", "virtual account", "briva", "kode bayar", "kode pembayaran", "kode billing", "payment code"}) {
    EXPECT_NE(std::find(labels.begin(), labels.end(), l), labels.end()) << l;
  }
}

TEST(VirtualAccount, SeesThePhoneInside) {
  VirtualAccountFacts f;
  ASSERT_TRUE(IsPlausibleVirtualAccount("12345089611223344", &f));
  EXPECT_TRUE(f.embeds_phone);
  EXPECT_EQ(f.prefix_length, 5);
  ASSERT_TRUE(IsPlausibleVirtualAccount("8808081234567890", &f));
  EXPECT_TRUE(f.embeds_phone);
  EXPECT_EQ(f.prefix_length, 4);
  ASSERT_TRUE(IsPlausibleVirtualAccount("1234567890123", &f));
  EXPECT_FALSE(f.embeds_phone);
  for (const char* bad : {"123456789", "123456789012345678901", "12345-67890", "", "88080812345678x"}) {
    EXPECT_FALSE(IsPlausibleVirtualAccount(bad)) << bad;
  }
}

// Recognised as a virtual account or payment code: never a finding, even
// when a phone number, NIK or card number sits inside.
class VaRecognised : public ::testing::TestWithParam<std::string> {};
TEST_P(VaRecognised, IsNeverAFinding) { ExpectCase(Case{GetParam(), {}}); }

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, VaRecognised, ::testing::Values(
    "Nomor VA BRIVA: 12345 0896 1122 3344",
    "VA BCA 39358 0812 3456 7890",
    "Virtual Account: 8808 0812 3456 7890",
    "kode bayar 0812 3456 7890",
    "Kode Pembayaran: 1234567890123",
    "kode billing 820260812345678",
    "BNI VA 9880812345678901",
    "BRIVA12345089611223344",
    "nomor VA Anda 8808 0812 3456 7890",
    "VA-nya 8808081234567890",
    "Payment code: 123 456 789 012",
    "akun virtual 8808081234567890",
    "Mandiri VA 89508 0812 3456 7890",
    "No. VA: 8808-0812-3456-7890",
    "Silakan transfer ke VA 8808081234567890 sebelum 20.00",
    "melalui BRIVA 12345 0812 3456 7890",
    "VA 3275014601920007",
    "VA 4111111111111111",
    "VA 092542943407000",
    "virtual account number 8808 0812 3456 7890",
    "billing 1234 5678 9012",
    "nomor pembayaran 0812-3456-7890",
    "BRIVA: 12345-0812-3456-7890",
    "kode bayar: +62 812 3456 7890",
    "VA (BCA) 39358 0812 3456 7890",
    "Kode bayar Indomaret 0812 3456 7890 berlaku 24 jam"));
// clang-format on

class VaDetect : public ::testing::TestWithParam<Case> {};
TEST_P(VaDetect, FindsExactly) { ExpectCase(GetParam()); }

// Look-alikes: the VA label does not cover these numbers.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, VaDetect, ::testing::Values(
    Case{"VA\n<<0812 3456 7890>>", {{T::kPhone, C::kMedium, "0812 **** 7890"}}},
    Case{"VA sudah kedaluwarsa, hubungi <<0812-3456-7890>>", {{T::kPhone, C::kHigh, "0812-****-7890"}}},
    Case{"Bayar VA lalu kirim bukti ke WA <<0812-3456-7890>>", {{T::kPhone, C::kHigh, "0812-****-7890"}}},
    Case{"java <<0812-3456-7890>>", {{T::kPhone, C::kMedium, "0812-****-7890"}}},
    Case{"Nova <<0812-3456-7890>>", {{T::kPhone, C::kMedium, "0812-****-7890"}}},
    Case{"VA 8808081234567890 atau HP <<0812-3456-7890>>", {{T::kPhone, C::kHigh, "0812-****-7890"}}},
    Case{"kode bayar 12345, NIK <<3275014601920007>>", {{T::kNik, C::kHigh, "3275********0007"}}},
    Case{"VA tidak berlaku lagi untuk nasabah dengan NIK <<3275014601920007>>",
         {{T::kNik, C::kHigh, "3275********0007"}}},
    Case{"<<3275014601920007>> bukan VA", {{T::kNik, C::kMedium, "3275********0007"}}},
    Case{"VA; <<0812-3456-7890>>", {{T::kPhone, C::kMedium, "0812-****-7890"}}},
    Case{"VA! <<0812-3456-7890>>", {{T::kPhone, C::kMedium, "0812-****-7890"}}},
    Case{"bayar via aplikasi, lalu telepon <<0812-3456-7890>>", {{T::kPhone, C::kHigh, "0812-****-7890"}}},
    Case{"kode bayar dikirim ke email <<budi@example.com>>", {{T::kEmail, C::kHigh, "b***@example.com"}}},
    Case{"VA atas nama Budi, rekening <<1234567890>>", {{T::kBankAccount, C::kHigh, "******7890"}}},
    Case{"<<4111 1111 1111 1111>> (bukan VA)", {{T::kCard, C::kHigh, "4111 **** **** 1111"}}},
    Case{"Kode bayar sudah lunas. Kartu <<4111 1111 1111 1111>>", {{T::kCard, C::kHigh, "4111 **** **** 1111"}}},
    Case{"VA <<budi@example.com>>", {{T::kEmail, C::kHigh, "b***@example.com"}}},
    Case{"evaluasi <<0812-3456-7890>>", {{T::kPhone, C::kMedium, "0812-****-7890"}}},
    Case{"VA? <<0812 3456 7890>>", {{T::kPhone, C::kMedium, "0812 **** 7890"}}},
    Case{"kode bayar\n\nWA <<0812 3456 7890>>", {{T::kPhone, C::kHigh, "0812 **** 7890"}}},
    Case{"VA BRIVA kami tutup; HP <<0813 1234 5678>>", {{T::kPhone, C::kHigh, "0813 **** 5678"}}},
    Case{"VA sudah dibayar oleh keluarga dengan nomor <<0813 1234 5678>>",
         {{T::kPhone, C::kMedium, "0813 **** 5678"}}},
    Case{"IBAN bukan VA: <<DE89 3704 0044 0532 0130 00>>",
         {{T::kIban, C::kHigh, "DE89 **** **** **** **30 00"}}},
    Case{"VA lama: 8808081234567890; SSN <<219-12-3456>>", {{T::kSsn, C::kHigh, "***-**-3456"}}},
    Case{"billing sudah dikirim. No. KK <<3275011201150003>>", {{T::kKk, C::kHigh, "3275********0003"}}}));
// clang-format on

}  // namespace
}  // namespace santun::pii
