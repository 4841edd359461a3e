#include "ruleset/rule_codec.h"

#include <cstring>

namespace santun {
namespace {

constexpr uint32_t kMagic = 0x534E5435;  // "SNT5"

class Writer {
 public:
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void I64(int64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void F64(double v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  void Regexes(const std::vector<Regex>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const Regex& r : v) {
      Str(r->source());
      U32(static_cast<uint32_t>(r->atom_clauses().size()));
      for (const auto& clause : r->atom_clauses()) Strs(clause);
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }

  uint32_t U32() { return Fixed<uint32_t>(); }
  int64_t I64() { return Fixed<int64_t>(); }
  double F64() { return Fixed<double>(); }
  std::string Str() {
    uint32_t n = U32();
    if (!ok_ || n > in_.size() - pos_) return Fail<std::string>();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count());
    for (std::string& s : v) s = Str();
    return v;
  }
  std::vector<Regex> Regexes() {
    std::vector<Regex> v(Count());
    for (Regex& r : v) {
      std::string source = Str();
      std::vector<std::vector<std::string>> clauses(Count());
      for (auto& clause : clauses) clause = Strs();
      r = std::make_shared<LazyRegex>(std::move(source), std::move(clauses));
    }
    return v;
  }
  // An element count, bounded by the bytes left so a corrupt blob cannot
  // ask for a huge allocation.
  uint32_t Count() {
    uint32_t n = U32();
    if (!ok_ || n > in_.size() - pos_) return Fail<uint32_t>();
    return n;
  }

 private:
  template <typename T>
  T Fixed() {
    if (!ok_ || in_.size() - pos_ < sizeof(T)) return Fail<T>();
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  template <typename T>
  T Fail() {
    ok_ = false;
    return T{};
  }

  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void EncodeParam(Writer& w, const ParamValue& v) {
  w.U32(static_cast<uint32_t>(v.index()));
  if (const auto* b = std::get_if<bool>(&v)) w.U32(*b ? 1 : 0);
  if (const auto* i = std::get_if<int64_t>(&v)) w.I64(*i);
  if (const auto* d = std::get_if<double>(&v)) w.F64(*d);
  if (const auto* s = std::get_if<std::string>(&v)) w.Str(*s);
  if (const auto* l = std::get_if<std::vector<std::string>>(&v)) w.Strs(*l);
}

ParamValue DecodeParam(Reader& r) {
  switch (r.U32()) {
    case 0: return r.U32() != 0;
    case 1: return r.I64();
    case 2: return r.F64();
    case 3: return r.Str();
    default: return r.Strs();
  }
}

void EncodeRule(Writer& w, const Rule& r) {
  w.Str(r.id);
  w.Str(r.category);
  w.U32(static_cast<uint32_t>(r.severity));
  w.Strs(r.langs);
  w.Str(r.summary);
  w.Str(r.message);
  w.Str(r.why);
  w.Strs(r.refs);
  w.Str(r.suggestion);
  w.Strs(r.terms);
  w.Strs(r.stems);
  w.Strs(r.patterns);
  w.Strs(r.prefixes);
  w.Strs(r.suffixes);
  w.Str(r.check);
  w.U32(static_cast<uint32_t>(r.params.size()));
  for (const auto& [name, value] : r.params) {
    w.Str(name);
    EncodeParam(w, value);
  }
  w.U32(static_cast<uint32_t>(r.exceptions.size()));
  for (const RuleException& e : r.exceptions) {
    w.U32(static_cast<uint32_t>(e.scope));
    w.Regexes(e.regexes);
  }
  w.U32(r.negation ? 1 : 0);
  w.U32(r.skip_quoted ? 1 : 0);
  w.Strs(r.profiles);
  w.Strs(r.unless);
  w.Strs(r.unless_rules);
  w.U32(r.opt_in ? 1 : 0);
  w.Strs(r.kinds);
  w.Regexes(r.matchers);
  w.U32(static_cast<uint32_t>(r.fix.kind));
  w.U32(static_cast<uint32_t>(r.fix.range));
  w.Str(r.fix.replacement);
  w.Strs(r.fix.with_words);
  w.Str(r.fix.title);
  w.U32(static_cast<uint32_t>(r.fix.applicability));
  w.U32(static_cast<uint32_t>(r.examples.size()));
  for (const RuleExample& e : r.examples) {
    w.Str(e.text);
    w.U32(static_cast<uint32_t>(e.expected.size()));
    for (const Span& s : e.expected) {
      w.U32(s.begin);
      w.U32(s.end);
    }
    w.U32(e.fixed ? 1 : 0);
    if (e.fixed) w.Str(*e.fixed);
    w.Str(e.known);
    w.Str(e.lang);
    w.U32(e.template_mode ? (*e.template_mode ? 2 : 1) : 0);
    w.Str(e.today);
    w.Str(e.send_at);
    w.Str(e.tz);
    w.Str(e.profile);
    w.Str(e.channel);
    w.U32(static_cast<uint32_t>(e.line));
  }
  w.Str(r.file);
  w.U32(static_cast<uint32_t>(r.line));
}

Rule DecodeRule(Reader& in) {
  Rule r;
  r.id = in.Str();
  r.category = in.Str();
  r.severity = static_cast<Severity>(in.U32() % 3);
  r.langs = in.Strs();
  r.summary = in.Str();
  r.message = in.Str();
  r.why = in.Str();
  r.refs = in.Strs();
  r.suggestion = in.Str();
  r.terms = in.Strs();
  r.stems = in.Strs();
  r.patterns = in.Strs();
  r.prefixes = in.Strs();
  r.suffixes = in.Strs();
  r.check = in.Str();
  for (uint32_t n = in.Count(); n > 0 && in.ok(); --n) {
    std::string name = in.Str();
    r.params[name] = DecodeParam(in);
  }
  r.exceptions.resize(in.Count());
  for (RuleException& e : r.exceptions) {
    e.scope = static_cast<RuleException::Scope>(in.U32() % 2);
    e.regexes = in.Regexes();
  }
  r.negation = in.U32() != 0;
  r.skip_quoted = in.U32() != 0;
  r.profiles = in.Strs();
  r.unless = in.Strs();
  r.unless_rules = in.Strs();
  r.opt_in = in.U32() != 0;
  r.kinds = in.Strs();
  r.matchers = in.Regexes();
  r.fix.kind = static_cast<FixSpec::Kind>(in.U32() % 5);
  r.fix.range = static_cast<FixSpec::Range>(in.U32() % 5);
  r.fix.replacement = in.Str();
  r.fix.with_words = in.Strs();
  r.fix.title = in.Str();
  r.fix.applicability = static_cast<Applicability>(in.U32() % 3);
  r.examples.resize(in.Count());
  for (RuleExample& e : r.examples) {
    e.text = in.Str();
    e.expected.resize(in.Count());
    for (Span& s : e.expected) {
      s.begin = in.U32();
      s.end = in.U32();
    }
    if (in.U32() != 0) e.fixed = in.Str();
    e.known = in.Str();
    e.lang = in.Str();
    if (uint32_t t = in.U32(); t != 0) e.template_mode = t == 2;
    e.today = in.Str();
    e.send_at = in.Str();
    e.tz = in.Str();
    e.profile = in.Str();
    e.channel = in.Str();
    e.line = static_cast<int>(in.U32());
  }
  r.file = in.Str();
  r.line = static_cast<int>(in.U32());
  return r;
}

}  // namespace

std::string EncodeRules(const std::vector<Rule>& rules, const std::vector<Lexicon>& lexicons) {
  Writer w;
  w.U32(kMagic);
  w.U32(static_cast<uint32_t>(rules.size()));
  for (const Rule& r : rules) EncodeRule(w, r);
  w.U32(static_cast<uint32_t>(lexicons.size()));
  for (const Lexicon& l : lexicons) {
    w.Str(l.name);
    w.Strs(l.langs);
    w.Strs(l.terms);
    w.Strs(l.stems);
    w.Strs(l.patterns);
    w.Regexes(l.regexes);
    w.U32(l.term_regexes);
    w.Str(l.file);
    w.U32(static_cast<uint32_t>(l.line));
  }
  return w.Take();
}

bool DecodeRules(std::string_view blob, PackContents* contents) {
  Reader in(blob);
  if (in.U32() != kMagic) return false;
  std::vector<Rule> rules(in.Count());
  for (Rule& r : rules) {
    if (!in.ok()) break;
    r = DecodeRule(in);
  }
  std::vector<Lexicon> lexicons(in.Count());
  for (Lexicon& l : lexicons) {
    l.name = in.Str();
    l.langs = in.Strs();
    l.terms = in.Strs();
    l.stems = in.Strs();
    l.patterns = in.Strs();
    l.regexes = in.Regexes();
    l.term_regexes = in.U32();
    l.file = in.Str();
    l.line = static_cast<int>(in.U32());
    if (l.term_regexes > l.regexes.size()) return false;
  }
  if (!in.ok() || !in.done()) return false;
  for (Rule& r : rules) contents->rules.push_back(std::move(r));
  for (Lexicon& l : lexicons) contents->lexicons.push_back(std::move(l));
  return true;
}

}  // namespace santun
