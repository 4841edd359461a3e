#include "eval/eval_report.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "text/visible.h"

namespace santun {
namespace {

std::string Row(const std::string& name, const Score& s) {
  char buf[160];
  if (s.tp + s.fp + s.fn == 0) {
    std::snprintf(buf, sizeof buf, "%-34s %5d %5d %5d %9s %7s %7s\n", name.c_str(), 0, 0, 0, "-", "-", "-");
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%-34s %5d %5d %5d %9.3f %7.3f %7.3f\n", name.c_str(), s.tp, s.fp, s.fn, s.precision(),
                s.recall(), s.f1());
  return buf;
}

std::string Header(const char* first) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-34s %5s %5s %5s %9s %7s %7s\n", first, "tp", "fp", "fn", "precision", "recall",
                "f1");
  return buf;
}

}  // namespace

void RenderEvalHuman(const EvalResult& result, const EvalReportOptions& options, std::ostream& out) {
  out << result.messages << " messages\n\n" << Header("category");
  for (const auto& [name, score] : result.categories) out << Row(name, score);
  out << Row("(micro average)", result.micro);
  char buf[160];
  std::snprintf(buf, sizeof buf, "compliant messages with an error: %d of %d (%.1f %%)\n", result.compliant_with_error,
                result.compliant, 100.0 * result.compliant_error_rate());
  out << buf << "\n" << Header("rule");
  for (const auto& [name, score] : result.rules) out << Row(name, score);
  if (!result.unloaded_rule_labels.empty()) {
    out << "\nlabels for rules that are not loaded (not scored):";
    for (const auto& [rule, n] : result.unloaded_rule_labels) out << " " << rule << " (" << n << ")";
    out << "\n";
  }
  if (!options.show) return;
  out << "\n";
  for (const Disagreement& d : result.disagreements) {
    const CorpusRecord& r = *d.record;
    out << r.file << ":" << r.line << ": " << r.id << ": " << (d.missed ? "missed " : "false alarm ") << d.what;
    if (!d.missed) out << " (" << d.flagged << ")";
    out << "\n    " << OneLine(r.text, 160) << "\n";
  }
}

void RenderEvalJson(const EvalResult& result, const EvalReportOptions& options, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto score = [](const Score& s) {
    return Json{{"tp", s.tp},           {"fp", s.fp},  {"fn", s.fn}, {"precision", s.precision()},
                {"recall", s.recall()}, {"f1", s.f1()}};
  };
  Json categories = Json::object(), rules = Json::object();
  for (const auto& [name, s] : result.categories) categories[name] = score(s);
  for (const auto& [name, s] : result.rules) rules[name] = score(s);
  Json doc{{"version", 1},
           {"messages", result.messages},
           {"categories", categories},
           {"micro", score(result.micro)},
           {"compliant",
            {{"messages", result.compliant},
             {"with_error", result.compliant_with_error},
             {"rate", result.compliant_error_rate()}}},
           {"rules", rules}};
  if (options.show) {
    Json list = Json::array();
    for (const Disagreement& d : result.disagreements) {
      list.push_back(Json{{"file", d.record->file},
                          {"line", d.record->line},
                          {"id", d.record->id},
                          {"kind", d.missed ? "missed" : "false-alarm"},
                          {"what", d.what},
                          {"flagged", d.flagged}});
    }
    doc["disagreements"] = list;
  }
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace santun
