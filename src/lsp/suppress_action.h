#pragma once

#include <optional>
#include <string>

#include "engine/diagnostic.h"
#include "fix/fix.h"
#include "text/source_text.h"

namespace santun::lsp {

/// The edit of the "Suppress with `santun: ignore[ID]`" quick fix: the
/// inline suppression of engine/suppression.h for the line where `d`
/// starts (where a suppression counts it). When that line already ends in
/// `santun: ignore[…]` for itself, the id joins its list (", ID" before the
/// ']'); else " santun: ignore[ID]" goes at the end of the line. The comment
/// carries no reason: santun.suppression-without-reason then asks for one.
/// Returns nullopt for santun's own diagnostics (suppressions do not hide
/// them), for a blank line (a directive alone on its line would cover the
/// next line) and for a line whose directive covers another line.
std::optional<Edit> SuppressionEdit(const SourceText& source, const Diagnostic& d);

/// Returns "santun: ignore[ID]", the directive the edit names in its title.
std::string SuppressionDirective(const std::string& rule_id);

}  // namespace santun::lsp
