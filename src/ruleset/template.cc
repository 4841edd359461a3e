#include "ruleset/template.h"

#include "text/ascii.h"

namespace santun {
namespace {

bool IsNameChar(char c) { return ascii::IsAlnum(c) || c == '_'; }

// One pass over a template, expanding (when `captures` is set) or only
// checking it. Stops at the end, or at an unmatched '}' when `nested`.
class Walker {
 public:
  Walker(std::string_view t, const Captures* captures, std::vector<std::string>* names)
      : t_(t), captures_(captures), names_(names) {}

  // Reads from pos_ up to the end (or the '}' closing a nested text) and
  // appends the expansion to *out when `emit`.
  bool Text(bool nested, bool emit, std::string* out) {
    while (pos_ < t_.size()) {
      const char c = t_[pos_];
      if (c == '}' && nested) return true;
      if (c == '{' && t_.compare(pos_, 7, "{match}") == 0) {
        pos_ += 7;
        if (names_) names_->push_back("0");
        Use("0", emit, out);
        continue;
      }
      if (c != '$') {
        if (emit) out->push_back(c);
        ++pos_;
        continue;
      }
      if (pos_ + 1 >= t_.size()) return Fail("'$' at the end: write '$$' for a dollar sign");
      const char n = t_[pos_ + 1];
      if (n == '$') {
        if (emit) out->push_back('$');
        pos_ += 2;
      } else if (n >= '0' && n <= '9') {
        if (names_) names_->push_back(std::string(1, n));
        Use(std::string(1, n), emit, out);
        pos_ += 2;
      } else if (n == '{') {
        pos_ += 2;
        if (!Reference(emit, out)) return false;
      } else {
        return Fail("'$' must be followed by a digit, '{' or '$'");
      }
    }
    if (nested) return Fail("'${' without a closing '}'");
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  // After "${": name, then '}' or ":-text}" or ":+text}".
  bool Reference(bool emit, std::string* out) {
    const size_t start = pos_;
    while (pos_ < t_.size() && IsNameChar(t_[pos_])) ++pos_;
    std::string name(t_.substr(start, pos_ - start));
    if (name.empty()) return Fail("empty name in '${…}'");
    if (name == "match") name = "0";
    if (names_) names_->push_back(name);
    if (pos_ >= t_.size()) return Fail("'${' without a closing '}'");
    if (t_[pos_] == '}') {
      ++pos_;
      Use(name, emit, out);
      return true;
    }
    if (t_.compare(pos_, 2, ":-") != 0 && t_.compare(pos_, 2, ":+") != 0) {
      return Fail("after '${" + name + "' expected '}', ':-' or ':+'");
    }
    const bool if_set = t_[pos_ + 1] == '+';
    pos_ += 2;
    const bool set = captures_ && captures_->Find(name);
    if (!if_set) Use(name, emit, out);
    const bool emit_text = emit && (if_set ? set : !set);
    if (!Text(/*nested=*/true, emit_text, out)) return false;
    ++pos_;  // the closing '}'
    return true;
  }

  void Use(const std::string& name, bool emit, std::string* out) {
    if (!emit || !captures_) return;
    if (const std::string* v = captures_->Find(name)) out->append(*v);
  }

  bool Fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  std::string_view t_;
  size_t pos_ = 0;
  const Captures* captures_;
  std::vector<std::string>* names_;
  std::string error_;
};

}  // namespace

void Captures::Set(std::string name, std::string value) {
  for (auto& [n, v] : values_) {
    if (n == name) {
      v = std::move(value);
      return;
    }
  }
  values_.emplace_back(std::move(name), std::move(value));
}

const std::string* Captures::Find(std::string_view name) const {
  if (name == "match") name = "0";
  for (const auto& [n, v] : values_) {
    if (n == name) return v.empty() ? nullptr : &v;
  }
  return nullptr;
}

std::string ExpandTemplate(std::string_view templ, const Captures& captures) {
  std::string out;
  Walker walker(templ, &captures, nullptr);
  walker.Text(/*nested=*/false, /*emit=*/true, &out);
  return out;
}

std::string ValidateTemplate(std::string_view templ, std::vector<std::string>* names) {
  Walker walker(templ, nullptr, names);
  std::string ignored;
  if (walker.Text(/*nested=*/false, /*emit=*/false, &ignored)) return "";
  return walker.error();
}

}  // namespace santun
