// placeholder-malformed: a placeholder with broken delimiters ("{{amount}") or no name.
#include <utility>

#include "engine/checks/check.h"

namespace santun {
namespace {

// The placeholder with its delimiters repaired ("{{amount}" -> "{{amount}}",
// "[jumlah" -> "[jumlah]", "%(amount)" -> "%(amount)s"), or "" when there is
// no name to keep.
std::string Repaired(std::string_view raw) {
  if (raw.starts_with("%(")) return std::string(raw) + "s";
  static constexpr std::pair<std::string_view, std::string_view> kDelimiters[] = {
      {"{{{", "}}}"}, {"{{", "}}"}, {"${", "}"}, {"{", "}"}, {"[", "]"}};
  for (auto [open, close] : kDelimiters) {
    if (!raw.starts_with(open)) continue;
    std::string_view inner = raw.substr(open.size());
    size_t closers = 0;
    while (!inner.empty() && (inner.back() == '}' || inner.back() == ']')) {
      inner.remove_suffix(1);
      ++closers;
    }
    if (inner.find_first_not_of(" \t") == std::string_view::npos) return "";
    if (open == "{" && closers == 2) return "{{" + std::string(inner) + "}}";  // "{amount}}": Mustache
    return std::string(open) + std::string(inner) + std::string(close);
  }
  return "";
}

}  // namespace

void CheckPlaceholderMalformed(const CheckContext& context, const Rule&, std::vector<CheckHit>* hits) {
  const std::string_view text = context.source.text();
  for (const Placeholder& p : context.facts.placeholders()) {
    if (!p.malformed) continue;
    CheckHit hit{p.span, p.problem, {}, {}};
    if (std::string repaired = Repaired(text.substr(p.span.begin, p.span.size())); !repaired.empty()) {
      hit.edits.push_back({p.span, std::move(repaired)});
    }
    hits->push_back(std::move(hit));
  }
}

}  // namespace santun
