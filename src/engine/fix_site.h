#pragma once

#include "engine/facts.h"
#include "fix/build.h"
#include "text/normalized_text.h"
#include "text/scopes.h"
#include "text/source_text.h"

namespace santun {

/// Returns where a hit's fix applies: the hit, its sentence (the normalized
/// sentence at `normalized_begin`, mapped back and trimmed of whitespace),
/// the mentions a fix must keep (every amount, date and placeholder of the
/// message) and the template mode. `captures` must outlive the site.
FixSite MakeFixSite(const SourceText& source, const NormalizedText& normalized, const Scopes& scopes, Facts& facts,
                    uint32_t normalized_begin, Span hit, const Captures* captures);

/// Adds to `captures` the facts a replacement template names:
/// - ${amount}: the first amount or amount placeholder in the hit's sentence;
/// - ${due_date}: the first valid date or date placeholder in the hit's
///   sentence, else the message's first date from today on, else its first
///   valid date, else its first date placeholder; dates inside the hit do
///   not count ("hari ini" of the vague "hari ini juga").
/// Each is the text as written in the message; unset when there is none.
void AddFactCaptures(const FixSpec& spec, Facts& facts, std::string_view text, Span sentence, Span hit,
                     Captures* captures);

}  // namespace santun
