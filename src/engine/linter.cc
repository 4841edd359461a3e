#include "engine/linter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "engine/checks/check.h"
#include "engine/suppression.h"
#include "ruleset/categories.h"
#include "fix/build.h"
#include "text/language.h"
#include "text/normalizer.h"
#include "text/scopes.h"

namespace santun {
namespace {

// Calls f(span) for every match of `re` in `text` (the "hit" group when the
// pattern has one, else the whole match), left to right.
template <typename F>
void ForEachMatch(const RE2& re, std::string_view text, F&& f) {
  const auto& names = re.NamedCapturingGroups();
  auto it = names.find("hit");
  const int hit = it == names.end() ? 0 : it->second;
  const int n = hit + 1;
  re2::StringPiece groups[16];
  if (n > 16) return;
  size_t pos = 0;
  const re2::StringPiece whole(text.data(), text.size());
  while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, groups, n)) {
    re2::StringPiece g = groups[hit].data() ? groups[hit] : groups[0];
    auto b = static_cast<uint32_t>(g.data() - text.data());
    auto e = static_cast<uint32_t>(b + g.size());
    if (e > b) f(Span{b, e});
    size_t next = std::max<size_t>(e, static_cast<size_t>(groups[0].data() - text.data()) + 1);
    if (next <= pos) next = pos + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    pos = next;
  }
}

bool Excepted(const Rule& rule, std::string_view text, const Scopes& scopes, Span hit) {
  for (const RuleException& ex : rule.exceptions) {
    const Span area = ex.scope == RuleException::Scope::kSentence ? scopes.SentenceAt(hit.begin) : hit;
    for (const Regex& re : ex.regexes) {
      bool found = false;
      ForEachMatch(re->get(), text, [&](Span s) { found |= s.Overlaps(area); });
      if (found) return true;
    }
  }
  return false;
}

bool Runs(const Rule& rule, const MessageOptions& options, const std::string& lang) {
  if (options.only_rule) return &rule == options.only_rule;
  if (!rule.AppliesTo(lang)) return false;
  return !options.selection || options.selection->Enabled(rule.id, rule.category);
}

}  // namespace

struct Linter::Prefilter {
  explicit Prefilter(const RE2::Options& o) : set(o, RE2::UNANCHORED) {}
  RE2::Set set;
};

Linter::Linter(const RuleSet& rules) : rules_(rules) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(256 << 20);
  // The Set only says which patterns match, not where: longest-match
  // semantics give the same answer and compile about a third faster.
  o.set_longest_match(true);
  auto prefilter = std::make_unique<Prefilter>(o);
  RE2::Set* set = &prefilter->set;
  bool ok = true;
  for (size_t r = 0; r < rules.rules().size() && ok; ++r) {
    const Rule& rule = rules.rules()[r];
    for (size_t m = 0; m < rule.matchers.size(); ++m) {
      if (set->Add(rule.matchers[m]->source(), nullptr) < 0) {
        ok = false;
        break;
      }
      entries_.push_back({r, m});
    }
  }
  if (ok && set->Compile()) set_ = std::move(prefilter);
}

Linter::~Linter() = default;

LintResult Linter::Lint(const SourceText& source, const MessageOptions& options) const {
  LintResult result;
  const NormalizedText normalized = Normalize(source.text());
  const std::string_view ntext = normalized.text;
  result.lang = options.lang == "auto" || options.lang.empty() ? DetectLanguage(ntext) : options.lang;
  const Scopes scopes(ntext);
  const auto& rules = rules_.rules();

  // Which (rule, matcher) pairs hit: the Set says; without it, try them all.
  std::vector<Entry> hits;
  std::vector<int> indices;
  bool set_ok = false;
  if (set_) {
    RE2::Set::ErrorInfo info;
    set_ok = set_->set.Match(re2::StringPiece(ntext.data(), ntext.size()), &indices, &info) ||
             info.kind == RE2::Set::kNoError;
  }
  if (set_ok) {
    std::sort(indices.begin(), indices.end());
    for (int i : indices) hits.push_back(entries_[static_cast<size_t>(i)]);
  } else {
    for (size_t r = 0; r < rules.size(); ++r) {
      for (size_t m = 0; m < rules[r].matchers.size(); ++m) hits.push_back({r, m});
    }
  }

  auto emit = [&](const Rule& rule, Span original, uint32_t normalized_begin) {
    Diagnostic d = MakeDiagnostic(rule, source.text(), original);
    if (auto fix = BuildFix(rule, source, normalized, scopes, normalized_begin, original)) {
      d.fixes.push_back(std::move(*fix));
    }
    result.diagnostics.push_back(std::move(d));
  };

  for (const Entry& e : hits) {
    const Rule& rule = rules[e.rule];
    if (!Runs(rule, options, result.lang)) continue;
    ForEachMatch(rule.matchers[e.matcher]->get(), ntext, [&](Span n) {
      if (rule.negation && scopes.IsNegated(n.begin)) return;
      if (rule.skip_quoted && scopes.InQuotes(n.begin)) return;
      if (!rule.exceptions.empty() && Excepted(rule, ntext, scopes, n)) return;
      emit(rule, normalized.ToOriginal(n), n.begin);
    });
  }

  const CheckContext context{source, normalized, scopes, result.lang};
  for (const Rule& rule : rules) {
    if (rule.check.empty() || !Runs(rule, options, result.lang)) continue;
    CheckFn fn = FindCheckFn(rule.check);
    if (!fn) continue;
    std::vector<CheckHit> check_hits;
    fn(context, rule, &check_hits);
    for (const CheckHit& h : check_hits) {
      // The normalized position of the hit, for sentence-scoped fixes.
      auto it = std::lower_bound(normalized.begin.begin(), normalized.begin.end(), h.span.begin);
      emit(rule, h.span, static_cast<uint32_t>(it - normalized.begin.begin()));
    }
  }

  // One diagnostic per rule and place: overlapping hits of the same rule
  // (two patterns, or two language variants) keep the first, longest one.
  auto& diags = result.diagnostics;
  std::sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.rule->id != b.rule->id) return a.rule->id < b.rule->id;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : diags) {
    if (!kept.empty() && kept.back().rule->id == d.rule->id && kept.back().span.Overlaps(d.span)) continue;
    kept.push_back(std::move(d));
  }
  const std::vector<Suppression> suppressions = ParseSuppressions(source);
  if (!suppressions.empty()) {
    auto running = [&](const char* id) -> const Rule* {
      for (const Rule* r : rules_.Variants(id)) {
        if (Runs(*r, options, result.lang)) return r;
      }
      return nullptr;
    };
    const SuppressionRules meta{running("santun.unused-suppression"),
                                running("santun.suppression-without-reason"),
                                running("santun.invalid-suppression")};
    ApplySuppressions(source, suppressions, meta,
                      [&](const std::string& t) { return rules_.HasId(t) || IsCategory(t); }, &kept);
  }
  std::sort(kept.begin(), kept.end(), DiagnosticLess);
  diags = std::move(kept);
  return result;
}

}  // namespace santun
