#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace santun {

// Part of the rule format: the pack loader validates every fix's
// replacement with ValidateTemplate; fix/build.h expands it with the
// captures the engine collects.

/// Named values that a fix's replacement template may use: "0" (the
/// flagged text, also "match"), "1"…"9" and group names of the pattern that
/// matched, what a structural check provides ("masked", "weekday"), and facts
/// of the message ("amount", "due_date"). An empty value counts as unset.
class Captures {
 public:
  /// Sets `name` (a later Set of the same name wins).
  void Set(std::string name, std::string value);
  /// Returns the value of `name`, or nullptr when it is unset or empty.
  const std::string* Find(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> values_;
};

/// Returns `templ` with its references expanded:
///   $0 … $9           a numbered capture ($0 = the flagged text)
///   ${name}           a named capture ("match" = $0)
///   ${name:-text}     the capture, or `text` (itself a template) when unset
///   ${name:+text}     `text` when the capture is set, else nothing
///   $$                a dollar sign
///   {match}           the flagged text (the older spelling of $0)
/// An unset capture expands to nothing. `templ` must be valid
/// (ValidateTemplate).
std::string ExpandTemplate(std::string_view templ, const Captures& captures);

/// Checks the syntax of a template and returns "" or what is wrong ("'${'
/// without a closing '}'"); `names` (optional) receives every capture name
/// it uses, numbers as "0"…"9".
std::string ValidateTemplate(std::string_view templ, std::vector<std::string>* names = nullptr);

}  // namespace santun
