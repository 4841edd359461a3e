#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/rule_doc.h"
#include "report/run_result.h"

namespace santun {

/// What the SARIF log describes besides the results.
struct SarifOptions {
  /// The rules listed in tool.driver.rules, in this order. The CLI passes
  /// every loaded rule that --select/--ignore leave enabled, one per id,
  /// sorted by id, so that code scanning knows the whole rule set; a rule
  /// that produced a result but is missing here is appended.
  std::vector<const Rule*> rules;
  /// Every language variant of those rules (ids with an Indonesian and an
  /// English pack): a rule is described in the language of its first result
  /// (the variant that produced it), and a rule without results in the
  /// language most messages of the run were linted in; empty: as in `rules`.
  std::vector<const Rule*> variants;
  /// The folder that relative paths are relative to (absolute, the folder
  /// santun ran in): run.originalUriBaseIds gives it as %SRCROOT%, and an
  /// absolute path below it is written relative to it. "": no base.
  std::string source_root;
  /// santun.toml's docs-url: where each rule's page is (helpUri) and the
  /// index (informationUri); "" = kDefaultDocsUrl (report/rule_doc.h).
  std::string docs_url;
};

/// Returns a path as a URI reference: relative paths stay relative ("./"
/// dropped), absolute ones become file:// URIs; every byte outside RFC 3986's
/// unreserved set and "/" is percent-encoded.
std::string PathToUri(const std::string& path);

/// Writes the run as a SARIF 2.1.0 log with one run: tool.driver with rule
/// metadata (in the language of the results), one result per diagnostic (regions in UTF-16 columns, the run's
/// columnKind, plus byteOffset/byteLength), fixes as artifact changes, and
/// one invocation whose toolExecutionNotifications are the input errors.
/// A JSONL record's result points at its input line (region.startLine) and
/// names the record id as a logical location; the range inside the message
/// text is in properties.textRegion, and it carries no fixes.
void RenderSarif(const RunResult& run, const SarifOptions& options, std::ostream& out);

}  // namespace santun
