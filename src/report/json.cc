#include "report/json.h"

namespace santun {
namespace {

using Json = nlohmann::ordered_json;

Json PositionJson(const Position& p) {
  return Json{{"offset", p.offset}, {"line", p.line}, {"column", p.column}, {"column_utf16", p.column_utf16}};
}

Json SummaryJson(const Summary& s) {
  return Json{{"files", s.files},     {"messages", s.messages},        {"diagnostics", s.diagnostics()},
              {"errors", s.errors},   {"warnings", s.warnings},        {"infos", s.infos},
              {"fixable", s.fixable}, {"input_errors", s.input_errors}};
}

}  // namespace

Json RangeJson(const SourceText& source, Span span) {
  return Json{{"start", PositionJson(source.PositionOf(span.begin))},
              {"end", PositionJson(source.PositionOf(span.end))}};
}

Json IdJson(const std::optional<std::string>& id, bool is_number) {
  if (!id) return Json(nullptr);
  if (is_number) {
    Json number = Json::parse(*id, nullptr, false);
    if (number.is_number()) return number;
  }
  return Json(*id);
}

Json DiagnosticJson(const SourceText& source, const Diagnostic& d, bool rule_metadata) {
  Json fixes = Json::array();
  for (const Fix& f : d.fixes) {
    Json edits = Json::array();
    for (const Edit& e : f.edits) {
      edits.push_back(Json{{"range", RangeJson(source, e.span)}, {"replacement", e.replacement}});
    }
    fixes.push_back(Json{{"title", f.title},
                         {"applicability", std::string(ApplicabilityName(f.applicability))},
                         {"edits", std::move(edits)}});
  }
  const Rule& r = *d.rule;
  Json out{{"rule", r.id},
           {"category", r.category},
           {"severity", std::string(SeverityName(d.severity))},
           {"message", d.message}};
  if (rule_metadata) {
    out["summary"] = r.summary;
    out["why"] = r.why;
    out["refs"] = r.refs;
    out["help"] = r.suggestion;
  }
  out["text"] = d.matched;
  if (d.masked) out["masked"] = true;  // text, message and replacements hide personal data
  out["range"] = RangeJson(source, d.span);
  out["fixes"] = std::move(fixes);
  return out;
}

void RenderJson(const RunResult& run, std::ostream& out) {
  Json files = Json::array();
  for (const FileResult& f : run.files) {
    Json messages = Json::array();
    for (const MessageResult& m : f.messages) {
      Json diags = Json::array();
      for (const Diagnostic& d : m.diagnostics) diags.push_back(DiagnosticJson(*m.source, d));
      messages.push_back(Json{
          {"id", IdJson(m.id, m.id_is_number)}, {"lang", m.lang}, {"kind", m.kind}, {"diagnostics", std::move(diags)}});
    }
    files.push_back(Json{{"path", f.path}, {"messages", std::move(messages)}});
  }
  Json errors = Json::array();
  for (const InputError& e : run.errors) {
    Json err{
        {"path", e.path}, {"kind", e.kind == InputError::Kind::kRead ? "read" : "content"}, {"message", e.message}};
    if (e.line > 0) err["line"] = e.line;
    errors.push_back(std::move(err));
  }
  Json doc{{"version", kJsonVersion},
           {"tool", Json{{"name", "santun"}, {"version", SANTUN_VERSION}}},
           {"files", std::move(files)},
           {"errors", std::move(errors)},
           {"summary", SummaryJson(Summarize(run))}};
  if (run.fixed > 0) doc["summary"]["fixed"] = run.fixed;
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace santun
