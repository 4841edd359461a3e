#pragma once

#include <string_view>

#include "text/normalized_text.h"

namespace santun {

/// First normalization pass. Applies NFKC (full-width and styled letters
/// become ASCII), drops default-ignorable characters (U+200B, U+00AD, bidi
/// controls) and combining marks, folds letters that look Latin (Cyrillic,
/// Greek, small capitals) to their ASCII look-alike with ICU's confusable
/// skeletons and a small table, and case-folds the rest. Plain ASCII input
/// only gets lower-cased, without touching ICU. `original` must be valid UTF-8.
NormalizedText FoldUnicode(std::string_view original);

/// Returns the ASCII look-alike of a single non-ASCII code point that is
/// already NFKC-normalized, the empty string for ignorables and marks that are
/// dropped, or the code point itself (UTF-8) when it has no Latin look-alike.
std::string FoldCodePoint(char32_t c);

}  // namespace santun
