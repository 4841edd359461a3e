#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "config/config.h"
#include "core/suggest.h"
#include "ruleset/toml_reader.h"

namespace santun {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kTopKeys = {
    "profile",  "lang",          "select",       "extend-select", "ignore",
    "severity", "fail-on",       "max-warnings", "rules",         "template-extensions",
    "template", "allow",         "overrides",    "docs-url",      "time-budget-ms",
    "exclude",  "extend-exclude"};
const std::vector<std::string> kOverrideKeys = {"files",    "select",  "extend-select", "ignore",
                                                "severity", "profile", "lang",          "template"};
const std::vector<std::string> kAllowKeys = {"names", "numbers", "addresses", "emails"};

class ConfigDecoder {
 public:
  ConfigDecoder(const std::string& path, Errors* errors) : reader_(path, errors) {}

  void Decode(const toml::value& doc, Config* c) {
    reader_.RejectUnknownKeys(doc, kTopKeys);
    DecodeLayer(doc, &c->base, c);
    std::string fail_on;
    if (TomlReader::Find(doc, "fail-on") && reader_.String(doc, "fail-on", &fail_on)) {
      if (ParseSeverity(fail_on)) {
        c->fail_on = fail_on;
      } else {
        reader_.Fail(*TomlReader::Find(doc, "fail-on"), "'fail-on' must be error, warning or info, not '" + fail_on +
                                                            "'" + DidYouMean(fail_on, {"error", "warning", "info"}));
      }
    }
    int64_t max_warnings = -1;
    if (TomlReader::Find(doc, "max-warnings") && reader_.Int(doc, "max-warnings", &max_warnings)) {
      if (max_warnings < 0) {
        reader_.Fail(*TomlReader::Find(doc, "max-warnings"), "'max-warnings' must not be negative");
      } else if (max_warnings > std::numeric_limits<int>::max()) {
        reader_.Fail(*TomlReader::Find(doc, "max-warnings"),
                     "'max-warnings' must be at most " + std::to_string(std::numeric_limits<int>::max()));
      } else {
        c->max_warnings = static_cast<int>(max_warnings);
      }
    }
    int64_t budget = -1;
    if (TomlReader::Find(doc, "time-budget-ms") && reader_.Int(doc, "time-budget-ms", &budget)) {
      if (budget < 0) {
        reader_.Fail(*TomlReader::Find(doc, "time-budget-ms"), "'time-budget-ms' must not be negative");
      } else {
        c->time_budget_ms = budget;
      }
    }
    std::vector<std::string> dirs;
    reader_.StringList(doc, "rules", &dirs);
    for (const std::string& d : dirs) {
      fs::path p(d);
      c->rule_dirs.push_back((p.is_absolute() ? p : fs::path(c->dir) / p).lexically_normal().string());
    }
    std::string docs_url;
    if (TomlReader::Find(doc, "docs-url") && reader_.String(doc, "docs-url", &docs_url)) {
      if (docs_url.rfind("http://", 0) == 0 || docs_url.rfind("https://", 0) == 0 ||
          docs_url.rfind("file://", 0) == 0) {
        c->docs_url = docs_url;
      } else {
        reader_.Fail(*TomlReader::Find(doc, "docs-url"),
                     "'docs-url' must be an absolute http://, https:// or file:// URL, not '" + docs_url + "'");
      }
    }
    std::vector<std::string> exclude;
    if (TomlReader::Find(doc, "exclude") && reader_.StringList(doc, "exclude", &exclude)) c->exclude = exclude;
    reader_.StringList(doc, "extend-exclude", &c->extend_exclude);
    reader_.StringList(doc, "template-extensions", &c->template_extensions);
    for (const std::string& ext : c->template_extensions) {
      if (ext.size() < 2 || ext[0] != '.') {
        reader_.Fail(*TomlReader::Find(doc, "template-extensions"),
                     "template extensions start with a dot, like \".mustache\", not '" + ext + "'");
      }
    }
    if (const toml::value* allow = TomlReader::Find(doc, "allow")) {
      if (!allow->is_table()) {
        reader_.Fail(*allow, "'allow' must be a table ([allow])");
      } else {
        reader_.RejectUnknownKeys(*allow, kAllowKeys);
        reader_.StringList(*allow, "names", &c->allow.names, false, "allow: ");
        reader_.StringList(*allow, "numbers", &c->allow.numbers, false, "allow: ");
        reader_.StringList(*allow, "addresses", &c->allow.addresses, false, "allow: ");
        reader_.StringList(*allow, "emails", &c->allow.emails, false, "allow: ");
      }
    }
    if (const toml::value* list = TomlReader::Find(doc, "overrides")) {
      if (!list->is_array()) {
        reader_.Fail(*list, "'overrides' must be an array of tables ([[overrides]])");
        return;
      }
      for (const toml::value& o : list->as_array()) {
        if (!o.is_table()) {
          reader_.Fail(o, "each [[overrides]] must be a table");
          continue;
        }
        reader_.RejectUnknownKeys(o, kOverrideKeys);
        ConfigOverride ov;
        reader_.StringList(o, "files", &ov.files, true, "overrides: ");
        if (TomlReader::Find(o, "files") && ov.files.empty()) reader_.Fail(o, "overrides: 'files' is empty");
        DecodeLayer(o, &ov.layer, c);
        c->overrides.push_back(std::move(ov));
      }
    }
  }

 private:
  void DecodeLayer(const toml::value& t, ConfigLayer* layer, Config* c) {
    layer->line = TomlReader::Line(t);
    std::vector<std::string> select;
    if (TomlReader::Find(t, "select") && reader_.StringList(t, "select", &select)) {
      layer->select = select;
      Remember(t, "select", select, c);
    }
    if (reader_.StringList(t, "extend-select", &layer->extend_select)) {
      Remember(t, "extend-select", layer->extend_select, c);
    }
    if (reader_.StringList(t, "ignore", &layer->ignore)) Remember(t, "ignore", layer->ignore, c);
    std::string profile, lang;
    if (TomlReader::Find(t, "profile") && reader_.String(t, "profile", &profile)) {
      if (profile == "id" || profile == "us" || profile == "generic" || profile == "auto") {
        layer->profile = profile;
      } else {
        reader_.Fail(*TomlReader::Find(t, "profile"), "'profile' must be id, us, generic or auto, not '" + profile +
                                                          "'" + DidYouMean(profile, {"id", "us", "generic", "auto"}));
      }
    }
    if (TomlReader::Find(t, "lang") && reader_.String(t, "lang", &lang)) {
      if (lang == "id" || lang == "en" || lang == "auto") {
        layer->lang = lang;
      } else {
        reader_.Fail(*TomlReader::Find(t, "lang"), "'lang' must be id, en or auto, not '" + lang + "'");
      }
    }
    bool template_mode = false;
    if (TomlReader::Find(t, "template") && reader_.Bool(t, "template", &template_mode)) {
      layer->template_mode = template_mode;
    }
    if (const toml::value* sev = TomlReader::Find(t, "severity")) {
      if (!sev->is_table()) {
        reader_.Fail(*sev, "'severity' must be a table of rule or category = \"error|warning|info\"");
        return;
      }
      for (const auto& [target, value] : sev->as_table()) {
        const int line = TomlReader::Line(value);
        if (!value.is_string() || !ParseSeverity(value.as_string().str)) {
          reader_.Fail(line, "severity of '" + target + "' must be \"error\", \"warning\" or \"info\"");
          continue;
        }
        layer->severity[target] = *ParseSeverity(value.as_string().str);
        layer->severity_lines[target] = line;
        c->id_references.emplace_back(target, line);
      }
    }
  }

  void Remember(const toml::value& t, const char* key, const std::vector<std::string>& ids, Config* c) {
    const toml::value* at = TomlReader::Find(t, key);
    if (!at) return;
    const int line = TomlReader::Line(*at);
    for (const std::string& id : ids) c->id_references.emplace_back(id, line);
  }

  TomlReader reader_;
};

}  // namespace

Errors LoadConfig(const std::string& path, Config* out) {
  Errors errors;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {{path, 0, std::string("cannot read configuration: ") + std::strerror(errno)}};
  std::ostringstream content;
  content << in.rdbuf();
  Config c;
  c.path = path;
  std::error_code ec;
  c.dir = fs::absolute(fs::path(path), ec).parent_path().lexically_normal().string();
  TomlReader reader(path, &errors);
  std::optional<toml::value> doc = reader.Parse(content.str());
  if (!doc) return errors;
  ConfigDecoder(path, &errors).Decode(*doc, &c);
  // Sort id references by line for stable error order.
  std::stable_sort(c.id_references.begin(), c.id_references.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  if (errors.empty()) *out = std::move(c);
  return errors;
}

const std::vector<std::string>& DefaultExclude() {
  static const std::vector<std::string> none;
  return none;
}

std::vector<std::string> Config::ExcludeGlobs() const {
  std::vector<std::string> globs = exclude.value_or(DefaultExclude());
  globs.insert(globs.end(), extend_exclude.begin(), extend_exclude.end());
  return globs;
}

std::string FindConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(start), ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.root_path() || dir.parent_path() == dir) return "";
    dir = dir.parent_path();
  }
}

}  // namespace santun
