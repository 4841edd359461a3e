#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.h"

namespace santun {

/// The one place where what a diagnostic quotes of its message is masked,
/// whatever rule made it: a shouted sentence, a threat or a greeting that
/// holds a NIK, a card, a phone number or an e-mail address quotes it
/// masked, as the personal-data rules do.

/// Returns `text` (any text that may repeat bytes of `source`: a message, a
/// fix replacement) with every redacted value of `source` that it repeats,
/// compared ASCII case-insensitively (a fix may change the case), replaced
/// by its masked text. Values shorter than 5 bytes (a CVV) are left to
/// the positional masking of MaskQuoted, which cannot mistake "123" in
/// "Rp 1.123.000" for one.
std::string MaskValues(std::string_view text, std::string_view source, const std::vector<Redaction>& redactions);

/// Masks, in a diagnostic of `source` that is not itself `masked`, every
/// redacted value it quotes: `matched` (by position), the value in
/// `message` (where {match} put it), and every fix's title and replacements
/// (by position when an edit keeps the length of what it replaces, such as
/// a change of case, else by value). `redactions` must be sorted and
/// without overlaps (MergeRedactions); only those that touch the diagnostic's
/// span or its edits' are used.
void MaskQuoted(std::string_view source, const std::vector<Redaction>& redactions, Diagnostic* d);

}  // namespace santun
