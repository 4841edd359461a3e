#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/run_result.h"

namespace santun {

/// The version of the JSON document (docs/json-schema.json).
inline constexpr int kJsonVersion = 1;

/// Returns the JSON of one diagnostic: rule, category, severity, message,
/// summary, why, refs, help, text, range (byte offsets and 1-based
/// line/column in UTF-8 bytes and UTF-16 code units) and fixes as edits.
/// Without `rule_metadata` (lean JSONL), summary, why, refs and help are left
/// out: they are the rule's, in `santun rules --format json`.
nlohmann::ordered_json DiagnosticJson(const SourceText& source, const Diagnostic& d, bool rule_metadata = true);

/// Returns a JSONL record's id as the record had it: a string, a number (from
/// its JSON text, `is_number`), or null when there is none.
nlohmann::ordered_json IdJson(const std::optional<std::string>& id, bool is_number);

/// Returns the JSON of a byte range of `source`.
nlohmann::ordered_json RangeJson(const SourceText& source, Span span);

/// Writes the whole run as one JSON document (see docs/json-schema.json).
void RenderJson(const RunResult& run, std::ostream& out);

}  // namespace santun
