#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.h"
#include "text/source_text.h"

namespace santun {

/// One linted message: its text (diagnostic spans point into it), the
/// language it was linted as and what was found.
struct MessageResult {
  std::optional<std::string> id;  // the JSONL id; none for whole files
  std::shared_ptr<const SourceText> source;
  std::string lang;
  std::vector<Diagnostic> diagnostics;
  int line = 0;  // the JSONL input line (1-based); 0 for whole files
  /// Personal data that output must show masked (LintResult::redactions):
  /// source lines are printed through Redact().
  std::vector<Redaction> redactions;
  /// What the message is (MessageKindName: "demand", "warning" …), "" when unknown.
  std::string kind;
  bool id_is_number = false;  // `id` is a JSON number's text: JSON output gives it back as a number
};

/// One input (a file, or "-" for stdin) and its messages.
struct FileResult {
  std::string path;
  std::vector<MessageResult> messages;
};

/// An input that could not be read (kRead: "No such file or directory") or
/// whose content is unusable (kContent: "invalid UTF-8 at byte 17").
struct InputError {
  enum class Kind { kRead, kContent };
  std::string path;
  std::string message;
  int line = 0;  // for JSONL records; 0 for whole files
  Kind kind = Kind::kContent;
  std::optional<std::string> id = std::nullopt;  // the JSONL record's id, when it could be read
  bool id_is_number = false;                     // as MessageResult::id_is_number

  /// "cannot read 'path': message", "path: message" or "path:line: message".
  std::string ToString() const;
};

/// Everything a run produced, in input order.
struct RunResult {
  std::vector<FileResult> files;
  std::vector<InputError> errors;
  int fixed = 0;        // fixes applied by check --fix
  int fixed_files = 0;  // files that --fix changed
  /// A line the human summary ends with, "" for none (check --verbose:
  /// "Skipped 3 files (2 .gitignore, 1 exclude).").
  std::string note;
};

struct Summary {
  int files = 0;
  int messages = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int fixable = 0;  // diagnostics with a safe fix
  int input_errors = 0;
  int diagnostics() const { return errors + warnings + infos; }
};

/// Adds the diagnostics of one message to *summary (not `messages`/`files`).
void CountDiagnostics(const MessageResult& message, Summary* summary);

Summary Summarize(const RunResult& run);

}  // namespace santun
