#include "text/normalizer.h"

#include "text/obfuscation.h"
#include "text/unicode_fold.h"

namespace santun {

NormalizedText Normalize(std::string_view original, const NormalizeOptions& options) {
  NormalizedText text = FoldUnicode(original);
  if (options.spaced_letters) text = CollapseSpacedLetters(text);
  if (options.leetspeak) text = MapLeetspeak(text);
  if (options.elongation) text = CollapseElongation(text);
  return text;
}

}  // namespace santun
