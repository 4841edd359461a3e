#pragma once

#include <string_view>
#include <vector>

namespace santun {

/// A data file of the shipped rules/ folder compiled into the binary.
struct EmbeddedFile {
  std::string_view path;  // e.g. "rules/calendars/id-holidays.toml"
  std::string_view content;
};

/// Returns the data files under rules/calendars/ (holiday calendars) as they
/// were at build time, sorted by path; engine/holidays.cc reads them. Defined
/// in a source that cmake/embed_files.cmake generates. The rule packs are
/// not here: tools/packc.cc compiles them into BuiltinRulesBlob
/// (ruleset/builtin_rules.h).
const std::vector<EmbeddedFile>& BuiltinFiles();

}  // namespace santun
