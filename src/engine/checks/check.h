#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ruleset/rule.h"
#include "text/normalized_text.h"
#include "text/scopes.h"
#include "text/source_text.h"
#include "text/span.h"

namespace santun {

/// What a structural check sees of one message.
struct CheckContext {
  const SourceText& source;
  const NormalizedText& normalized;
  const Scopes& scopes;
  std::string_view lang;
};

/// A place a check flags, as a range of the ORIGINAL text.
struct CheckHit {
  Span span;
};

/// A structural check: reads the message and the rule's params, appends hits.
using CheckFn = void (*)(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits);

/// Returns the implementation of a check named in ruleset/check_specs.cc, or
/// nullptr.
CheckFn FindCheckFn(std::string_view name);

/// Parameter access with defaults (the loader has validated the types).
int64_t ParamInt(const Rule& rule, const std::string& name, int64_t fallback);
double ParamDouble(const Rule& rule, const std::string& name, double fallback);
std::vector<std::string> ParamStrings(const Rule& rule, const std::string& name);

}  // namespace santun
