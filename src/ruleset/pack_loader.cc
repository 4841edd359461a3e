#include "ruleset/pack_loader.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/suggest.h"
#include "ruleset/atoms.h"
#include "ruleset/categories.h"
#include "ruleset/check_specs.h"
#include "ruleset/example_text.h"
#include "ruleset/message_kinds.h"
#include "ruleset/morphology.h"
#include "ruleset/template.h"
#include "ruleset/term_regex.h"
#include "ruleset/toml_reader.h"
#include "text/ascii.h"

namespace santun {
namespace {

const std::vector<std::string> kTopKeys = {"pack", "rule", "lexicon"};
const std::vector<std::string> kLexiconKeys = {"name", "langs", "terms", "stems", "patterns", "prefixes", "suffixes"};
const std::vector<std::string> kProfiles = {"id", "us", "generic"};
const std::vector<std::string> kFacts = {"amount", "date"};
const std::vector<std::string> kPackKeys = {"description", "langs", "kinds"};
const std::vector<std::string> kRuleKeys = {
    "id",       "severity", "langs",        "summary",  "message", "why",    "refs",      "suggestion", "terms",
    "stems",    "patterns", "prefixes",     "suffixes", "check",   "params", "exception", "negation",   "skip_quoted",
    "profiles", "unless",   "unless_rules", "opt_in",   "kinds",   "fix",    "example"};
const std::vector<std::string> kExceptionKeys = {"terms", "stems", "patterns", "scope"};
const std::vector<std::string> kFixKeys = {"replace", "remove",     "remove_sentence", "mask",         "from_check",
                                           "range",   "with_words", "title",           "applicability"};
const std::vector<std::string> kFixRanges = {"hit", "sentence", "rest-of-sentence", "after-sentence", "end-of-clause"};
const std::vector<std::string> kFactCaptures = {"amount", "due_date"};
const std::vector<std::string> kExampleKeys = {"text",  "fixed",   "known", "lang",    "template",
                                               "today", "send_at", "tz",    "profile", "channel"};
const std::vector<std::string> kLanguages = {"id", "en", "*"};

// Returns the first ASCII capital that is a literal (not an escape such as
// \W or \D, not the P of (?P<name>)), or "".
std::string UpperCaseLetter(const std::string& pattern) {
  if (pattern.find("(?i") != std::string::npos) return "";  // asks for case-insensitivity itself
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
      if (i < pattern.size() && (pattern[i] == 'p' || pattern[i] == 'P') && i + 1 < pattern.size() &&
          pattern[i + 1] == '{') {
        i = pattern.find('}', i);
        if (i == std::string::npos) return "";
      } else if (i < pattern.size() && (pattern[i] == 'p' || pattern[i] == 'P')) {
        ++i;  // \pL: a one-letter class name
      }
      continue;
    }
    if (c == '(' && pattern.compare(i, 4, "(?P<") == 0) {
      i += 3;
      continue;
    }
    if (c == '[' && pattern.compare(i, 2, "[:") == 0) {
      size_t end = pattern.find(":]", i);
      if (end != std::string::npos) i = end + 1;
      continue;
    }
    if (ascii::IsUpper(c)) return std::string(1, c);
  }
  return "";
}

bool ValidId(const std::string& id) {
  static const RE2 re("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
  return RE2::FullMatch(id, re);
}

class PackDecoder {
 public:
  PackDecoder(const SourceFile& file, Errors* errors) : reader_(file.path, errors), errors_(errors) {}

  void Decode(const toml::value& doc, PackContents* contents) {
    if (!doc.is_table()) return;
    reader_.RejectUnknownKeys(doc, kTopKeys);
    if (const toml::value* pack = TomlReader::Find(doc, "pack")) {
      if (!pack->is_table()) {
        reader_.Fail(*pack, "'pack' must be a table, not " + TomlReader::TypeName(*pack));
      } else {
        reader_.RejectUnknownKeys(*pack, kPackKeys);
        reader_.StringList(*pack, "langs", &default_langs_, false, "pack: ");
        Enumerated(*pack, "kinds", MessageKindNames(), &default_kinds_, "pack: ");
      }
    }
    if (const toml::value* lexicons = TomlReader::Find(doc, "lexicon")) {
      if (!lexicons->is_array()) {
        reader_.Fail(*lexicons, "'lexicon' must be an array of tables ([[lexicon]])");
      } else {
        for (const toml::value& l : lexicons->as_array()) DecodeLexicon(l, &contents->lexicons);
      }
    }
    const toml::value* rule_list = TomlReader::Find(doc, "rule");
    if (!rule_list) return;
    if (!rule_list->is_array()) {
      reader_.Fail(*rule_list, "'rule' must be an array of tables ([[rule]])");
      return;
    }
    for (const toml::value& r : rule_list->as_array()) {
      if (!r.is_table()) {
        reader_.Fail(r, "each [[rule]] must be a table");
        continue;
      }
      Rule rule;
      if (DecodeRule(r, &rule)) contents->rules.push_back(std::move(rule));
    }
  }

 private:
  void DecodeLexicon(const toml::value& t, std::vector<Lexicon>* out) {
    if (!t.is_table()) {
      reader_.Fail(t, "each [[lexicon]] must be a table");
      return;
    }
    reader_.RejectUnknownKeys(t, kLexiconKeys);
    Lexicon lex;
    lex.file = reader_.file();
    lex.line = TomlReader::Line(t);
    if (!reader_.String(t, "name", &lex.name, true)) return;
    const std::string ctx = "lexicon '" + lex.name + "': ";
    lex.langs = default_langs_;
    reader_.StringList(t, "langs", &lex.langs, false, ctx);
    CheckLanguages(t, lex.langs, ctx);
    std::vector<std::string> prefixes, suffixes;
    reader_.StringList(t, "terms", &lex.terms, false, ctx);
    reader_.StringList(t, "stems", &lex.stems, false, ctx);
    reader_.StringList(t, "patterns", &lex.patterns, false, ctx);
    reader_.StringList(t, "prefixes", &prefixes, false, ctx);
    reader_.StringList(t, "suffixes", &suffixes, false, ctx);
    if (lex.terms.empty() && lex.stems.empty() && lex.patterns.empty()) {
      reader_.Fail(t, ctx + "empty: give 'terms', 'stems' or 'patterns'");
      return;
    }
    for (const std::vector<std::string>& group : GroupTermsByAtom(lex.terms)) {
      if (Regex re = Compile(t, "terms", TermsToRegex(group, prefixes, suffixes), ctx,
                             TermAtoms(group, !prefixes.empty(), !suffixes.empty())))
        lex.regexes.push_back(re);
    }
    if (!lex.stems.empty()) {
      const std::vector<const Morphology*> morphologies = MorphologiesFor(t, lex.langs, ctx);
      for (const std::vector<std::string>& group : GroupStemsByAtom(lex.stems, morphologies)) {
        if (morphologies.empty()) break;
        if (Regex re = Compile(t, "stems", StemsToRegex(group, morphologies), ctx, StemAtoms(group, morphologies))) {
          lex.regexes.push_back(re);
        }
      }
    }
    lex.term_regexes = static_cast<uint32_t>(lex.regexes.size());
    for (const std::string& p : lex.patterns) {
      if (Regex re = Compile(t, "patterns", p, ctx, PatternAtoms(p))) lex.regexes.push_back(re);
    }
    out->push_back(std::move(lex));
  }

  void CheckLanguages(const toml::value& t, const std::vector<std::string>& langs, const std::string& ctx) {
    if (langs.empty()) reader_.Fail(t, ctx + "no languages: set 'langs' here or in [pack]");
    for (const std::string& l : langs) {
      if (std::find(kLanguages.begin(), kLanguages.end(), l) == kLanguages.end()) {
        reader_.Fail(t, ctx + "unknown language '" + l + "'" + DidYouMean(l, kLanguages));
      }
    }
  }

  // Reads a list whose items must come from `allowed`.
  void Enumerated(const toml::value& t, const std::string& key, const std::vector<std::string>& allowed,
                  std::vector<std::string>* out, const std::string& ctx) {
    if (!reader_.StringList(t, key, out, false, ctx)) return;
    for (const std::string& v : *out) {
      if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
        // The list may come from [pack] (a rule inherits it): then name the rule's table.
        const toml::value* at = TomlReader::Find(t, key);
        reader_.Fail(at != nullptr ? *at : t, ctx + "unknown " + key + " value '" + v + "'" + DidYouMean(v, allowed));
      }
    }
  }

  bool DecodeRule(const toml::value& t, Rule* rule) {
    const size_t errors_before = ErrorCount();
    rule->file = reader_.file();
    rule->line = TomlReader::Line(t);
    reader_.RejectUnknownKeys(t, kRuleKeys);
    if (!reader_.String(t, "id", &rule->id, true)) return false;
    const std::string ctx = "rule '" + rule->id + "': ";
    if (!ValidId(rule->id)) {
      reader_.Fail(*TomlReader::Find(t, "id"), ctx + "id must be 'category.name' in lower case (letters, digits, '-')");
      return false;
    }
    rule->category = rule->id.substr(0, rule->id.find('.'));
    if (!IsCategory(rule->category)) {
      reader_.Fail(*TomlReader::Find(t, "id"),
                   ctx + "unknown category '" + rule->category + "'" + DidYouMean(rule->category, Categories()));
    }
    std::string severity;
    if (reader_.String(t, "severity", &severity, true, ctx) && !severity.empty()) {
      if (auto s = ParseSeverity(severity)) {
        rule->severity = *s;
      } else {
        reader_.Fail(*TomlReader::Find(t, "severity"),
                     ctx + "unknown severity '" + severity + "'" + DidYouMean(severity, {"error", "warning", "info"}));
      }
    }
    rule->langs = default_langs_;
    reader_.StringList(t, "langs", &rule->langs, false, ctx);
    CheckLanguages(t, rule->langs, ctx);
    Enumerated(t, "profiles", kProfiles, &rule->profiles, ctx);
    rule->kinds = default_kinds_;
    Enumerated(t, "kinds", MessageKindNames(), &rule->kinds, ctx);
    Enumerated(t, "unless", kFacts, &rule->unless, ctx);
    reader_.StringList(t, "unless_rules", &rule->unless_rules, false, ctx);
    reader_.String(t, "summary", &rule->summary, true, ctx);
    reader_.String(t, "message", &rule->message, true, ctx);
    reader_.String(t, "why", &rule->why, true, ctx);
    reader_.StringList(t, "refs", &rule->refs, false, ctx);
    reader_.String(t, "suggestion", &rule->suggestion, false, ctx);
    reader_.StringList(t, "terms", &rule->terms, false, ctx);
    reader_.StringList(t, "stems", &rule->stems, false, ctx);
    reader_.StringList(t, "patterns", &rule->patterns, false, ctx);
    reader_.StringList(t, "prefixes", &rule->prefixes, false, ctx);
    reader_.StringList(t, "suffixes", &rule->suffixes, false, ctx);
    reader_.Bool(t, "negation", &rule->negation, ctx);
    reader_.Bool(t, "skip_quoted", &rule->skip_quoted, ctx);
    reader_.Bool(t, "opt_in", &rule->opt_in, ctx);
    reader_.String(t, "check", &rule->check, false, ctx);
    DecodeMatcher(t, rule, ctx);
    DecodeExceptions(t, rule, ctx);
    DecodeFix(t, rule, ctx);
    DecodeExamples(t, rule, ctx);
    return ErrorCount() == errors_before;
  }

  void DecodeMatcher(const toml::value& t, Rule* rule, const std::string& ctx) {
    const bool has_terms = !rule->terms.empty() || !rule->stems.empty() || !rule->patterns.empty();
    if (rule->check.empty() && !has_terms) {
      reader_.Fail(t, ctx + "nothing to match: give 'terms', 'stems', 'patterns' or 'check'");
      return;
    }
    if (!rule->check.empty()) {
      if (has_terms) {
        reader_.Fail(t, ctx + "'check' cannot be combined with 'terms', 'stems' or 'patterns'");
        return;
      }
      DecodeParams(t, rule, ctx);
      return;
    }
    if (TomlReader::Find(t, "params")) {
      reader_.Fail(*TomlReader::Find(t, "params"), ctx + "'params' needs a 'check'");
    }
    if (rule->terms.empty() && (!rule->prefixes.empty() || !rule->suffixes.empty())) {
      reader_.Fail(t, ctx + "'prefixes' and 'suffixes' apply to 'terms' only");
    }
    if (!rule->terms.empty()) {
      for (const std::string& term : rule->terms) {
        if (term.find_first_not_of(" \t-") == std::string::npos) {
          reader_.Fail(*TomlReader::Find(t, "terms"), ctx + "empty term");
          return;
        }
      }
      // One matcher per atom (GroupTermsByAtom): a message compiles and runs
      // only the groups whose atom it holds. Overlapping hits of one rule
      // are merged later, leftmost then longest, as one alternation would.
      for (const std::vector<std::string>& group : GroupTermsByAtom(rule->terms)) {
        AddMatcher(t, "terms", TermsToRegex(group, rule->prefixes, rule->suffixes),
                   TermAtoms(group, !rule->prefixes.empty(), !rule->suffixes.empty()), rule, ctx);
      }
    }
    if (!rule->stems.empty()) {
      const std::vector<const Morphology*> morphologies = MorphologiesFor(t, rule->langs, ctx);
      if (!morphologies.empty()) {
        for (const std::vector<std::string>& group : GroupStemsByAtom(rule->stems, morphologies)) {
          AddMatcher(t, "stems", StemsToRegex(group, morphologies), StemAtoms(group, morphologies), rule, ctx);
        }
      }
    }
    for (const std::string& p : rule->patterns) AddMatcher(t, "patterns", p, PatternAtoms(p), rule, ctx);
  }

  // The word formation of each language a rule or lexicon with stems is for
  // ("*": every language santun has one for); empty after an error.
  std::vector<const Morphology*> MorphologiesFor(const toml::value& t, const std::vector<std::string>& langs,
                                                 const std::string& ctx) {
    std::vector<const Morphology*> out;
    for (const std::string& lang : langs) {
      if (lang == "*") {
        for (const char* l : {"id", "en"}) out.push_back(BuiltinMorphology(l));
        continue;
      }
      const Morphology* m = BuiltinMorphology(lang);
      if (!m) {
        reader_.Fail(*TomlReader::Find(t, "stems"), ctx + "'stems' need a morphology for language '" + lang +
                                                        "' (rules/morphology/" + lang + ".toml); use 'terms'");
        return {};
      }
      out.push_back(m);
    }
    return out;
  }

  void AddMatcher(const toml::value& t, const char* key, const std::string& source, AtomClauses atoms, Rule* rule,
                  const std::string& ctx) {
    Regex re = Compile(t, key, source, ctx, std::move(atoms));
    if (re) rule->matchers.push_back(std::move(re));
  }

  Regex Compile(const toml::value& t, const char* key, const std::string& source, const std::string& ctx,
                AtomClauses atoms = {}) {
    const toml::value* at = TomlReader::Find(t, key);
    if (std::string upper = UpperCaseLetter(source); !upper.empty()) {
      reader_.Fail(at ? *at : t, ctx + "pattern '" + source + "' has the capital letter '" + upper +
                                     "': patterns match lower-case normalized text");
      return nullptr;
    }
    auto re = std::make_shared<LazyRegex>(source, std::move(atoms));
    if (std::string error = re->Validate(); !error.empty()) {
      reader_.Fail(at ? *at : t, ctx + "invalid pattern '" + source + "': " + error);
      return nullptr;
    }
    return re;
  }

  void DecodeParams(const toml::value& t, Rule* rule, const std::string& ctx) {
    const CheckSpec* spec = FindCheck(rule->check);
    if (!spec) {
      std::vector<std::string> names;
      for (const CheckSpec& s : KnownChecks()) names.push_back(s.name);
      reader_.Fail(*TomlReader::Find(t, "check"),
                   ctx + "unknown check '" + rule->check + "'" + DidYouMean(rule->check, names));
      return;
    }
    const toml::value* params = TomlReader::Find(t, "params");
    for (const ParamSpec& p : spec->params) {
      if (p.required && (!params || !TomlReader::Find(*params, p.name))) {
        reader_.Fail(t, ctx + "check '" + rule->check + "' needs the parameter '" + p.name + "'");
      }
    }
    if (!params) return;
    if (!params->is_table()) {
      reader_.Fail(*params, ctx + "'params' must be a table");
      return;
    }
    std::vector<std::string> names;
    for (const ParamSpec& p : spec->params) names.push_back(p.name);
    reader_.RejectUnknownKeys(*params, names);
    for (const ParamSpec& p : spec->params) {
      if (!TomlReader::Find(*params, p.name)) continue;
      switch (p.type) {
        case ParamSpec::Type::kBool: {
          bool b = false;
          if (reader_.Bool(*params, p.name, &b, ctx)) rule->params[p.name] = b;
          break;
        }
        case ParamSpec::Type::kInt: {
          int64_t i = 0;
          if (reader_.Int(*params, p.name, &i, ctx)) rule->params[p.name] = i;
          break;
        }
        case ParamSpec::Type::kDouble: {
          double d = 0;
          if (reader_.Double(*params, p.name, &d, ctx)) rule->params[p.name] = d;
          break;
        }
        case ParamSpec::Type::kString:
        case ParamSpec::Type::kLexicon: {
          std::string s;
          if (reader_.String(*params, p.name, &s, false, ctx)) rule->params[p.name] = s;
          break;
        }
        case ParamSpec::Type::kStringList: {
          std::vector<std::string> v;
          if (reader_.StringList(*params, p.name, &v, false, ctx)) rule->params[p.name] = v;
          break;
        }
      }
      CheckChoices(*params, p, rule, ctx);
    }
  }

  // A string (or each string of a list) must be one of the spec's choices.
  void CheckChoices(const toml::value& params, const ParamSpec& p, const Rule* rule, const std::string& ctx) {
    if (p.choices.empty()) return;
    auto it = rule->params.find(p.name);
    if (it == rule->params.end()) return;
    std::vector<std::string> values;
    if (const auto* s = std::get_if<std::string>(&it->second)) values.push_back(*s);
    if (const auto* v = std::get_if<std::vector<std::string>>(&it->second)) values = *v;
    for (const std::string& v : values) {
      if (std::find(p.choices.begin(), p.choices.end(), v) != p.choices.end()) continue;
      reader_.Fail(*TomlReader::Find(params, p.name),
                   ctx + "unknown " + p.name + " value '" + v + "'" + DidYouMean(v, p.choices));
    }
  }

  void DecodeExceptions(const toml::value& t, Rule* rule, const std::string& ctx) {
    const toml::value* list = TomlReader::Find(t, "exception");
    if (!list) return;
    if (!list->is_array()) {
      reader_.Fail(*list, ctx + "'exception' must be an array of tables ([[rule.exception]])");
      return;
    }
    for (const toml::value& e : list->as_array()) {
      if (!e.is_table()) {
        reader_.Fail(e, ctx + "each [[rule.exception]] must be a table");
        continue;
      }
      reader_.RejectUnknownKeys(e, kExceptionKeys);
      RuleException ex;
      std::vector<std::string> terms, stems, patterns;
      std::string scope = "overlap";
      reader_.StringList(e, "terms", &terms, false, ctx);
      reader_.StringList(e, "stems", &stems, false, ctx);
      reader_.StringList(e, "patterns", &patterns, false, ctx);
      reader_.String(e, "scope", &scope, false, ctx);
      if (scope == "sentence") {
        ex.scope = RuleException::Scope::kSentence;
      } else if (scope == "message") {
        ex.scope = RuleException::Scope::kMessage;
      } else if (scope != "overlap") {
        reader_.Fail(*TomlReader::Find(e, "scope"), ctx + "unknown exception scope '" + scope + "'" +
                                                        DidYouMean(scope, {"overlap", "sentence", "message"}));
      }
      if (terms.empty() && stems.empty() && patterns.empty()) {
        reader_.Fail(e, ctx + "exception without 'terms', 'stems' or 'patterns'");
        continue;
      }
      if (!terms.empty()) {
        if (Regex re = Compile(e, "terms", TermsToRegex(terms, {}, {}), ctx, TermAtoms(terms))) {
          ex.regexes.push_back(re);
        }
      }
      if (!stems.empty()) {
        const std::vector<const Morphology*> morphologies = MorphologiesFor(e, rule->langs, ctx);
        if (!morphologies.empty()) {
          if (Regex re = Compile(e, "stems", StemsToRegex(stems, morphologies), ctx, StemAtoms(stems, morphologies))) {
            ex.regexes.push_back(re);
          }
        }
      }
      for (const std::string& p : patterns) {
        if (Regex re = Compile(e, "patterns", p, ctx, PatternAtoms(p))) ex.regexes.push_back(re);
      }
      rule->exceptions.push_back(std::move(ex));
    }
  }

  void DecodeFix(const toml::value& t, Rule* rule, const std::string& ctx) {
    const toml::value* fix = TomlReader::Find(t, "fix");
    if (!fix) return;
    if (!fix->is_table()) {
      reader_.Fail(*fix, ctx + "'fix' must be a table ([rule.fix])");
      return;
    }
    reader_.RejectUnknownKeys(*fix, kFixKeys);
    FixSpec spec;
    bool remove = false, remove_sentence = false, mask = false, from_check = false;
    const bool has_replace = TomlReader::Find(*fix, "replace") != nullptr;
    reader_.String(*fix, "replace", &spec.replacement, false, ctx);
    reader_.Bool(*fix, "remove", &remove, ctx);
    reader_.Bool(*fix, "remove_sentence", &remove_sentence, ctx);
    reader_.Bool(*fix, "mask", &mask, ctx);
    reader_.Bool(*fix, "from_check", &from_check, ctx);
    reader_.String(*fix, "title", &spec.title, true, ctx);
    reader_.StringList(*fix, "with_words", &spec.with_words, false, ctx);
    for (std::string& w : spec.with_words) w = ascii::ToLower(w);
    if (has_replace + remove + remove_sentence + mask + from_check != 1) {
      reader_.Fail(*fix, ctx +
                             "a fix needs exactly one of 'replace', 'remove = true', 'remove_sentence = true', "
                             "'mask = true' or 'from_check = true'");
      return;
    }
    spec.kind = has_replace                 ? FixSpec::Kind::kReplace
                : remove || remove_sentence ? FixSpec::Kind::kRemove
                : mask                      ? FixSpec::Kind::kMask
                                            : FixSpec::Kind::kFromCheck;
    if (remove_sentence) spec.range = FixSpec::Range::kSentence;
    DecodeFixRange(*fix, spec.kind, &spec, ctx);
    if (!spec.with_words.empty() && spec.kind != FixSpec::Kind::kRemove) {
      reader_.Fail(*TomlReader::Find(*fix, "with_words"), ctx + "'with_words' goes with 'remove = true' only");
    }
    if (has_replace) CheckTemplate(*fix, *rule, spec.replacement, ctx);
    const CheckSpec* check = rule->check.empty() ? nullptr : FindCheck(rule->check);
    if (from_check && (!check || !check->edits)) {
      reader_.Fail(*fix, ctx + "'from_check = true' needs a check that computes fix edits" +
                             (rule->check.empty() ? std::string() : " ('" + rule->check + "' does not)"));
    }
    std::string applicability = "safe";
    reader_.String(*fix, "applicability", &applicability, false, ctx);
    if (auto a = ParseApplicability(applicability)) {
      spec.applicability = *a;
    } else {
      reader_.Fail(*TomlReader::Find(*fix, "applicability"),
                   ctx + "unknown applicability '" + applicability + "'" +
                       DidYouMean(applicability, {"safe", "unsafe", "display-only"}));
    }
    rule->fix = std::move(spec);
  }

  void DecodeFixRange(const toml::value& fix, FixSpec::Kind kind, FixSpec* spec, const std::string& ctx) {
    const toml::value* at = TomlReader::Find(fix, "range");
    if (!at) return;
    std::string range;
    if (!reader_.String(fix, "range", &range, false, ctx)) return;
    const auto it = std::find(kFixRanges.begin(), kFixRanges.end(), range);
    if (it == kFixRanges.end()) {
      reader_.Fail(*at, ctx + "unknown fix range '" + range + "'" + DidYouMean(range, kFixRanges));
      return;
    }
    if (spec->range == FixSpec::Range::kSentence && range != "sentence") {
      reader_.Fail(*at, ctx + "'remove_sentence = true' already sets the range");
      return;
    }
    spec->range = static_cast<FixSpec::Range>(it - kFixRanges.begin());
    const bool ok = kind == FixSpec::Kind::kReplace ||
                    (kind == FixSpec::Kind::kRemove && (range == "hit" || range == "sentence")) ||
                    (kind == FixSpec::Kind::kMask && range == "hit");
    if (!ok) reader_.Fail(*at, ctx + "range '" + range + "' does not go with this kind of fix");
  }

  // A replacement may name $0-$9 and the groups of the rule's patterns, the
  // values its check provides, and facts of the message.
  void CheckTemplate(const toml::value& fix, const Rule& rule, const std::string& templ, const std::string& ctx) {
    const toml::value& at = *TomlReader::Find(fix, "replace");
    std::vector<std::string> names;
    if (std::string error = ValidateTemplate(templ, &names); !error.empty()) {
      reader_.Fail(at, ctx + "replacement '" + templ + "': " + error);
      return;
    }
    std::vector<std::string> known = {"0", "match"};
    known.insert(known.end(), kFactCaptures.begin(), kFactCaptures.end());
    int groups = 0;
    for (const Regex& re : rule.matchers) {
      const RE2& compiled = re->get();
      if (!compiled.ok()) continue;
      groups = std::max(groups, compiled.NumberOfCapturingGroups());
      for (const auto& [name, index] : compiled.NamedCapturingGroups()) known.push_back(name);
    }
    for (int i = 1; i <= std::min(groups, 9); ++i) known.push_back(std::to_string(i));
    if (const CheckSpec* check = rule.check.empty() ? nullptr : FindCheck(rule.check)) {
      known.insert(known.end(), check->captures.begin(), check->captures.end());
    }
    for (const std::string& name : names) {
      if (std::find(known.begin(), known.end(), name) == known.end()) {
        reader_.Fail(at, ctx + "replacement '" + templ + "' names '" + name + "', which neither the rule's " +
                             "patterns nor its check provide" + DidYouMean(name, known));
      }
    }
  }

  void DecodeExamples(const toml::value& t, Rule* rule, const std::string& ctx) {
    const toml::value* list = TomlReader::Find(t, "example");
    if (list && !list->is_array()) {
      reader_.Fail(*list, ctx + "'example' must be an array of tables ([[rule.example]])");
      return;
    }
    if (list) {
      for (const toml::value& e : list->as_array()) DecodeExample(e, rule, ctx);
    }
    bool has_positive = std::any_of(rule->examples.begin(), rule->examples.end(),
                                    [](const RuleExample& e) { return e.positive() && e.known.empty(); });
    if (!has_positive) {
      reader_.Fail(t, ctx +
                          "no positive example: add a [[rule.example]] whose text marks "
                          "what the rule flags with <<...>>");
    }
  }

  void DecodeExample(const toml::value& e, Rule* rule, const std::string& ctx) {
    if (!e.is_table()) {
      reader_.Fail(e, ctx + "each [[rule.example]] must be a table");
      return;
    }
    reader_.RejectUnknownKeys(e, kExampleKeys);
    RuleExample ex;
    ex.line = TomlReader::Line(e);
    std::string marked;
    if (!reader_.String(e, "text", &marked, true, ctx)) return;
    std::string error;
    if (!ParseExampleText(marked, &ex.text, &ex.expected, &error)) {
      reader_.Fail(*TomlReader::Find(e, "text"), ctx + "example text: " + error);
      return;
    }
    std::string fixed;
    if (TomlReader::Find(e, "fixed") && reader_.String(e, "fixed", &fixed, false, ctx)) {
      ex.fixed = fixed;
    }
    reader_.String(e, "known", &ex.known, false, ctx);
    reader_.String(e, "lang", &ex.lang, false, ctx);
    if (TomlReader::Find(e, "template")) {
      bool template_mode = false;
      if (reader_.Bool(e, "template", &template_mode, ctx)) ex.template_mode = template_mode;
    }
    reader_.String(e, "today", &ex.today, false, ctx);
    reader_.String(e, "send_at", &ex.send_at, false, ctx);
    reader_.String(e, "tz", &ex.tz, false, ctx);
    reader_.String(e, "channel", &ex.channel, false, ctx);
    reader_.String(e, "profile", &ex.profile, false, ctx);
    if (!ex.profile.empty() && std::find(kProfiles.begin(), kProfiles.end(), ex.profile) == kProfiles.end()) {
      reader_.Fail(*TomlReader::Find(e, "profile"), ctx + "unknown profile '" + ex.profile + "'");
    }
    if (!ex.lang.empty() && std::find(kLanguages.begin(), kLanguages.end(), ex.lang) == kLanguages.end()) {
      reader_.Fail(*TomlReader::Find(e, "lang"), ctx + "unknown language '" + ex.lang + "'");
    }
    rule->examples.push_back(std::move(ex));
  }

  size_t ErrorCount() const { return errors_->size(); }

  TomlReader reader_;
  const Errors* errors_;
  std::vector<std::string> default_langs_;
  std::vector<std::string> default_kinds_;  // [pack] kinds: the default of its rules
};

}  // namespace

bool LooksLikeRulePack(const std::string& content) {
  static const RE2 header("(?m)^\\s*(\\[pack\\]|\\[\\[rule\\]\\]|\\[\\[lexicon\\]\\])");
  return RE2::PartialMatch(content, header);
}

Errors LoadPack(const SourceFile& file, PackContents* contents) {
  Errors errors;
  TomlReader parser(file.path, &errors);
  std::optional<toml::value> doc = parser.Parse(file.content);
  if (!doc) return errors;
  PackContents decoded;
  PackDecoder decoder(file, &errors);
  decoder.Decode(*doc, &decoded);
  if (errors.empty() && decoded.rules.empty() && decoded.lexicons.empty()) {
    errors.push_back({file.path, 0, "the pack defines no rule: add [[rule]] tables (or [[lexicon]])"});
  }
  if (errors.empty()) {
    for (Rule& r : decoded.rules) contents->rules.push_back(std::move(r));
    for (Lexicon& l : decoded.lexicons) contents->lexicons.push_back(std::move(l));
  }
  return errors;
}

}  // namespace santun
