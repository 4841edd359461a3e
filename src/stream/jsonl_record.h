#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "engine/linter.h"

namespace santun {

/// One message of `santun check --input jsonl` (and of `santun serve`'s
/// requests), decoded from its line: {"id", "text", "lang"?, "profile"?,
/// "send_at"?, "channel"?, "mode"?}. Other keys are ignored, so that records
/// can carry a pipeline's own fields.
struct JsonlRecord {
  std::optional<std::string> id;  // a string, or a number given as its JSON text
  bool id_is_number = false;      // the id was a JSON number: output gives it back as one
  std::string text;
  std::optional<std::string> lang;     // "id" | "en" | "auto"
  std::optional<std::string> profile;  // "id" | "us" | "generic" | "auto"
  std::optional<std::string> send_at;  // ISO-8601
  std::optional<std::string> channel;  // "sms" | "whatsapp" | "email" | "letter"
  std::optional<bool> template_mode;   // "mode": "template" (true) | "send" (false)
};

/// Decodes one line. Returns "" or what is wrong with it ("invalid UTF-8 at
/// byte 17", "invalid JSON at byte 3", "missing 'text'", "'text' must be a
/// string", ...); record->id is set whenever the id could be read, also
/// when the line is otherwise unusable.
std::string DecodeJsonlRecord(std::string_view line, JsonlRecord* record);

/// Decodes a record that is already parsed (one message of a `santun serve`
/// request). Returns "" or what is wrong with it, as DecodeJsonlRecord does
/// for everything after the JSON syntax.
std::string DecodeRecordJson(const nlohmann::json& j, JsonlRecord* record);

/// Returns `defaults` with the record's lang, profile, send_at, channel and mode
/// applied: a record's own fields win over the command line.
MessageOptions RecordOptions(const JsonlRecord& record, const MessageOptions& defaults);

}  // namespace santun
