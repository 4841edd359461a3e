#include "ruleset/morphology.h"

#include <algorithm>
#include <map>
#include <memory>

#include "ruleset/builtin_files.h"
#include "ruleset/term_regex.h"
#include "ruleset/toml_reader.h"
#include "text/skeleton.h"
#include "text/unicode_fold.h"

namespace santun {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> Words(const std::string& stem) {
  const std::string folded = FoldUnicode(stem).text;
  std::vector<std::string> words;
  std::string cur;
  for (char c : folded + " ") {
    if (c == ' ' || c == '\t' || c == '\n' || c == '-') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  return words;
}

// Longest first, so that the longest affix wins at a position.
std::string Alternation(std::vector<std::string> items) {
  std::sort(items.begin(), items.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  items.erase(std::unique(items.begin(), items.end()), items.end());
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "|") + s;
  return out;
}

std::vector<std::string> Folded(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& s : items) out.push_back(FoldUnicode(s).text);
  return out;
}

// Where an alternation applies in `word`, or npos.
size_t AlternationAt(const std::string& word, const Morphology::Alternation& alt) {
  if (alt.from.size() != 1 || word.empty()) return std::string::npos;
  if (alt.where == "final") return word.back() == alt.from[0] ? word.size() - 1 : std::string::npos;
  // "final-closed": the vowel of a closed last syllable, in a word of two
  // syllables or more.
  size_t last = word.size();
  while (last > 0 && !IsVowel(word[last - 1])) --last;
  if (last == 0 || last == word.size()) return std::string::npos;  // no vowel, or an open syllable
  const size_t vowel = last - 1;
  if (word[vowel] != alt.from[0] || vowel == 0) return std::string::npos;
  if (IsVowel(word[vowel - 1])) return std::string::npos;  // a diphthong ("pakai")
  bool earlier_vowel = false;
  for (size_t i = 0; i + 1 < vowel; ++i) earlier_vowel |= IsVowel(word[i]);
  return earlier_vowel ? vowel : std::string::npos;
}

// The regex of each letter of `word`, with the morphology's alternations.
std::vector<std::string> LetterPieces(const std::string& word, const Morphology& m) {
  std::vector<std::string> pieces;
  for (char c : word) pieces.push_back(WordRegex(std::string(1, c)));
  for (const Morphology::Alternation& alt : m.alternations) {
    const size_t at = AlternationAt(word, alt);
    if (at == std::string::npos) continue;
    std::string alternatives = pieces[at];
    bool optional = false;
    for (const std::string& to : alt.to) {
      if (to.empty()) {
        optional = true;
      } else {
        alternatives += "|" + WordRegex(to);
      }
    }
    pieces[at] = "(?:" + alternatives + ")" + (optional ? "?" : "");
  }
  return pieces;
}

std::string Join(const std::vector<std::string>& pieces, size_t from) {
  std::string out;
  for (size_t i = from; i < pieces.size(); ++i) out += pieces[i];
  return out;
}

std::string StemRegex(const std::string& stem, const Morphology& m) {
  const std::vector<std::string> words = Words(stem);
  if (words.empty()) return "";
  const std::string& root = words[0];
  const std::vector<std::string> pieces = LetterPieces(root, m);
  const std::string body = Join(pieces, 0);
  const std::string tail = Join(pieces, 1);
  std::vector<std::string> forms;
  forms.push_back((m.prefixes.empty() ? "" : "(?:" + Alternation(Folded(m.prefixes)) + ")?") + body);
  for (const Morphology::Nasal& n : m.nasals) {
    if (n.initials.find(root[0]) == std::string::npos || n.forms.empty()) continue;
    forms.push_back("(?:" + Alternation(Folded(n.forms)) + ")" + (n.drop && root.size() > 1 ? tail : body));
  }
  if (!IsVowel(root[0]) && !m.consonant_prefixes.empty()) {
    forms.push_back("(?:" + Alternation(Folded(m.consonant_prefixes)) + ")" + body);
  }
  std::string out = "(?:" + Alternation(forms) + ")";
  if (m.reduplication) out += "(?:[^a-z0-9]?" + body + "|2)?";
  if (!m.suffixes.empty()) out += "(?:" + Alternation(Folded(m.suffixes)) + ")?";
  if (!m.clitics.empty()) out += "(?:" + Alternation(Folded(m.clitics)) + ")?";
  for (size_t i = 1; i < words.size(); ++i) out += std::string(kWordGap) + WordRegex(words[i]);
  return out;
}

// The skeletons every form of `stem` contains one of.
std::vector<std::string> StemAtomVariants(const std::string& stem, const std::vector<const Morphology*>& morphologies) {
  const std::vector<std::string> words = Words(stem);
  if (words.empty()) return {};
  std::string longest_rest;
  for (size_t i = 1; i < words.size(); ++i) {
    if (Skeleton(words[i]).size() > Skeleton(longest_rest).size()) longest_rest = words[i];
  }
  const std::string& root = words[0];
  std::vector<std::string> variants;
  for (const Morphology* m : morphologies) {
    bool dropped = false;
    for (const Morphology::Nasal& n : m->nasals) dropped |= n.drop && n.initials.find(root[0]) != std::string::npos;
    std::vector<std::string> cores = {dropped ? root.substr(1) : root};
    const size_t offset = dropped ? 1 : 0;
    for (const Morphology::Alternation& alt : m->alternations) {
      const size_t at = AlternationAt(root, alt);
      if (at == std::string::npos || at < offset) continue;
      const size_t n = cores.size();
      for (size_t i = 0; i < n; ++i) {
        for (const std::string& to : alt.to)
          cores.push_back(cores[i].substr(0, at - offset) + to + cores[i].substr(at - offset + 1));
      }
    }
    for (const std::string& c : cores) variants.push_back(Skeleton(c));
  }
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  const size_t shortest =
      variants.empty() ? 0 : std::min_element(variants.begin(), variants.end(), [](auto& a, auto& b) {
                               return a.size() < b.size();
                             })->size();
  const std::string rest = Skeleton(longest_rest);
  if (rest.size() >= 2 && rest.size() >= shortest) return {rest};
  if (shortest < 2) return {};  // too short to filter on
  return variants;
}

bool ReadNasals(TomlReader& reader, const toml::value& table, Morphology* out) {
  const toml::value* list = TomlReader::Find(table, "nasal");
  if (!list) return true;
  if (!list->is_array()) {
    reader.Fail(*list, "'nasal' must be an array of tables ([[morphology.nasal]])");
    return false;
  }
  bool ok = true;
  for (const toml::value& v : list->as_array()) {
    if (!v.is_table()) {
      reader.Fail(v, "'nasal' must be an array of tables ([[morphology.nasal]])");
      ok = false;
      continue;
    }
    ok &= reader.RejectUnknownKeys(v, {"initials", "forms", "drop"});
    Morphology::Nasal n;
    ok &= reader.String(v, "initials", &n.initials, true, "nasal: ");
    ok &= reader.StringList(v, "forms", &n.forms, true, "nasal: ");
    ok &= reader.Bool(v, "drop", &n.drop, "nasal: ");
    out->nasals.push_back(std::move(n));
  }
  return ok;
}

bool ReadAlternations(TomlReader& reader, const toml::value& table, Morphology* out) {
  const toml::value* list = TomlReader::Find(table, "alternation");
  if (!list) return true;
  if (!list->is_array()) {
    reader.Fail(*list, "'alternation' must be an array of tables ([[morphology.alternation]])");
    return false;
  }
  bool ok = true;
  for (const toml::value& v : list->as_array()) {
    if (!v.is_table()) {
      reader.Fail(v, "'alternation' must be an array of tables ([[morphology.alternation]])");
      ok = false;
      continue;
    }
    ok &= reader.RejectUnknownKeys(v, {"from", "to", "where"});
    Morphology::Alternation a;
    ok &= reader.String(v, "from", &a.from, true, "alternation: ");
    ok &= reader.StringList(v, "to", &a.to, true, "alternation: ");
    ok &= reader.String(v, "where", &a.where, true, "alternation: ");
    if (a.from.size() != 1) {
      reader.Fail(v, "alternation: 'from' must be one letter");
      ok = false;
    }
    if (a.where != "final" && a.where != "final-closed") {
      reader.Fail(v, "alternation: 'where' must be \"final\" or \"final-closed\"");
      ok = false;
    }
    out->alternations.push_back(std::move(a));
  }
  return ok;
}

}  // namespace

Errors ParseMorphology(const std::string& file, const std::string& content, Morphology* out) {
  Errors errors;
  TomlReader reader(file, &errors);
  std::optional<toml::value> doc = reader.Parse(content);
  if (!doc) return errors;
  reader.RejectUnknownKeys(*doc, {"morphology"});
  const toml::value* table = TomlReader::Find(*doc, "morphology");
  if (!table || !table->is_table()) {
    reader.Fail(0, "expected a [morphology] table");
    return errors;
  }
  reader.RejectUnknownKeys(*table, {"lang", "prefixes", "consonant_prefixes", "nasal", "suffixes", "clitics",
                                    "alternation", "reduplication"});
  reader.String(*table, "lang", &out->lang, true, "morphology: ");
  reader.StringList(*table, "prefixes", &out->prefixes, false, "morphology: ");
  reader.StringList(*table, "consonant_prefixes", &out->consonant_prefixes, false, "morphology: ");
  reader.StringList(*table, "suffixes", &out->suffixes, false, "morphology: ");
  reader.StringList(*table, "clitics", &out->clitics, false, "morphology: ");
  reader.Bool(*table, "reduplication", &out->reduplication, "morphology: ");
  ReadNasals(reader, *table, out);
  ReadAlternations(reader, *table, out);
  return errors;
}

const Morphology* BuiltinMorphology(const std::string& lang) {
  static const auto* builtin = [] {
    auto* map = new std::map<std::string, Morphology>;
    for (const EmbeddedFile& f : BuiltinFiles()) {
      if (f.path.rfind("rules/morphology/", 0) != 0) continue;
      Morphology m;
      // The shipped files are validated by the test suite.
      if (ParseMorphology(std::string(f.path), std::string(f.content), &m).empty()) map->emplace(m.lang, std::move(m));
    }
    return map;
  }();
  auto it = builtin->find(lang);
  return it == builtin->end() ? nullptr : &it->second;
}

std::string StemsToRegex(const std::vector<std::string>& stems, const std::vector<const Morphology*>& morphologies) {
  std::vector<std::string> bodies;
  for (const std::string& stem : stems) {
    for (const Morphology* m : morphologies) {
      if (std::string r = StemRegex(stem, *m); !r.empty()) bodies.push_back(std::move(r));
    }
  }
  return "(?:^|[^a-z0-9])(?P<hit>(?:" + Alternation(bodies) + "))(?:[^a-z0-9]|$)";
}

AtomClauses StemAtoms(const std::vector<std::string>& stems, const std::vector<const Morphology*>& morphologies) {
  std::vector<std::string> atoms;
  for (const std::string& stem : stems) {
    std::vector<std::string> v = StemAtomVariants(stem, morphologies);
    if (v.empty()) return {};  // a stem that cannot be filtered: the regex always runs
    atoms.insert(atoms.end(), v.begin(), v.end());
  }
  std::sort(atoms.begin(), atoms.end());
  atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
  return {atoms};
}

std::vector<std::vector<std::string>> GroupStemsByAtom(const std::vector<std::string>& stems,
                                                       const std::vector<const Morphology*>& morphologies) {
  std::map<std::vector<std::string>, std::vector<std::string>> by_atom;
  for (const std::string& stem : stems) by_atom[StemAtomVariants(stem, morphologies)].push_back(stem);
  std::vector<std::vector<std::string>> groups;
  for (auto& [atoms, group] : by_atom) groups.push_back(std::move(group));
  return groups;
}

}  // namespace santun
