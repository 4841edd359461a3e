#include "fix/content_guard.h"

#include "text/ascii.h"

namespace santun {
namespace {

bool IsContent(char c) { return ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

bool HasContent(std::string_view text) {
  for (char c : text) {
    if (IsContent(c)) return true;
  }
  return false;
}

ContentGuard::ContentGuard(std::string_view text) : before_(text.size() + 1, 0) {
  for (size_t i = 0; i < text.size(); ++i) before_[i + 1] = before_[i] + (IsContent(text[i]) ? 1 : 0);
}

bool ContentGuard::LeavesContent(const std::vector<Edit>& edits) const {
  const uint32_t size = static_cast<uint32_t>(before_.size() - 1);
  uint32_t removed = 0;
  for (const Edit& e : edits) {
    if (HasContent(e.replacement)) return true;
    const uint32_t b = std::min(e.span.begin, size), end = std::min(e.span.end, size);
    if (end > b) removed += before_[end] - before_[b];
  }
  return before_.back() > removed;
}

bool ContentGuard::LeavesContent(const Fix& fix) const {
  return LeavesContent(fix.edits) && (fix.alternative.empty() || LeavesContent(fix.alternative));
}

void ContentGuard::DemoteEmptyingFixes(std::vector<Fix>* fixes) const {
  for (Fix& f : *fixes) {
    if (!f.edits.empty() && !LeavesContent(f)) f.applicability = Applicability::kDisplayOnly;
  }
}

}  // namespace santun
