#include "extract/amount.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace santun {
namespace {

// One expected amount: the exact text of its span and the span's byte
// offset, so that the table pins spans and stays readable.
struct WantAmount {
  std::string_view mention;
  uint32_t begin;
  std::string_view currency;
  int64_t minor;
  std::string_view problem = {};  // non-empty: malformed for this reason
};

struct AmountCase {
  const char* name;
  std::string_view lang;
  std::string_view text;
  std::vector<WantAmount> want;
};

std::ostream& operator<<(std::ostream& os, const AmountCase& c) { return os << c.name; }

std::string Describe(std::string_view text, const std::vector<Amount>& got) {
  std::string s;
  for (const Amount& a : got) {
    s += "  [" + std::to_string(a.span.begin) + "," + std::to_string(a.span.end) + ") '" +
         std::string(text.substr(a.span.begin, a.span.size())) + "' " + a.currency + " " + std::to_string(a.minor) +
         (a.malformed ? " malformed: " + a.problem : "") + "\n";
  }
  return s.empty() ? "  (none)\n" : s;
}

class AmountTest : public ::testing::TestWithParam<AmountCase> {};

TEST_P(AmountTest, ExtractsExactly) {
  const AmountCase& c = GetParam();
  const std::vector<Amount> got = ExtractAmounts(c.text, c.lang);
  ASSERT_EQ(got.size(), c.want.size()) << "in '" << c.text << "' got:\n" << Describe(c.text, got);
  for (size_t i = 0; i < got.size(); ++i) {
    const WantAmount& w = c.want[i];
    SCOPED_TRACE("amount #" + std::to_string(i) + " '" + std::string(w.mention) + "'");
    ASSERT_EQ(c.text.substr(w.begin, w.mention.size()), w.mention) << "bad test data";
    EXPECT_EQ(got[i].span.begin, w.begin);
    EXPECT_EQ(got[i].span.end, w.begin + w.mention.size());
    EXPECT_EQ(got[i].currency, w.currency);
    EXPECT_EQ(got[i].minor, w.minor);
    EXPECT_EQ(got[i].malformed, !w.problem.empty());
    EXPECT_EQ(got[i].problem, w.problem);
  }
}

// Indonesian messages: "." groups thousands and "," starts decimals.
// clang-format off
const std::vector<AmountCase> kIndonesian = {
    {"RpDotted", "id", "Tagihan Anda Rp 1.500.000 jatuh tempo besok.",
     {{"Rp 1.500.000", 13, "IDR", 150000000}}},
    {"RpGluedWithDash", "id", "Sisa Rp1.500.000,- ya Pak.",
     {{"Rp1.500.000,-", 5, "IDR", 150000000}}},
    {"RpDotWithCents", "id", "Sudah dibayar Rp. 1.500.000,00 kemarin.",
     {{"Rp. 1.500.000,00", 14, "IDR", 150000000}}},
    {"RpDotGlued", "id", "Rp.250.000",
     {{"Rp.250.000", 0, "IDR", 25000000}}},
    {"RpColon", "id", "Total tagihan Rp: 1.500.000",
     {{"Rp: 1.500.000", 14, "IDR", 150000000}}},
    {"RpNoBreakSpace", "id", "Tagihan Rp\u00a01.500.000.",
     {{"Rp\u00a01.500.000", 8, "IDR", 150000000}}},
    {"RpUpperAndLower", "id", "RP 1.000.000 dan rp 500.000",
     {{"RP 1.000.000", 0, "IDR", 100000000},
      {"rp 500.000", 17, "IDR", 50000000}}},
    {"RpDottedDash", "id", "Biaya admin Rp 50.000.- saja",
     {{"Rp 50.000.-", 12, "IDR", 5000000}}},
    {"RpDecimalJuta", "id", "Tagihan Rp 1,5 juta",
     {{"Rp 1,5 juta", 8, "IDR", 150000000}}},
    {"BareJt", "id", "cicilan 1,5jt per bulan",
     {{"1,5jt", 8, "IDR", 150000000}}},
    {"BareRb", "id", "bayar 750rb dulu",
     {{"750rb", 6, "IDR", 75000000}}},
    {"BareRibuSpaced", "id", "bayar 750 ribu dulu",
     {{"750 ribu", 6, "IDR", 75000000}}},
    {"RpRibu", "id", "Rp 250 ribu",
     {{"Rp 250 ribu", 0, "IDR", 25000000}}},
    {"Idr", "id", "IDR 2.000.000 harus dibayar",
     {{"IDR 2.000.000", 0, "IDR", 200000000}}},
    {"JutaRupiah", "id", "sebanyak 2 juta rupiah",
     {{"2 juta rupiah", 9, "IDR", 200000000}}},
    {"RpLetterM", "id", "plafon Rp 2 M",
     {{"Rp 2 M", 7, "IDR", 200000000000}}},
    {"MiliarNya", "id", "bayar utang 2 miliarnya",
     {{"2 miliarnya", 12, "IDR", 200000000000}}},
    {"RbNya", "id", "sisa 500 ribunya kapan?",
     {{"500 ribunya", 5, "IDR", 50000000}}},
    {"RpMiliar", "id", "Rp 2 miliar",
     {{"Rp 2 miliar", 0, "IDR", 200000000000}}},
    {"RpTriliun", "id", "Rp 1,2 triliun",
     {{"Rp 1,2 triliun", 0, "IDR", 120000000000000}}},
    {"RupiahAfterDigits", "id", "1.500.000 rupiah",
     {{"1.500.000 rupiah", 0, "IDR", 150000000}}},
    {"IdrAfterDigits", "id", "1.500.000 IDR",
     {{"1.500.000 IDR", 0, "IDR", 150000000}}},
    {"WordsJutaRatusRibu", "id", "sebesar satu juta lima ratus ribu rupiah",
     {{"satu juta lima ratus ribu rupiah", 8, "IDR", 150000000}}},
    {"WordsRatusPuluhRibu", "id", "dua ratus lima puluh ribu rupiah",
     {{"dua ratus lima puluh ribu rupiah", 0, "IDR", 25000000}}},
    {"WordsSejuta", "id", "cuma sejuta kok",
     {{"sejuta", 5, "IDR", 100000000}}},
    {"WordsSeratusRibu", "id", "seratus ribu saja",
     {{"seratus ribu", 0, "IDR", 10000000}}},
    {"WordsSetengahJuta", "id", "setengah juta",
     {{"setengah juta", 0, "IDR", 50000000}}},
    {"WordsSatuSetengahJuta", "id", "satu setengah juta",
     {{"satu setengah juta", 0, "IDR", 150000000}}},
    {"WordsDuaBelasJuta", "id", "dua belas juta rupiah",
     {{"dua belas juta rupiah", 0, "IDR", 1200000000}}},
    {"WordsWithRp", "id", "Rp satu juta",
     {{"Rp satu juta", 0, "IDR", 100000000}}},
    {"DigitsAndWords", "id", "Rp 1.500.000 (satu juta lima ratus ribu rupiah)",
     {{"Rp 1.500.000", 0, "IDR", 150000000},
      {"satu juta lima ratus ribu rupiah", 14, "IDR", 150000000}}},
    {"CompoundJutaRibu", "id", "Rp 1 juta 500 ribu rupiah",
     {{"Rp 1 juta 500 ribu rupiah", 0, "IDR", 150000000}}},
    {"CompoundBare", "id", "2 juta 250rb",
     {{"2 juta 250rb", 0, "IDR", 225000000}}},
    {"CommaGroupingInIndonesian", "id", "Rp 1,500,000",
     {{"Rp 1,500,000", 0, "IDR", 150000000}}},
    {"ThreeDigitsAfterCommaGroup", "id", "Rp 1,500",
     {{"Rp 1,500", 0, "IDR", 150000}}},
    {"DecimalCommaTwoDigits", "id", "Rp 12,50",
     {{"Rp 12,50", 0, "IDR", 1250}}},
    {"PerMonth", "id", "Rp 500.000/bulan selama 3 bulan",
     {{"Rp 500.000", 0, "IDR", 50000000}}},
    {"TwoAmounts", "id", "Denda Rp 50.000 + pokok Rp 1.000.000 = Rp 1.050.000",
     {{"Rp 50.000", 6, "IDR", 5000000},
      {"Rp 1.000.000", 24, "IDR", 100000000},
      {"Rp 1.050.000", 39, "IDR", 105000000}}},
    {"KGlued", "id", "750k aja",
     {{"750k", 0, "IDR", 75000000}}},
    {"CueSebesar", "id", "tagihan sebesar 1.500.000 harus dilunasi",
     {{"1.500.000", 16, "IDR", 150000000}}},
    {"CueSenilaiPlain", "id", "senilai 2500000",
     {{"2500000", 8, "IDR", 250000000}}},
    {"CueTagihanGrouped", "id", "tagihan Anda 1.750.000",
     {{"1.750.000", 13, "IDR", 175000000}}},
    {"CueTotalColon", "id", "Total: 1.500.000",
     {{"1.500.000", 7, "IDR", 150000000}}},
    {"CueJumlahMalformed", "id", "jumlah 1.500.00",
     {{"1.500.00", 7, "IDR", 0, "bad digit grouping"}}},
    {"SpaceGrouped", "id", "Tagihan Rp 1 500 000 ya",
     {{"Rp 1 500 000", 8, "IDR", 150000000}}},
    {"SpaceGroupedNoBreak", "id", "Rp\u00a01\u00a0500\u00a0000",
     {{"Rp\u00a01\u00a0500\u00a0000", 0, "IDR", 150000000}}},
    {"SpaceGroupedWithCents", "id", "Rp 500 000,00",
     {{"Rp 500 000,00", 0, "IDR", 50000000}}},
    {"SpaceGroupedThenRupiah", "id", "1 500 000 rupiah",
     {{"1 500 000 rupiah", 0, "IDR", 150000000}}},
    {"NotSpaceGroupedWithoutCurrency", "id", "1 500 000 saja",
     {}},
    {"MalformedGrouping", "id", "Rp 1.500.00",
     {{"Rp 1.500.00", 0, "IDR", 0, "bad digit grouping"}}},
    {"MalformedRepeatedSeparator", "id", "Rp 1..500",
     {{"Rp 1..500", 0, "IDR", 0, "repeated separator '..'"}}},
    {"MalformedTooManyDecimals", "id", "Rp 1.500,000",
     {{"Rp 1.500,000", 0, "IDR", 0, "too many decimal places"}}},
    {"MalformedFirstGroup", "id", "Rp 1234.567",
     {{"Rp 1234.567", 0, "IDR", 0, "bad digit grouping"}}},
    {"MalformedFourDigitGroup", "id", "Rp 1.5000",
     {{"Rp 1.5000", 0, "IDR", 0, "bad digit grouping"}}},
    {"MalformedMixedSeparators", "id", "Rp 1.500,000.00",
     {{"Rp 1.500,000.00", 0, "IDR", 0, "mixed separators"}}},
    {"OutOfRange", "id", "Rp 99999999999999999999",
     {{"Rp 99999999999999999999", 0, "IDR", 0, "amount out of range"}}},
    {"NotPercentComma", "id", "bunga 0,1% per hari",
     {}},
    {"NotPercentWord", "id", "denda 10 persen",
     {}},
    {"NotPercentAfterCue", "id", "sebesar 10 persen dari pokok",
     {}},
    {"NotPercentWithCurrency", "id", "Rp 10% saja",
     {}},
    {"NotDateDashed", "id", "tgl 25-12-2026",
     {}},
    {"NotDateSlash", "id", "sebelum 25/12",
     {}},
    {"NotDateDotted", "id", "tagihan tanggal 25.12.2026",
     {}},
    {"NotTimeRange", "id", "jam kerja 08.00-20.00",
     {}},
    {"NotTimePukul", "id", "tagihan dibayar pukul 10.00",
     {}},
    {"NotPhone", "id", "hubungi 0812-3456-7890",
     {}},
    {"NotPhoneIntl", "id", "WA +62 812 3456 7890",
     {}},
    {"NotInvoice", "id", "No. Invoice 2024001",
     {}},
    {"NotVirtualAccount", "id", "VA 8808 1234 5678",
     {}},
    {"NotNik", "id", "NIK 3201234567890001",
     {}},
    {"NotCounts", "id", "3 bulan, 3/12 angsuran, 2 kali",
     {}},
    {"NotCountAfterCue", "id", "total 3 bulan",
     {}},
    {"NotBareNumber", "id", "1.500.000 saja",
     {}},
    {"NotWeakCuePlain", "id", "tagihan 2024001",
     {}},
    {"NotTagihanNumber", "id", "tagihan No. 12.345",
     {}},
    {"NotVague", "id", "Rp sekian",
     {}},
    {"NotWordsWithoutScale", "id", "satu kali, dua orang",
     {}},
    {"NotPlaceholder", "id", "sebesar ${amount}",
     {}},
    {"OtherDollarIsNotUsd", "id", "S$ 300",
     {{"S$ 300", 0, "SGD", 30000}}},
    {"NotJutaan", "id", "jutaan orang",
     {}},
};
// clang-format on

// English messages: "," groups thousands and "." starts decimals.
// clang-format off
const std::vector<AmountCase> kEnglish = {
    {"DollarGrouped", "en", "You owe $1,240.50 today.",
     {{"$1,240.50", 8, "USD", 124050}}},
    {"UsdCode", "en", "a payment of USD 300 is due",
     {{"USD 300", 13, "USD", 30000}}},
    {"UsDollarSign", "en", "pay US$ 300 now",
     {{"US$ 300", 4, "USD", 30000}}},
    {"CodeAfter", "en", "send 300 USD today",
     {{"300 USD", 5, "USD", 30000}}},
    {"DollarsWord", "en", "1,250 dollars",
     {{"1,250 dollars", 0, "USD", 125000}}},
    {"UsDollarsWords", "en", "1,250 US dollars",
     {{"1,250 US dollars", 0, "USD", 125000}}},
    {"DollarK", "en", "$1.2k",
     {{"$1.2k", 0, "USD", 120000}}},
    {"DollarCapitalK", "en", "$2K",
     {{"$2K", 0, "USD", 200000}}},
    {"DollarM", "en", "$2M",
     {{"$2M", 0, "USD", 200000000}}},
    {"DollarMillionWord", "en", "$2 million",
     {{"$2 million", 0, "USD", 200000000}}},
    {"DollarSpace", "en", "$ 300",
     {{"$ 300", 0, "USD", 30000}}},
    {"DollarNoCents", "en", "$50",
     {{"$50", 0, "USD", 5000}}},
    {"CueBalanceOf", "en", "a balance of 1,500.00 is due",
     {{"1,500.00", 13, "USD", 150000}}},
    {"CueAmountDue", "en", "Amount due: 1,240.50",
     {{"1,240.50", 12, "USD", 124050}}},
    {"CueOwe", "en", "you owe 1500",
     {{"1500", 8, "USD", 150000}}},
    {"CueMillion", "en", "a balance of 2 million",
     {{"2 million", 13, "USD", 200000000}}},
    {"GluedKDefaultsToUsd", "en", "about 500k",
     {{"500k", 6, "USD", 50000000}}},
    {"WordsThousand", "en", "one thousand two hundred and fifty dollars",
     {{"one thousand two hundred and fifty dollars", 0, "USD", 125000}}},
    {"WordsHyphen", "en", "twenty-five dollars",
     {{"twenty-five dollars", 0, "USD", 2500}}},
    {"WordsArticle", "en", "a hundred dollars",
     {{"a hundred dollars", 0, "USD", 10000}}},
    {"WordsRupiah", "en", "two million rupiah",
     {{"two million rupiah", 0, "IDR", 200000000}}},
    {"RupiahInEnglish", "en", "Rp 1,500,000 for your rupiah loan",
     {{"Rp 1,500,000", 0, "IDR", 150000000}}},
    {"RupiahDotsInEnglish", "en", "Rp 1.500.000",
     {{"Rp 1.500.000", 0, "IDR", 150000000}}},
    {"ThreeDigitsAfterDot", "en", "$1.500",
     {{"$1.500", 0, "USD", 150000}}},
    {"DecimalCommaInEnglish", "en", "$1,5",
     {{"$1,5", 0, "USD", 150}}},
    {"MalformedGrouping", "en", "$1,24.50",
     {{"$1,24.50", 0, "USD", 0, "bad digit grouping"}}},
    {"MalformedDecimals", "en", "$1,500.000",
     {{"$1,500.000", 0, "USD", 0, "too many decimal places"}}},
    {"CodeAndCents", "en", "1,500,000.00 USD",
     {{"1,500,000.00 USD", 0, "USD", 150000000}}},
    {"TwoAmounts", "en", "Pay $50 now and $25.50 on Friday.",
     {{"$50", 4, "USD", 5000},
      {"$25.50", 16, "USD", 2550}}},
    {"NotPercent", "en", "pay 50% now",
     {}},
    {"NotPercentWord", "en", "a fee of 5 percent",
     {}},
    {"NotPhone", "en", "call 555-123-4567",
     {}},
    {"NotPhoneIntl", "en", "or +1 212 555 0100",
     {}},
    {"NotInvoice", "en", "Invoice #2024001",
     {}},
    {"NotAccount", "en", "account 12345678",
     {}},
    {"CountOfPaymentsThenDollar", "en", "ten payments of $50 each",
     {{"$50", 16, "USD", 5000}}},
    {"NotWeakCuePlain", "en", "the amount is 1500",
     {}},
    {"NotMillionWithoutCue", "en", "2 million people",
     {}},
    {"NotWordsWithoutCurrency", "en", "two thousand",
     {}},
    {"NotTime", "en", "pay by 10.30 am",
     {}},
    {"NotDate", "en", "due 12/25/2026",
     {}},
    {"NotPlaceholder", "en", "${amount}",
     {}},
    {"NotCount", "en", "a total of 3 months",
     {}},
    {"NotVersion", "en", "version 2.1",
     {}},
};
// clang-format on

std::string CaseName(const ::testing::TestParamInfo<AmountCase>& info) { return info.param.name; }

// Currencies of other loan-app markets, as real messages write them; short
// marks ("Sh", "N", "R", "Rs") count only touching the number.
// clang-format off
const std::vector<AmountCase> kOtherCurrencies = {
    {"ShillingsGlued", "en", "pay the Okash loan of Sh2560 TODAY",
     {{"Sh2560", 22, "KES", 256000}}},
    {"KesSpaced", "en", "Your balance is KES 2,560.",
     {{"KES 2,560", 16, "KES", 256000}}},
    {"NairaGluedWithGroups", "en", "a N14,500 debt",
     {{"N14,500", 2, "NGN", 1450000}}},
    {"NairaSign", "en", "You owe \u20a614,500 now",
     {{"\u20a614,500", 8, "NGN", 1450000}}},
    {"RupeesDotted", "en", "Pay Rs. 4,500 today",
     {{"Rs. 4,500", 4, "INR", 450000}}},
    {"EuroSignAndWord", "en", "\u20ac250 or 300 euros",
     {{"\u20ac250", 0, "EUR", 25000}, {"300 euros", 10, "EUR", 30000}}},
    {"SingaporeDollar", "en", "a fee of S$50",
     {{"S$50", 9, "SGD", 5000}}},
    {"RinggitGlued", "en", "bayar RM50 sekarang",
     {{"RM50", 6, "MYR", 5000}}},
    {"ShortMarksAloneAreNotMoney", "en", "Flat N 12, gate R 3, sh 4", {}},
    {"ShortMarkWithoutGroupsIsNotMoney", "en", "Room N12 and block R5", {}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(AmountIndonesian, AmountTest, ::testing::ValuesIn(kIndonesian), CaseName);
INSTANTIATE_TEST_SUITE_P(AmountEnglish, AmountTest, ::testing::ValuesIn(kEnglish), CaseName);
INSTANTIATE_TEST_SUITE_P(AmountOtherCurrencies, AmountTest, ::testing::ValuesIn(kOtherCurrencies), CaseName);

TEST(AmountExtract, ReadsAWholeMessageInOrder) {
  const std::string text =
      "Yth. Bapak, tagihan Anda sebesar Rp 1.500.000,- (satu juta lima ratus ribu rupiah)\n"
      "jatuh tempo 25/12/2026. Denda 0,1% per hari. Hubungi 0812-3456-7890.\n"
      "Cicilan 3 bulan @ Rp 500rb.";
  const std::vector<Amount> got = ExtractAmounts(text, "id");
  ASSERT_EQ(got.size(), 3u) << Describe(text, got);
  EXPECT_EQ(text.substr(got[0].span.begin, got[0].span.size()), "Rp 1.500.000,-");
  EXPECT_EQ(text.substr(got[1].span.begin, got[1].span.size()), "satu juta lima ratus ribu rupiah");
  EXPECT_EQ(text.substr(got[2].span.begin, got[2].span.size()), "Rp 500rb");
  EXPECT_EQ(got[0].minor, got[1].minor);
  EXPECT_EQ(got[2].minor, 50000000);
}

TEST(AmountExtract, SpansPointIntoTheOriginalBytes) {
  // Multi-byte characters before the amount shift byte offsets, not spans.
  const std::string text = "Tagihan \u201cbulan ini\u201d \u2013 Rp 2.000.000 \U0001F64F";
  const std::vector<Amount> got = ExtractAmounts(text, "id");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].span.begin, text.find("Rp"));
  EXPECT_EQ(text.substr(got[0].span.begin, got[0].span.size()), "Rp 2.000.000");
}

TEST(AmountExtract, LanguagePicksTheDecimalSeparatorOfAmbiguousNumerals) {
  // "1,500 juta": a multiplier makes a three-digit fraction plausible.
  EXPECT_EQ(ExtractAmounts("Rp 1,500 juta", "id").at(0).minor, 150000000);
  EXPECT_EQ(ExtractAmounts("Rp 1,500 juta", "en").at(0).minor, 150000000000);
  // Without a multiplier three digits always group thousands.
  EXPECT_EQ(ExtractAmounts("Rp 1,500", "id").at(0).minor, 150000);
  EXPECT_EQ(ExtractAmounts("$1.500", "en").at(0).minor, 150000);
}

TEST(AmountExtract, BareNumbersNextToACueTakeTheLanguageCurrency) {
  EXPECT_EQ(ExtractAmounts("sebesar 1.500.000", "id").at(0).currency, "IDR");
  EXPECT_EQ(ExtractAmounts("a balance of 1,500", "en").at(0).currency, "USD");
  EXPECT_EQ(ExtractAmounts("750rb", "en").at(0).currency, "IDR");  // the unit says rupiah
}

TEST(AmountExtract, HandlesEmptyAndOddInput) {
  EXPECT_TRUE(ExtractAmounts("", "id").empty());
  EXPECT_TRUE(ExtractAmounts("Rp", "id").empty());
  EXPECT_TRUE(ExtractAmounts("$", "en").empty());
  EXPECT_TRUE(ExtractAmounts("Rp\n1.500.000", "id").empty());  // currency and value on different lines
  EXPECT_TRUE(ExtractAmounts(std::string(10000, '9'), "id").empty());
  const std::vector<Amount> huge = ExtractAmounts("Rp " + std::string(400, '9'), "id");
  ASSERT_EQ(huge.size(), 1u);
  EXPECT_TRUE(huge[0].malformed);
  EXPECT_EQ(huge[0].problem, "amount out of range");
}

}  // namespace
}  // namespace santun
