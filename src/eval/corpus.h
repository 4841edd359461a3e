#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace santun {

/// One labelled message of the evaluation corpus (corpus/*.jsonl).
struct CorpusRecord {
  std::string file;
  int line = 0;
  std::string id;
  std::string lang;  // "id", "en" or "" (auto)
  std::string text;
  std::vector<std::string> categories;  // expected categories (complete)
  std::vector<std::string> unsure;      // categories labelled "x?": cannot be judged from the text, not scored
  std::vector<std::string> rules;       // expected rule ids, where the label is that specific
  std::string mode;                     // "send" (default) or "template"
  std::string send_at;                  // ISO-8601, when the label depends on it
  std::string channel;
  std::string today;    // YYYY-MM-DD the record's relative dates resolve against
  std::string profile;  // "id", "us", "generic"; "" = by language
  std::string tz;       // IANA zone of the recipient
  std::string split;    // "dev" or "test" (corpus/real), "" for the other files
};

/// Returns the split a record with this id belongs to: "test" for a third
/// of the ids (FNV-1a of the id, modulo 3), "dev" for the rest. Fixed by the
/// id alone, so a record never moves between splits.
std::string SplitOf(std::string_view id);

/// Reads corpus files (folders: every *.jsonl inside, recursively, sorted).
/// Each line is a JSON object {"id", "text", "lang"?, "expect": {"categories",
/// "rules"?}, "source"?, "mode"?, "send_at"?, "channel"?, "note"?}, or, for
/// real messages (corpus/real), {"id", "text", "lang", "labels": ["threat",
/// "identity?"] or ["none"], "split": "dev"|"test", "source", …}: a label
/// with a trailing '?' cannot be judged from the text and is not scored, and
/// "split" must be SplitOf(id). Problems are errors naming file:line; blank
/// lines are skipped.
Errors ReadCorpus(const std::vector<std::string>& paths, std::vector<CorpusRecord>* records);

}  // namespace santun
