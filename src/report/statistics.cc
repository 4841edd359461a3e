#include "report/statistics.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "report/human.h"

namespace santun {
namespace {

struct RuleCount {
  const Rule* rule = nullptr;
  int count = 0;
  int fixable = 0;  // diagnostics with a safe fix
};

bool HasSafeFix(const Diagnostic& d) {
  return std::any_of(d.fixes.begin(), d.fixes.end(),
                     [](const Fix& f) { return f.applicability == Applicability::kSafe; });
}

}  // namespace

void RenderStatistics(const RunResult& run, std::ostream& out) {
  std::map<std::string, RuleCount> by_id;
  for (const FileResult& file : run.files) {
    for (const MessageResult& m : file.messages) {
      for (const Diagnostic& d : m.diagnostics) {
        RuleCount& c = by_id[d.rule->id];
        if (!c.rule) c.rule = d.rule;
        ++c.count;
        if (HasSafeFix(d)) ++c.fixable;
      }
    }
  }
  std::vector<RuleCount> rows;
  for (const auto& [id, c] : by_id) rows.push_back(c);
  std::stable_sort(rows.begin(), rows.end(), [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
  size_t count_width = 0, id_width = 0;
  bool any_fixable = false;
  for (const RuleCount& r : rows) {
    count_width = std::max(count_width, std::to_string(r.count).size());
    id_width = std::max(id_width, r.rule->id.size());
    any_fixable = any_fixable || r.fixable == r.count;
  }
  for (const RuleCount& r : rows) {
    const std::string n = std::to_string(r.count);
    out << "  " << std::string(count_width - n.size(), ' ') << n << "  " << r.rule->id
        << std::string(id_width - r.rule->id.size(), ' ') << "  " << (r.fixable == r.count ? "[*]" : "   ") << "  "
        << r.rule->summary << "\n";
  }
  if (any_fixable) out << "[*] fixable with --fix (every diagnostic of the rule has a safe fix)\n";
  out << SummaryLine(Summarize(run)) << "\n";
  if (!run.note.empty()) out << run.note << "\n";
}

}  // namespace santun
