#pragma once

#include <functional>
#include <string>

#include "report/run_result.h"

namespace santun {

/// Receives the results of a check one input at a time, in input order, from
/// one thread, and counts them (summary()) so that the exit code needs no
/// stored results. Call order: per readable input BeginInput(), then Add()
/// for each of its messages; AddError() for anything that could not be
/// linted (an unreadable file, a malformed JSONL line); Finish() once at the
/// end.
class ResultSink {
 public:
  virtual ~ResultSink() = default;

  void BeginInput(const std::string& path);
  /// `prerendered` is what Prerender() returned for this message, if it was
  /// called (by a worker thread); "" otherwise.
  void Add(MessageResult message, std::string prerendered = "");
  void AddError(InputError error);
  /// Records fixes that check --fix applied to an input (for the report).
  virtual void AddFixed(int problems, int files) { (void)problems, (void)files; }
  /// Sets RunResult::note, for sinks that keep the run.
  virtual void SetNote(std::string note) { (void)note; }
  virtual void Finish() {}
  /// Called when the producer has nothing ready to add: a streaming sink
  /// writes out what it buffered, so that a consumer downstream sees each
  /// result without waiting for the next.
  virtual void Flush() {}

  /// Returns the bytes this sink would write for a message of `path` when it
  /// writes each message on its own (JSONL), else "". Thread-safe: the JSONL
  /// pipeline calls it from its workers, so that rendering runs in parallel.
  virtual std::string Prerender(const std::string& path, const MessageResult& message) const;

  /// Also tells `observer` of every input error as it arrives (the CLI
  /// prints them to stderr).
  void set_error_observer(std::function<void(const InputError&)> observer) { observer_ = std::move(observer); }

  const Summary& summary() const { return summary_; }
  /// The path of the current input (the last BeginInput()).
  const std::string& path() const { return path_; }

 protected:
  virtual void OnBeginInput(const std::string& path) = 0;
  virtual void OnMessage(MessageResult message, std::string prerendered) = 0;
  virtual void OnError(InputError error) = 0;

 private:
  Summary summary_;
  std::string path_;
  std::function<void(const InputError&)> observer_;
};

/// Keeps the whole run and hands it to a renderer that needs all of it
/// (human, json, sarif, github) in Finish().
class CollectingSink : public ResultSink {
 public:
  using Renderer = std::function<void(const RunResult&)>;
  explicit CollectingSink(Renderer render) : render_(std::move(render)) {}

  void Finish() override { render_(run_); }
  void AddFixed(int problems, int files) override {
    run_.fixed += problems;
    run_.fixed_files += files;
  }
  void SetNote(std::string note) override { run_.note = std::move(note); }
  const RunResult& run() const { return run_; }

 protected:
  void OnBeginInput(const std::string& path) override;
  void OnMessage(MessageResult message, std::string prerendered) override;
  void OnError(InputError error) override;

 private:
  Renderer render_;
  RunResult run_;
};

/// Counts the results and writes nothing (check --quiet: only the exit code
/// and the errors on stderr).
class CountingSink : public ResultSink {
 protected:
  void OnBeginInput(const std::string&) override {}
  void OnMessage(MessageResult, std::string) override {}
  void OnError(InputError) override {}
};

}  // namespace santun
