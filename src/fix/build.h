#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "fix/fix.h"
#include "ruleset/rule.h"
#include "ruleset/template.h"

namespace santun {

/// The amounts, dates and placeholders of a message that a fix must not
/// lose, sorted by position, built once per message: the spans an edit
/// touches are found by binary search (with `longest`), so that checking a
/// fix costs the mentions near it, not all of them.
struct KeptMentions {
  std::vector<Span> spans;  // sorted by begin
  uint32_t longest = 0;     // the largest span size

  static KeptMentions Of(std::vector<Span> spans);
};

/// Where a fix applies, as the linter sees the message. Ranges are byte
/// ranges of the original text.
struct FixSite {
  std::string_view text;                           // the original message
  Span hit;                                        // the flagged range
  Span sentence;                                   // the hit's sentence, without surrounding whitespace
  const Captures* captures = nullptr;              // pattern groups, check values, facts
  const std::vector<Edit>* check_edits = nullptr;  // what the check computed (FixSpec::Kind::kFromCheck)
  const KeptMentions* kept = nullptr;              // amounts, dates and placeholders a fix must not lose
  bool template_mode = false;                      // placeholders are allowed in the message
};

/// Returns the fix that `spec` describes at `site`, or nullopt when there is
/// none (no fix declared, no check edits, or only edits that change
/// nothing). The applicability is the declared one, lowered to display-only
/// when applying the fix would lose information: it deletes or alters an
/// amount, date or placeholder of `kept` that its replacement does not
/// restate, or, in a message about to be sent (not template mode), it
/// inserts a placeholder that someone has to fill in. Check-computed edits
/// are taken as they are.
std::optional<Fix> BuildFix(const FixSpec& spec, const FixSite& site);

/// Returns `value` with every ASCII letter and digit but the last four
/// replaced by '*' when it has at least eight of them, else all of them
/// ("3275014601920007" -> "************0007"): the mask of a `mask = true`
/// fix when the check provides no ${masked} value.
std::string GenericMask(std::string_view value);

}  // namespace santun
