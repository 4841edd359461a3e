#include "text/normalizer.h"

#include <gtest/gtest.h>

#include "text/obfuscation.h"
#include "text/unicode_fold.h"

namespace santun {
namespace {

// The original range of the first occurrence of `needle` in the normalized text.
Span Find(const NormalizedText& n, const std::string& needle) {
  size_t at = n.text.find(needle);
  EXPECT_NE(at, std::string::npos) << "'" << needle << "' not in '" << n.text << "'";
  if (at == std::string::npos) return {};
  return n.ToOriginal({static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())});
}

TEST(Normalize, AsciiIsLowerCasedByteForByte) {
  NormalizedText n = Normalize("Dasar PENIPU!");
  EXPECT_EQ(n.text, "dasar penipu!");
  EXPECT_EQ(Find(n, "penipu"), (Span{6, 12}));
  ASSERT_EQ(n.begin.size(), n.text.size());
  ASSERT_EQ(n.end.size(), n.text.size());
}

TEST(Normalize, FullWidthLettersMapToTheirThreeByteSources) {
  const std::string in =
      "Dasar \xEF\xBC\xB0\xEF\xBD\x85\xEF\xBD\x8E\xEF\xBD\x89\xEF\xBD\x90\xEF\xBD\x95!";  // Ｐｅｎｉｐｕ
  NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "dasar penipu!");
  EXPECT_EQ(Find(n, "penipu"), (Span{6, 24}));
  EXPECT_EQ(Find(n, "!"), (Span{24, 25}));
}

TEST(Normalize, ZeroWidthCharactersVanishButStayInsideTheRange) {
  const std::string in = "Pen\xE2\x80\x8Bipu";  // Pen<U+200B>ipu
  NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, "penipu");
  EXPECT_EQ(Find(n, "penipu"), (Span{0, 9}));
  EXPECT_EQ(Find(n, "ipu"), (Span{6, 9}));
}

TEST(Normalize, SoftHyphenAndBidiControlsAreDropped) {
  NormalizedText n = Normalize("pe\xC2\xADni\xE2\x80\xAEpu");
  EXPECT_EQ(n.text, "penipu");
  EXPECT_EQ(Find(n, "penipu"), (Span{0, 11}));
}

TEST(Normalize, CyrillicAndGreekHomoglyphsFoldToLatin) {
  // "реnірu": Cyrillic р, е, і, р; and Greek capitals "ΡΕΝΙΡU".
  NormalizedText a = Normalize("\xD1\x80\xD0\xB5n\xD1\x96\xD1\x80u");
  EXPECT_EQ(a.text, "penipu");
  EXPECT_EQ(Find(a, "penipu"), (Span{0, 10}));
  NormalizedText b = Normalize("\xCE\xA1\xCE\x95\xCE\x9D\xCE\x99\xCE\xA1U");
  EXPECT_EQ(b.text, "penipu");
}

TEST(Normalize, StyledAndSmallCapitalLettersFold) {
  EXPECT_EQ(Normalize("\xF0\x9D\x90\xA9\xF0\x9D\x90\x9E\xF0\x9D\x90\xA7").text, "pen");  // 𝐩𝐞𝐧
  EXPECT_EQ(Normalize("\xE1\xB4\x98\xE1\xB4\x87\xC9\xB4").text, "pen");                  // ᴘᴇɴ
  EXPECT_EQ(Normalize("\xE2\x93\x9F\xE2\x93\x94\xE2\x93\x9D").text, "pen");              // ⓟⓔⓝ
}

TEST(Normalize, CombiningMarksAndAccentsAreStripped) {
  // p̶e̶n̶ (combining long stroke) and PÉNIPU.
  NormalizedText n = Normalize(
      "p\xCC\xB6"
      "e\xCC\xB6"
      "n\xCC\xB6");
  EXPECT_EQ(n.text, "pen");
  EXPECT_EQ(Find(n, "pen"), (Span{0, 9}));
  EXPECT_EQ(Normalize("P\xC3\x89NIPU").text, "penipu");
}

TEST(Normalize, LeetspeakInsideWords) {
  NormalizedText n = Normalize("Dasar p3n1pu, b4ngs4t @nj1ng $etan");
  EXPECT_EQ(n.text, "dasar penipu, bangsat anjing setan");
  EXPECT_EQ(Find(n, "penipu"), (Span{6, 12}));
  EXPECT_EQ(Find(n, "anjing"), (Span{22, 28}));
}

TEST(Normalize, NumbersAndQuantitiesAreNotLeetspeak) {
  EXPECT_EQ(Normalize("Rp 1.500.000 sebelum 25-12-2026").text, "rp 1.500.000 sebelum 25-12-2026");
  EXPECT_EQ(Normalize("5jt, 750rb, 24jam, 3x, 1st, $100").text, "5jt, 750rb, 24jam, 3x, 1st, $100");
  EXPECT_EQ(Normalize("4njing").text, "anjing");
  EXPECT_EQ(Normalize("orang2").text, "orang2");
}

TEST(Normalize, SpacedLettersCollapse) {
  NormalizedText a = Normalize("kamu p e n i p u!");
  EXPECT_EQ(a.text, "kamu penipu!");
  EXPECT_EQ(Find(a, "penipu"), (Span{5, 16}));
  NormalizedText b = Normalize("p.e.n.i.p.u");
  EXPECT_EQ(b.text, "penipu");
  EXPECT_EQ(Find(b, "penipu"), (Span{0, 11}));
  EXPECT_EQ(Normalize("p-e-n-i-p-u").text, "penipu");
  EXPECT_EQ(Normalize("p 3 n 1 p u").text, "penipu");
}

TEST(Normalize, ShortOrNumericSpacingIsKept) {
  EXPECT_EQ(Normalize("a.n. Budi").text, "a.n. budi");
  EXPECT_EQ(Normalize("1 2 3 4").text, "1 2 3 4");
  EXPECT_EQ(Normalize("p.t jaya").text, "p.t jaya");
}

TEST(Normalize, ElongationShortensToTwoLetters) {
  NormalizedText n = Normalize("penipuuuu!");
  EXPECT_EQ(n.text, "penipuu!");
  EXPECT_EQ(Find(n, "penipuu"), (Span{0, 9}));
  EXPECT_EQ(Find(n, "!"), (Span{9, 10}));
  EXPECT_EQ(Normalize("maaf, saat ini").text, "maaf, saat ini");
}

TEST(Normalize, PassesCanBeTurnedOff) {
  NormalizeOptions off;
  off.leetspeak = false;
  off.spaced_letters = false;
  off.elongation = false;
  EXPECT_EQ(Normalize("P3N1PU p e n i p u uuuu", off).text, "p3n1pu p e n i p u uuuu");
}

TEST(Normalize, EmptyAndWhitespaceOnly) {
  EXPECT_EQ(Normalize("").text, "");
  NormalizedText n = Normalize(" \n\t");
  EXPECT_EQ(n.text, " \n\t");
  EXPECT_EQ(n.ToOriginal({1, 1}), (Span{1, 1}));
}

TEST(FoldCodePoint, TypographicPunctuation) {
  EXPECT_EQ(FoldCodePoint(U'\u2019'), "'");
  EXPECT_EQ(FoldCodePoint(U'\u201C'), "\"");
  EXPECT_EQ(FoldCodePoint(U'\u2013'), "-");
  EXPECT_EQ(FoldCodePoint(U'\u200B'), "");
}

}  // namespace
}  // namespace santun
