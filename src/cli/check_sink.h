#pragma once

#include <memory>
#include <ostream>

#include "cli/check_options.h"
#include "cli/session.h"
#include "report/result_sink.h"

namespace santun::cli {

/// Returns the sink that renders a check as its options say: nothing
/// (--quiet), JSONL streamed, or the whole run at the end (--statistics,
/// json, sarif with the enabled rules, github, human in colour when
/// `color`), written to `out`.
std::unique_ptr<ResultSink> MakeCheckSink(const CheckOptions& opt, Session& session, std::ostream& out, bool color);

}  // namespace santun::cli
