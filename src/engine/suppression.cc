#include "engine/suppression.h"

#include <re2/re2.h>

#include <algorithm>

#include "text/ascii.h"

namespace santun {
namespace {

std::vector<std::string> SplitTargets(const std::string& list) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item(ascii::Trim(std::string_view(list).substr(start, comma - start)));
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

constexpr const char* kOpeners[] = {"{{!--", "{{!", "{#", "<!--", "/*"};
constexpr const char* kClosers[] = {"--}}", "}}", "#}", "-->", "*/"};

// The reason ends where the comment does; returns its length in `rest`.
size_t ReasonLength(std::string_view rest) {
  size_t end = rest.size();
  for (const char* closer : kClosers) end = std::min(end, rest.find(closer));
  return end;
}

// The range deleting a directive removes: the directive and its reason, the
// enclosing comment when that is all it holds, and the blanks before it
// (the whole line when nothing else is on it).
Span RemovalOf(std::string_view text, Span directive, size_t reason_end) {
  size_t line_begin = text.rfind('\n', directive.begin == 0 ? 0 : directive.begin - 1);
  line_begin = (line_begin == std::string_view::npos || directive.begin == 0) ? 0 : line_begin + 1;
  size_t line_end = text.find('\n', directive.begin);
  if (line_end == std::string_view::npos) line_end = text.size();
  size_t b = directive.begin, e = reason_end;
  // An enclosing comment with nothing else inside goes too.
  std::string_view before = text.substr(line_begin, b - line_begin);
  for (const char* opener : kOpeners) {
    size_t at = before.rfind(opener);
    if (at == std::string_view::npos) continue;
    std::string_view inside = before.substr(at + std::string_view(opener).size());
    if (inside.find_first_not_of(" \t") != std::string_view::npos) break;
    std::string_view after = text.substr(e, line_end - e);
    size_t lead = after.find_first_not_of(" \t");
    for (const char* closer : kClosers) {
      if (lead != std::string_view::npos && after.substr(lead).rfind(closer, 0) == 0) {
        b = line_begin + at;
        e = e + lead + std::string_view(closer).size();
        break;
      }
    }
    break;
  }
  while (b > line_begin && ascii::IsBlank(text[b - 1])) --b;
  size_t rest = e;
  while (rest < line_end && ascii::IsBlank(text[rest])) ++rest;
  if (b == line_begin && rest == line_end && line_end < text.size()) e = line_end + 1;  // the whole line
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

// True when nothing but blanks and comment openers precede `offset` on its line.
bool AloneOnLine(std::string_view line, size_t offset) {
  std::string before(line.substr(0, offset));
  for (const char* opener : {"{{!--", "{{!", "{#", "<!--", "//", "#", "/*"}) {
    size_t at = before.find(opener);
    if (at != std::string::npos) before.erase(at, std::string(opener).size());
  }
  return std::all_of(before.begin(), before.end(), ascii::IsBlank);
}

bool Matches(const std::string& target, const Diagnostic& d) {
  return target == d.rule->id || target == d.rule->category;
}

}  // namespace

std::vector<Suppression> ParseSuppressions(const SourceText& source) {
  static const RE2 directive(
      "(?i)santun:[ \\t]*(ignore-file|ignore|disable|enable)\\b(?:\\[([^\\]\\n]*)\\])?([^\\n]*)");
  std::vector<Suppression> out;
  const std::string_view text = source.text();
  if (text.find("santun:") == std::string_view::npos && text.find("SANTUN:") == std::string_view::npos &&
      text.find("Santun:") == std::string_view::npos) {
    return out;
  }
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[4];
  size_t pos = 0;
  while (pos < text.size() && directive.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 4)) {
    Suppression s;
    const auto begin = static_cast<uint32_t>(groups[0].data() - text.data());
    const re2::StringPiece head_end = groups[2].data() ? groups[2] : groups[1];
    uint32_t end = static_cast<uint32_t>(head_end.data() + head_end.size() - text.data());
    if (groups[2].data()) ++end;  // the closing ']'
    s.span = {begin, end};
    const std::string kind = ascii::ToLower(std::string_view(groups[1].data(), groups[1].size()));
    s.kind = kind == "ignore-file" ? Suppression::Kind::kFile
             : kind == "disable"   ? Suppression::Kind::kDisable
             : kind == "enable"    ? Suppression::Kind::kEnable
                                   : Suppression::Kind::kLine;
    if (groups[2].data()) s.targets = SplitTargets(std::string(groups[2].data(), groups[2].size()));
    s.used.assign(std::max<size_t>(1, s.targets.size()), false);
    const std::string_view rest(groups[3].data(), groups[3].size());
    const size_t reason_length = ReasonLength(rest);
    s.reason = std::string(ascii::Trim(rest.substr(0, reason_length)));
    const size_t reason_end = static_cast<size_t>(groups[3].data() - text.data()) +
                              std::string_view(rest.substr(0, reason_length)).find_last_not_of(" \t") + 1;
    s.removal = RemovalOf(text, s.span, s.reason.empty() ? s.span.end : reason_end);
    const Position p = source.PositionOf(begin);
    s.target_line = p.line;
    if (s.kind == Suppression::Kind::kLine && AloneOnLine(source.Line(p.line), p.column - 1)) {
      // A comment on its own line covers the next line that has text.
      for (uint32_t l = p.line + 1; l <= source.line_count(); ++l) {
        std::string_view next = source.Line(l);
        if (!std::all_of(next.begin(), next.end(), ascii::IsBlank)) {
          s.target_line = l;
          break;
        }
      }
    }
    out.push_back(std::move(s));
    pos = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
  }
  return out;
}

void ApplySuppressions(const SourceText& source, const std::vector<Suppression>& parsed, const SuppressionRules& rules,
                       const std::function<bool(const std::string&)>& known, std::vector<Diagnostic>* diagnostics) {
  if (parsed.empty()) return;
  std::vector<Suppression> sups = parsed;
  // Covers(s, target index, diagnostic): does suppression s hide d?
  auto covers = [&](Suppression& s, const Diagnostic& d) {
    bool hit = false;
    for (size_t t = 0; t < s.used.size(); ++t) {
      if (!s.targets.empty() && !Matches(s.targets[t], d)) continue;
      s.used[t] = true;
      hit = true;
    }
    return hit;
  };
  auto suppressed = [&](const Diagnostic& d) {
    if (d.rule->category == "santun") return false;
    const uint32_t line = source.PositionOf(d.span.begin).line;
    bool hidden = false;
    for (size_t i = 0; i < sups.size(); ++i) {
      Suppression& s = sups[i];
      switch (s.kind) {
        case Suppression::Kind::kFile: hidden |= covers(s, d); break;
        case Suppression::Kind::kLine:
          if (s.target_line == line) hidden |= covers(s, d);
          break;
        case Suppression::Kind::kDisable: {
          if (d.span.begin < s.span.end) break;
          // Active until an enable that names the same targets (or any enable without a list).
          uint32_t until = static_cast<uint32_t>(source.text().size());
          for (size_t j = i + 1; j < sups.size(); ++j) {
            if (sups[j].kind == Suppression::Kind::kEnable &&
                (sups[j].targets.empty() || sups[j].targets == s.targets)) {
              until = sups[j].span.begin;
              break;
            }
          }
          if (d.span.begin < until) hidden |= covers(s, d);
          break;
        }
        case Suppression::Kind::kEnable: break;
      }
    }
    return hidden;
  };
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : *diagnostics) {
    if (!suppressed(d)) kept.push_back(std::move(d));
  }
  auto report = [&](const Rule* rule, const Suppression& s) {
    if (!rule) return;
    Diagnostic d = MakeDiagnostic(*rule, source.text(), s.span);
    if (rule->fix.kind == FixSpec::Kind::kRemove) {
      d.fixes.push_back(Fix{rule->fix.title, {Edit{s.removal, ""}}, rule->fix.applicability, {}});
    }
    kept.push_back(std::move(d));
  };
  for (const Suppression& s : sups) {
    if (s.kind == Suppression::Kind::kEnable) continue;
    bool invalid = false;
    for (const std::string& t : s.targets) invalid |= !known(t);
    if (invalid) {
      report(rules.invalid, s);
      continue;
    }
    if (std::find(s.used.begin(), s.used.end(), false) != s.used.end()) report(rules.unused, s);
    if (s.reason.empty()) report(rules.without_reason, s);
  }
  *diagnostics = std::move(kept);
}

}  // namespace santun
