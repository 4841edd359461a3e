#include "extract/number_words.h"

#include <gtest/gtest.h>

#include <string>

namespace santun {
namespace {

// Returns "value/words read/scale" for the number at the start of `text`,
// or "none".
std::string Read(std::string_view text) {
  const Tokens t(text);
  const auto n = ReadNumberWords(t, 0);
  if (!n) return "none";
  return std::to_string(n->value) + "/" + std::string(text.substr(0, t[n->last].span.end)) +
         (n->has_scale ? "/scale" : "");
}

TEST(AmountNumberWords, ReadsIndonesian) {
  EXPECT_EQ(Read("satu"), "1/satu");
  EXPECT_EQ(Read("sebelas"), "11/sebelas");
  EXPECT_EQ(Read("dua belas"), "12/dua belas");
  EXPECT_EQ(Read("dua puluh lima"), "25/dua puluh lima");
  EXPECT_EQ(Read("seratus"), "100/seratus");
  EXPECT_EQ(Read("lima ratus dua puluh"), "520/lima ratus dua puluh");
  EXPECT_EQ(Read("seribu"), "1000/seribu/scale");
  EXPECT_EQ(Read("sejuta"), "1000000/sejuta/scale");
  EXPECT_EQ(Read("satu juta lima ratus ribu rupiah"), "1500000/satu juta lima ratus ribu/scale");
  EXPECT_EQ(Read("dua ratus lima puluh ribu"), "250000/dua ratus lima puluh ribu/scale");
  EXPECT_EQ(Read("tiga miliar dua juta"), "3002000000/tiga miliar dua juta/scale");
  EXPECT_EQ(Read("setengah juta"), "500000/setengah juta/scale");
  EXPECT_EQ(Read("satu setengah juta"), "1500000/satu setengah juta/scale");
}

TEST(AmountNumberWords, ReadsEnglish) {
  EXPECT_EQ(Read("twelve"), "12/twelve");
  EXPECT_EQ(Read("twenty-five dollars"), "25/twenty-five");
  EXPECT_EQ(Read("ninety nine"), "99/ninety nine");
  EXPECT_EQ(Read("a hundred"), "100/a hundred");
  EXPECT_EQ(Read("a thousand"), "1000/a thousand/scale");
  EXPECT_EQ(Read("one thousand two hundred and fifty"), "1250/one thousand two hundred and fifty/scale");
  EXPECT_EQ(Read("two million five hundred thousand"), "2500000/two million five hundred thousand/scale");
}

TEST(AmountNumberWords, StopsAtTheLongestWellFormedPrefix) {
  EXPECT_EQ(Read("dua tiga"), "2/dua");
  EXPECT_EQ(Read("satu setengah"), "1/satu");  // half needs a scale
  EXPECT_EQ(Read("ribu"), "none");             // a scale needs a number
  EXPECT_EQ(Read("juta ribu"), "none");
  EXPECT_EQ(Read("seribu sejuta"), "1000/seribu/scale");  // scales must decrease
  EXPECT_EQ(Read("one two"), "1/one");
  EXPECT_EQ(Read("two hundred and"), "200/two hundred");
  EXPECT_EQ(Read("a"), "none");
  EXPECT_EQ(Read("a payment"), "none");
  EXPECT_EQ(Read("hundred"), "none");
  EXPECT_EQ(Read("satu\njuta"), "1/satu");  // one line only
  EXPECT_EQ(Read("rupiah"), "none");
}

TEST(AmountNumberWords, ReadsSmallNumberWords) {
  EXPECT_EQ(SmallNumberWord("tiga"), 3);
  EXPECT_EQ(SmallNumberWord("sepuluh"), 10);
  EXPECT_EQ(SmallNumberWord("two"), 2);
  EXPECT_EQ(SmallNumberWord("thirty"), 30);
  EXPECT_EQ(SmallNumberWord("seratus"), 0);
  EXPECT_EQ(SmallNumberWord("hari"), 0);
}

}  // namespace
}  // namespace santun
