#pragma once

#include <string>
#include <vector>

#include "cli/check_options.h"
#include "cli/path_filter.h"
#include "cli/session.h"
#include "report/run_result.h"

namespace santun::cli {

/// Opens the session of `santun check`: resolves the santun.toml of every
/// command-line path, expands the folders into *paths (skipping what their
/// santun.toml's exclude globs, --exclude and, unless --no-ignore, the
/// .gitignore and .ignore files skip; counted into *skipped when given;
/// --input jsonl takes the paths as they are), resolves the santun.toml of
/// every path and of the current folder (for the exit policy), loads the
/// rules and checks the ids they name. Prints the errors and returns nullptr
/// on failure. The session lives until the process exits.
Session* OpenCheckSession(const CheckOptions& opt, const std::vector<std::string>& args,
                          std::vector<std::string>* paths, std::vector<InputError>* expand_errors, SkipCounts* skipped);

}  // namespace santun::cli
