#include "stream/jsonl_check.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

#include "stream/jsonl_record.h"
#include "stream/line_reader.h"
#include "stream/ordered_pipeline.h"
#include "text/ascii.h"

namespace santun {
namespace {

struct Line {
  int number = 0;
  std::string bytes;
  bool too_long = false;
};

struct Checked {
  std::optional<MessageResult> message;
  std::string rendered;  // sink->Prerender() of message
  std::optional<InputError> error;
};

bool IsBlankLine(std::string_view s) { return ascii::Trim(s, " \t\r").empty(); }

Checked CheckLine(const Linter& linter, const std::string& display, const JsonlCheckOptions& options,
                  const ResultSink& sink, Line&& line) {
  Checked out;
  auto fail = [&](std::string problem, std::optional<std::string> id, bool id_is_number = false) {
    InputError e{display, std::move(problem), line.number, InputError::Kind::kContent};
    e.id = std::move(id);
    e.id_is_number = id_is_number;
    out.error = std::move(e);
    return std::move(out);
  };
  if (line.too_long) {
    return fail("line too long (more than " + std::to_string(kMaxJsonlLineBytes >> 20) + " MiB)", std::nullopt);
  }
  JsonlRecord record;
  try {
    std::string problem = DecodeJsonlRecord(line.bytes, &record);
    if (!problem.empty()) return fail(std::move(problem), std::move(record.id), record.id_is_number);
    std::string().swap(line.bytes);  // the text is in the record now
    auto source = std::make_shared<const SourceText>(display, std::move(record.text));
    LintResult result = linter.Lint(*source, RecordOptions(record, options.defaults));
    MessageResult m{std::move(record.id),
                    source,
                    std::move(result.lang),
                    std::move(result.diagnostics),
                    line.number,
                    std::move(result.redactions),
                    std::string(MessageKindName(result.kind)),
                    record.id_is_number};
    out.rendered = sink.Prerender(display, m);
    out.message = std::move(m);
    return out;
  } catch (const TimeBudgetExceeded& e) {  // this record is too big or too slow: the next ones go on
    return fail(e.what(), std::move(record.id));
  } catch (const std::exception& e) {  // e.g. std::bad_alloc: this record fails, the run goes on
    return fail(std::string("internal error: ") + e.what(), std::nullopt);
  }
}

}  // namespace

void CheckJsonl(const Linter& linter, const std::string& path, const std::string& display,
                const JsonlCheckOptions& options, ResultSink* sink) {
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    sink->AddError({display, std::strerror(errno), 0, InputError::Kind::kRead});
    return;
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};
  sink->BeginInput(display);

  PipelineOptions pipeline;
  pipeline.jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  pipeline.max_items = options.max_batches > 0 ? options.max_batches : 4 * static_cast<size_t>(pipeline.jobs);
  pipeline.max_bytes = options.max_bytes;
  const size_t batch_lines = std::max<size_t>(options.batch_lines, 1);

  // Records travel in batches: one hand-off between threads per batch, not
  // per record.
  using Batch = std::vector<Line>;
  using CheckedBatch = std::vector<Checked>;
  LineReader reader(fd, kMaxJsonlLineBytes);
  std::function<bool(Batch*, size_t*)> read = [&](Batch* batch, size_t* bytes) {
    Line line;
    while ((batch->empty() || reader.LineBuffered()) && batch->size() < batch_lines &&
           reader.Next(&line.bytes, &line.too_long)) {
      if (!line.too_long && IsBlankLine(line.bytes)) continue;
      line.number = reader.line_number();
      *bytes += line.bytes.size();
      batch->push_back(std::move(line));
      line = Line{};
    }
    return !batch->empty();
  };
  std::function<CheckedBatch(Batch &&)> work = [&](Batch&& batch) {
    CheckedBatch out;
    out.reserve(batch.size());
    for (Line& line : batch) out.push_back(CheckLine(linter, display, options, *sink, std::move(line)));
    return out;
  };
  std::function<void(CheckedBatch &&)> write = [&](CheckedBatch&& batch) {
    for (Checked& c : batch) {
      if (c.error) {
        sink->AddError(std::move(*c.error));
      } else {
        sink->Add(std::move(*c.message), std::move(c.rendered));
      }
    }
  };
  std::function<void()> idle = [&] { sink->Flush(); };
  RunOrderedPipeline<Batch, CheckedBatch>(pipeline, read, work, write, idle);

  if (reader.error() != 0) {
    InputError e{display, std::strerror(reader.error()), 0, InputError::Kind::kRead};
    sink->AddError(std::move(e));
  }
}

}  // namespace santun
