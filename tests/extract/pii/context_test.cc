#include "extract/pii/context.h"

#include <gtest/gtest.h>

namespace santun::pii {
namespace {

// The label before the end of `text`.
ContextLabel Before(const std::string& text) {
  const auto end = static_cast<uint32_t>(text.size());
  return FindLabelBefore(text, LabelWindowBegin(text, 0, end), end);
}

TEST(ContextLabel, MatchesWholeWordsWithAffixes) {
  EXPECT_EQ(Before("NIK: ").phrase, "nik");
  EXPECT_EQ(Before("No. KTP-nya ").phrase, "ktp");
  EXPECT_EQ(Before("rekeningnya ").phrase, "rekening");
  EXPECT_EQ(Before("NIK-mu ").phrase, "nik");
  EXPECT_EQ(Before("HPku ").phrase, "hp");
  EXPECT_EQ(Before("ke-KTP ").phrase, "ktp");
  EXPECT_EQ(Before("no.rek ").phrase, "rek");
  EXPECT_EQ(Before("a.n. ").phrase, "a n");
  EXPECT_EQ(Before("a/n ").phrase, "a n");
  EXPECT_FALSE(Before("teknik ").found());  // "nik" inside a word
  EXPECT_FALSE(Before("kartunya bagus sekali dan lain lain ").found());
  EXPECT_TRUE(Before("NIK ").Names(PiiType::kNik));
  EXPECT_FALSE(Before("NIK ").Names(PiiType::kPhone));
}

TEST(ContextLabel, KkOnlyInCapitals) {
  EXPECT_TRUE(Before("KK ").Names(PiiType::kKk));
  EXPECT_FALSE(Before("kk ").found());  // chat slang for kakak
  EXPECT_TRUE(Before("no. kk ").Names(PiiType::kKk));
}

TEST(ContextLabel, NearestStrongLabelWinsThenLongest) {
  EXPECT_EQ(Before("kode bayar dan NIK ").phrase, "nik");
  EXPECT_EQ(Before("NIK dan kode bayar ").role, LabelRole::kVirtualAccount);
  EXPECT_EQ(Before("nomor kartu keluarga ").phrase, "kartu keluarga");  // not "nomor kartu"
  EXPECT_TRUE(Before("nomor kartu keluarga ").Names(PiiType::kKk));
  EXPECT_EQ(Before("No. Invoice ").role, LabelRole::kReference);
  EXPECT_EQ(Before("NIK BCA ").phrase, "nik");  // a bank name is weak
  EXPECT_EQ(Before("BCA ").phrase, "bca");
  EXPECT_TRUE(Before("BCA ").Names(PiiType::kBankAccount));
  EXPECT_EQ(Before("pajak ").phrase, "pajak");
}

TEST(ContextLabel, AtMostFourWordsBetween) {
  EXPECT_TRUE(Before("NIK Anda yang terdaftar adalah ").found());
  EXPECT_FALSE(Before("NIK Anda yang sudah terdaftar adalah ").found());
}

TEST(ContextLabel, BankAndCompanyCues) {
  const ContextLabel l = Before("transfer ke rekening BCA ");
  EXPECT_EQ(l.phrase, "rekening");
  EXPECT_EQ(l.bank, "bca");
  EXPECT_FALSE(l.company);
  EXPECT_TRUE(Before("WA resmi kami ").company);
  EXPECT_TRUE(Before("hubungi kami di ").company);
  EXPECT_TRUE(Before("rekening kami ").company);
  EXPECT_FALSE(Before("kami akan hubungi keluarga Anda di ").company);
}

TEST(ContextLabel, WindowStopsAtLinesSentencesAndTheFloor) {
  const std::string text = "NIK\n";
  EXPECT_EQ(LabelWindowBegin(text, 0, 4), 4u);
  EXPECT_EQ(LabelWindowBegin("NIK! ", 0, 5), 4u);
  EXPECT_EQ(LabelWindowBegin("NIK; ", 0, 5), 4u);
  EXPECT_EQ(LabelWindowBegin("NIK 123 ", 7, 8), 7u);
  EXPECT_EQ(LabelWindowBegin(std::string(100, 'a'), 0, 100), 52u);
}

TEST(ContextLabel, GluedWordsAndHolders) {
  EXPECT_TRUE(LabelForGluedWord("NIK").Names(PiiType::kNik));
  EXPECT_EQ(LabelForGluedWord("BRIVA").role, LabelRole::kVirtualAccount);
  EXPECT_FALSE(LabelForGluedWord("ORD").found());
  EXPECT_FALSE(LabelForGluedWord("NIK KTP").found());
  EXPECT_TRUE(HasAccountHolderAfter("1234567890 a.n. Budi", 10));
  EXPECT_TRUE(HasAccountHolderAfter("1234567890 (a/n Budi)", 10));
  EXPECT_TRUE(HasAccountHolderAfter("1234567890, atas nama Budi", 10));
  EXPECT_FALSE(HasAccountHolderAfter("1234567890 dan Budi", 10));
  EXPECT_FALSE(HasAccountHolderAfter("1234567890", 10));
}

}  // namespace
}  // namespace santun::pii
