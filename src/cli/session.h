#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/config_resolver.h"
#include "config/config.h"
#include "config/settings.h"
#include "core/error.h"
#include "engine/linter.h"
#include "ruleset/rule_set.h"
#include "ruleset/selection.h"

namespace santun::cli {

/// What a command was told about its settings: where santun.toml and rules
/// come from, the command line's layer over santun.toml, and the values
/// every message of the run gets.
struct SessionOptions {
  std::string config;       // --config FILE: this santun.toml for every input
  bool isolated = false;    // --isolated: no santun.toml at all
  RuleOptions rules;        // --rules DIR (repeatable)
  CommandLineSettings cli;  // --select, --extend-select, --ignore, --profile, --lang, --template
  std::string today;        // --today YYYY-MM-DD; "" = the send date, else the system date
  std::string send_at;      // --send-at ISO-8601; "" = unknown
  std::string tz;           // --tz for a send time without an offset
  std::string channel;      // --channel; "" = unknown
};

/// The settings of one run, resolved the same way for every command that
/// lints or shows settings (check, rewrite, lsp, config, eval). Call order:
///   1. Open(): takes --config / --isolated;
///   2. ConfigFor(path) for the inputs known up front: the santun.toml of
///      each (--config, else the nearest one above the file, else the one
///      above the current folder, else none), each file loaded once;
///   3. LoadRules(): the built-in packs, the --rules folders and the rule
///      folders of every santun.toml loaded so far (each folder once); then
///      the Linter is built;
///   4. ValidateIds() (check, eval): every rule id or category that a
///      santun.toml or the command line names exists;
///   5. MessageOptionsFor(path) per message: santun.toml's settings for the
///      path (top level, matching [[overrides]], then the command line), its
///      selection, severities and [allow] list, and the run's times and
///      channel.
/// The Session owns the rules, the Linter and the settings, selections and
/// configurations that MessageOptions point into: it must outlive them.
class Session {
 public:
  explicit Session(SessionOptions options);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Step 1. Returns the errors of an explicit --config file.
  Errors Open();

  /// Returns the configuration for `path` ("-" for stdin and for input that
  /// has no file): the file is looked up on every call (a language server
  /// sees santun.toml files created while it runs) and loaded once; load
  /// errors are appended to *errors the first time.
  const Config& ConfigFor(const std::string& path, Errors* errors);

  /// Step 3. Loads the rules and builds the Linter. On failure prints every
  /// error and returns false (the command exits 2: nothing is linted).
  bool LoadRules();
  /// Step 3 as LoadRules(), returning the errors instead of printing them
  /// (the language server shows them in the editor); no Linter on errors.
  Errors TryLoadRules();

  /// Step 4. Returns "santun.toml:4: unknown rule or category 'x', did you
  /// mean 'y'?" for every santun.toml loaded so far, then the command line's
  /// unknown --select/--ignore and --extend-select entries.
  Errors ValidateIds() const;

  /// The settings for `path`, computed on first use and kept (MessageOptions
  /// point into them).
  const FileSettings& SettingsFor(const std::string& path);
  /// The selection for `path` (one object per distinct select/ignore list).
  const Selection& SelectionFor(const std::string& path);

  /// Step 5. The options to lint the message at `path` with; configuration
  /// errors are appended to *errors when given. Points into the Session.
  MessageOptions MessageOptionsFor(const std::string& path, Errors* errors = nullptr);

  /// Where rule links point: the docs-url of the santun.toml that applies to
  /// the current folder, "" when it sets none (report/rule_doc.h's default).
  std::string DocsUrl();

  const SessionOptions& options() const { return options_; }
  /// After LoadRules().
  const RuleSet& rules() const { return rules_; }
  const Linter& linter() const { return *linter_; }
  /// True once LoadRules() or TryLoadRules() has built the Linter.
  bool linter_ready() const { return linter_.has_value(); }

 private:
  SessionOptions options_;
  ConfigResolver configs_;
  std::map<std::string, FileSettings> settings_of_;               // by path
  std::map<std::string, std::unique_ptr<Selection>> selections_;  // by FileSettings::SelectionKey()
  RuleSet rules_;
  std::optional<Linter> linter_;
};

}  // namespace santun::cli
