#include "rewrite/fix_loop.h"

#include "fix/apply.h"
#include "fix/content_guard.h"

namespace santun {

std::vector<const Fix*> PermittedFixes(const std::vector<Diagnostic>& diagnostics, Applicability level) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : diagnostics) {
    for (const Fix& f : d.fixes) {
      if (Permits(level, f.applicability)) {
        fixes.push_back(&f);
        break;
      }
    }
  }
  return fixes;
}

FixLoopResult FixUntilStable(const Linter& linter, const std::string& name, std::string text,
                             const MessageOptions& message, const FixLoopOptions& options) {
  FixLoopResult result;
  for (;;) {
    SourceText source(name, text);
    result.remaining = linter.Lint(source, message);
    if (result.passes >= options.max_passes) break;
    const std::vector<const Fix*> fixes = PermittedFixes(result.remaining.diagnostics, options.level);
    if (fixes.empty()) break;
    size_t applied = 0;
    std::string next = ApplyFixes(text, fixes, &applied);
    // Fixes that each leave content may still empty the message together: stop before that pass.
    if (next == text || !HasContent(next)) break;
    text = std::move(next);
    result.applied += static_cast<int>(applied);
    ++result.passes;
  }
  result.text = std::move(text);
  return result;
}

}  // namespace santun
