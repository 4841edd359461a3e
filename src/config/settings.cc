#include "config/settings.h"

#include <filesystem>

#include "core/suggest.h"
#include "ruleset/categories.h"

namespace santun {
namespace fs = std::filesystem;
namespace {

// The selection as layers build it: a later `select` replaces the earlier
// one and its extensions; `extend-select` adds to whatever is selected.
struct SelectionSoFar {
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extend;
};

void Apply(const ConfigLayer& layer, SelectionSoFar* sel, FileSettings* s) {
  if (layer.select) {
    sel->select = *layer.select;
    sel->extend.clear();
  }
  sel->extend.insert(sel->extend.end(), layer.extend_select.begin(), layer.extend_select.end());
  s->ignore.insert(s->ignore.end(), layer.ignore.begin(), layer.ignore.end());
  for (const auto& [target, severity] : layer.severity) s->severity[target] = severity;
  if (layer.profile) s->profile = *layer.profile;
  if (layer.lang) s->lang = *layer.lang;
  if (layer.template_mode) s->template_mode = layer.template_mode;
}

std::string RelativeTo(const std::string& dir, const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(path), ec).lexically_normal();
  return abs.lexically_relative(fs::path(dir)).generic_string();
}

}  // namespace

std::string FileSettings::SelectionKey() const {
  std::string key;
  for (const std::string& s : select) key += s + ",";
  key += "|";
  for (const std::string& s : ignore) key += s + ",";
  return key;
}

FileSettings SettingsFor(const Config& config, const std::string& path, const CommandLineSettings& cli) {
  FileSettings s;
  SelectionSoFar select;
  Apply(config.base, &select, &s);
  if (!config.path.empty() && path != "-") {
    const std::string rel = RelativeTo(config.dir, path);
    for (const ConfigOverride& o : config.overrides) {
      for (const std::string& glob : o.files) {
        if (GlobMatches(glob, rel)) {
          Apply(o.layer, &select, &s);
          break;
        }
      }
    }
  }
  ConfigLayer from_cli;
  from_cli.select = cli.select;
  from_cli.extend_select = cli.extend_select;
  from_cli.ignore = cli.ignore;
  from_cli.profile = cli.profile;
  from_cli.lang = cli.lang;
  from_cli.template_mode = cli.template_mode;
  Apply(from_cli, &select, &s);
  // Without a select list every rule runs, so extensions change nothing.
  if (select.select) {
    s.select = *select.select;
    s.select.insert(s.select.end(), select.extend.begin(), select.extend.end());
  }
  return s;
}

Errors ValidateConfigIds(const Config& config, const RuleSet& rules) {
  std::vector<std::string> known = rules.ids();
  known.insert(known.end(), Categories().begin(), Categories().end());
  Errors errors;
  for (const auto& [id, line] : config.id_references) {
    if (rules.HasId(id) || IsCategory(id)) continue;
    errors.push_back({config.path, line, "unknown rule or category '" + id + "'" + DidYouMean(id, known)});
  }
  return errors;
}

}  // namespace santun
