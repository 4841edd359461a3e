#pragma once

#include <ostream>
#include <string>

#include "report/run_result.h"

namespace santun {

/// Escapes the message part of a workflow command: % CR LF.
std::string GithubEscapeData(const std::string& s);
/// Escapes a property value of a workflow command: % CR LF : and ",".
std::string GithubEscapeProperty(const std::string& s);

/// Writes one GitHub Actions workflow command per diagnostic, which the
/// runner turns into an annotation on the file:
///   ::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE-ID::MESSAGE
/// (warning -> ::warning, info -> ::notice; columns in UTF-16 code units,
/// endColumn exclusive; the rule's help on a second line of the message).
/// A JSONL record points at its input line and its message starts with
/// "[id] ". Input errors become ::error commands too.
void RenderGithub(const RunResult& run, std::ostream& out);

}  // namespace santun
