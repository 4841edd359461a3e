#pragma once

#include <string_view>
#include <vector>

#include "ruleset/builtin_files.h"

namespace santun {

/// Returns the files of web/ (the page that `santun serve` serves at /: HTML,
/// CSS and plain JavaScript) as they were at build time, sorted by path
/// ("web/index.html" …). Defined in a source that cmake/embed_files.cmake
/// generates.
const std::vector<EmbeddedFile>& WebFiles();

}  // namespace santun

namespace santun::serve {

/// Returns the content of web/`name`, or nullptr.
const std::string_view* FindWebFile(std::string_view name);

}  // namespace santun::serve
