#pragma once

#include <string>
#include <string_view>

namespace santun {

/// Returns the skeleton of a normalized (lower-case) text, the form the
/// prefilter's atoms are searched in: 'l' becomes 'i' (leetspeak made '1'
/// an 'i' that stood for either), then every run of one repeated letter
/// becomes one letter ("penipuuu" -> "penipu", "maaf" -> "maf",
/// "bullshit" -> "buishit"). A substring of the text always has its
/// skeleton inside the text's skeleton, so an atom that is absent from the
/// skeleton rules its regex out.
std::string Skeleton(std::string_view normalized);

}  // namespace santun
