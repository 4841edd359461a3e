#include "stream/jsonl_record.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

#include "text/utf8.h"

namespace santun {
namespace {

using Json = nlohmann::json;

// Replaces every byte that is not well-formed UTF-8 with '?', so that the
// rest of the record (its id) can still be read.
std::string Sanitize(std::string_view line) {
  std::string out(line);
  size_t pos = 0;
  for (;;) {
    const size_t bad = utf8::FindInvalid(std::string_view(out).substr(pos));
    if (bad == utf8::kValid) return out;
    out[pos + bad] = '?';
    pos += bad + 1;
  }
}

std::optional<std::string> ReadId(const Json& j, std::string* problem, bool* is_number) {
  auto it = j.find("id");
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  *is_number = it->is_number();
  if (it->is_number()) return it->dump();
  *problem = "'id' must be a string or a number";
  return std::nullopt;
}

// Reads an optional string field that must be one of `allowed` (any string
// when `allowed` is empty).
std::string ReadChoice(const Json& j, const char* key, std::initializer_list<const char*> allowed,
                       std::optional<std::string>* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  std::string problem = std::string("'") + key + "' must be ";
  if (allowed.size() == 0) {
    problem += "a string";
  } else {
    size_t i = 0;
    for (const char* a : allowed) {
      if (i > 0) problem += i + 1 == allowed.size() ? " or " : ", ";
      problem += std::string("\"") + a + "\"";
      ++i;
    }
  }
  if (!it->is_string()) return problem;
  std::string value = it->get<std::string>();
  if (allowed.size() > 0 && std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; })) {
    return problem;
  }
  *out = std::move(value);
  return "";
}

}  // namespace

std::string DecodeJsonlRecord(std::string_view line, JsonlRecord* record) {
  *record = {};
  const size_t bad_utf8 = utf8::FindInvalid(line);
  Json j;
  try {
    if (bad_utf8 == utf8::kValid) {
      j = Json::parse(line.begin(), line.end());
    } else {
      const std::string clean = Sanitize(line);
      j = Json::parse(clean.begin(), clean.end());
    }
  } catch (const Json::exception& e) {
    if (bad_utf8 != utf8::kValid) return "invalid UTF-8 at byte " + std::to_string(bad_utf8);
    if (const auto* pe = dynamic_cast<const Json::parse_error*>(&e)) {
      return "invalid JSON at byte " + std::to_string(pe->byte > 0 ? pe->byte - 1 : 0);  // 0-based, as for UTF-8
    }
    return "invalid JSON";
  }
  if (bad_utf8 != utf8::kValid) {
    // The id, when it can be read, still names the record.
    if (!j.is_object()) return "a record must be a JSON object";
    std::string problem;
    record->id = ReadId(j, &problem, &record->id_is_number);
    return problem.empty() ? "invalid UTF-8 at byte " + std::to_string(bad_utf8) : problem;
  }
  return DecodeRecordJson(j, record);
}

std::string DecodeRecordJson(const Json& j, JsonlRecord* record) {
  *record = {};
  if (!j.is_object()) return "a record must be a JSON object";
  std::string problem;
  record->id = ReadId(j, &problem, &record->id_is_number);
  if (!problem.empty()) return problem;

  auto text = j.find("text");
  if (text == j.end()) return "missing 'text'";
  if (!text->is_string()) return "'text' must be a string";
  record->text = text->get<std::string>();
  if (record->text.find('\0') != std::string::npos) return "'text' contains a NUL character";

  std::optional<std::string> mode;
  for (const std::string& p : {ReadChoice(j, "lang", {"id", "en", "auto"}, &record->lang),
                               ReadChoice(j, "profile", {"id", "us", "generic", "auto"}, &record->profile),
                               ReadChoice(j, "send_at", {}, &record->send_at),
                               ReadChoice(j, "channel", {"sms", "whatsapp", "email", "letter"}, &record->channel),
                               ReadChoice(j, "mode", {"template", "send"}, &mode)}) {
    if (!p.empty()) return p;
  }
  if (mode) record->template_mode = *mode == "template";
  return "";
}

MessageOptions RecordOptions(const JsonlRecord& record, const MessageOptions& defaults) {
  MessageOptions o = defaults;
  if (record.lang) o.lang = *record.lang;
  if (record.profile) o.profile = *record.profile;
  if (record.send_at) o.send_at = *record.send_at;
  if (record.channel) o.channel = *record.channel;
  if (record.template_mode) o.template_mode = *record.template_mode;
  return o;
}

}  // namespace santun
