#pragma once

#include <string>
#include <string_view>

namespace santun {

/// Returns a unified diff that turns `before` into `after`, with three lines
/// of context and the headers "--- a/<path>" and "+++ b/<path>", or "" when
/// the texts are equal. Lines are compared with their terminators; a last
/// line without one is followed by "\ No newline at end of file", so that
/// `patch -p1` run where `path` is relative reproduces `after` exactly. The
/// edit script comes from DTL (Debian's libdtl-dev, an O(ND) diff).
std::string UnifiedDiff(std::string_view before, std::string_view after, std::string_view path);

}  // namespace santun
