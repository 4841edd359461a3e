#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ruleset/lazy_regex.h"
#include "text/span.h"

namespace santun {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// Returns "error", "warning" or "info".
std::string_view SeverityName(Severity s);
/// Parses "error" | "warning" | "info".
std::optional<Severity> ParseSeverity(std::string_view s);

/// How safe it is to apply a fix without a human looking at it.
enum class Applicability { kSafe, kUnsafe, kDisplayOnly };
std::string_view ApplicabilityName(Applicability a);
std::optional<Applicability> ParseApplicability(std::string_view s);

/// A regular expression (compiled on first use) shared by the rules that use it.
using Regex = std::shared_ptr<const LazyRegex>;

/// Terms and patterns that cancel a hit: when one of them overlaps the hit
/// (scope "overlap"), stands in the same sentence (scope "sentence") or
/// anywhere in the message (scope "message": a disclaimer such as "no
/// decision has been made to take legal action" governs every sentence).
struct RuleException {
  enum class Scope { kOverlap, kSentence, kMessage };
  Scope scope = Scope::kOverlap;
  std::vector<Regex> regexes;  // compiled from terms and patterns
};

/// What a rule's fix does (docs/rules.md, "Fixes"): an action on a range
/// around the hit. The replacement is a template (ruleset/template.h) with
/// captures: $0 / ${match}, $1…$9 and ${name} (the pattern's groups), what
/// a structural check provides (${masked}, ${weekday} …) and facts of the
/// message (${amount}, ${due_date}); ${x:-text} and ${x:+text} pick text by
/// whether x is known.
struct FixSpec {
  enum class Kind {
    kNone,
    kReplace,    // replace the range with `replacement`
    kRemove,     // remove the range, tidying the spaces and punctuation left around it
    kMask,       // replace the hit with its masked form (the check's ${masked}, else a generic mask)
    kFromCheck,  // the structural check computes the edits (CheckHit::edits)
  };
  /// The text the action applies to.
  enum class Range {
    kHit,             // the flagged text
    kSentence,        // the whole sentence that holds the hit
    kRestOfSentence,  // from the hit to the end of its sentence, final punctuation included
    kAfterSentence,   // nothing: insert after the hit's sentence (kReplace only)
    kEndOfClause,     // move: remove the hit, insert the replacement where its clause ends (kReplace only)
  };
  Kind kind = Kind::kNone;
  Range range = Range::kHit;
  std::string replacement;              // kReplace: a template
  std::vector<std::string> with_words;  // kRemove: words right before or after the hit that go with it
  std::string title;
  Applicability applicability = Applicability::kSafe;
};

/// One `[[rule.example]]`: the text with <<markers>> removed and the marked
/// spans (byte offsets into `text`). No marker means "must not flag".
struct RuleExample {
  std::string text;
  std::vector<Span> expected;
  std::optional<std::string> fixed;
  std::string known;  // a documented gap: the example is expected to fail
  std::string lang;   // overrides the rule's first language
  // How the example message is linted (as the check options would say).
  std::optional<bool> template_mode;
  std::string today;    // YYYY-MM-DD
  std::string send_at;  // ISO-8601
  std::string tz;
  std::string profile;
  std::string channel;
  int line = 0;
  bool positive() const { return !expected.empty(); }
};

/// A parameter value of a structural check.
using ParamValue = std::variant<bool, int64_t, double, std::string, std::vector<std::string>>;

/// A rule as decoded from a pack: metadata, what it matches and its examples.
/// Rules are immutable after loading and shared between threads. A member
/// added here (or to FixSpec, RuleExample, RuleException, Lexicon) must be
/// added to FieldsOf (ruleset/rule_fields.h, a compile error until it is),
/// which the binary codec follows, and read by the pack loader
/// (tests/ruleset/rule_fields_test.cc fails until it is).
struct Rule {
  std::string id;        // "category.name"
  std::string category;  // the part of id before the first '.'
  Severity severity = Severity::kWarning;
  std::vector<std::string> langs;  // e.g. {"id"}; "*" = every language
  std::string summary;             // one line: what it flags
  std::string message;             // may contain {match}
  std::string why;
  std::vector<std::string> refs;
  std::string suggestion;  // the help: line

  // Matching: term lists and RE2 patterns on the normalized text, or a
  // structural check implemented in C++ and configured by params.
  std::vector<std::string> terms;
  std::vector<std::string> stems;  // roots, matched with their forms (ruleset/morphology.h)
  std::vector<std::string> patterns;
  std::vector<std::string> prefixes;
  std::vector<std::string> suffixes;
  std::string check;
  std::map<std::string, ParamValue> params;
  std::vector<RuleException> exceptions;
  bool negation = false;                  // drop hits negated in their clause
  bool skip_quoted = false;               // drop hits inside double quotes
  std::vector<std::string> profiles;      // "id", "us", "generic"; empty: every profile
  std::vector<std::string> unless;        // facts that cancel every hit: "amount", "date"
  std::vector<std::string> unless_rules;  // rules whose diagnostics in the message cancel this one
  bool opt_in = false;                    // runs only when selected by its id
  std::vector<std::string> kinds;         // message kinds it runs on (engine/message_kind.h); empty: all

  // The regexes built from terms and patterns: their sources go into the
  // RE2::Set prefilter, and each finds the spans of its own hits.
  std::vector<Regex> matchers;

  FixSpec fix;
  std::vector<RuleExample> examples;

  std::string file;  // pack file and line of the [[rule]] header
  int line = 0;

  bool AppliesTo(std::string_view lang) const;
  bool InProfile(std::string_view profile) const;
  /// True when the rule runs on messages of `kind` ("demand", "warning" …).
  bool RunsOn(std::string_view kind) const;
};

/// A named list of terms and patterns that structural checks share, such
/// as "payment-request" (phrases that ask for payment), one per language.
struct Lexicon {
  std::string name;
  std::vector<std::string> langs;
  std::vector<std::string> terms;
  std::vector<std::string> stems;
  std::vector<std::string> patterns;
  std::vector<Regex> regexes;  // compiled from terms, stems and patterns
  /// regexes[0, term_regexes) are the term and stem lists, one regex per
  /// atom (GroupTermsByAtom, GroupStemsByAtom); the rest are the patterns.
  uint32_t term_regexes = 0;
  std::string file;
  int line = 0;

  bool AppliesTo(std::string_view lang) const;
};

/// The contents of rule packs.
struct PackContents {
  std::vector<Rule> rules;
  std::vector<Lexicon> lexicons;
};

}  // namespace santun
