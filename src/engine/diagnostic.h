#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"
#include "ruleset/rule.h"
#include "text/span.h"

namespace santun {

/// One finding: which rule, where in the ORIGINAL text, what to say and how
/// to fix it. `rule` points into the RuleSet, which outlives diagnostics.
///
/// Personal data is never repeated: when `masked` is true the span holds a
/// value such as a NIK or a card number, and `matched`, `message` and every
/// fix replacement carry only its masked form ("3275********0007"). A
/// renderer that prints nothing but these fields inherits the masking; one
/// that prints the source text around a diagnostic must print it through
/// Redact() with the message's redactions (LintResult::redactions), which
/// hide every masked value of the message, not only this diagnostic's.
struct Diagnostic {
  const Rule* rule = nullptr;
  Severity severity = Severity::kWarning;
  Span span;
  std::string message;
  std::string matched;  // the original text of span, or its masked form when `masked`
  bool masked = false;  // span holds personal data: show `matched`, never the source bytes
  std::vector<Fix> fixes;
};

/// A range of the original text that output must not show, and what to show
/// instead (the masked value).
struct Redaction {
  Span span;
  std::string text;
  friend bool operator==(const Redaction&, const Redaction&) = default;
};

/// Returns the redactions of `diagnostics`: the span and masked text of
/// every masked diagnostic, sorted, without overlaps (a value inside
/// another, such as a phone number inside an address, is covered by the
/// outer one; the part of a partly overlapping value that sticks out is
/// starred).
std::vector<Redaction> CollectRedactions(const std::vector<Diagnostic>& diagnostics);

/// Returns `all` sorted and without overlaps, as CollectRedactions does.
std::vector<Redaction> MergeRedactions(std::vector<Redaction> all);

/// Returns `text` (a piece of the original message starting at byte
/// `base`) with every redaction that touches it replaced by its masked
/// text. When `begin`/`end` (offsets into `text`) are given they are moved to
/// the same place in the result, so that a caret still underlines the range.
std::string Redact(std::string_view text, uint32_t base, const std::vector<Redaction>& redactions,
                   size_t* begin = nullptr, size_t* end = nullptr);

/// Returns a diagnostic of `rule` at `span` of `text`: the matched text and
/// the rule's message with {match} replaced by it (on one line, invisible
/// characters shown, at most 60 characters) and {detail} by `detail` (what
/// a structural check adds: the real weekday, the local send time). With a
/// non-empty `masked`, the span holds personal data: `masked` stands for the
/// matched text everywhere and the diagnostic is marked masked. No fixes.
Diagnostic MakeDiagnostic(const Rule& rule, std::string_view text, Span span, std::string_view detail = "",
                          std::string_view masked = "");

/// Orders diagnostics by position, then rule id: the order of every output.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace santun
