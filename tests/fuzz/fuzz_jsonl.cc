// One --input jsonl line of arbitrary bytes: decoding never crashes, and a
// decoded record lints and renders to a JSONL line that parses back with the
// same id, byte for byte what the direct writer gives.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_linter.h"
#include "report/jsonl.h"
#include "stream/jsonl_record.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const santun::Linter& linter = santun::fuzz::BuiltinLinter();
  const std::string line(reinterpret_cast<const char*>(data), size);
  santun::JsonlRecord record;
  if (!santun::DecodeJsonlRecord(line, &record).empty()) return 0;
  if (santun::utf8::FindInvalid(record.text) != santun::utf8::kValid) std::abort();
  auto source = std::make_shared<const santun::SourceText>("fuzz", record.text);
  santun::LintResult result = linter.Lint(*source, santun::RecordOptions(record, santun::MessageOptions{}));
  santun::MessageResult m{record.id, source, result.lang, std::move(result.diagnostics)};
  const std::string out = santun::JsonlLine(santun::MessageRecordJson("fuzz", m));
  // The writer JsonlSink uses gives the same bytes as the tree.
  if (santun::MessageRecordLine("fuzz", m) != out) std::abort();
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1) std::abort();
  const auto back = nlohmann::json::parse(out, nullptr, false);
  if (back.is_discarded() || (record.id && back["id"] != *record.id)) std::abort();
  return 0;
}
