#include "cli/check_sink.h"

#include <filesystem>
#include <string>
#include <vector>

#include "report/github.h"
#include "report/human.h"
#include "report/json.h"
#include "report/jsonl.h"
#include "report/sarif.h"
#include "report/statistics.h"

namespace santun::cli {
namespace {

// The folder santun runs in (SARIF's %SRCROOT%), "" when unknown.
std::string CurrentFolder() {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  return ec ? "" : cwd.lexically_normal().string();
}

// The rules a SARIF log describes: every loaded id the selection enables.
std::vector<const Rule*> EnabledRules(const RuleSet& rules, const Selection& selection) {
  std::vector<const Rule*> out;
  for (const std::string& id : rules.ids()) {
    const Rule* r = rules.Variants(id).front();
    if (selection.Enabled(*r)) out.push_back(r);
  }
  return out;
}

}  // namespace

std::unique_ptr<ResultSink> MakeCheckSink(const CheckOptions& opt, Session& session, std::ostream& out, bool color) {
  const RuleSet& rules = session.rules();
  const Selection& selection = session.SelectionFor("-");
  if (opt.quiet) return std::make_unique<CountingSink>();
  if (opt.format == "jsonl") return std::make_unique<JsonlSink>(out, opt.output_rule_metadata);
  CollectingSink::Renderer render;
  if (opt.statistics) {
    render = [&out](const RunResult& run) { RenderStatistics(run, out); };
  } else if (opt.format == "json") {
    render = [&out](const RunResult& run) { RenderJson(run, out); };
  } else if (opt.format == "sarif") {
    SarifOptions sarif;
    sarif.rules = EnabledRules(rules, selection);
    sarif.docs_url = session.DocsUrl();
    sarif.source_root = CurrentFolder();
    for (const Rule* r : sarif.rules) {
      for (const Rule* v : rules.Variants(r->id)) sarif.variants.push_back(v);
    }
    render = [&out, sarif = std::move(sarif)](const RunResult& run) { RenderSarif(run, sarif, out); };
  } else if (opt.format == "github") {
    render = [&out](const RunResult& run) { RenderGithub(run, out); };
  } else {
    render = [&out, color](const RunResult& run) { RenderHuman(run, HumanOptions{color}, out); };
  }
  return std::make_unique<CollectingSink>(std::move(render));
}

}  // namespace santun::cli
