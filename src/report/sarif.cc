#include "report/sarif.h"

#include <nlohmann/json.hpp>

#include <map>

#include "text/ascii.h"

namespace santun {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kSourceRoot = "%SRCROOT%";

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

// "abuse.bare-command" -> "BareCommand".
std::string PascalName(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id.substr(id.find('.') + 1)) {
    if (c == '-' || c == '.' || c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out;
}

std::string HelpText(const Rule& r) {
  std::string text = r.summary;
  if (!r.why.empty()) text += "\n\nWhy: " + r.why;
  if (!r.suggestion.empty()) text += "\n\nUse instead: " + r.suggestion;
  for (size_t i = 0; i < r.refs.size(); ++i) text += (i == 0 ? "\n\nReferences: " : "; ") + r.refs[i];
  text += "\n\nExamples and fix: santun explain " + r.id;
  return text;
}

Json RuleJson(const Rule& r, const std::string& docs_url) {
  return Json{
      {"id", r.id},
      {"name", PascalName(r.id)},
      {"shortDescription", Json{{"text", r.summary}}},
      {"fullDescription", Json{{"text", r.why}}},
      {"helpUri", RuleHelpUri(docs_url, r.id)},
      {"help", Json{{"text", HelpText(r)}}},
      {"defaultConfiguration", Json{{"level", Level(r.severity)}}},
      {"properties",
       Json{{"category", r.category}, {"refs", r.refs}, {"tags", Json::array({"debt-collection", r.category})}}}};
}

Json ArtifactJson(const std::string& path) {
  Json loc{{"uri", PathToUri(path)}};
  if (path.empty() || path[0] != '/') loc["uriBaseId"] = kSourceRoot;
  return loc;
}

Json RegionJson(const SourceText& source, Span span) {
  const Position start = source.PositionOf(span.begin);
  const Position end = source.PositionOf(span.end);
  return Json{{"startLine", start.line},  {"startColumn", start.column_utf16},
              {"endLine", end.line},      {"endColumn", end.column_utf16},
              {"byteOffset", span.begin}, {"byteLength", span.end - span.begin}};
}

Json FixJson(const std::string& path, const SourceText& source, const Fix& fix) {
  Json replacements = Json::array();
  for (const Edit& e : fix.edits) {
    replacements.push_back(
        Json{{"deletedRegion", RegionJson(source, e.span)}, {"insertedContent", Json{{"text", e.replacement}}}});
  }
  return Json{{"description", Json{{"text", fix.title}}},
              {"artifactChanges",
               Json::array({Json{{"artifactLocation", ArtifactJson(path)}, {"replacements", replacements}}})},
              {"properties", Json{{"applicability", std::string(ApplicabilityName(fix.applicability))}}}};
}

Json ResultJson(const std::string& path, const MessageResult& m, const Diagnostic& d, size_t rule_index) {
  Json result{{"ruleId", d.rule->id},
              {"ruleIndex", rule_index},
              {"level", Level(d.severity)},
              {"message", Json{{"text", d.message}}}};
  Json location;
  if (m.line > 0) {  // a JSONL record: its line in the input, its id
    location["physicalLocation"] =
        Json{{"artifactLocation", ArtifactJson(path)}, {"region", Json{{"startLine", m.line}}}};
    if (m.id) location["logicalLocations"] = Json::array({Json{{"name", *m.id}, {"kind", "object"}}});
    result["locations"] = Json::array({std::move(location)});
    result["properties"] = Json{{"textRegion", RegionJson(*m.source, d.span)}};
    return result;
  }
  location["physicalLocation"] =
      Json{{"artifactLocation", ArtifactJson(path)}, {"region", RegionJson(*m.source, d.span)}};
  result["locations"] = Json::array({std::move(location)});
  if (!d.fixes.empty()) {
    Json fixes = Json::array();
    for (const Fix& f : d.fixes) fixes.push_back(FixJson(path, *m.source, f));
    result["fixes"] = std::move(fixes);
  }
  return result;
}

Json NotificationJson(const InputError& e) {
  Json physical{{"artifactLocation", ArtifactJson(e.path)}};
  if (e.line > 0) physical["region"] = Json{{"startLine", e.line}};
  return Json{{"level", "error"},
              {"message", Json{{"text", e.ToString()}}},
              {"locations", Json::array({Json{{"physicalLocation", std::move(physical)}}})}};
}

}  // namespace

std::string PathToUri(const std::string& path) {
  std::string p = path;
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  static const char* kHex = "0123456789ABCDEF";
  std::string out = !p.empty() && p[0] == '/' ? "file://" : "";
  for (unsigned char c : p) {
    const bool keep = ascii::IsAlnum(static_cast<char>(c)) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return out;
}

void RenderSarif(const RunResult& run, const SarifOptions& options, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string, size_t> index;
  auto describe = [&](const Rule& r) {
    auto [it, added] = index.emplace(r.id, index.size());
    if (added) rules.push_back(RuleJson(r, options.docs_url));
    return it->second;
  };
  for (const Rule* r : options.rules) describe(*r);

  Json results = Json::array();
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      for (const Diagnostic& d : m.diagnostics) results.push_back(ResultJson(f.path, m, d, describe(*d.rule)));
    }
  }
  Json notifications = Json::array();
  for (const InputError& e : run.errors) notifications.push_back(NotificationJson(e));

  Json driver{{"name", "santun"},
              {"version", SANTUN_VERSION},
              {"semanticVersion", SANTUN_VERSION},
              {"informationUri", RuleHelpUri(options.docs_url, "index")},
              {"rules", std::move(rules)}};
  Json invocation{{"executionSuccessful", run.errors.empty()},
                  {"toolExecutionNotifications", std::move(notifications)}};
  Json sarif_run{{"tool", Json{{"driver", std::move(driver)}}},
                 {"invocations", Json::array({std::move(invocation)})},
                 {"columnKind", "utf16CodeUnits"},
                 {"results", std::move(results)}};
  Json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(sarif_run)})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace santun
