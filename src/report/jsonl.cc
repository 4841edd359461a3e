#include "report/jsonl.h"

#include "report/json.h"

namespace santun {

using Json = nlohmann::ordered_json;

Json MessageRecordJson(const std::string& path, const MessageResult& m, bool rule_metadata) {
  Json diags = Json::array();
  for (const Diagnostic& d : m.diagnostics) diags.push_back(DiagnosticJson(*m.source, d, rule_metadata));
  return Json{{"id", IdJson(m.id, m.id_is_number)},
              {"path", path},
              {"lang", m.lang},
              {"kind", m.kind},
              {"diagnostics", std::move(diags)}};
}

Json ErrorRecordJson(const InputError& e) {
  Json record{{"id", IdJson(e.id, e.id_is_number)}, {"path", e.path}};
  if (e.line > 0) record["line"] = e.line;
  // The text names the line too, for readers that show only the message.
  const std::string where = e.line > 0 ? "line " + std::to_string(e.line) + ": " : "";
  record["error"] = e.kind == InputError::Kind::kRead ? "cannot read: " + e.message : where + e.message;
  return record;
}

std::string JsonlLine(const Json& record) { return record.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n"; }

std::string JsonlSink::Prerender(const std::string& path, const MessageResult& message) const {
  return JsonlLine(MessageRecordJson(path, message, rule_metadata_));
}

void JsonlSink::OnMessage(MessageResult message, std::string prerendered) {
  if (prerendered.empty()) prerendered = Prerender(path(), message);
  out_ << prerendered;
}

void JsonlSink::OnError(InputError error) { out_ << JsonlLine(ErrorRecordJson(error)); }

}  // namespace santun
