#include "fix/build.h"

namespace santun {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string Substitute(const std::string& templ, std::string_view matched) {
  std::string out;
  for (size_t i = 0; i < templ.size(); ++i) {
    if (templ.compare(i, 7, "{match}") == 0) {
      out.append(matched);
      i += 6;
    } else {
      out.push_back(templ[i]);
    }
  }
  return out;
}

// Removing a word takes one side of its surrounding blanks with it, so that
// "Dasar penipu, bayar" becomes "Dasar, bayar".
Span WithBlanks(std::string_view text, Span s) {
  uint32_t b = s.begin, e = s.end;
  while (b > 0 && IsBlank(text[b - 1])) --b;
  if (b == s.begin || b == 0 || text[b - 1] == '\n') {
    b = s.begin;
    while (e < text.size() && IsBlank(text[e])) ++e;
  }
  return {b, e};
}

}  // namespace

std::optional<Fix> BuildFix(const Rule& rule, const SourceText& source,
                            const NormalizedText& normalized, const Scopes& scopes,
                            uint32_t normalized_begin, Span original,
                            std::optional<std::string_view> shown) {
  const FixSpec& spec = rule.fix;
  if (spec.kind == FixSpec::Kind::kNone) return std::nullopt;
  const std::string_view text = source.text();
  Fix fix;
  fix.title = spec.title;
  fix.applicability = spec.applicability;
  switch (spec.kind) {
    case FixSpec::Kind::kReplace:
      fix.edits.push_back(
          {original, Substitute(spec.replacement, shown ? *shown : text.substr(original.begin, original.size()))});
      break;
    case FixSpec::Kind::kRemove:
      fix.edits.push_back({WithBlanks(text, original), ""});
      break;
    case FixSpec::Kind::kRemoveSentence: {
      Span sentence = normalized.ToOriginal(scopes.SentenceAt(normalized_begin));
      uint32_t e = sentence.end;
      while (e < text.size() && IsBlank(text[e])) ++e;
      fix.edits.push_back({{sentence.begin, e}, ""});
      break;
    }
    case FixSpec::Kind::kNone:
      break;
  }
  return fix;
}

}  // namespace santun
