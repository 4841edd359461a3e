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
/// `{match}` in a replacement stands for the original text of the hit, or
/// for `shown` when given (the masked form of personal data, which a fix
/// must not copy).
std::optional<Fix> BuildFix(const Rule& rule, const SourceText& source,
                            const NormalizedText& normalized, const Scopes& scopes,
                            uint32_t normalized_begin, Span original,
                            std::optional<std::string_view> shown = std::nullopt);

}  // namespace santun
