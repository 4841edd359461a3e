#pragma once

#include "cli/common.h"

namespace santun::cli {

/// Each subcommand lives in its own file and registers itself on `app`.
Command AddCheckCommand(CLI::App& app);
Command AddRulesCommand(CLI::App& app);
Command AddExplainCommand(CLI::App& app);
Command AddTestRulesCommand(CLI::App& app);
Command AddEvalCommand(CLI::App& app);
Command AddConfigCommand(CLI::App& app);
Command AddRewriteCommand(CLI::App& app);
Command AddLspCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);

}  // namespace santun::cli
