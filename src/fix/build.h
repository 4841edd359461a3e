#pragma once

#include <optional>

#include "fix/fix.h"
#include "ruleset/rule.h"
#include "text/normalized_text.h"
#include "text/scopes.h"
#include "text/source_text.h"

namespace santun {

/// Returns the fix a rule declares (FixSpec) for a hit at `original` (a
/// range of the original text; `normalized_begin` is the hit's start in the
/// normalized text, for sentence scope), or nullopt when the rule has none.
std::optional<Fix> BuildFix(const Rule& rule, const SourceText& source,
                            const NormalizedText& normalized, const Scopes& scopes,
                            uint32_t normalized_begin, Span original);

}  // namespace santun
