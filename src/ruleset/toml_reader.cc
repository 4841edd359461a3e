#include "ruleset/toml_reader.h"

#include <algorithm>
#include <sstream>

#include "core/suggest.h"
#include "ruleset/toml_nesting.h"
#include "text/utf8.h"

namespace santun {

std::optional<toml::value> TomlReader::Parse(const std::string& content) {
  // TOML is UTF-8. toml11 3.7 reads past the end of its buffer on some
  // invalid sequences inside literal strings (found by fuzz_pack), so ill-formed
  // input never reaches it.
  if (const size_t bad = utf8::FindInvalid(content); bad != utf8::kValid) {
    const auto line = 1 + std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    Fail(static_cast<int>(line), "invalid UTF-8 at byte " + std::to_string(bad) + " (TOML files are UTF-8)");
    return std::nullopt;
  }
  if (const size_t deep = FindDeepNesting(content); deep != std::string_view::npos) {
    const auto line = 1 + std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(deep), '\n');
    const std::string limit = std::to_string(kMaxTomlNesting);
    Fail(static_cast<int>(line), content[deep] == '.'
                                     ? "a dotted key of more than " + limit + " parts"
                                     : "arrays and inline tables nested deeper than " + limit + " levels");
    return std::nullopt;
  }
  std::istringstream in(content);
  try {
    return toml::parse(in, file_);
  } catch (const toml::exception& e) {
    // toml11 formats a multi-line report; keep its first line, without the
    // "[error] toml::parse_xxx: " prefix.
    std::string what = e.what();
    what = what.substr(0, what.find('\n'));
    if (what.rfind("[error] ", 0) == 0) what = what.substr(8);
    if (what.rfind("toml::", 0) == 0) {
      auto colon = what.find(": ");
      if (colon != std::string::npos) what = what.substr(colon + 2);
    }
    Fail(static_cast<int>(e.location().line()), "TOML syntax error: " + what);
  } catch (const std::exception& e) {
    Fail(0, std::string("cannot parse TOML: ") + e.what());
  }
  return std::nullopt;
}

int TomlReader::Line(const toml::value& v) {
  const auto* region = dynamic_cast<const toml::detail::region*>(toml::detail::get_region(v));
  if (!region || !region->source()) return static_cast<int>(v.location().line());
  // The last file's line starts, per thread; holding its buffer keeps the
  // pointer from being reused by another file.
  thread_local toml::detail::region::source_ptr source;
  thread_local std::vector<size_t> line_starts;
  if (source != region->source()) {
    source = region->source();
    line_starts.assign(1, 0);
    for (size_t i = 0; i < source->size(); ++i) {
      if ((*source)[i] == '\n') line_starts.push_back(i + 1);
    }
  }
  const auto offset = static_cast<size_t>(region->first() - source->cbegin());
  return static_cast<int>(std::upper_bound(line_starts.begin(), line_starts.end(), offset) - line_starts.begin());
}

void TomlReader::Fail(const toml::value& at, const std::string& message) { Fail(Line(at), message); }

void TomlReader::Fail(int line, const std::string& message) { errors_->push_back(Error{file_, line, message}); }

bool TomlReader::RejectUnknownKeys(const toml::value& table, const std::vector<std::string>& allowed) {
  std::vector<std::pair<int, std::string>> unknown;
  for (const auto& [key, value] : table.as_table()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      unknown.emplace_back(Line(value), key);
    }
  }
  std::sort(unknown.begin(), unknown.end());
  for (const auto& [line, key] : unknown) {
    Fail(line, "unknown key '" + key + "'" + DidYouMean(key, allowed));
  }
  return unknown.empty();
}

const toml::value* TomlReader::Find(const toml::value& table, const std::string& key) {
  if (!table.is_table()) return nullptr;
  const auto& t = table.as_table();
  auto it = t.find(key);
  return it == t.end() ? nullptr : &it->second;
}

std::string TomlReader::TypeName(const toml::value& v) {
  switch (v.type()) {
    case toml::value_t::boolean: return "a boolean";
    case toml::value_t::integer: return "an integer";
    case toml::value_t::floating: return "a float";
    case toml::value_t::string: return "a string";
    case toml::value_t::array: return "an array";
    case toml::value_t::table: return "a table";
    case toml::value_t::offset_datetime:
    case toml::value_t::local_datetime: return "a date-time";
    case toml::value_t::local_date: return "a date";
    case toml::value_t::local_time: return "a time";
    default: return "empty";
  }
}

bool TomlReader::WrongType(const toml::value& v, const std::string& key, const char* expected,
                           const std::string& context) {
  Fail(v, context + "'" + key + "' must be " + expected + ", not " + TypeName(v));
  return false;
}

bool TomlReader::String(const toml::value& table, const std::string& key, std::string* out, bool required,
                        const std::string& context) {
  const toml::value* v = Find(table, key);
  if (!v) {
    if (required) Fail(table, context + "missing required key '" + key + "'");
    return !required;
  }
  if (!v->is_string()) return WrongType(*v, key, "a string", context);
  *out = v->as_string().str;
  return true;
}

bool TomlReader::StringList(const toml::value& table, const std::string& key, std::vector<std::string>* out,
                            bool required, const std::string& context) {
  const toml::value* v = Find(table, key);
  if (!v) {
    if (required) Fail(table, context + "missing required key '" + key + "'");
    return !required;
  }
  if (!v->is_array()) return WrongType(*v, key, "an array of strings", context);
  std::vector<std::string> items;
  for (const toml::value& item : v->as_array()) {
    if (!item.is_string()) {
      Fail(item, context + "'" + key + "' must hold only strings, not " + TypeName(item));
      return false;
    }
    items.push_back(item.as_string().str);
  }
  *out = std::move(items);
  return true;
}

bool TomlReader::Bool(const toml::value& table, const std::string& key, bool* out, const std::string& context) {
  const toml::value* v = Find(table, key);
  if (!v) return true;
  if (!v->is_boolean()) return WrongType(*v, key, "a boolean", context);
  *out = v->as_boolean();
  return true;
}

bool TomlReader::Int(const toml::value& table, const std::string& key, int64_t* out, const std::string& context) {
  const toml::value* v = Find(table, key);
  if (!v) return true;
  if (!v->is_integer()) return WrongType(*v, key, "an integer", context);
  *out = v->as_integer();
  return true;
}

bool TomlReader::Double(const toml::value& table, const std::string& key, double* out, const std::string& context) {
  const toml::value* v = Find(table, key);
  if (!v) return true;
  if (v->is_floating()) {
    *out = v->as_floating();
  } else if (v->is_integer()) {
    *out = static_cast<double>(v->as_integer());
  } else {
    return WrongType(*v, key, "a number", context);
  }
  return true;
}

}  // namespace santun
