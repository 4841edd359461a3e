#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "ruleset/pack_loader.h"
#include "ruleset/rule.h"

namespace santun {

/// The registry of loaded rules. A rule id names one rule; it may have one
/// variant per language (abuse.accusation in abuse.id.toml and in
/// abuse.en.toml), which must agree on category and severity. Rules are
/// sorted by id, then by file.
class RuleSet {
 public:
  /// Checks ids and lexicon names across packs, and that every lexicon and
  /// rule a rule refers to exists, then takes ownership. Errors name both
  /// places of a duplicate.
  static Errors Build(PackContents contents, RuleSet* out);

  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<Lexicon>& lexicons() const { return lexicons_; }
  /// Returns the lexicon `name` for `lang`, or nullptr.
  const Lexicon* FindLexicon(std::string_view name, std::string_view lang) const;
  /// Returns the distinct rule ids, sorted.
  const std::vector<std::string>& ids() const { return ids_; }
  /// Returns the variants of an id (empty when unknown).
  std::vector<const Rule*> Variants(const std::string& id) const;
  bool HasId(const std::string& id) const;

 private:
  std::vector<Rule> rules_;
  std::vector<Lexicon> lexicons_;
  // Lexicon name -> indices into lexicons_ (checks look lexicons up by
  // name for every message).
  std::map<std::string, std::vector<size_t>, std::less<>> lexicon_index_;
  std::vector<std::string> ids_;
};

}  // namespace santun
