#include "extract/pii/detector.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

TEST(PiiAcceptance, VirtualAccountWithAnEmbeddedPhoneIsNothing) {
  ExpectCase(Case{"Nomor VA BRIVA: 12345 0896 1122 3344", {}});
}

TEST(PiiAcceptance, LabelledNikIsHighAndMasked) {
  const std::vector<PiiFinding> found = FindPii("NIK: 3275014601920007");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, PiiType::kNik);
  EXPECT_EQ(found[0].confidence, Confidence::kHigh);
  EXPECT_EQ(found[0].masked, "3275********0007");
  EXPECT_EQ(found[0].span, (Span{5, 21}));
  EXPECT_EQ(found[0].reason, "nik: valid structure (area, birth date, serial); label 'nik'");
}

TEST(PiiNames, AreStable) {
  EXPECT_STREQ(PiiTypeName(T::kNik), "nik");
  EXPECT_STREQ(PiiTypeName(T::kKk), "kk");
  EXPECT_STREQ(PiiTypeName(T::kNpwp), "npwp");
  EXPECT_STREQ(PiiTypeName(T::kPhone), "phone");
  EXPECT_STREQ(PiiTypeName(T::kBankAccount), "bank_account");
  EXPECT_STREQ(PiiTypeName(T::kCard), "card");
  EXPECT_STREQ(PiiTypeName(T::kIban), "iban");
  EXPECT_STREQ(PiiTypeName(T::kSsn), "ssn");
  EXPECT_STREQ(PiiTypeName(T::kItin), "itin");
  EXPECT_STREQ(PiiTypeName(T::kEmail), "email");
  EXPECT_STREQ(PiiTypeName(T::kAddress), "address");
  EXPECT_STREQ(PiiTypeName(T::kBirthDate), "birth_date");
  EXPECT_STREQ(PiiTypeName(T::kCvv), "cvv");
  EXPECT_STREQ(ConfidenceName(C::kLow), "low");
  EXPECT_STREQ(ConfidenceName(C::kMedium), "medium");
  EXPECT_STREQ(ConfidenceName(C::kHigh), "high");
}

TEST(PiiDetector, AWholeMessage) {
  ExpectCase(
      Case{"Yth. Bapak Budi, tagihan Anda Rp 3.171.011.708.450.001 jatuh tempo 17-08-2026 pukul 08.00 WIB. "
           "Data Anda: NIK <<3275014601920007>>, tanggal lahir <<06-01-1992>>, HP <<0812-3456-7890>>, "
           "email <<budi.santoso@example.com>>, alamat <<Jl. Merdeka No. 10, RT 003/RW 005>>. "
           "Bayar ke VA BRIVA 12345 0896 1122 3344 atau rekening BCA <<1234567890>>. "
           "Hubungi kami di 1500-888 atau WA resmi kami 0812-9999-8888.",
           {{T::kNik, C::kHigh, "3275********0007"},
            {T::kBirthDate, C::kHigh, "**-**-****"},
            {T::kPhone, C::kHigh, "0812-****-7890"},
            {T::kEmail, C::kHigh, "b***@example.com"},
            {T::kAddress, C::kHigh, "Jl. ******* No. **, RT ***/RW ***"},
            {T::kBankAccount, C::kHigh, "******7890"}}});
}

TEST(PiiDetector, AnEnglishMessage) {
  ExpectCase(
      Case{"Your balance of $1,500.00 is past due since 01/02/2026. SSN <<219-12-3456>>, "
           "DOB <<08/05/1991>>, card <<4111 1111 1111 1111>> CVV <<123>>, call <<(212) 555-0123>>, "
           "address <<221 Baker Street, Springfield, IL 62704>>, IBAN <<DE89 3704 0044 0532 0130 00>>.",
           {{T::kSsn, C::kHigh, "***-**-3456"},
            {T::kBirthDate, C::kHigh, "**/**/****"},
            {T::kCard, C::kHigh, "4111 **** **** 1111"},
            {T::kCvv, C::kHigh, "***"},
            {T::kPhone, C::kHigh, "(***) ***-0123"},
            {T::kAddress, C::kHigh, "*** ***** Street, ***********, ** *****"},
            {T::kIban, C::kHigh, "DE89 **** **** **** **30 00"}}});
}

TEST(PiiDetector, AllowListComparesDigitsOnly) {
  PiiOptions options;
  options.allow = {"3275-0146-0192-0007", "0812 3456 7890", "tagihan@example.com", "4111111111111111"};
  ExpectCase(Case{"NIK 3275014601920007, HP +62 812 3456 7890, tagihan@example.com, 4111 1111 1111 1111", {}}, options);
}

TEST(PiiDetector, ReasonsNeverEchoTheValue) {
  const std::string text =
      "NIK 3275014601920007 HP 081234567890 email budi@example.com rekening 1234567890 "
      "NPWP 092542943407000 lahir 17-08-1991";
  for (const PiiFinding& f : FindPii(text)) {
    const std::string value = text.substr(f.span.begin, f.span.size());
    EXPECT_EQ(f.reason.find(value), std::string::npos) << f.reason;
    EXPECT_NE(f.masked, value);
  }
}

TEST(PiiDetector, IsDeterministicAndSorted) {
  const std::string text = "email <<budi@example.com>> NIK <<3275014601920007>> HP <<0812-3456-7890>>";
  std::vector<Span> spans;
  const std::string clean = StripMarks(text, &spans);
  const std::vector<PiiFinding> a = FindPii(clean);
  const std::vector<PiiFinding> b = FindPii(clean);
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].span, spans[k]);
    EXPECT_EQ(a[k].span, b[k].span);
    EXPECT_EQ(a[k].reason, b[k].reason);
  }
}

TEST(PiiDetector, CurrentYearDecidesAges) {
  PiiOptions options;
  options.current_year = 2026;
  ASSERT_EQ(FindPii("tgl lahir 01-01-2010", options).size(), 1u);
  EXPECT_EQ(FindPii("tgl lahir 01-01-2010", options)[0].confidence, C::kLow);
  options.current_year = 2040;
  EXPECT_EQ(FindPii("tgl lahir 01-01-2010", options)[0].confidence, C::kHigh);
}

TEST(PiiDetector, NonAsciiTextAroundNumbers) {
  ExpectCase(Case{"Nomor HP → <<0812-3456-7890>> ✓ — NIK ‹<<3275014601920007>>›",
                  {{T::kPhone, C::kHigh, "0812-****-7890"}, {T::kNik, C::kHigh, "3275********0007"}}});
  ExpectCase(Case{"", {}});
  ExpectCase(Case{"Selamat pagi, semoga sehat selalu 🙏", {}});
}

TEST(PiiDetector, DigitsInsideOtherFindingsAreNotReportedTwice) {
  ExpectCase(Case{"<<budi.081234567890@example.com>>", {{T::kEmail, C::kHigh, "b***@example.com"}}});
  ExpectCase(Case{"tanggal lahir <<17-08-1991>>", {{T::kBirthDate, C::kHigh, "**-**-****"}}});
  ExpectCase(Case{"IBAN <<NL02 ABNA 0123 4567 89>>", {{T::kIban, C::kHigh, "NL02 **** **** **67 89"}}});
}

// Random text made of the characters the scanners care about: no crash,
// spans inside the text on character boundaries, masks never the raw value.
TEST(PiiDetector, SurvivesNoise) {
  // clang-format off
  const std::vector<std::string> pieces = {
      "0", "1", "3", "8", "9", " ", "-", ".", "/", ",", ":", "+", "(", ")", "*", "x", "#", "@",
      "a", "NIK", "HP", "VA", "Rp", "Jl.", "No.", "RT", "lahir", "\xC2\xA0", "\xE2\x80\x93",
      "\xE2\x80\xA2", "\xF0\x9F\x99\x82", "\n", "DE89", "[at]", "example.com", "%", "'"};
  // clang-format on
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(next() % 40);
    for (int k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    for (const PiiFinding& f : FindPii(text)) {
      ASSERT_LE(f.span.end, text.size()) << text;
      ASSERT_LT(f.span.begin, f.span.end) << text;
      const auto b = static_cast<unsigned char>(text[f.span.begin]);
      EXPECT_FALSE(b >= 0x80 && b < 0xC0) << "span starts inside a character: " << text;
      if (f.span.end < text.size()) {
        const auto e = static_cast<unsigned char>(text[f.span.end]);
        EXPECT_FALSE(e >= 0x80 && e < 0xC0) << "span ends inside a character: " << text;
      }
      EXPECT_NE(f.masked, text.substr(f.span.begin, f.span.size())) << text;
    }
  }
}

TEST(PiiDetector, LongInputStaysLinear) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Bayar Rp 1.500.000 ke VA 8808081234567890, HP 0812-3456-7890. ";
  const std::vector<PiiFinding> found = FindPii(text);
  EXPECT_EQ(found.size(), 2000u);
}

}  // namespace
}  // namespace santun::pii
