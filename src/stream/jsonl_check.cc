#include "stream/jsonl_check.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <thread>

#include "stream/jsonl_record.h"
#include "stream/line_reader.h"
#include "stream/ordered_pipeline.h"

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

bool IsBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r") == std::string::npos;
}

Checked CheckLine(const Linter& linter, const std::string& display, const JsonlCheckOptions& options,
                  const ResultSink& sink, Line&& line) {
  Checked out;
  auto fail = [&](std::string problem, std::optional<std::string> id) {
    InputError e{display, std::move(problem), line.number, InputError::Kind::kContent};
    e.id = std::move(id);
    out.error = std::move(e);
    return std::move(out);
  };
  if (line.too_long) {
    return fail("line too long (more than " + std::to_string(kMaxJsonlLineBytes >> 20) + " MiB)", std::nullopt);
  }
  try {
    JsonlRecord record;
    std::string problem = DecodeJsonlRecord(line.bytes, &record);
    if (!problem.empty()) return fail(std::move(problem), std::move(record.id));
    std::string().swap(line.bytes);  // the text is in the record now
    auto source = std::make_shared<const SourceText>(display, std::move(record.text));
    LintResult result = linter.Lint(*source, RecordOptions(record, options.defaults));
    MessageResult m{std::move(record.id), source, std::move(result.lang), std::move(result.diagnostics)};
    m.line = line.number;
    out.rendered = sink.Prerender(display, m);
    out.message = std::move(m);
    return out;
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
  pipeline.max_items = options.max_records > 0 ? options.max_records : 64 * static_cast<size_t>(pipeline.jobs);
  pipeline.max_bytes = options.max_bytes;

  LineReader reader(fd, kMaxJsonlLineBytes);
  std::function<bool(Line*, size_t*)> read = [&](Line* line, size_t* bytes) {
    while (reader.Next(&line->bytes, &line->too_long)) {
      if (!line->too_long && IsBlank(line->bytes)) continue;
      line->number = reader.line_number();
      *bytes = line->bytes.size();
      return true;
    }
    return false;
  };
  std::function<Checked(Line&&)> work = [&](Line&& line) {
    return CheckLine(linter, display, options, *sink, std::move(line));
  };
  std::function<void(Checked&&)> write = [&](Checked&& c) {
    if (c.error) {
      sink->AddError(std::move(*c.error));
    } else {
      sink->Add(std::move(*c.message), std::move(c.rendered));
    }
  };
  std::function<void()> idle = [&] { sink->Flush(); };
  RunOrderedPipeline<Line, Checked>(pipeline, read, work, write, idle);

  if (reader.error() != 0) {
    InputError e{display, std::strerror(reader.error()), 0, InputError::Kind::kRead};
    sink->AddError(std::move(e));
  }
}

}  // namespace santun
