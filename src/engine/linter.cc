#include "engine/linter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "engine/atom_index.h"
#include "engine/checks/check.h"
#include "engine/facts.h"
#include "engine/fix_site.h"
#include "engine/match.h"
#include "engine/message_kind.h"
#include "engine/quoted_masking.h"
#include "engine/send_time.h"
#include "engine/suppression.h"
#include "fix/build.h"
#include "fix/content_guard.h"
#include "ruleset/categories.h"
#include "text/language.h"
#include "text/normalizer.h"
#include "text/scopes.h"
#include "text/skeleton.h"

namespace santun {

const AllowList kNoAllowList;

// Everything known about the message being linted.
struct LintMessage {
  LintMessage(const SourceText& src, const MessageOptions& opt)
      : deadline(opt.time_budget ? std::optional(std::chrono::steady_clock::now() + *opt.time_budget) : std::nullopt),
        source(src),
        options(opt),
        normalized(Normalize(src.text())),
        scopes(normalized.text),
        skeleton(Skeleton(normalized.text)) {
    lang = opt.lang == "auto" || opt.lang.empty() ? DetectLanguage(normalized.text) : opt.lang;
    profile = opt.profile == "auto" || opt.profile.empty() ? (lang == "id" ? "id" : "generic") : opt.profile;
    std::string error;
    if (!opt.send_at.empty()) send_time = ResolveSendTime(opt.send_at, opt.tz, &error);
    facts.emplace(source, lang, ResolveToday(ParseIsoDate(opt.today), send_time), opt.template_mode,
                  opt.allow ? *opt.allow : kNoAllowList);
  }

  // Throws TimeBudgetExceeded once the message's budget is spent.
  void CheckDeadline() const {
    if (deadline && std::chrono::steady_clock::now() >= *deadline) throw TimeBudgetExceeded(*options.time_budget);
  }

  bool Runs(const Rule& rule) const {
    if (options.only_rule) return &rule == options.only_rule && rule.RunsOn(kind_name);
    if (!rule.AppliesTo(lang) || !rule.InProfile(profile) || !rule.RunsOn(kind_name)) return false;
    return !options.selection || options.selection->Enabled(rule);
  }

  const std::optional<std::chrono::steady_clock::time_point> deadline;
  const SourceText& source;
  const MessageOptions& options;
  const NormalizedText normalized;
  const Scopes scopes;
  const std::string skeleton;  // for the prefilter's atoms
  std::string lang;
  std::string profile;
  MessageKind kind = MessageKind::kDemand;
  std::string_view kind_name = MessageKindName(MessageKind::kDemand);
  std::optional<LocalTime> send_time;
  std::optional<Facts> facts;
  std::vector<uint32_t> matcher_candidates;  // entries whose every clause has an atom in the skeleton (ScanAtoms)
  std::optional<RegexGate> gate;
  // Every match of an exception regex in the normalized text, found on
  // first use: each hit then asks a binary search, not a scan of the text.
  std::unordered_map<const RE2*, std::vector<Span>> exception_matches;
};

namespace {

bool Excepted(LintMessage& m, const Rule& rule, Span hit) {
  for (const RuleException& ex : rule.exceptions) {
    const Span area = ex.scope == RuleException::Scope::kSentence ? m.scopes.SentenceAt(hit.begin)
                      : ex.scope == RuleException::Scope::kMessage
                          ? Span{0, static_cast<uint32_t>(m.normalized.text.size())}
                          : hit;
    for (const Regex& re : ex.regexes) {
      if (!m.gate->MayMatch(*re)) continue;
      // (No structured binding: clang 14, which builds the fuzzers, cannot capture one.)
      const auto emplaced = m.exception_matches.try_emplace(&re->get());
      std::vector<Span>& found = emplaced.first->second;
      if (emplaced.second) ForEachMatch(re->get(), m.normalized.text, [&found](Span s) { found.push_back(s); });
      // Matches come sorted and disjoint: only the first that ends after
      // the area's start can overlap it.
      auto s =
          std::upper_bound(found.begin(), found.end(), area.begin, [](uint32_t b, const Span& f) { return b < f.end; });
      if (s != found.end() && s->Overlaps(area)) return true;
    }
  }
  return false;
}

// True when the rule's replacement names a group of its pattern ($1, ${name}),
// not only the whole match or facts of the message.
bool NeedsGroups(const Rule& rule) {
  if (rule.fix.kind != FixSpec::Kind::kReplace || rule.fix.replacement.find('$') == std::string::npos) return false;
  std::vector<std::string> names;
  ValidateTemplate(rule.fix.replacement, &names);
  return std::any_of(names.begin(), names.end(),
                     [](const std::string& n) { return n != "0" && n != "amount" && n != "due_date"; });
}

// Reports a hit; `captures` holds the pattern's groups or the check's values.
// A personal-data hit comes `masked`: the diagnostic and every fix see only
// the masked form ($0 and ${masked}).
void Emit(LintMessage& m, const Rule& rule, Span original, uint32_t normalized_begin, const CheckHit& hit,
          Captures captures, std::vector<Diagnostic>* out) {
  Diagnostic d = MakeDiagnostic(rule, m.source.text(), original, hit.detail, hit.masked);
  if (hit.severity) d.severity = *hit.severity;
  if (rule.fix.kind != FixSpec::Kind::kNone) {
    captures.Set("0", d.matched);
    if (!hit.masked.empty()) captures.Set("masked", hit.masked);
    FixSite site = MakeFixSite(m.source, m.normalized, m.scopes, *m.facts, normalized_begin, original, &captures);
    site.check_edits = &hit.edits;
    AddFactCaptures(rule.fix, *m.facts, site.text, site.sentence, original, &captures);
    if (auto fix = BuildFix(rule.fix, site)) d.fixes.push_back(std::move(*fix));
  }
  out->push_back(std::move(d));
}

// What output must not show of the message: the values the personal-data
// rules masked and every other value a personal-data detector found (a
// phone number no rule reported because it may be the creditor's still
// is one), so that no rule quotes one and no snippet shows one. FindPii runs
// only when something will be shown and the text has a digit or an '@'.
std::vector<Redaction> MessageRedactions(LintMessage& m, const std::vector<Diagnostic>& diags) {
  std::vector<Redaction> all;
  for (const Diagnostic& d : diags) {
    if (d.masked) all.push_back({d.span, d.matched});
  }
  const std::string_view text = m.source.text();
  const bool may_hold = text.find('@') != std::string_view::npos ||
                        std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!diags.empty() && may_hold) {
    for (const pii::PiiFinding& f : m.facts->personal_data()) all.push_back({f.span, f.masked});
  }
  return MergeRedactions(std::move(all));
}

// santun.toml's [severity]: a rule id beats its category.
void ApplySeverityOverrides(const std::map<std::string, Severity>& severity, std::vector<Diagnostic>* diags) {
  for (Diagnostic& d : *diags) {
    auto by_id = severity.find(d.rule->id);
    auto by_category = severity.find(d.rule->category);
    if (by_id != severity.end()) {
      d.severity = by_id->second;
    } else if (by_category != severity.end()) {
      d.severity = by_category->second;
    }
  }
}

// A rule's `unless` facts (found outside the hit itself: "hari ini juga" is
// vague although "hari ini" is a date) and `unless_rules` cancel its hits.
void ApplyUnless(LintMessage& m, std::vector<Diagnostic>* diags) {
  std::unordered_set<std::string_view> fired;  // once, not per diagnostic: hits x hits was quadratic
  for (const Diagnostic& d : *diags) fired.insert(d.rule->id);
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : *diags) {
    bool cancelled = false;
    for (const std::string& fact : d.rule->unless) cancelled |= m.facts->HoldsOutside(fact, d.span);
    for (const std::string& other : d.rule->unless_rules) cancelled |= fired.count(other) > 0;
    if (!cancelled) kept.push_back(std::move(d));
  }
  *diags = std::move(kept);
}

// One diagnostic per rule and place: overlapping hits of the same rule (two
// patterns, or two language variants) keep the first, longest one.
void Deduplicate(std::vector<Diagnostic>* diags) {
  std::sort(diags->begin(), diags->end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.rule->id != b.rule->id) return a.rule->id < b.rule->id;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : *diags) {
    if (!kept.empty() && kept.back().rule->id == d.rule->id && kept.back().span.Overlaps(d.span)) continue;
    kept.push_back(std::move(d));
  }
  *diags = std::move(kept);
}

// A slot's name is no wording of the message: "[CASE NUMBER]" names no
// court and "{{overdue_days}}" demands nothing. Template rules judge slots
// themselves.
bool InsidePlaceholder(LintMessage& m, const Rule& rule, Span normalized) {
  const std::vector<Placeholder>& slots = m.facts->placeholders();
  if (slots.empty() || rule.category == "template") return false;
  const Span o = m.normalized.ToOriginal(normalized);
  return std::any_of(slots.begin(), slots.end(),
                     [&](const Placeholder& p) { return p.span.begin <= o.begin && o.end <= p.span.end; });
}

}  // namespace

struct Linter::Prefilter {
  explicit Prefilter(const RE2::Options& o) : set(o, RE2::UNANCHORED) {}
  AtomIndex atoms;                      // atom -> clause it belongs to
  std::vector<uint32_t> clause_entry;   // clause -> entry
  std::vector<uint32_t> entry_clauses;  // entry -> number of clauses
  RE2::Set set;                         // entries without atoms ("[!?]{3,}")
  std::vector<uint32_t> set_entries;    // Set index -> entry
  bool set_ok = false;
  // Lexicon and exception regexes share the atom index: their clauses
  // follow the matchers' (ids from clause_entry.size() on).
  GateIds gate_of;                         // regex -> gate
  std::vector<uint32_t> gate_clause_gate;  // clause - clause_entry.size() -> gate
  std::vector<uint32_t> gate_clauses;      // gate -> number of clauses

  void AddGate(const LazyRegex& re) {
    if (re.atom_clauses().empty() || gate_of.of_regex.contains(&re)) return;
    const auto gate = static_cast<uint32_t>(gate_clauses.size());
    gate_of.of_regex.emplace(&re, gate);
    gate_clauses.push_back(static_cast<uint32_t>(re.atom_clauses().size()));
    for (const auto& clause : re.atom_clauses()) {
      const auto id = static_cast<uint32_t>(clause_entry.size() + gate_clause_gate.size());
      gate_clause_gate.push_back(gate);
      for (const std::string& atom : clause) atoms.Add(atom, id);
    }
  }
};

Linter::Linter(const RuleSet& rules) : rules_(rules) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(256 << 20);
  // The Set only says which patterns match, not where: longest-match
  // semantics give the same answer and compile faster.
  o.set_longest_match(true);
  prefilter_ = std::make_unique<Prefilter>(o);
  bool set_ok = true;
  for (size_t r = 0; r < rules.rules().size(); ++r) {
    const Rule& rule = rules.rules()[r];
    for (size_t m = 0; m < rule.matchers.size(); ++m) {
      const auto entry = static_cast<uint32_t>(entries_.size());
      entries_.push_back({r, m});
      const Regex& re = rule.matchers[m];
      prefilter_->entry_clauses.push_back(static_cast<uint32_t>(re->atom_clauses().size()));
      if (!re->atom_clauses().empty()) {
        for (const auto& clause : re->atom_clauses()) {
          const auto id = static_cast<uint32_t>(prefilter_->clause_entry.size());
          prefilter_->clause_entry.push_back(entry);
          for (const std::string& atom : clause) prefilter_->atoms.Add(atom, id);
        }
      } else if (set_ok) {
        set_ok = prefilter_->set.Add(re->source(), nullptr) >= 0;
        prefilter_->set_entries.push_back(entry);
      }
    }
  }
  for (const Rule& rule : rules.rules()) checks_.push_back(rule.check.empty() ? nullptr : FindCheckFn(rule.check));
  for (const Lexicon& lexicon : rules.lexicons()) {
    for (const Regex& re : lexicon.regexes) prefilter_->AddGate(*re);
  }
  for (const Rule& rule : rules.rules()) {
    for (const RuleException& ex : rule.exceptions) {
      for (const Regex& re : ex.regexes) prefilter_->AddGate(*re);
    }
  }
  for (const Lexicon& lexicon : rules.lexicons()) {
    std::vector<uint32_t>& gates = prefilter_->gate_of.of_lexicon[&lexicon];
    for (const Regex& re : lexicon.regexes) {
      auto it = prefilter_->gate_of.of_regex.find(re.get());
      gates.push_back(it == prefilter_->gate_of.of_regex.end() ? GateIds::kNoGate : it->second);
    }
  }
  prefilter_->atoms.Build();
  prefilter_->set_ok = set_ok && (prefilter_->set_entries.empty() || prefilter_->set.Compile());
}

Linter::~Linter() = default;

const AtomIndex& Linter::atom_index() const { return prefilter_->atoms; }

void Linter::RunMatchers(LintMessage& m, std::vector<Diagnostic>* out) const {
  const std::string_view ntext = m.normalized.text;
  const auto& rules = rules_.rules();
  // Which matchers may hit: those whose atoms occur in the skeleton, and
  // those without atoms that the Set finds. Only they run their own regex.
  // A matcher is a candidate when each of its clauses has an atom present.
  std::vector<uint32_t> candidates = std::move(m.matcher_candidates);
  if (!prefilter_->set_entries.empty()) {
    std::vector<int> indices;
    RE2::Set::ErrorInfo info;
    const bool matched =
        prefilter_->set_ok && (prefilter_->set.Match(re2::StringPiece(ntext.data(), ntext.size()), &indices, &info) ||
                               info.kind == RE2::Set::kNoError);
    if (matched) {
      for (int i : indices) candidates.push_back(prefilter_->set_entries[static_cast<size_t>(i)]);
    } else {
      candidates.insert(candidates.end(), prefilter_->set_entries.begin(), prefilter_->set_entries.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t c : candidates) {
    const Entry& e = entries_[c];
    const Rule& rule = rules[e.rule];
    if (!m.Runs(rule)) continue;
    m.CheckDeadline();
    const RE2& re = rule.matchers[e.matcher]->get();
    const bool groups = NeedsGroups(rule);
    ForEachMatchGroups(re, ntext, groups, [&](Span n, const std::vector<std::optional<Span>>& spans) {
      m.CheckDeadline();
      if (rule.negation && m.scopes.IsNegated(n.begin)) return;
      if (rule.skip_quoted && m.scopes.InQuotes(n.begin)) return;
      if (!rule.exceptions.empty() && Excepted(m, rule, n)) return;
      if (InsidePlaceholder(m, rule, n)) return;
      Captures captures;
      if (groups) {
        const std::string_view text = m.source.text();
        auto original = [&](const std::optional<Span>& g) {
          if (!g || g->empty()) return std::string();
          const Span o = m.normalized.ToOriginal(*g);
          return std::string(text.substr(o.begin, o.size()));
        };
        for (size_t i = 1; i < spans.size() && i <= 9; ++i) captures.Set(std::to_string(i), original(spans[i]));
        for (const auto& [name, index] : re.NamedCapturingGroups()) {
          if (static_cast<size_t>(index) < spans.size())
            captures.Set(name, original(spans[static_cast<size_t>(index)]));
        }
      }
      Emit(m, rule, m.normalized.ToOriginal(n), n.begin, CheckHit{}, std::move(captures), out);
    });
  }
}

void Linter::RunChecks(LintMessage& m, const CheckContext& context, std::vector<Diagnostic>* out) const {
  for (size_t r = 0; r < checks_.size(); ++r) {
    const Rule& rule = rules_.rules()[r];
    const CheckFn fn = checks_[r];
    if (!fn || !m.Runs(rule)) continue;
    m.CheckDeadline();
    std::vector<CheckHit> check_hits;
    fn(context, rule, &check_hits);
    for (const CheckHit& h : check_hits) {
      m.CheckDeadline();
      // The normalized position of the hit: for negation, quotes and
      // sentence-scoped fixes.
      auto it = std::lower_bound(m.normalized.begin.begin(), m.normalized.begin.end(), h.span.begin);
      const auto n = static_cast<uint32_t>(it - m.normalized.begin.begin());
      if (rule.negation && m.scopes.IsNegated(n)) continue;
      if (rule.skip_quoted && m.scopes.InQuotes(n)) continue;
      if (!rule.exceptions.empty()) {
        const auto e = std::lower_bound(m.normalized.begin.begin(), m.normalized.begin.end(), h.span.end);
        const Span normalized{n, std::max(n, static_cast<uint32_t>(e - m.normalized.begin.begin()))};
        if (Excepted(m, rule, normalized)) continue;
      }
      Captures captures;
      for (const auto& [name, value] : h.captures) captures.Set(name, value);
      Emit(m, rule, h.span, n, h, std::move(captures), out);
    }
  }
}

void Linter::Suppress(LintMessage& m, std::vector<Diagnostic>* diags) const {
  const std::vector<Suppression> suppressions = ParseSuppressions(m.source);
  if (suppressions.empty()) return;
  auto running = [&](const char* id) -> const Rule* {
    for (const Rule* r : rules_.Variants(id)) {
      if (m.Runs(*r)) return r;
    }
    return nullptr;
  };
  const SuppressionRules meta{running("santun.unused-suppression"), running("santun.suppression-without-reason"),
                              running("santun.invalid-suppression")};
  ApplySuppressions(
      m.source, suppressions, meta, [&](const std::string& t) { return rules_.HasId(t) || IsCategory(t); }, diags);
}

void Linter::ScanAtoms(LintMessage& m) const {
  std::vector<uint32_t> found;  // with repeats: common atoms occur many times
  prefilter_->atoms.Scan(m.skeleton, &found);
  // Counting, not sorting (a fifth of this function): each clause found
  // counts once for its matcher or gate, and one whose every clause is
  // present becomes a candidate or opens.
  const size_t matcher_clauses = prefilter_->clause_entry.size();
  std::vector<uint8_t> seen(matcher_clauses + prefilter_->gate_clause_gate.size());
  std::vector<uint32_t> entry_found(prefilter_->entry_clauses.size());
  std::vector<uint32_t> gate_found(prefilter_->gate_clauses.size());
  std::vector<bool> open(prefilter_->gate_clauses.size());
  for (uint32_t c : found) {
    if (seen[c]) continue;
    seen[c] = 1;
    if (c < matcher_clauses) {
      const uint32_t entry = prefilter_->clause_entry[c];
      if (++entry_found[entry] == prefilter_->entry_clauses[entry]) m.matcher_candidates.push_back(entry);
    } else {
      const uint32_t gate = prefilter_->gate_clause_gate[c - matcher_clauses];
      if (++gate_found[gate] == prefilter_->gate_clauses[gate]) open[gate] = true;
    }
  }
  m.gate.emplace(&prefilter_->gate_of, std::move(open), m.skeleton);
}

LintResult Linter::Lint(const SourceText& source, const MessageOptions& options) const {
  LintMessage m(source, options);
  m.CheckDeadline();
  ScanAtoms(m);
  CheckContext context{m.source,
                       m.normalized,
                       m.scopes,
                       m.lang,
                       m.profile,
                       *m.facts,
                       rules_,
                       m.send_time,
                       m.options.channel,
                       *m.gate,
                       m.options.allow ? *m.options.allow : kNoAllowList};
  m.kind = context.kind = ClassifyMessage(context);
  m.kind_name = MessageKindName(m.kind);
  LintResult result;
  result.lang = m.lang;
  result.profile = m.profile;
  result.kind = m.kind;
  RunMatchers(m, &result.diagnostics);
  RunChecks(m, context, &result.diagnostics);
  m.CheckDeadline();
  ApplyUnless(m, &result.diagnostics);
  Deduplicate(&result.diagnostics);
  // No fix may empty the message ("Dasar p3n1pu!!!" is all insult): such a fix is shown, never applied.
  const ContentGuard guard(m.source.text());
  for (Diagnostic& d : result.diagnostics) guard.DemoteEmptyingFixes(&d.fixes);
  result.redactions = MessageRedactions(m, result.diagnostics);
  for (Diagnostic& d : result.diagnostics) MaskQuoted(m.source.text(), result.redactions, &d);
  Suppress(m, &result.diagnostics);
  if (options.severity) ApplySeverityOverrides(*options.severity, &result.diagnostics);
  std::sort(result.diagnostics.begin(), result.diagnostics.end(), DiagnosticLess);
  return result;
}

}  // namespace santun
