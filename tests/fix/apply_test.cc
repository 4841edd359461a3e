#include "fix/apply.h"

#include <gtest/gtest.h>

#include "fix/build.h"

namespace santun {
namespace {

TEST(ApplyFixes, SortsAndSkipsOverlapsWholeFixesAtATime) {
  const std::string text = "Bayar sekarang juga!";
  Fix command{"polite",
              {{{0, 20}, "Mohon lakukan pembayaran paling lambat [tanggal jatuh tempo]."}},
              Applicability::kUnsafe,
              {}};
  Fix vague{"date", {{{6, 19}, "paling lambat [tanggal jatuh tempo]"}}, Applicability::kUnsafe, {}};
  size_t applied = 0;
  EXPECT_EQ(ApplyFixes(text, {&vague, &command}, &applied),
            "Mohon lakukan pembayaran paling lambat [tanggal jatuh tempo].");
  EXPECT_EQ(applied, 1u);
  // A fix with two edits is all or nothing.
  Fix two{"two", {{{0, 5}, "A"}, {{10, 12}, "B"}}, Applicability::kSafe, {}};
  Fix clash{"clash", {{{11, 13}, "C"}}, Applicability::kSafe, {}};
  EXPECT_EQ(ApplyFixes("0123456789abcdef", {&clash, &two}), "A56789Bcdef");
}

TEST(ApplyFixes, AStockPhraseIsSaidOnce) {
  const std::string text = "Kami lapor polisi. Data kamu kami sebar.";
  const std::string offer = "Jika ada kesulitan, kami dapat membantu menyusun jadwal pembayaran.";
  Fix a{"t", {{{0, 18}, offer}}, Applicability::kUnsafe, {{{0, 19}, ""}}};
  Fix b{"t", {{{19, 40}, offer}}, Applicability::kUnsafe, {{{18, 40}, ""}}};
  EXPECT_EQ(ApplyFixes(text, {&a, &b}), offer);
}

TEST(ApplyEdits, ConflictsOfInsertions) {
  EXPECT_TRUE(Conflicts({{3, 3}, "a"}, {{3, 3}, "b"}));
  EXPECT_TRUE(Conflicts({{3, 3}, "a"}, {{1, 5}, ""}));
  EXPECT_FALSE(Conflicts({{5, 5}, "a"}, {{1, 5}, ""}));
  EXPECT_FALSE(Conflicts({{1, 3}, "a"}, {{3, 5}, "b"}));
}

TEST(BuildFix, MaskUsesTheCheckValueElseAGenericMask) {
  FixSpec spec;
  spec.kind = FixSpec::Kind::kMask;
  spec.title = "mask";
  spec.applicability = Applicability::kSafe;
  const std::string text = "NIK 3275014601920007 ya";
  FixSite site;
  site.text = text;
  site.hit = {4, 20};
  site.sentence = {0, 23};
  auto fix = BuildFix(spec, site);
  ASSERT_TRUE(fix);
  EXPECT_EQ(fix->edits[0].replacement, "************0007");
  Captures c;
  c.Set("masked", "3275********0007");
  site.captures = &c;
  fix = BuildFix(spec, site);
  ASSERT_TRUE(fix);
  EXPECT_EQ(fix->edits[0].replacement, "3275********0007");
  EXPECT_EQ(GenericMask("123-45"), "***-**");
}

TEST(BuildFix, LosingAnAmountOrInsertingAPlaceholderMakesItDisplayOnly) {
  FixSpec spec;
  spec.kind = FixSpec::Kind::kReplace;
  spec.range = FixSpec::Range::kSentence;
  spec.replacement = "Jika ada kesulitan, kami dapat membantu.";
  spec.applicability = Applicability::kUnsafe;
  const std::string text = "Bayar Rp 500.000 atau kami lapor polisi.";
  FixSite site;
  site.text = text;
  site.hit = {26, 38};
  site.sentence = {0, 40};
  const KeptMentions amount = KeptMentions::Of({{6, 16}});
  site.kept = &amount;
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kDisplayOnly);
  site.kept = nullptr;
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kUnsafe);
  spec.replacement = "Kami dari [nama perusahaan].";
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kDisplayOnly);
  site.template_mode = true;
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kUnsafe);
}

TEST(BuildFix, AnEditThatChangesNothingIsNoFix) {
  FixSpec spec;
  spec.kind = FixSpec::Kind::kReplace;
  spec.replacement = "$0";
  FixSite site;
  site.text = "abc";
  site.hit = {0, 3};
  site.sentence = {0, 3};
  Captures c;
  c.Set("0", "abc");
  site.captures = &c;
  EXPECT_FALSE(BuildFix(spec, site));
}

}  // namespace
// Kept mentions are looked up by position (KeptMentions): one that begins
// well before an edit but reaches into it still counts, one after it does not.
TEST(BuildFix, KeptMentionsAreFoundAroundTheEditOnly) {
  FixSpec spec;
  spec.kind = FixSpec::Kind::kReplace;
  spec.replacement = "dua";
  spec.applicability = Applicability::kUnsafe;
  const std::string text = "satu juta lima ratus ribu rupiah, bayar atau kami datang.";
  FixSite site;
  site.text = text;
  site.sentence = {0, static_cast<uint32_t>(text.size())};
  const KeptMentions kept = KeptMentions::Of({{40, 44}, {0, 32}});
  EXPECT_EQ(kept.spans.front(), (Span{0, 32}));
  EXPECT_EQ(kept.longest, 32u);
  site.kept = &kept;
  site.hit = {26, 32};  // "rupiah": the end of the long amount
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kDisplayOnly);
  site.hit = {34, 39};  // "bayar": between the two mentions
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kUnsafe);
  site.hit = {40, 44};  // "atau" stands for the second one here
  EXPECT_EQ(BuildFix(spec, site)->applicability, Applicability::kDisplayOnly);
}

}  // namespace santun
