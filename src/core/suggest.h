#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// Returns the candidate closest to `word` by edit distance when it is close
/// enough to be a likely typo (distance <= max(1, size/3)), else "".
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// Returns ", did you mean 'x'?" for the closest candidate, or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

/// Returns ", did you mean 'closest'?", or "" when `closest` (a ClosestMatch
/// made before) is empty.
std::string DidYouMeanSuffix(std::string_view closest);

}  // namespace santun
