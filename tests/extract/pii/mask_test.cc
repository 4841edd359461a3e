#include "extract/pii/mask.h"

#include <gtest/gtest.h>

namespace santun::pii {
namespace {

struct MaskCase {
  std::string value;
  PiiType type;
  std::string masked;
};

class MaskValueTest : public ::testing::TestWithParam<MaskCase> {};
TEST_P(MaskValueTest, HidesTheValue) { EXPECT_EQ(MaskValue(GetParam().value, GetParam().type), GetParam().masked); }

// clang-format off
INSTANTIATE_TEST_SUITE_P(All, MaskValueTest, ::testing::Values(
    MaskCase{"3275014601920007", PiiType::kNik, "3275********0007"},
    MaskCase{"3275 0146 0192 0007", PiiType::kNik, "3275 **** **** 0007"},
    MaskCase{"31.74.05.570891.0003", PiiType::kNik, "31.74.**.******.0003"},
    MaskCase{"3275011201150003", PiiType::kKk, "3275********0003"},
    MaskCase{"09.254.294.3-407.000", PiiType::kNpwp, "09.25*.***.*-**7.000"},
    MaskCase{"4111 1111 1111 1111", PiiType::kCard, "4111 **** **** 1111"},
    MaskCase{"+62 812-3456-7890", PiiType::kPhone, "+62 81*-****-7890"},
    MaskCase{"0812-3456-7890", PiiType::kPhone, "0812-****-7890"},
    MaskCase{"(021) 2937 4455", PiiType::kPhone, "(***) **** 4455"},
    MaskCase{"1234567890", PiiType::kBankAccount, "******7890"},
    MaskCase{"123-45-6789", PiiType::kSsn, "***-**-6789"},
    MaskCase{"912-70-1234", PiiType::kItin, "***-**-1234"},
    MaskCase{"123456", PiiType::kBankAccount, "******"},
    MaskCase{"123", PiiType::kCvv, "***"},
    MaskCase{"DE89 3704 0044 0532 0130 00", PiiType::kIban, "DE89 **** **** **** **30 00"},
    MaskCase{"budi.santoso@example.com", PiiType::kEmail, "b***@example.com"},
    MaskCase{"budi [at] example [dot] com", PiiType::kEmail, "b***@example.com"},
    MaskCase{"Jl. Merdeka No. 10, RT 003/RW 005", PiiType::kAddress, "Jl. ******* No. **, RT ***/RW ***"},
    MaskCase{"Jl. Cempaka Putih", PiiType::kAddress, "Jl. ******* *****"},
    MaskCase{"Jl. \xC3\x89lok", PiiType::kAddress, "Jl. ****"},
    MaskCase{"17 Agustus 1991", PiiType::kBirthDate, "** ******* ****"},
    MaskCase{"17-08-1991", PiiType::kBirthDate, "**-**-****"}));
// clang-format on

}  // namespace
}  // namespace santun::pii
