// The rule routes of santun serve: the list, one rule, and the HTML pages of
// the rule reference (the same pages as `santun explain --all --format html`).
#include <nlohmann/json.hpp>

#include "core/suggest.h"
#include "report/rule_doc.h"
#include "ruleset/example_text.h"
#include "serve/service.h"
#include "serve/web_files.h"

namespace santun::serve {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

Json ExampleJson(const RuleExample& e) {
  Json j{{"text", e.text}, {"marked", MarkSpans(e.text, e.expected)}, {"flags", e.positive()}};
  if (e.fixed) j["fixed"] = *e.fixed;
  if (!e.known.empty()) j["known_gap"] = e.known;
  return j;
}

Json VariantJson(const Rule& r) {
  Json examples = Json::array();
  for (const RuleExample& e : r.examples) examples.push_back(ExampleJson(e));
  Json fix = nullptr;
  if (r.fix.kind != FixSpec::Kind::kNone) {
    fix = Json{{"title", r.fix.title},
               {"applicability", std::string(ApplicabilityName(r.fix.applicability))},
               {"action", FixAction(r.fix)}};
  }
  return Json{{"langs", r.langs},     {"summary", r.summary}, {"why", r.why}, {"message", r.message},
              {"help", r.suggestion}, {"refs", r.refs},       {"fix", fix},   {"examples", std::move(examples)}};
}

}  // namespace

Response RuleListResponse(const Snapshot& s) {
  Json j = RuleListJson(*s.rules, s.docs_url);
  for (Json& r : j["rules"]) r["url"] = "/rules/" + r["id"].get<std::string>();
  return Response{200, "application/json", Dump(j)};
}

Response RuleDetailResponse(const Snapshot& s, const std::string& id) {
  std::vector<const Rule*> variants = s.rules->Variants(id);
  if (variants.empty()) return ErrorResponse(404, "unknown rule '" + id + "'" + DidYouMean(id, s.rules->ids()));
  const Rule& first = *variants.front();
  Json list = Json::array();
  for (const Rule* r : variants) list.push_back(VariantJson(*r));
  Json j{{"id", first.id},
         {"category", first.category},
         {"severity", std::string(SeverityName(first.severity))},
         {"url", "/rules/" + first.id},
         {"help_uri", RuleHelpUri(s.docs_url, first.id)},
         {"variants", std::move(list)}};
  return Response{200, "application/json", Dump(j)};
}

Response RulePageResponse(const Snapshot& s, const std::string& name) {
  std::string id = name;
  if (id.size() > 5 && id.compare(id.size() - 5, 5, ".html") == 0) id.resize(id.size() - 5);
  if (id == "index") return Response{200, "text/html; charset=utf-8", RuleIndexPage(*s.rules, DocFormat::kHtml)};
  std::vector<const Rule*> variants = s.rules->Variants(id);
  if (variants.empty()) {
    return Response{404, "text/html; charset=utf-8",
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unknown rule</title>"
                    "</head><body><main><h1>Unknown rule</h1><p>No rule has this id. <a href=\"index.html\">All "
                    "rules</a></p></main></body></html>\n"};
  }
  return Response{200, "text/html; charset=utf-8", RulePage(variants, DocFormat::kHtml)};
}

const std::string_view* FindWebFile(std::string_view name) {
  for (const EmbeddedFile& f : WebFiles()) {
    if (f.path.size() == name.size() + 4 && f.path.substr(0, 4) == "web/" && f.path.substr(4) == name) {
      return &f.content;
    }
  }
  return nullptr;
}

}  // namespace santun::serve
