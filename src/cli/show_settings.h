#pragma once

#include <ostream>
#include <string>

#include "cli/session.h"

namespace santun::cli {

/// Writes the configuration that applies to `path` as santun.toml would
/// say it: where it comes from (the santun.toml found, or the defaults),
/// profile, lang, select, ignore, fail-on, template, rule folders,
/// severities and [allow]. `santun config --show` prints this.
void PrintEffectiveConfig(Session& session, const std::string& path, std::ostream& out);

/// Writes the rule ids that the selection for `path` enables, one per line
/// under "[rules]" with their count. Needs Session::LoadRules().
void PrintEnabledRules(Session& session, const std::string& path, std::ostream& out);

}  // namespace santun::cli
