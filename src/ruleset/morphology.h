#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/atoms.h"

namespace santun {

/// How words of one language are formed from their roots, as data
/// (rules/morphology/<lang>.toml). A rule or lexicon lists `stems` (roots:
/// "ancam", "sebar data") and the term compiler turns each into a regex
/// that finds its inflected and colloquial forms ("mengancam", "diancam",
/// "ancaman", "ancamin", "ngancem", "disebarin data"), so no rule spells
/// out its variants by hand. Inflection applies to the first word of a
/// stem; the other words match as in `terms`.
///
/// Chosen over Hunspell's stemmer (hunspell-id 7.5, evaluated on the
/// forms people type to debtors): Hunspell stems only dictionary words
/// with the flags the dictionary gives them, so it misses colloquial
/// forms ("ancamin", "nagih", "nyebarin", "ngancem"), roots without a
/// flag ("disebar", "dipenjara") and slang roots; it also costs a lookup
/// per token at lint time, where generated regexes cost nothing extra.
struct Morphology {
  /// A nasal prefix (meN-, peN-, the colloquial bare N-) takes a form that
  /// depends on the root's first letter, and may replace that letter
  /// ("tagih" -> "menagih", "nagih").
  struct Nasal {
    std::string initials;            // first letters of the roots this applies to
    std::vector<std::string> forms;  // "meng", "peng", "ng"
    bool drop = false;               // the root's first letter is dropped
  };
  /// A letter that alternates in typed forms: `from` becomes any of `to`
  /// ("" deletes it) where `where` says: "final" (last letter of the root)
  /// or "final-closed" (the vowel of a closed last syllable: "ancam" ->
  /// "ancem", "datang" -> "dateng").
  struct Alternation {
    std::string from;
    std::vector<std::string> to;
    std::string where;
  };

  std::string lang;
  std::vector<std::string> prefixes;            // prefixes that leave the root as it is: di-, ter-, ke-
  std::vector<std::string> consonant_prefixes;  // only before a consonant: colloquial nge-
  std::vector<Nasal> nasals;
  std::vector<std::string> suffixes;  // first slot: -kan, -i, -an, -in; -s, -ed, -ing
  std::vector<std::string> clitics;   // second slot: -nya, -lah, -mu
  std::vector<Alternation> alternations;
  bool reduplication = false;  // "ancam-ancam", "tipu2"
};

/// Reads a morphology file. Problems are "file:line: message" errors.
Errors ParseMorphology(const std::string& file, const std::string& content, Morphology* out);

/// Returns the shipped morphology of `lang` (rules/morphology/<lang>.toml,
/// embedded in the binary), or nullptr when santun has none for it.
const Morphology* BuiltinMorphology(const std::string& lang);

/// Returns the RE2 source (over normalized text, like TermsToRegex, with
/// the group "hit" around the hit) that finds every form of `stems` under
/// each of `morphologies`.
std::string StemsToRegex(const std::vector<std::string>& stems, const std::vector<const Morphology*>& morphologies);

/// Returns the atoms of StemsToRegex(stems, morphologies): one clause with
/// the skeletons that every form of some stem contains (a root whose first
/// letter a nasal drops contributes the rest: "agih" for "tagih").
AtomClauses StemAtoms(const std::vector<std::string>& stems, const std::vector<const Morphology*>& morphologies);

/// Groups stems by their atom, as GroupTermsByAtom does for terms.
std::vector<std::vector<std::string>> GroupStemsByAtom(const std::vector<std::string>& stems,
                                                       const std::vector<const Morphology*>& morphologies);

}  // namespace santun
