#pragma once

#include <string_view>

#include "text/normalized_text.h"

namespace santun {

/// Which normalization passes to run; all by default.
struct NormalizeOptions {
  bool spaced_letters = true;
  bool leetspeak = true;
  bool elongation = true;
};

/// Returns the matching form of `original` (valid UTF-8): Unicode folding
/// (see FoldUnicode), then spaced letters, leetspeak and elongation (see
/// obfuscation.h), with every byte mapped back to the original.
NormalizedText Normalize(std::string_view original, const NormalizeOptions& options = {});

}  // namespace santun
