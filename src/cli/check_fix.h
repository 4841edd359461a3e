#pragma once

#include <string>

namespace santun::cli {

/// Replaces the file at `path` with `bytes` atomically: writes a temporary
/// file in the same folder, gives it the original's permission bits, flushes
/// it to disk and renames it over the original. On failure the original is
/// untouched, the temporary file removed, and false returned with *error
/// set (strerror).
bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error);

/// Returns `path` as a diff header names it: relative paths as given without
/// a leading "./", so that `patch -p1` applies the diff from the folder
/// santun ran in.
std::string DiffPath(const std::string& path);

}  // namespace santun::cli
