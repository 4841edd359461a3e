#include "cli/session.h"

#include <algorithm>
#include <utility>

#include "cli/check_options.h"
#include "ruleset/load_rules.h"

namespace santun::cli {

Session::Session(SessionOptions options) : options_(std::move(options)) {}

Errors Session::Open() { return configs_.Init(options_.config, options_.isolated); }

const Config& Session::ConfigFor(const std::string& path, Errors* errors) { return configs_.For(path, errors); }

std::string Session::DocsUrl() {
  Errors reported_by_config_for;
  return ConfigFor("-", &reported_by_config_for).docs_url.value_or("");
}

bool Session::LoadRules() {
  const Errors errors = TryLoadRules();
  PrintErrors(errors);
  return errors.empty();
}

Errors Session::TryLoadRules() {
  RuleOptions rule_options = options_.rules;
  for (const Config* c : configs_.Loaded()) {
    for (const std::string& dir : c->rule_dirs) {
      if (std::find(rule_options.rule_dirs.begin(), rule_options.rule_dirs.end(), dir) ==
          rule_options.rule_dirs.end()) {
        rule_options.rule_dirs.push_back(dir);
      }
    }
  }
  PackSources sources;
  sources.dirs = rule_options.rule_dirs;
  Errors errors = LoadRuleSet(sources, &rules_);
  if (errors.empty()) linter_.emplace(rules_);
  return errors;
}

Errors Session::ValidateIds() const {
  Errors errors;
  for (const Config* c : configs_.Loaded()) {
    Errors e = ValidateConfigIds(*c, rules_);
    errors.insert(errors.end(), e.begin(), e.end());
  }
  const CommandLineSettings& cli = options_.cli;
  Selection ignored;
  Errors e =
      SelectionErrors(Selection::Create(rules_, cli.select.value_or(std::vector<std::string>{}), cli.ignore, &ignored));
  errors.insert(errors.end(), e.begin(), e.end());
  e = SelectionErrors(Selection::Create(rules_, cli.extend_select, {}, &ignored), "--extend-select");
  errors.insert(errors.end(), e.begin(), e.end());
  return errors;
}

const FileSettings& Session::SettingsFor(const std::string& path) {
  auto it = settings_of_.find(path);
  if (it == settings_of_.end()) {
    Errors reported_by_config_for;
    const Config& config = ConfigFor(path, &reported_by_config_for);
    it = settings_of_.emplace(path, santun::SettingsFor(config, path, options_.cli)).first;
  }
  return it->second;
}

const Selection& Session::SelectionFor(const std::string& path) {
  const FileSettings& settings = SettingsFor(path);
  std::unique_ptr<Selection>& s = selections_[settings.SelectionKey()];
  if (!s) {
    s = std::make_unique<Selection>();
    Selection::Create(rules_, settings.select, settings.ignore, s.get());  // ValidateIds reports unknown ids
  }
  return *s;
}

MessageOptions Session::MessageOptionsFor(const std::string& path, Errors* errors) {
  Errors config_errors;
  const Config& config = ConfigFor(path, errors ? errors : &config_errors);
  const FileSettings& settings = SettingsFor(path);
  MessageOptions m;
  m.lang = settings.lang;
  m.profile = settings.profile;
  m.selection = &SelectionFor(path);
  m.severity = &settings.severity;
  m.allow = &config.allow;
  m.template_mode = IsTemplatePath(settings.template_mode, config.template_extensions, path);
  m.today = options_.today;
  m.send_at = options_.send_at;
  m.tz = options_.tz;
  m.channel = options_.channel;
  return m;
}

}  // namespace santun::cli
