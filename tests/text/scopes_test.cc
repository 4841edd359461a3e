#include "text/scopes.h"

#include <gtest/gtest.h>

#include "text/language.h"
#include "text/normalizer.h"

namespace santun {
namespace {

uint32_t At(const std::string& text, const std::string& word) { return static_cast<uint32_t>(text.find(word)); }

TEST(Scopes, SentencesEndAtPunctuationAndLineBreaks) {
  const std::string t = "yth. bapak budi. tagihan rp 1.500.000 jatuh tempo!\nterima kasih";
  Scopes s(t);
  ASSERT_EQ(s.sentences().size(), 3u);
  EXPECT_EQ(s.SentenceAt(At(t, "budi")), (Span{0, 16}));  // "yth." is an abbreviation
  EXPECT_EQ(s.SentenceAt(At(t, "jatuh")).begin, 16u);
  EXPECT_EQ(s.SentenceAt(At(t, "kasih")).begin, At(t, "terima"));
}

TEST(Scopes, AHardWrappedLineContinuesItsSentence) {
  const std::string t =
      "thank you. i'm calling regarding a court judgment entered against you\nin harbor county court, case 12.\n"
      "dear budi\nyour payment is due.";
  Scopes s(t);
  EXPECT_EQ(s.SentenceAt(At(t, "harbor")), s.SentenceAt(At(t, "judgment")));  // wrapped at 70 characters
  EXPECT_NE(s.SentenceAt(At(t, "your")), s.SentenceAt(At(t, "budi")));        // a salutation is its own line
}

TEST(Scopes, ClausesSplitAtCommasAndConjunctionsButNotInNumbers) {
  const std::string t = "kalau tidak bayar, kami datang tapi kami sopan. rp 1,5 juta";
  Scopes s(t);
  EXPECT_EQ(s.ClauseAt(At(t, "tidak")), (Span{0, 18}));
  EXPECT_EQ(s.ClauseAt(At(t, "datang")).begin, 18u);
  EXPECT_EQ(s.ClauseAt(At(t, "sopan")).begin, At(t, "tapi"));
  EXPECT_EQ(s.ClauseAt(At(t, "juta")), s.ClauseAt(At(t, "rp")));
}

TEST(Scopes, NegationInTheSameClauseBeforeTheHit) {
  const std::string t = "kami tidak akan menghubungi keluarga anda.";
  EXPECT_TRUE(Scopes(t).IsNegated(At(t, "menghubungi")));
  const std::string u = "jika tidak bayar, kami lapor polisi.";
  EXPECT_FALSE(Scopes(u).IsNegated(At(u, "lapor")));
  const std::string v = "we will not call your employer.";
  EXPECT_TRUE(Scopes(v).IsNegated(At(v, "call")));
}

TEST(Scopes, NegationCoversTheItemsOfAnEitherOrList) {
  const std::string t =
      "kami tidak akan menyebarkan data anda, menghubungi keluarga anda, atau mendatangi kantor anda.";
  Scopes s(t);
  EXPECT_TRUE(s.IsNegated(At(t, "menghubungi")));
  EXPECT_TRUE(s.IsNegated(At(t, "mendatangi")));
  const std::string u = "we never share your information with your contacts, post it online or call your workplace.";
  EXPECT_TRUE(Scopes(u).IsNegated(At(u, "post")));
  const std::string v = "our staff are prohibited from threatening you, calling your employer, or visiting your home.";
  EXPECT_TRUE(Scopes(v).IsNegated(At(v, "visiting")));
}

TEST(Scopes, AConsequenceAfterANegatedClauseIsNotAListItem) {
  const std::string t = "jangan tidak bayar, atau kami datangi rumahmu.";  // a subject starts it
  EXPECT_FALSE(Scopes(t).IsNegated(At(t, "datangi")));
  const std::string u = "do not ignore this notice, or legal action will follow.";  // a modal
  EXPECT_FALSE(Scopes(u).IsNegated(At(u, "legal")));
  const std::string v = "kalau tidak bayar, sebar data atau datangi rumah.";  // the negation is a condition
  EXPECT_FALSE(Scopes(v).IsNegated(At(v, "sebar")));
  const std::string w = "anda tidak membayar, dan data anda disebar.";  // "dan" alone makes no either-or list
  EXPECT_FALSE(Scopes(w).IsNegated(At(w, "disebar")));
  const std::string x = "we have not been paid. or we call your boss.";  // another sentence
  EXPECT_FALSE(Scopes(x).IsNegated(At(x, "call")));
}

TEST(Scopes, JanganSampaiIsNotANegation) {
  const std::string t = "jangan sampai kami lapor polisi ya.";
  EXPECT_FALSE(Scopes(t).IsNegated(At(t, "lapor")));
}

TEST(Scopes, ConditionalNegationIsStillAThreat) {
  const std::string t = "we won't call your boss if you pay today.";
  EXPECT_FALSE(Scopes(t).IsNegated(At(t, "call")));
  const std::string u = "kami tidak akan lapor polisi asalkan anda bayar hari ini.";
  EXPECT_FALSE(Scopes(u).IsNegated(At(u, "lapor")));
}

TEST(Scopes, ConditionBeforeTheHitInItsClause) {
  const std::string t = "kalau anda tidak bayar, kami proses. if you don't pay, we act. pay by friday if you can.";
  Scopes s(t);
  EXPECT_TRUE(s.HasConditionalBefore(At(t, "bayar")));
  EXPECT_FALSE(s.HasConditionalBefore(At(t, "proses")));  // the next clause
  EXPECT_TRUE(s.HasConditionalBefore(At(t, "pay,")));
  EXPECT_FALSE(s.HasConditionalBefore(At(t, "pay by")));  // the condition comes after
  const std::string u = "you have until friday to pay.";
  EXPECT_FALSE(Scopes(u).HasConditionalBefore(At(u, "pay")));  // "until" sets a deadline
}

TEST(Scopes, EvenIfConcedesAndKeepsTheNegation) {
  const std::string t = "but even if that were the case, we still will not sue you.";
  EXPECT_TRUE(Scopes(t).IsNegated(At(t, "sue")));
}

TEST(Scopes, NegatorAfterTheHitDoesNotCount) {
  const std::string t = "lapor polisi tidak main-main.";
  EXPECT_FALSE(Scopes(t).IsNegated(At(t, "lapor")));
}

TEST(Scopes, QuotesPairUp) {
  const std::string t = "debitur berkata \"saya bukan penipu\" kemarin. \"ok";
  Scopes s(t);
  EXPECT_TRUE(s.InQuotes(At(t, "penipu")));
  EXPECT_FALSE(s.InQuotes(At(t, "kemarin")));
  EXPECT_FALSE(s.InQuotes(At(t, "ok")));
}

TEST(Scopes, NormalizedTypographicQuotesCount) {
  NormalizedText n = Normalize(
      "Ia bilang \xE2\x80\x9C"
      "dasar penipu\xE2\x80\x9D tadi.");
  Scopes s(n.text);
  EXPECT_TRUE(s.InQuotes(At(n.text, "penipu")));
}

TEST(Language, VotesByFunctionWords) {
  EXPECT_EQ(DetectLanguage("mohon segera bayar tagihan anda"), "id");
  EXPECT_EQ(DetectLanguage("please pay your balance by friday"), "en");
  EXPECT_EQ(DetectLanguage("12345"), "id");
  EXPECT_EQ(DetectLanguage("12345", "en"), "en");
}

}  // namespace
}  // namespace santun
