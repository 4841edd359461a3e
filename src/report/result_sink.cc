#include "report/result_sink.h"

namespace santun {

void ResultSink::BeginInput(const std::string& path) {
  path_ = path;
  ++summary_.files;
  OnBeginInput(path);
}

void ResultSink::Add(MessageResult message, std::string prerendered) {
  ++summary_.messages;
  CountDiagnostics(message, &summary_);
  OnMessage(std::move(message), std::move(prerendered));
}

void ResultSink::AddError(InputError error) {
  ++summary_.input_errors;
  if (observer_) observer_(error);
  OnError(std::move(error));
}

std::string ResultSink::Prerender(const std::string&, const MessageResult&) const { return ""; }

void CollectingSink::OnBeginInput(const std::string& path) { run_.files.push_back({path, {}}); }

void CollectingSink::OnMessage(MessageResult message, std::string) {
  run_.files.back().messages.push_back(std::move(message));
}

void CollectingSink::OnError(InputError error) { run_.errors.push_back(std::move(error)); }

}  // namespace santun
