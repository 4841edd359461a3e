// One --input jsonl line of arbitrary bytes: decoding never crashes, and a
// decoded record lints and renders to a JSONL line that parses back with the
// same id.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/linter.h"
#include "report/jsonl.h"
#include "stream/jsonl_record.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const santun::RuleSet* rules = [] {
    auto* r = new santun::RuleSet;
    santun::LoadRuleSet(santun::PackSources{}, r);
    return r;
  }();
  static const santun::Linter* linter = new santun::Linter(*rules);
  const std::string line(reinterpret_cast<const char*>(data), size);
  santun::JsonlRecord record;
  if (!santun::DecodeJsonlRecord(line, &record).empty()) return 0;
  if (santun::utf8::FindInvalid(record.text) != santun::utf8::kValid) std::abort();
  auto source = std::make_shared<const santun::SourceText>("fuzz", record.text);
  santun::LintResult result = linter->Lint(*source, santun::RecordOptions(record, santun::MessageOptions{}));
  santun::MessageResult m{record.id, source, result.lang, std::move(result.diagnostics)};
  const std::string out = santun::JsonlLine(santun::MessageRecordJson("fuzz", m));
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1) std::abort();
  const auto back = nlohmann::json::parse(out, nullptr, false);
  if (back.is_discarded() || (record.id && back["id"] != *record.id)) std::abort();
  return 0;
}
