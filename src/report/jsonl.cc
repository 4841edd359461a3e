#include "report/jsonl.h"

#include "report/json.h"
#include "report/json_text.h"

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

namespace {

// The record of MessageRecordJson written straight into one string, in the
// same order and bytes as JsonlLine of the tree (ctest
// JsonlRecord.WriterMatchesTheJsonTree compares them).
void AppendPosition(std::string* out, const Position& p) {
  *out += "{\"offset\":";
  AppendJsonNumber(out, p.offset);
  *out += ",\"line\":";
  AppendJsonNumber(out, p.line);
  *out += ",\"column\":";
  AppendJsonNumber(out, p.column);
  *out += ",\"column_utf16\":";
  AppendJsonNumber(out, p.column_utf16);
  out->push_back('}');
}

void AppendRange(std::string* out, const SourceText& source, Span span) {
  *out += "{\"start\":";
  AppendPosition(out, source.PositionOf(span.begin));
  *out += ",\"end\":";
  AppendPosition(out, source.PositionOf(span.end));
  out->push_back('}');
}

void AppendDiagnostic(std::string* out, const SourceText& source, const Diagnostic& d, bool rule_metadata) {
  const Rule& r = *d.rule;
  *out += "{\"rule\":";
  AppendJsonString(out, r.id);
  *out += ",\"category\":";
  AppendJsonString(out, r.category);
  *out += ",\"severity\":";
  AppendJsonString(out, SeverityName(d.severity));
  *out += ",\"message\":";
  AppendJsonString(out, d.message);
  if (rule_metadata) {
    *out += ",\"summary\":";
    AppendJsonString(out, r.summary);
    *out += ",\"why\":";
    AppendJsonString(out, r.why);
    *out += ",\"refs\":[";
    for (size_t i = 0; i < r.refs.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendJsonString(out, r.refs[i]);
    }
    *out += "],\"help\":";
    AppendJsonString(out, r.suggestion);
  }
  *out += ",\"text\":";
  AppendJsonString(out, d.matched);
  if (d.masked) *out += ",\"masked\":true";
  *out += ",\"range\":";
  AppendRange(out, source, d.span);
  *out += ",\"fixes\":[";
  for (size_t f = 0; f < d.fixes.size(); ++f) {
    const Fix& fix = d.fixes[f];
    if (f > 0) out->push_back(',');
    *out += "{\"title\":";
    AppendJsonString(out, fix.title);
    *out += ",\"applicability\":";
    AppendJsonString(out, ApplicabilityName(fix.applicability));
    *out += ",\"edits\":[";
    for (size_t e = 0; e < fix.edits.size(); ++e) {
      if (e > 0) out->push_back(',');
      *out += "{\"range\":";
      AppendRange(out, source, fix.edits[e].span);
      *out += ",\"replacement\":";
      AppendJsonString(out, fix.edits[e].replacement);
      out->push_back('}');
    }
    *out += "]}";
  }
  *out += "]}";
}

}  // namespace

std::string MessageRecordLine(const std::string& path, const MessageResult& m, bool rule_metadata) {
  std::string out;
  out += "{\"id\":";
  if (m.id && !m.id_is_number) {
    AppendJsonString(&out, *m.id);
  } else {
    out += JsonlLine(IdJson(m.id, m.id_is_number));  // null or a number, as the tree writes it
    out.pop_back();                                  // its "\n"
  }
  out += ",\"path\":";
  AppendJsonString(&out, path);
  out += ",\"lang\":";
  AppendJsonString(&out, m.lang);
  out += ",\"kind\":";
  AppendJsonString(&out, m.kind);
  out += ",\"diagnostics\":[";
  for (size_t i = 0; i < m.diagnostics.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendDiagnostic(&out, *m.source, m.diagnostics[i], rule_metadata);
  }
  out += "]}\n";
  return out;
}

std::string JsonlSink::Prerender(const std::string& path, const MessageResult& message) const {
  return MessageRecordLine(path, message, rule_metadata_);
}

void JsonlSink::OnMessage(MessageResult message, std::string prerendered) {
  if (prerendered.empty()) prerendered = Prerender(path(), message);
  out_ << prerendered;
}

void JsonlSink::OnError(InputError error) { out_ << JsonlLine(ErrorRecordJson(error)); }

}  // namespace santun
