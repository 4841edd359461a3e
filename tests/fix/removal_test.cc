#include "fix/removal.h"

#include <gtest/gtest.h>

#include "fix/apply.h"

namespace santun {
namespace {

// Removes the first occurrence of `word` from `text` with RemoveEdits.
std::string Remove(const std::string& text, const std::string& word, const std::vector<std::string>& with = {}) {
  const auto at = static_cast<uint32_t>(text.find(word));
  return ApplyEdits(text, RemoveEdits(text, {at, at + static_cast<uint32_t>(word.size())}, with));
}

const std::vector<std::string> kWith = {"dasar", "kamu", "lu", "ya"};

TEST(Removal, InsultAtTheStartTakesItsWordsCommaAndGivesTheCapital) {
  EXPECT_EQ(Remove("Dasar penipu, bayar utangmu!", "penipu", kWith), "Bayar utangmu!");
  EXPECT_EQ(Remove("Kamu maling ya, sudah 3 bulan gak bayar.", "maling", kWith), "Sudah 3 bulan gak bayar.");
  EXPECT_EQ(Remove("Halo.  Dasar penipu, bayar!", "penipu", kWith), "Halo.  Bayar!");
}

TEST(Removal, AtTheEndTheCommaBeforeGoes) {
  EXPECT_EQ(Remove("Bayar utang lu, anjing!", "anjing"), "Bayar utang lu!");
  EXPECT_EQ(Remove("Pay up, thief.", "thief"), "Pay up.");
}

TEST(Removal, InTheMiddleNoDoubleSpaceNorDoubleComma) {
  EXPECT_EQ(Remove("Dasar penipu bayar", "penipu"), "Dasar bayar");
  EXPECT_EQ(Remove("Bayar, penipu, sekarang", "penipu"), "Bayar, sekarang");
  EXPECT_EQ(Remove("Kamu penipu, bayar", "penipu"), "Kamu, bayar");
  EXPECT_EQ(Remove("Bayar, penipu sekarang", "penipu"), "Bayar, sekarang");
}

TEST(Removal, QuotesAroundTheWordGoToo) {
  EXPECT_EQ(Remove("Kami cap Anda sebagai \"penipu\" di sistem kami.", "penipu"),
            "Kami cap Anda sebagai di sistem kami.");
}

TEST(Removal, ASentenceOfNothingElseGoesWhole) {
  EXPECT_EQ(Remove("Dasar p3n1pu! Tagihan Anda Rp 500.000.", "p3n1pu", kWith), "Tagihan Anda Rp 500.000.");
  EXPECT_EQ(Remove("Tagihan Anda Rp 500.000. Dasar penipu!", "penipu", kWith), "Tagihan Anda Rp 500.000.");
  EXPECT_EQ(Remove("Halo,\nDasar penipu!\nBayar.", "penipu", kWith), "Halo,\nBayar.");
  EXPECT_EQ(Remove("Dasar penipu!", "penipu", kWith), "");
}

TEST(Removal, SentenceRemovalKeepsTheRestOfTheLineTidy) {
  const std::string text = "A satu. B dua. C tiga.";
  EXPECT_EQ(ApplyEdits(text, RemoveSentenceEdits(text, {8, 14})), "A satu. C tiga.");
  EXPECT_EQ(ApplyEdits(text, RemoveSentenceEdits(text, {15, 22})), "A satu. B dua.");
}

TEST(Removal, AdaptFirstLetter) {
  EXPECT_EQ(AdaptFirstLetter("Mohon bayar", false), "mohon bayar");
  EXPECT_EQ(AdaptFirstLetter("OJK", false), "OJK");
  EXPECT_EQ(AdaptFirstLetter("paling lambat", true), "Paling lambat");
  EXPECT_TRUE(AtSentenceStart("Halo. Bayar", 6));
  EXPECT_FALSE(AtSentenceStart("Halo, bayar", 6));
}

}  // namespace
}  // namespace santun
