// The whole linter on arbitrary bytes: no crash, spans inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_linter.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const santun::Linter& linter = santun::fuzz::BuiltinLinter();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (santun::utf8::FindInvalid(text) != santun::utf8::kValid) return 0;
  santun::SourceText source("fuzz", text);
  for (const santun::Diagnostic& d : linter.Lint(source).diagnostics) {
    if (d.span.begin > d.span.end || d.span.end > size) std::abort();
    source.PositionOf(d.span.begin);
    source.PositionOf(d.span.end);
  }
  return 0;
}
