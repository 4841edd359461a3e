#pragma once

#include <toml.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace santun {

/// Typed, error-collecting access to a TOML document (toml11 v3). Every
/// problem is appended to the error list as "file:line: message"; toml11's
/// exceptions never leave this class. Shared by the rule pack, calendar and
/// configuration loaders.
class TomlReader {
 public:
  TomlReader(std::string file, Errors* errors) : file_(std::move(file)), errors_(errors) {}

  const std::string& file() const { return file_; }

  /// Parses `content`; a syntax error is recorded and yields nullopt.
  std::optional<toml::value> Parse(const std::string& content);

  /// Records "file:line: message" at the line of `at`.
  void Fail(const toml::value& at, const std::string& message);
  void Fail(int line, const std::string& message);

  /// Records every key of `table` that is not in `allowed`, with a
  /// "did you mean" suggestion. Returns true when there was none.
  bool RejectUnknownKeys(const toml::value& table, const std::vector<std::string>& allowed);

  /// Returns the value of `key` in `table`, or nullptr.
  static const toml::value* Find(const toml::value& table, const std::string& key);

  /// Readers: return false (and record an error prefixed by `context`) when
  /// the key is present with the wrong type, or missing while `required`.
  /// A missing optional key leaves *out unchanged and returns true.
  bool String(const toml::value& table, const std::string& key, std::string* out, bool required = false,
              const std::string& context = "");
  bool StringList(const toml::value& table, const std::string& key, std::vector<std::string>* out,
                  bool required = false, const std::string& context = "");
  bool Bool(const toml::value& table, const std::string& key, bool* out, const std::string& context = "");
  bool Int(const toml::value& table, const std::string& key, int64_t* out, const std::string& context = "");
  bool Double(const toml::value& table, const std::string& key, double* out, const std::string& context = "");

  /// Returns the 1-based line where `v` is defined. toml11 counts the line
  /// breaks from the start of the file on every call (10 000 rules took
  /// 11.8 s); this finds the line in a table of line starts made once per
  /// parsed file.
  static int Line(const toml::value& v);

  /// Returns "a string", "an integer", … for the type of v.
  static std::string TypeName(const toml::value& v);

 private:
  bool WrongType(const toml::value& v, const std::string& key, const char* expected, const std::string& context);

  std::string file_;
  Errors* errors_;
};

}  // namespace santun
