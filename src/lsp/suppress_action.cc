#include "lsp/suppress_action.h"

#include <algorithm>

#include "engine/suppression.h"
#include "text/ascii.h"

namespace santun::lsp {

std::string SuppressionDirective(const std::string& rule_id) { return "santun: ignore[" + rule_id + "]"; }

std::optional<Edit> SuppressionEdit(const SourceText& source, const Diagnostic& d) {
  if (d.rule->category == "santun") return std::nullopt;
  const uint32_t line = source.PositionOf(d.span.begin).line;
  const std::string_view text = source.Line(line);
  if (std::all_of(text.begin(), text.end(), ascii::IsBlank)) return std::nullopt;
  const uint32_t line_begin = source.LineStart(line);
  const uint32_t line_end = line_begin + static_cast<uint32_t>(text.size());
  for (const Suppression& s : ParseSuppressions(source)) {
    if (s.span.begin < line_begin || s.span.begin > line_end) continue;
    // A directive on this line takes the rest of it as its reason: another
    // one after it would not be read, so the id joins its list.
    if (s.kind != Suppression::Kind::kLine || s.target_line != line || s.targets.empty()) return std::nullopt;
    const uint32_t bracket = s.span.end - 1;  // the closing ']'
    return Edit{{bracket, bracket}, ", " + d.rule->id};
  }
  const bool blank_before = ascii::IsBlank(text.back());
  return Edit{{line_end, line_end}, (blank_before ? "" : " ") + SuppressionDirective(d.rule->id)};
}

}  // namespace santun::lsp
