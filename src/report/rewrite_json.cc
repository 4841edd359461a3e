#include "report/rewrite_json.h"

#include "report/json.h"

namespace santun {
namespace {

using Json = nlohmann::ordered_json;

Json ChangeJson(const SourceText& source, const RewriteChange& c) {
  Json j{{"kind", c.kind}, {"part", c.part}, {"text", c.text}};
  if (c.kind != "added") j["range"] = RangeJson(source, c.span);
  if (c.kind == "replaced") j["original"] = c.original;
  if (!c.rules.empty()) j["rules"] = c.rules;
  return j;
}

}  // namespace

Json RewriteJson(const std::string& path, const SourceText& source, const RewriteResult& r) {
  Json changes = Json::array(), resolved = Json::array(), remaining = Json::array();
  for (const RewriteChange& c : r.changes) changes.push_back(ChangeJson(source, c));
  for (size_t i : r.resolved) resolved.push_back(DiagnosticJson(source, r.original.diagnostics[i]));
  const SourceText rewritten(path, r.text);
  for (const Diagnostic& d : r.remaining.diagnostics) remaining.push_back(DiagnosticJson(rewritten, d));
  return Json{{"version", kJsonVersion},
              {"tool", Json{{"name", "santun"}, {"version", SANTUN_VERSION}}},
              {"path", path},
              {"lang", r.lang},
              {"profile", r.profile},
              {"rewrite", r.text},
              {"changes", std::move(changes)},
              {"resolved", std::move(resolved)},
              {"remaining", std::move(remaining)}};
}

}  // namespace santun
