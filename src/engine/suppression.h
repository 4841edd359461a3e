#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/diagnostic.h"
#include "text/source_text.h"

namespace santun {

/// An inline suppression comment, like ruff's `# noqa`:
///   santun: ignore[abuse.insult, threat] reason     this line (or, alone on
///                                                   its line, the next line)
///   santun: disable[pressure] reason … santun: enable[pressure]   a range
///   santun: ignore-file[pressure.shouting] reason   the whole message
/// It may stand at the end of a line or inside a comment ({{! … }},
/// {# … #}, <!-- … -->, # …). Targets are rule ids or categories; no list
/// means every rule.
struct Suppression {
  enum class Kind { kLine, kDisable, kEnable, kFile };
  Kind kind = Kind::kLine;
  Span span;                         // "santun: ignore[…]" in the original text
  Span removal;                      // what deleting it removes: with its reason and, when
                                     // it is all a comment holds, the comment
  std::vector<std::string> targets;  // empty: all rules
  std::vector<bool> used;            // per target (one entry when targets is empty)
  std::string reason;
  uint32_t target_line = 0;  // kLine: the line it applies to
};

/// Finds every suppression directive in the message.
std::vector<Suppression> ParseSuppressions(const SourceText& source);

/// The santun.* rules that report problems with suppressions; a null
/// member means that rule does not run.
struct SuppressionRules {
  const Rule* unused = nullptr;          // santun.unused-suppression: suppresses nothing
  const Rule* without_reason = nullptr;  // santun.suppression-without-reason
  const Rule* invalid = nullptr;         // santun.invalid-suppression: names no rule or category
};

/// Drops the diagnostics that suppressions cover (a diagnostic counts where
/// it starts) and appends diagnostics about the suppressions themselves.
/// `known` says whether a target names a loaded rule or a category.
void ApplySuppressions(const SourceText& source, const std::vector<Suppression>& suppressions,
                       const SuppressionRules& rules, const std::function<bool(const std::string&)>& known,
                       std::vector<Diagnostic>* diagnostics);

}  // namespace santun
