#include "ruleset/lazy_regex.h"

#include <re2/re2.h>

#include "ruleset/atom_edges.h"

namespace santun {

LazyRegex::LazyRegex(std::string source, std::vector<std::vector<std::string>> atom_clauses)
    : source_(std::move(source)), atom_clauses_(std::move(atom_clauses)) {}
LazyRegex::~LazyRegex() = default;

const re2::RE2& LazyRegex::get() const {
  std::call_once(once_, [this] {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    re_ = std::make_unique<RE2>(source_, o);
  });
  return *re_;
}

bool LazyRegex::MayMatch(std::string_view skeleton) const {
  for (const auto& clause : atom_clauses_) {
    bool found = false;
    for (const std::string& atom : clause) {
      if (ContainsAtom(skeleton, atom)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

std::string LazyRegex::Validate() const {
  const RE2& re = get();
  return re.ok() ? "" : re.error();
}

}  // namespace santun
