#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "report/result_sink.h"

namespace santun {

/// Returns the JSONL record of one linted message: {"id", "path", "lang",
/// "kind", "diagnostics"}, each diagnostic as in the json format
/// (DiagnosticJson), with the rule's summary, why, refs and help only when
/// `rule_metadata` (--output-rule-metadata). See docs/jsonl-schema.json.
nlohmann::ordered_json MessageRecordJson(const std::string& path, const MessageResult& message,
                                         bool rule_metadata = false);

/// Returns the line (with its "\n") that JsonlLine(MessageRecordJson(...))
/// returns, written directly: JsonlSink's fast path.
std::string MessageRecordLine(const std::string& path, const MessageResult& message, bool rule_metadata = false);

/// Returns the JSONL record of an input that could not be linted:
/// {"id" (the record's id, else null), "path", "line" (JSONL lines only),
/// "error"}.
nlohmann::ordered_json ErrorRecordJson(const InputError& error);

/// Returns a record as one line of compact JSON, with its "\n".
std::string JsonlLine(const nlohmann::ordered_json& record);

/// Writes one line per message and one per input error, in input order, as
/// they arrive (flushed when the producer has nothing ready), so that
/// `santun check --format jsonl` works as a stage of a pipe.
class JsonlSink : public ResultSink {
 public:
  JsonlSink(std::ostream& out, bool rule_metadata) : out_(out), rule_metadata_(rule_metadata) {}

  std::string Prerender(const std::string& path, const MessageResult& message) const override;
  void Flush() override { out_.flush(); }
  void Finish() override { out_.flush(); }

 protected:
  void OnBeginInput(const std::string&) override {}
  void OnMessage(MessageResult message, std::string prerendered) override;
  void OnError(InputError error) override;

 private:
  std::ostream& out_;
  bool rule_metadata_;
};

}  // namespace santun
