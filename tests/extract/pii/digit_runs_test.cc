#include "extract/pii/digit_runs.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using K = DigitRunKind;

struct Seen {
  std::string text;
  K kind;
  friend bool operator==(const Seen&, const Seen&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Seen& r) {
    return os << "'" << r.text << "' " << DigitRunKindName(r.kind);
  }
};

std::vector<Seen> Classify(const std::string& text, const std::vector<Span>& claimed = {}) {
  std::vector<Seen> out;
  for (const DigitRun& r : ClassifyDigitRuns(text, claimed)) {
    out.push_back({text.substr(r.span.begin, r.span.size()), r.kind});
  }
  return out;
}

struct ClassCase {
  std::string text;
  std::vector<Seen> runs;
};
std::ostream& operator<<(std::ostream& os, const ClassCase& c) { return os << c.text; }

class DigitRunsClassify : public ::testing::TestWithParam<ClassCase> {};
TEST_P(DigitRunsClassify, EachClusterOnce) { EXPECT_EQ(Classify(GetParam().text), GetParam().runs) << GetParam().text; }

// clang-format off
INSTANTIATE_TEST_SUITE_P(Masked, DigitRunsClassify, ::testing::Values(
    ClassCase{"NIK 3174********0003", {{"3174********0003", K::kMasked}}},
    ClassCase{"kartu **** 1111", {{"**** 1111", K::kMasked}}},
    ClassCase{"xxxx-xxxx-1234", {{"xxxx-xxxx-1234", K::kMasked}}},
    ClassCase{"HP 0812-xxx-7890", {{"0812-xxx-7890", K::kMasked}}},
    ClassCase{"\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 1111", {{"\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 1111", K::kMasked}}},
    ClassCase{"411111######1111", {{"411111######1111", K::kMasked}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Money, DigitRunsClassify, ::testing::Values(
    ClassCase{"Rp 3.171.011.708.450.001", {{"3.171.011.708.450.001", K::kMoney}}},
    ClassCase{"Rp1,5 jt", {{"1,5", K::kMoney}}},
    ClassCase{"Rp 1.500.000,00", {{"1.500.000,00", K::kMoney}}},
    ClassCase{"Rp.1.500.000", {{"1.500.000", K::kMoney}}},
    ClassCase{"500rb", {{"500", K::kMoney}}},
    ClassCase{"tagihan 1.500.000", {{"1.500.000", K::kMoney}}},
    ClassCase{"$1,500.00", {{"1,500.00", K::kMoney}}},
    ClassCase{"US$ 100", {{"100", K::kMoney}}},
    ClassCase{"\xE2\x82\xAC 50", {{"50", K::kMoney}}},
    ClassCase{"2 juta", {{"2", K::kMoney}}},
    ClassCase{"10k", {{"10", K::kMoney}}},
    ClassCase{"1,5M", {{"1,5", K::kMoney}}},
    ClassCase{"1.500.000,-", {{"1.500.000", K::kMoney}}},
    ClassCase{"IDR1500000", {{"1500000", K::kMoney}}},
    ClassCase{"1500000 rupiah", {{"1500000", K::kMoney}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(PercentDateTime, DigitRunsClassify, ::testing::Values(
    ClassCase{"bunga 0,1%/hari", {{"0,1", K::kPercent}}},
    ClassCase{"10 %", {{"10", K::kPercent}}},
    ClassCase{"5 persen", {{"5", K::kPercent}}},
    ClassCase{"25-12-2026", {{"25-12-2026", K::kDate}}},
    ClassCase{"2026-12-25", {{"2026-12-25", K::kDate}}},
    ClassCase{"12/25/2026", {{"12/25/2026", K::kDate}}},
    ClassCase{"17.08.91", {{"17.08.91", K::kDate}}},
    ClassCase{"08/2026", {{"08/2026", K::kDate}}},
    ClassCase{"17 Agustus 1991", {{"17", K::kDate}, {"1991", K::kDate}}},
    ClassCase{"August 17, 1991", {{"17", K::kDate}, {"1991", K::kDate}}},
    ClassCase{"17 Agt '91", {{"17", K::kDate}, {"91", K::kDate}}},
    ClassCase{"tahun 2026", {{"2026", K::kDate}}},
    ClassCase{"08.00-20.00", {{"08.00-20.00", K::kTime}}},
    ClassCase{"08.00\xE2\x80\x93" "20.00", {{"08.00\xE2\x80\x93" "20.00", K::kTime}}},  // en dash
    ClassCase{"08.00 - 20.00", {{"08.00", K::kTime}, {"20.00", K::kTime}}},
    ClassCase{"13:45", {{"13:45", K::kTime}}},
    ClassCase{"13:45:10", {{"13:45:10", K::kTime}}},
    ClassCase{"pukul 8", {{"8", K::kTime}}},
    ClassCase{"jam 9 pagi", {{"9", K::kTime}}},
    ClassCase{"8 PM", {{"8", K::kTime}}},
    ClassCase{"08.00 WIB", {{"08.00", K::kTime}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(FractionAndReference, DigitRunsClassify, ::testing::Values(
    ClassCase{"3/12", {{"3/12", K::kFraction}}},
    ClassCase{"cicilan ke-3", {{"3", K::kFraction}}},
    ClassCase{"ke 3", {{"3", K::kFraction}}},
    ClassCase{"3 dari 12", {{"3", K::kFraction}, {"12", K::kFraction}}},
    ClassCase{"1 of 12", {{"1", K::kFraction}, {"12", K::kFraction}}},
    ClassCase{"2x", {{"2", K::kFraction}}},
    ClassCase{"3 kali", {{"3", K::kFraction}}},
    ClassCase{"1st", {{"1", K::kFraction}}},
    ClassCase{"24 jam", {{"24", K::kFraction}}},
    ClassCase{"No. Invoice 3275014601920007", {{"3275014601920007", K::kReference}}},
    ClassCase{"nomor kontrak 3275014601920007", {{"3275014601920007", K::kReference}}},
    ClassCase{"ref: 0812-3456-7890", {{"0812-3456-7890", K::kReference}}},
    ClassCase{"Nomor VA BRIVA: 12345 0896 1122 3344", {{"12345 0896 1122 3344", K::kReference}}},
    ClassCase{"kode bayar 081234567890", {{"081234567890", K::kReference}}},
    ClassCase{"kode billing 820260812345678", {{"820260812345678", K::kReference}}},
    ClassCase{"loan ID 0812345678901", {{"0812345678901", K::kReference}}},
    ClassCase{"order 4111111111111111", {{"4111111111111111", K::kReference}}},
    ClassCase{"INV/2026/12/000123", {{"2026/12/000123", K::kReference}}},
    ClassCase{"ORD4111111111111111", {{"4111111111111111", K::kReference}}},
    ClassCase{"3f2a-8046-1297901ea002",
              {{"3", K::kReference}, {"2", K::kReference}, {"8046-1297901", K::kReference}, {"002", K::kReference}}},
    ClassCase{"0812345678@example.com", {{"0812345678", K::kReference}}},
    ClassCase{"#4111111111111111", {{"4111111111111111", K::kReference}}},
    ClassCase{"case 4111111111111111", {{"4111111111111111", K::kReference}}},
    ClassCase{"resi JNE 0812345678901", {{"0812345678901", K::kReference}}},
    ClassCase{"polis 3275014601920007", {{"3275014601920007", K::kReference}}},
    ClassCase{"testdata630-596-1111", {{"630-596-1111", K::kReference}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Candidates, DigitRunsClassify, ::testing::Values(
    ClassCase{"3275014601920007", {{"3275014601920007", K::kCandidate}}},
    ClassCase{"+62 812 3456 7890", {{"+62 812 3456 7890", K::kCandidate}}},
    ClassCase{"+62 81234567890", {{"+62 81234567890", K::kCandidate}}},
    ClassCase{"+62 (0) 812-3456-7890", {{"+62 (0) 812-3456-7890", K::kCandidate}}},
    ClassCase{"(021) 2937 4455", {{"(021) 2937 4455", K::kCandidate}}},
    ClassCase{"(0812-3456-7890)", {{"0812-3456-7890", K::kCandidate}}},
    ClassCase{"09.254.294.3-407.000", {{"09.254.294.3-407.000", K::kCandidate}}},
    ClassCase{"31.74.05.570891.0003", {{"31.74.05.570891.0003", K::kCandidate}}},
    ClassCase{"081.234.567.890", {{"081.234.567.890", K::kCandidate}}},
    ClassCase{"0812-3456-7890 24 jam", {{"0812-3456-7890", K::kCandidate}, {"24", K::kFraction}}},
    ClassCase{"081234567890 081298765432", {{"081234567890", K::kCandidate}, {"081298765432", K::kCandidate}}},
    ClassCase{"081234567890/081298765432", {{"081234567890", K::kCandidate}, {"081298765432", K::kCandidate}}},
    ClassCase{"0812\xC2\xA0" "3456\xC2\xA0" "7890", {{"0812\xC2\xA0" "3456\xC2\xA0" "7890", K::kCandidate}}},
    ClassCase{"0812\xE2\x80\x93" "3456", {{"0812\xE2\x80\x93" "3456", K::kCandidate}}},
    ClassCase{"CVV2 999", {{"999", K::kCandidate}}},
    ClassCase{"PPh21 dan A4", {}},
    ClassCase{"NIK3275014601920007", {{"3275014601920007", K::kCandidate}}},
    ClassCase{"3275014601920007.", {{"3275014601920007", K::kCandidate}}}));
// clang-format on

TEST(DigitRuns, ClaimedSpansWin) {
  const std::string text = "Total 3275014601920007 dan 0812-3456-7890";
  EXPECT_EQ(Classify(text, {Span{6, 22}}),
            (std::vector<Seen>{{"3275014601920007", K::kClaimed}, {"0812-3456-7890", K::kCandidate}}));
  EXPECT_EQ(Classify(text, {Span{20, 30}}),  // any overlap counts
            (std::vector<Seen>{{"3275014601920007", K::kClaimed}, {"0812-3456-7890", K::kClaimed}}));
}

TEST(DigitRuns, RecordsGroupsSeparatorsAndLabel) {
  const std::vector<DigitRun> runs = ClassifyDigitRuns("HP: +62 (0) 812-3456-7890");
  ASSERT_EQ(runs.size(), 1u);
  const DigitRun& r = runs[0];
  EXPECT_EQ(r.digits, "62081234567890");
  EXPECT_EQ(r.groups, (std::vector<uint8_t>{2, 1, 3, 4, 4}));
  EXPECT_EQ(r.separators, "  --");
  EXPECT_TRUE(r.plus);
  EXPECT_TRUE(r.parentheses);
  EXPECT_EQ(r.label.phrase, "hp");
  EXPECT_TRUE(r.label.Names(PiiType::kPhone));
  EXPECT_STREQ(DigitRunKindName(r.kind), "candidate");
}

TEST(DigitRuns, ReasonsNameTheCue) {
  const std::vector<DigitRun> runs = ClassifyDigitRuns("Rp 1.500.000 ke VA 8808081234567890");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].reason, "currency 'rp'");
  EXPECT_EQ(runs[1].reason, "virtual account label 'va'");
}

TEST(DigitRuns, EmptyAndDigitFreeText) {
  EXPECT_TRUE(ClassifyDigitRuns("").empty());
  EXPECT_TRUE(ClassifyDigitRuns("tanpa angka sama sekali ****").empty());
}

}  // namespace
}  // namespace santun::pii
