#pragma once

#include <string>
#include <vector>

namespace santun {

/// Returns the RE2 source that finds any of `terms` as whole words in
/// normalized text, with the capture group named "hit" around the hit.
///
/// Each term is folded like the text (lower case, ASCII look-alikes); its
/// letters accept repetition ("penipu" finds "penipuu") and an 'l' also
/// accepts the 'i' that leetspeak made of a '1' ("bu11sh1t"), words may be
/// separated by any run of spaces or punctuation (kWordGap), a
/// hyphenated repetition also matches the "2" shorthand ("rame-rame",
/// "rame2"), and the optional `prefixes` / `suffixes` (Indonesian affixes
/// such as "di", "nya") may be attached to the first / last word.
std::string TermsToRegex(const std::vector<std::string>& terms, const std::vector<std::string>& prefixes,
                         const std::vector<std::string>& suffixes);

/// Returns the regex of one folded word as terms match it: each letter may
/// repeat ("penipuu"), an 'l' also accepts 'i' (leetspeak "bu11sh1t"), an
/// apostrophe is optional.
std::string WordRegex(const std::string& word);

/// The separator accepted between the words of a multi-word term: any run
/// of characters that are not ASCII letters or digits. Normalized text is
/// ASCII wherever it matters (letters are folded to ASCII look-alikes), and
/// ASCII classes keep RE2 programs small: a Unicode class such as \pL
/// compiles to thousands of UTF-8 byte ranges in every term.
inline constexpr const char* kWordGap = "[^a-z0-9]+";

}  // namespace santun
