// Normalization keeps its contract on any valid UTF-8: one map entry per
// output byte, ranges inside the original and never going backwards.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/normalizer.h"
#include "text/scopes.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (santun::utf8::FindInvalid(text) != santun::utf8::kValid) return 0;
  santun::NormalizedText n = santun::Normalize(text);
  if (n.begin.size() != n.text.size() || n.end.size() != n.text.size()) std::abort();
  for (size_t i = 0; i < n.text.size(); ++i) {
    if (n.begin[i] >= n.end[i] || n.end[i] > size) std::abort();
    if (i > 0 && n.begin[i] < n.begin[i - 1]) std::abort();
  }
  santun::Scopes scopes(n.text);
  for (uint32_t i = 0; i < n.text.size(); i += 7) {
    scopes.IsNegated(i);
    scopes.InQuotes(i);
  }
  return 0;
}
