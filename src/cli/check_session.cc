#include "cli/check_session.h"

#include <filesystem>
#include <memory>

#include "cli/inputs.h"

namespace santun::cli {
namespace {

// The session (rules and linter) stays until the process exits: freeing
// their thousands of small objects was 7 % of the instructions of a
// one-message run. A global holds it, so LeakSanitizer sees it as reachable.
Session* kept_until_exit = nullptr;

SessionOptions SessionOptionsOf(const CheckOptions& opt) {
  SessionOptions s;
  s.config = opt.config;
  s.isolated = opt.isolated;
  s.rules = opt.rules;
  if (opt.select) s.cli.select = SplitList(*opt.select);
  s.cli.extend_select = SplitList(opt.extend_select);
  s.cli.ignore = SplitList(opt.ignore);
  s.cli.profile = opt.profile;
  s.cli.lang = opt.lang;
  s.cli.template_mode = opt.template_mode;
  s.today = opt.today;
  s.send_at = opt.send_at;
  s.tz = opt.tz;
  s.channel = opt.channel;
  return s;
}

// The filter of a folder walk from `arg`: its santun.toml's exclude globs,
// --exclude, and the ignore files unless --no-ignore.
std::unique_ptr<PathFilter> FilterFor(const CheckOptions& opt, const Config& config) {
  std::vector<ExcludeGlob> globs;
  if (!config.path.empty()) {
    for (const std::string& g : config.ExcludeGlobs()) globs.push_back({g, config.dir});
  }
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  for (const std::string& g : opt.exclude) globs.push_back({g, cwd});
  return std::make_unique<PathFilter>(!opt.no_ignore, std::move(globs));
}

// The command-line paths expanded (folders walked, with the excludes and
// ignore files of each one's santun.toml); text inputs only.
std::vector<std::string> Expand(const CheckOptions& opt, Session& session, const std::vector<std::string>& args,
                                std::vector<InputError>* errors, SkipCounts* skipped) {
  if (opt.input == "jsonl") return args;  // files of records, not folders of messages
  std::vector<std::unique_ptr<PathFilter>> filters;
  WalkOptions walk;
  walk.force_exclude = opt.force_exclude;
  walk.skipped = skipped;
  walk.filter_for = [&](const std::string& arg) {
    Errors reported_before;
    filters.push_back(FilterFor(opt, session.ConfigFor(arg, &reported_before)));
    return filters.back().get();
  };
  return ExpandPaths(args, errors, walk);
}

// Resolves the santun.toml of every input (and of the current folder, for
// the exit policy), expands the folders into *paths, loads the rules and
// checks the ids they name. Prints the errors and returns nullptr on failure.
}  // namespace

Session* OpenCheckSession(const CheckOptions& opt, const std::vector<std::string>& args,
                          std::vector<std::string>* paths, std::vector<InputError>* expand_errors,
                          SkipCounts* skipped) {
  kept_until_exit = new Session(SessionOptionsOf(opt));
  Session& session = *kept_until_exit;
  Errors errors = session.Open();
  for (const std::string& p : args) session.ConfigFor(p, &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return nullptr;
  }
  *paths = Expand(opt, session, args, expand_errors, skipped);
  for (const std::string& p : *paths) session.ConfigFor(p, &errors);
  session.ConfigFor("-", &errors);
  if (!errors.empty()) {
    PrintErrors(errors);
    return nullptr;
  }
  if (!session.LoadRules()) return nullptr;
  errors = session.ValidateIds();
  PrintErrors(errors);
  return errors.empty() ? &session : nullptr;
}

}  // namespace santun::cli
