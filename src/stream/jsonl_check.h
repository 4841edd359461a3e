#pragma once

#include <cstddef>
#include <string>

#include "engine/linter.h"
#include "report/result_sink.h"

namespace santun {

/// The longest JSONL line read; a longer one is an error record.
inline constexpr size_t kMaxJsonlLineBytes = 16u << 20;

/// How to check a JSONL input.
struct JsonlCheckOptions {
  int jobs = 0;                 // worker threads; 0 = std::thread::hardware_concurrency()
  size_t batch_lines = 256;     // lines handed to a worker at once (fewer when no more are buffered)
  size_t max_batches = 0;       // batches read but not yet written; 0 = 4 per worker
  size_t max_bytes = 32 << 20;  // bytes of lines read but not yet written
  MessageOptions defaults;      // for every record; its lang, send_at, channel and mode win
};

/// Checks one JSONL input: `path` is a file or "-" (stdin); `display` names
/// it in results. One thread reads lines in batches (a batch ends early when
/// no further line has arrived, so a slow producer is not waited for), `jobs`
/// threads decode and lint them (and pre-render them when the sink writes
/// JSONL), and this thread hands each result to `sink` in input order as soon
/// as it is next, so that the output of a pipe keeps the order of its input.
/// At most max_batches × batch_lines records and about max_bytes bytes are in
/// memory at once, whatever the size of the input. Blank lines are skipped. A malformed line becomes an input
/// error naming the line (and the record's id, when it could be read) and
/// the next line is processed; an input that cannot be read becomes one
/// input error. Calls sink->BeginInput(display) once the input is open.
void CheckJsonl(const Linter& linter, const std::string& path, const std::string& display,
                const JsonlCheckOptions& options, ResultSink* sink);

}  // namespace santun
