#pragma once

#include <concepts>
#include <tuple>
#include <type_traits>

#include "ruleset/rule.h"

namespace santun {

/// Every member of the decoded rule types, in declaration order, as a
/// tuple of references (const for a const argument). The binary codec
/// (ruleset/rule_codec.cc) encodes and decodes exactly these, and
/// tests/ruleset/rule_fields_test.cc checks that the pack loader sets each
/// one from a pack that uses every key. Each function names the members
/// through a structured binding, which stops compiling when the struct
/// gains or loses one: a new field of Rule cannot be forgotten by the
/// codec, and its test fails until the loader reads it.
template <class T>
concept RuleType = std::same_as<std::remove_const_t<T>, Rule> || std::same_as<std::remove_const_t<T>, FixSpec> ||
    std::same_as<std::remove_const_t<T>, RuleExample> || std::same_as<std::remove_const_t<T>, RuleException> ||
    std::same_as<std::remove_const_t<T>, Lexicon>;

template <RuleType T>
auto FieldsOf(T& v) {
  using Plain = std::remove_const_t<T>;
  if constexpr (std::same_as<Plain, Rule>) {
    auto& [id, category, severity, langs, summary, message, why, refs, suggestion, terms, stems, patterns, prefixes,
           suffixes, check, params, exceptions, negation, skip_quoted, profiles, unless, unless_rules, opt_in, kinds,
           matchers, fix, examples, file, line] = v;
    return std::tie(id, category, severity, langs, summary, message, why, refs, suggestion, terms, stems, patterns,
                    prefixes, suffixes, check, params, exceptions, negation, skip_quoted, profiles, unless,
                    unless_rules, opt_in, kinds, matchers, fix, examples, file, line);
  } else if constexpr (std::same_as<Plain, FixSpec>) {
    auto& [kind, range, replacement, with_words, title, applicability] = v;
    return std::tie(kind, range, replacement, with_words, title, applicability);
  } else if constexpr (std::same_as<Plain, RuleExample>) {
    auto& [text, expected, fixed, known, lang, template_mode, today, send_at, tz, profile, channel, line] = v;
    return std::tie(text, expected, fixed, known, lang, template_mode, today, send_at, tz, profile, channel, line);
  } else if constexpr (std::same_as<Plain, RuleException>) {
    auto& [scope, regexes] = v;
    return std::tie(scope, regexes);
  } else {
    auto& [name, langs, terms, stems, patterns, regexes, term_regexes, file, line] = v;
    return std::tie(name, langs, terms, stems, patterns, regexes, term_regexes, file, line);
  }
}

/// The number of enumerators of the rule enums (the last one's value + 1),
/// for decoders that must not produce a value out of range.
template <class E>
inline constexpr unsigned kEnumCount = 0;
template <>
inline constexpr unsigned kEnumCount<Severity> = static_cast<unsigned>(Severity::kError) + 1;
template <>
inline constexpr unsigned kEnumCount<Applicability> = static_cast<unsigned>(Applicability::kDisplayOnly) + 1;
template <>
inline constexpr unsigned kEnumCount<FixSpec::Kind> = static_cast<unsigned>(FixSpec::Kind::kFromCheck) + 1;
template <>
inline constexpr unsigned kEnumCount<FixSpec::Range> = static_cast<unsigned>(FixSpec::Range::kEndOfClause) + 1;
template <>
inline constexpr unsigned kEnumCount<RuleException::Scope> = static_cast<unsigned>(RuleException::Scope::kMessage) + 1;

}  // namespace santun
