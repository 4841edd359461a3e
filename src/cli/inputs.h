#pragma once

#include <memory>
#include <string>
#include <vector>

#include "report/run_result.h"
#include "text/source_text.h"

namespace santun {

/// File extensions linted when a folder is given.
const std::vector<std::string>& MessageExtensions();

/// Expands command-line paths: folders recursively (files with a
/// MessageExtensions() extension, sorted), files and "-" (stdin) as given.
/// Paths that do not exist become input errors.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& args, std::vector<InputError>* errors);

/// The largest message santun reads as one text.
inline constexpr size_t kMaxMessageBytes = 16u << 20;

/// Reads a file (or stdin for "-") and checks it: readable, at most
/// kMaxMessageBytes, no NUL byte, valid UTF-8. Returns the text, or nullptr
/// with *error set ("invalid UTF-8 at byte 17"). `display` names the input
/// in output.
std::shared_ptr<const SourceText> ReadMessage(const std::string& path, const std::string& display, InputError* error);

/// Returns the bytes of a file or stdin ("-"), or false with *error set to
/// the reason (strerror).
bool ReadBytes(const std::string& path, std::string* bytes, std::string* error);

/// Validates bytes as a message; returns "" or the problem.
std::string ValidateMessage(const std::string& bytes);

}  // namespace santun
