#pragma once

#include <string>
#include <vector>

#include "engine/diagnostic.h"
#include "text/source_text.h"

namespace santun::lsp {

/// Returns the Markdown a hover shows for `diagnostics` (of `source`; at
/// least one), one section each, separated by rules: the severity and rule
/// id, the message, "Why it is bad" (the rule's why), "References" (its
/// refs: regulation and article), "Fix" (each fix's title and safety, and
/// the line as the fix leaves it) and "Use instead" (the rule's suggestion),
/// then the link to the rule's page. The rule's text comes from its TOML as
/// on its page (report/rule_doc.h, the same DocWriter); quoted text is
/// masked like every other output: the message and the fixes' titles and
/// replacements as the linter masked them (engine/quoted_masking.h), the
/// rest of the fixed line through Redact() with the message's `redactions`.
std::string HoverMarkdown(const SourceText& source, const std::vector<const Diagnostic*>& diagnostics,
                          const std::vector<Redaction>& redactions, const std::string& docs_url);

}  // namespace santun::lsp
