#pragma once

#include "cli/check_options.h"

namespace santun::cli {

/// Runs `santun check`: resolves santun.toml per input, loads the rules,
/// lints every message, renders the results and returns the exit code.
int RunCheck(const CheckOptions& options);

}  // namespace santun::cli
