// Stems match the inflected and colloquial forms the morphology data
// describes, and their atoms hold for every form.
#include "ruleset/morphology.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "text/skeleton.h"

namespace santun {
namespace {

const Morphology& Id() {
  const Morphology* m = BuiltinMorphology("id");
  EXPECT_NE(m, nullptr);
  return *m;
}

const Morphology& En() {
  const Morphology* m = BuiltinMorphology("en");
  EXPECT_NE(m, nullptr);
  return *m;
}

// The hit of the stems' regex in `text` (normalized: lower case), or "".
std::string Hit(const std::vector<std::string>& stems, const Morphology& m, const std::string& text) {
  const RE2 re(StemsToRegex(stems, {&m}));
  EXPECT_TRUE(re.ok()) << re.error();
  std::string hit;
  RE2::PartialMatch(text, re, &hit);
  return hit;
}

bool AtomsHold(const std::vector<std::string>& stems, const Morphology& m, const std::string& form) {
  const std::string skeleton = Skeleton(form);
  for (const std::vector<std::string>& clause : StemAtoms(stems, {&m})) {
    bool any = false;
    for (const std::string& atom : clause) any |= skeleton.find(atom) != std::string::npos;
    if (!any) return false;
  }
  return true;
}

TEST(Morphology, ShippedFilesParse) {
  for (const char* lang : {"id", "en"}) {
    const Morphology* m = BuiltinMorphology(lang);
    ASSERT_NE(m, nullptr) << lang;
    EXPECT_EQ(m->lang, lang);
  }
  EXPECT_EQ(BuiltinMorphology("fr"), nullptr);
}

TEST(Morphology, IndonesianAffixesAndNasalAssimilation) {
  for (const char* form : {"ancam", "mengancam", "diancam", "ancaman", "ancamannya", "ancamin", "ngancam", "ngancem",
                           "diancem", "terancam", "ancam-ancam", "ancamkan"}) {
    EXPECT_EQ(Hit({"ancam"}, Id(), std::string("kamu ") + form + " ya"), form);
    EXPECT_TRUE(AtomsHold({"ancam"}, Id(), form)) << form;
  }
  for (const char* form : {"tagih", "menagih", "nagih", "ditagih", "tagihin", "penagihan", "tagihannya"}) {
    EXPECT_EQ(Hit({"tagih"}, Id(), std::string("kami ") + form), form);
    EXPECT_TRUE(AtomsHold({"tagih"}, Id(), form)) << form;
  }
  for (const char* form :
       {"sebar", "menyebar", "menyebarkan", "nyebarin", "disebar", "disebarin", "penyebaran", "sebarkan"}) {
    EXPECT_EQ(Hit({"sebar"}, Id(), std::string(form) + " data"), form);
    EXPECT_TRUE(AtomsHold({"sebar"}, Id(), form)) << form;
  }
  EXPECT_EQ(Hit({"pukul"}, Id(), "aku mukul kamu"), "mukul");
  EXPECT_EQ(Hit({"pukul"}, Id(), "dipukulin"), "dipukulin");
  EXPECT_EQ(Hit({"bacok"}, Id(), "ngebacok"), "ngebacok");
  EXPECT_EQ(Hit({"bunuh"}, Id(), "membunuh"), "membunuh");
  EXPECT_EQ(Hit({"kirim"}, Id(), "ngirim"), "ngirim");
  EXPECT_EQ(Hit({"kritik"}, Id(), "mengkritik"), "mengkritik");
}

TEST(Morphology, WholeWordsOnly) {
  EXPECT_EQ(Hit({"tipu"}, Id(), "tipuan"), "tipuan");
  EXPECT_EQ(Hit({"tipu"}, Id(), "penipu"), "penipu");
  EXPECT_EQ(Hit({"tipu"}, Id(), "ketipung"), "");  // another word
  EXPECT_EQ(Hit({"malu"}, Id(), "memalukan"), "memalukan");
  EXPECT_EQ(Hit({"malu"}, Id(), "maluku"), "maluku");  // -ku: over-generation the rules must guard
}

TEST(Morphology, MultiWordStemsInflectTheFirstWord) {
  EXPECT_EQ(Hit({"bawa kabur"}, Id(), "dia membawa kabur uang"), "membawa kabur");
  EXPECT_EQ(Hit({"bawa kabur"}, Id(), "udah dibawa   kabur"), "dibawa   kabur");
  EXPECT_EQ(Hit({"sebar data"}, Id(), "kami sebarin data kamu"), "sebarin data");
  EXPECT_TRUE(AtomsHold({"bawa kabur"}, Id(), "dibawa kabur"));
}

TEST(Morphology, LettersStillRepeat) { EXPECT_EQ(Hit({"ancam"}, Id(), "diancaaam"), "diancaaam"); }

TEST(Morphology, EnglishInflection) {
  for (const char* form : {"threaten", "threatens", "threatened", "threatening"}) {
    EXPECT_EQ(Hit({"threaten"}, En(), std::string("we ") + form + " you"), form);
  }
  for (const char* form : {"seize", "seized", "seizing", "seizes"}) {
    EXPECT_EQ(Hit({"seize"}, En(), std::string("will be ") + form), form);
    EXPECT_TRUE(AtomsHold({"seize"}, En(), form)) << form;
  }
  EXPECT_EQ(Hit({"garnish"}, En(), "wage garnishment"), "garnishment");
  EXPECT_EQ(Hit({"bully"}, En(), "bullied"), "bullied");
}

TEST(Morphology, GroupsByAtom) {
  // "ancam balik": "balik" is shorter than "ancam", so it shares its atoms;
  // "bawa kabur" is filtered on its longest word.
  const auto groups = GroupStemsByAtom({"tagih", "ancam", "ancam balik", "bawa kabur"}, {&Id()});
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(StemAtoms({"bawa kabur"}, {&Id()}), (AtomClauses{{"kabur"}}));
  EXPECT_EQ(StemAtoms({"tagih"}, {&Id()}), (AtomClauses{{"agih"}}));
}

TEST(Morphology, ErrorsNameTheLine) {
  Morphology m;
  Errors e = ParseMorphology("m.toml", "[morphology]\nlang = \"id\"\nsufixes = [\"kan\"]\n", &m);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].ToString(), "m.toml:3: unknown key 'sufixes', did you mean 'suffixes'?");
  m = {};
  e = ParseMorphology(
      "m.toml", "[morphology]\nlang = \"id\"\n[[morphology.alternation]]\nfrom = \"ab\"\nto = []\nwhere = \"end\"\n",
      &m);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].ToString(), "m.toml:3: alternation: 'from' must be one letter");
}

}  // namespace
}  // namespace santun
