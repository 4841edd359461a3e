#pragma once

#include <string>
#include <string_view>

namespace santun {

/// Returns true for characters that must not be echoed raw into a terminal
/// or an editor message: C0/C1 controls and format characters (zero-width
/// spaces and joiners, bidi controls, U+FEFF).
bool IsInvisible(char32_t c);

/// Returns `s` (valid UTF-8) as shown inside a one-line message: runs of
/// whitespace become one space, invisible characters U+FFFD (so a disguise
/// such as "pen\u200bipu" stays visible), and the text is cut to
/// `max_chars` characters with "…".
std::string OneLine(std::string_view s, size_t max_chars = 60);

}  // namespace santun
