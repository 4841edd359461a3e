#include "report/sarif.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

// A relative path, or an absolute one below the source root, is relative to
// %SRCROOT%; other absolute paths are file:// URIs.
Json ArtifactJson(const std::string& path, const std::string& root) {
  if (!root.empty() && path.size() > root.size() + 1 && path.compare(0, root.size(), root) == 0 &&
      path[root.size()] == '/') {
    return Json{{"uri", PathToUri(path.substr(root.size() + 1))}, {"uriBaseId", kSourceRoot}};
  }
  Json loc{{"uri", PathToUri(path)}};
  if (path.empty() || path[0] != '/') loc["uriBaseId"] = kSourceRoot;
  return loc;
}

bool HasLang(const Rule& r, const std::string& lang) {
  return std::find(r.langs.begin(), r.langs.end(), lang) != r.langs.end() ||
         std::find(r.langs.begin(), r.langs.end(), "*") != r.langs.end();
}

// The language most messages of the run were linted in (ties: the first seen); "" when none.
std::string RunLanguage(const RunResult& run) {
  std::vector<std::pair<std::string, int>> counts;
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == m.lang; });
      if (it == counts.end()) {
        counts.emplace_back(m.lang, 1);
      } else {
        ++it->second;
      }
    }
  }
  std::string best;
  int most = 0;
  for (const auto& [lang, n] : counts) {
    if (n > most) best = lang, most = n;
  }
  return best;
}

Json RegionJson(const SourceText& source, Span span) {
  const Position start = source.PositionOf(span.begin);
  const Position end = source.PositionOf(span.end);
  return Json{{"startLine", start.line},  {"startColumn", start.column_utf16},
              {"endLine", end.line},      {"endColumn", end.column_utf16},
              {"byteOffset", span.begin}, {"byteLength", span.end - span.begin}};
}

Json FixJson(const std::string& path, const std::string& root, const SourceText& source, const Fix& fix) {
  Json replacements = Json::array();
  for (const Edit& e : fix.edits) {
    replacements.push_back(
        Json{{"deletedRegion", RegionJson(source, e.span)}, {"insertedContent", Json{{"text", e.replacement}}}});
  }
  return Json{{"description", Json{{"text", fix.title}}},
              {"artifactChanges",
               Json::array({Json{{"artifactLocation", ArtifactJson(path, root)}, {"replacements", replacements}}})},
              {"properties", Json{{"applicability", std::string(ApplicabilityName(fix.applicability))}}}};
}

Json ResultJson(const std::string& path, const std::string& root, const MessageResult& m, const Diagnostic& d,
                size_t rule_index) {
  Json result{{"ruleId", d.rule->id},
              {"ruleIndex", rule_index},
              {"level", Level(d.severity)},
              {"message", Json{{"text", d.message}}}};
  Json location;
  if (m.line > 0) {  // a JSONL record: its line in the input, its id
    location["physicalLocation"] =
        Json{{"artifactLocation", ArtifactJson(path, root)}, {"region", Json{{"startLine", m.line}}}};
    if (m.id) location["logicalLocations"] = Json::array({Json{{"name", *m.id}, {"kind", "object"}}});
    result["locations"] = Json::array({std::move(location)});
    result["properties"] = Json{{"textRegion", RegionJson(*m.source, d.span)}};
    return result;
  }
  location["physicalLocation"] =
      Json{{"artifactLocation", ArtifactJson(path, root)}, {"region", RegionJson(*m.source, d.span)}};
  result["locations"] = Json::array({std::move(location)});
  if (!d.fixes.empty()) {
    Json fixes = Json::array();
    for (const Fix& f : d.fixes) fixes.push_back(FixJson(path, root, *m.source, f));
    result["fixes"] = std::move(fixes);
  }
  return result;
}

Json NotificationJson(const InputError& e, const std::string& root) {
  Json physical{{"artifactLocation", ArtifactJson(e.path, root)}};
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
  // Which variant describes each id: the one of its first result, else the run's language.
  std::map<std::string, const Rule*> described;
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      for (const Diagnostic& d : m.diagnostics) described.emplace(d.rule->id, d.rule);
    }
  }
  const std::string lang = RunLanguage(run);
  for (const Rule* v : options.variants) {
    if (!lang.empty() && HasLang(*v, lang)) described.emplace(v->id, v);
  }
  Json rules = Json::array();
  std::map<std::string, size_t> index;
  auto describe = [&](const Rule& r) {
    auto [it, added] = index.emplace(r.id, index.size());
    if (added) {
      auto d = described.find(r.id);
      rules.push_back(RuleJson(d == described.end() ? r : *d->second, options.docs_url));
    }
    return it->second;
  };
  for (const Rule* r : options.rules) describe(*r);

  Json results = Json::array();
  for (const FileResult& f : run.files) {
    for (const MessageResult& m : f.messages) {
      for (const Diagnostic& d : m.diagnostics)
        results.push_back(ResultJson(f.path, options.source_root, m, d, describe(*d.rule)));
    }
  }
  Json notifications = Json::array();
  for (const InputError& e : run.errors) notifications.push_back(NotificationJson(e, options.source_root));

  Json driver{{"name", "santun"},
              {"version", SANTUN_VERSION},
              {"semanticVersion", SANTUN_VERSION},
              {"informationUri", RuleHelpUri(options.docs_url, "index")},
              {"rules", std::move(rules)}};
  Json invocation{{"executionSuccessful", run.errors.empty()},
                  {"toolExecutionNotifications", std::move(notifications)}};
  Json sarif_run{{"tool", Json{{"driver", std::move(driver)}}}};
  if (!options.source_root.empty()) {
    std::string root_uri = PathToUri(options.source_root);
    if (root_uri.empty() || root_uri.back() != '/') root_uri += '/';
    sarif_run["originalUriBaseIds"] =
        Json{{kSourceRoot,
              Json{{"uri", root_uri},
                   {"description", Json{{"text", "the folder santun ran in; artifact URIs are relative to it"}}}}}};
  }
  sarif_run["invocations"] = Json::array({std::move(invocation)});
  sarif_run["columnKind"] = "utf16CodeUnits";
  sarif_run["results"] = std::move(results);
  Json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(sarif_run)})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace santun
