#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ruleset/rule.h"
#include "ruleset/rule_set.h"

namespace santun {

/// Where rule links point unless santun.toml says otherwise (docs-url): the
/// page that `santun serve` serves for each rule on its default address.
/// The same pages are generated into docs/rules/ (`santun explain --all`).
inline constexpr const char* kDefaultDocsUrl = "http://127.0.0.1:8080/rules/{id}";

/// Returns the link of a rule's page (SARIF helpUri, LSP codeDescription):
/// `docs_url` with every "{id}" replaced by the id, or, when it has none,
/// `docs_url` + "/" + id. "" stands for kDefaultDocsUrl. The id "index"
/// names the index page.
std::string RuleHelpUri(const std::string& docs_url, const std::string& rule_id);

/// What a fix does, in words: "replaces the sentence with: …", "removes the
/// flagged text"; "" for a rule without a fix.
std::string FixAction(const FixSpec& fix);

enum class DocFormat { kMarkdown, kHtml };

/// Returns the page of one rule id, generated from its TOML: category,
/// severity and languages, then for each variant (one per language) what it
/// flags, why it is bad, the message, the examples (flagged spans marked
/// <<like this>>, the text after the fix), what to write instead, the fix
/// and its safety, and the references. `variants` are RuleSet::Variants(id),
/// not empty. An HTML page is a whole document (inline style, nothing
/// fetched) that links to the index as "index.html"; both formats are
/// deterministic.
std::string RulePage(const std::vector<const Rule*>& variants, DocFormat format);

/// Returns the index: every rule id of `rules` by category, with its
/// severity and summary, linking to "ID.md" or "ID.html" beside it.
std::string RuleIndexPage(const RuleSet& rules, DocFormat format);

/// Returns `santun rules --format json`: {"version": 1, "rules": [{id,
/// category, severity, langs, summary, why, refs, help, help_uri (with
/// `docs_url`, see RuleHelpUri), fix (its applicability or null), file,
/// line}]}, one entry per language variant. It is the rule metadata that lean
/// `--format jsonl` records leave out: join on (rule id, the record's lang).
nlohmann::ordered_json RuleListJson(const RuleSet& rules, const std::string& docs_url);

/// Returns the file name of a page: "ID.md" / "ID.html" ("index.md" …).
std::string RulePageFile(const std::string& rule_id, DocFormat format);

}  // namespace santun
