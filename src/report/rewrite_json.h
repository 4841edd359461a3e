#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "rewrite/rewrite.h"
#include "text/source_text.h"

namespace santun {

/// Returns the JSON of `santun rewrite --format json` (and of `santun serve`'s
/// POST /v1/rewrite): version, tool, path, lang, profile, rewrite (the text),
/// changes (kind, part, text, range?, original?, rules?), resolved (the
/// original's diagnostics that the rewrite no longer has) and remaining (the
/// rewrite's own diagnostics in template mode), diagnostics in the shape of
/// `check --format json`. `source` is the original message.
nlohmann::ordered_json RewriteJson(const std::string& path, const SourceText& source, const RewriteResult& result);

}  // namespace santun
