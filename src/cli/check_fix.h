#pragma once

#include <string>

#include "cli/inputs.h"

namespace santun::cli {

/// Replaces the file at `path` with `bytes` atomically: writes a temporary
/// file in the same folder, gives it the original's permission bits, flushes
/// it to disk and renames it over the original. On failure the original is
/// untouched, the temporary file removed, and false returned with *error
/// set (strerror). The temporary file gets the original's owner and group
/// (fchown; a failure keeps the original). With `expected`, the file must
/// still be what was read (inode, size, mtime) just before the rename: an
/// edit made meanwhile is kept and the fix dropped.
bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error,
                         const FileStamp* expected = nullptr);

/// Why --fix must not rewrite the file read as `stamp` (read-only, several
/// hard links), "" when it may; `force` allows both.
std::string RefuseToFix(const FileStamp& stamp, bool force);

/// Returns `path` as a diff header names it: relative paths as given without
/// a leading "./", so that `patch -p1` applies the diff from the folder
/// santun ran in.
std::string DiffPath(const std::string& path);

}  // namespace santun::cli
