#include "ruleset/rule_codec.h"

#include <cstring>
#include <map>
#include <optional>
#include <tuple>
#include <type_traits>

#include "ruleset/rule_fields.h"

namespace santun {
namespace {

// The blob is FieldsOf (ruleset/rule_fields.h) of every rule, then of every
// lexicon, member by member in declaration order; vectors and maps start
// with their size. The build writes and reads it with the same code, so the
// format needs no compatibility: the magic changes with the layout.
constexpr uint32_t kMagic = 0x534E5436;  // "SNT6"

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

// Writes one member of a rule type (FieldsOf), by type.
class FieldWriter {
 public:
  explicit FieldWriter(Writer& w) : w_(w) {}

  void operator()(const std::string& s) { w_.Str(s); }
  void operator()(const std::vector<std::string>& v) { w_.Strs(v); }
  void operator()(const std::vector<Regex>& v) { w_.Regexes(v); }
  void operator()(bool b) { w_.U32(b ? 1 : 0); }
  void operator()(int i) { w_.U32(static_cast<uint32_t>(i)); }
  void operator()(uint32_t u) { w_.U32(u); }
  template <class E>
  requires std::is_enum_v<E>
  void operator()(E e) {
    static_assert(kEnumCount<E> > 0, "kEnumCount (ruleset/rule_fields.h) is missing for this enum");
    w_.U32(static_cast<uint32_t>(e));
  }
  void operator()(const std::optional<std::string>& s) {
    w_.U32(s ? 1 : 0);
    if (s) w_.Str(*s);
  }
  void operator()(const std::optional<bool>& b) { w_.U32(b ? (*b ? 2 : 1) : 0); }
  void operator()(const std::vector<Span>& spans) {
    w_.U32(static_cast<uint32_t>(spans.size()));
    for (const Span& s : spans) {
      w_.U32(s.begin);
      w_.U32(s.end);
    }
  }
  void operator()(const std::map<std::string, ParamValue>& params) {
    w_.U32(static_cast<uint32_t>(params.size()));
    for (const auto& [name, value] : params) {
      w_.Str(name);
      EncodeParam(w_, value);
    }
  }
  template <RuleType T>
  void operator()(const T& v) {
    std::apply([this](const auto&... member) { ((*this)(member), ...); }, FieldsOf(v));
  }
  template <RuleType T>
  void operator()(const std::vector<T>& v) {
    w_.U32(static_cast<uint32_t>(v.size()));
    for (const T& e : v) (*this)(e);
  }

 private:
  Writer& w_;
};

// Reads what FieldWriter wrote, member by member, into the same types.
class FieldReader {
 public:
  explicit FieldReader(Reader& r) : r_(r) {}

  void operator()(std::string& s) { s = r_.Str(); }
  void operator()(std::vector<std::string>& v) { v = r_.Strs(); }
  void operator()(std::vector<Regex>& v) { v = r_.Regexes(); }
  void operator()(bool& b) { b = r_.U32() != 0; }
  void operator()(int& i) { i = static_cast<int>(r_.U32()); }
  void operator()(uint32_t& u) { u = r_.U32(); }
  template <class E>
  requires std::is_enum_v<E>
  void operator()(E& e) { e = static_cast<E>(r_.U32() % kEnumCount<E>); }
  void operator()(std::optional<std::string>& s) {
    if (r_.U32() != 0) s = r_.Str();
  }
  void operator()(std::optional<bool>& b) {
    if (uint32_t t = r_.U32(); t != 0) b = t == 2;
  }
  void operator()(std::vector<Span>& spans) {
    spans.resize(r_.Count());
    for (Span& s : spans) {
      s.begin = r_.U32();
      s.end = r_.U32();
    }
  }
  void operator()(std::map<std::string, ParamValue>& params) {
    for (uint32_t n = r_.Count(); n > 0 && r_.ok(); --n) {
      std::string name = r_.Str();
      params[name] = DecodeParam(r_);
    }
  }
  template <RuleType T>
  void operator()(T& v) {
    std::apply([this](auto&... member) { ((*this)(member), ...); }, FieldsOf(v));
  }
  template <RuleType T>
  void operator()(std::vector<T>& v) {
    v.resize(r_.Count());
    for (T& e : v) {
      if (!r_.ok()) break;
      (*this)(e);
    }
  }

 private:
  Reader& r_;
};

}  // namespace

std::string EncodeRules(const std::vector<Rule>& rules, const std::vector<Lexicon>& lexicons) {
  Writer w;
  w.U32(kMagic);
  FieldWriter fields(w);
  fields(rules);
  fields(lexicons);
  return w.Take();
}

bool DecodeRules(std::string_view blob, PackContents* contents) {
  Reader in(blob);
  if (in.U32() != kMagic) return false;
  std::vector<Rule> rules;
  std::vector<Lexicon> lexicons;
  FieldReader fields(in);
  fields(rules);
  fields(lexicons);
  for (const Lexicon& l : lexicons) {
    if (l.term_regexes > l.regexes.size()) return false;
  }
  if (!in.ok() || !in.done()) return false;
  for (Rule& r : rules) contents->rules.push_back(std::move(r));
  for (Lexicon& l : lexicons) contents->lexicons.push_back(std::move(l));
  return true;
}

}  // namespace santun
