#include "cli/path_filter.h"

#include <fstream>
#include <sstream>

#include "config/config.h"

namespace santun::cli {
namespace fs = std::filesystem;
namespace {

fs::path Absolute(const fs::path& p) {
  std::error_code ec;
  return fs::absolute(p, ec).lexically_normal();
}

// "a/b/" -> "a/b": lexically_normal keeps a trailing separator.
fs::path Clean(fs::path p) {
  if (!p.empty() && !p.has_filename()) p = p.parent_path();
  return p;
}

// The nearest folder from `dir` upward that holds .git, or "" when none.
fs::path RepositoryRoot(fs::path dir) {
  std::error_code ec;
  while (true) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (dir == dir.root_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

// Returns `path` relative to `base` with '/' separators, or "" when it is not below it.
std::string RelativeTo(const fs::path& path, const fs::path& base) {
  const fs::path rel = path.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

IgnoreRules ReadRules(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return IgnoreRules::Parse(text.str());
}

std::string Plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

std::string SkipCounts::Describe() const {
  std::string parts;
  auto add = [&](int n, const char* why) {
    if (n == 0) return;
    parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + why;
  };
  add(gitignore, ".gitignore");
  add(ignore, ".ignore");
  add(exclude, "exclude");
  return Plural(total(), "file") + (parts.empty() ? "" : " (" + parts + ")");
}

PathFilter::PathFilter(bool use_ignore_files, std::vector<ExcludeGlob> excludes)
    : use_ignore_files_(use_ignore_files), excludes_(std::move(excludes)) {}

void PathFilter::BeginWalk(const fs::path& root) {
  const fs::path dir = Clean(Absolute(root));
  const fs::path repo = RepositoryRoot(dir);
  top_ = repo.empty() ? dir : repo;
}

const PathFilter::FolderRules& PathFilter::RulesOf(const fs::path& folder) {
  auto it = rules_of_.find(folder);
  if (it == rules_of_.end()) {
    it = rules_of_.emplace(folder, FolderRules{ReadRules(folder / ".ignore"), ReadRules(folder / ".gitignore")}).first;
  }
  return it->second;
}

bool PathFilter::Excluded(const fs::path& path) const {
  const std::string name = path.filename().string();
  for (const ExcludeGlob& e : excludes_) {
    const std::string rel = RelativeTo(path, e.base);
    if (!rel.empty() && GlobMatches(e.glob, rel)) return true;
    if (e.glob.find('/') == std::string::npos && GlobMatches(e.glob, name)) return true;
  }
  return false;
}

std::string PathFilter::Skip(const fs::path& path, bool is_dir) {
  const fs::path abs = Clean(Absolute(path));
  if (Excluded(abs)) return "exclude";
  if (!use_ignore_files_) return "";
  // From the path's own folder up to the top: the deepest file that has a say wins.
  for (fs::path folder = abs.parent_path();; folder = folder.parent_path()) {
    const std::string rel = RelativeTo(abs, folder);
    if (rel.empty() || (folder != top_ && RelativeTo(folder, top_).empty())) break;
    const FolderRules& rules = RulesOf(folder);
    for (const auto& [file, name] : {std::pair{&rules.ignore, ".ignore"}, std::pair{&rules.gitignore, ".gitignore"}}) {
      const IgnoreRules::Verdict v = file->Match(rel, is_dir);
      if (v == IgnoreRules::Verdict::kIgnored) return name;
      if (v == IgnoreRules::Verdict::kIncluded) return "";
    }
    if (folder == top_ || folder == folder.parent_path()) break;
  }
  return "";
}

std::string PathFilter::SkipNamed(const fs::path& path) {
  const fs::path abs = Clean(Absolute(path));
  BeginWalk(abs.parent_path());
  std::vector<fs::path> chain;  // the folders below the top, then the file
  for (fs::path p = abs; p != top_ && p != p.parent_path(); p = p.parent_path()) chain.push_back(p);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    std::string why = Skip(*it, *it != abs);
    if (!why.empty()) return why;
  }
  return "";
}

}  // namespace santun::cli
