#pragma once

#include "cli/check_options.h"

namespace santun::cli {

/// Runs `santun check`: resolves santun.toml per input, loads the rules and
/// builds the linter (cli::Session, as every command does), then lints,
/// fixes (--fix), diffs (--diff) or streams (--input jsonl) every input,
/// renders the results and returns the exit code.
int RunCheck(const CheckOptions& options);

}  // namespace santun::cli
