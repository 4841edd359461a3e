#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace santun {

/// Limits of an ordered pipeline.
struct PipelineOptions {
  int jobs = 1;                                // worker threads (at least 1)
  size_t max_items = 256;                      // items read but not yet written
  size_t max_bytes = 64 << 20;                 // input bytes read but not yet written (one item may exceed it)
  std::chrono::microseconds idle_after{1000};  // how long the writer waits before calling idle()
};

/// Runs a reader thread, `jobs` worker threads and, on the calling thread, a
/// writer, and returns when every item read has been written:
///   read(In*, size_t* bytes) -> bool   one thread; false at the end of input
///   work(In&&) -> Out                  concurrently; must not throw
///   write(Out&&)                       in the order the items were read
///   idle()                             by the writer when it has waited
///                                      idle_after for the next result (flush
///                                      output there)
/// The reader waits while max_items items or max_bytes bytes are between read
/// and written, so memory stays bounded whatever the size of the input, and
/// a slow item holds back at most that many behind it.
template <typename In, typename Out>
void RunOrderedPipeline(const PipelineOptions& options, const std::function<bool(In*, size_t*)>& read,
                        const std::function<Out(In&&)>& work, const std::function<void(Out&&)>& write,
                        const std::function<void()>& idle) {
  const size_t window = std::max<size_t>(options.max_items, 1);
  std::mutex mu;
  std::condition_variable has_work, has_result, has_room;
  std::deque<std::pair<size_t, In>> pending;     // read, waiting for a worker
  std::vector<std::optional<Out>> done(window);  // results by sequence number % window
  std::vector<size_t> sizes(window, 0);
  size_t read_count = 0, written = 0, bytes_in_flight = 0;
  bool end_of_input = false;

  std::thread reader([&] {
    for (;;) {
      {
        std::unique_lock lock(mu);
        has_room.wait(lock, [&] {
          return read_count - written < window && (read_count == written || bytes_in_flight < options.max_bytes);
        });
      }
      In item;
      size_t bytes = 0;
      const bool more = read(&item, &bytes);
      std::lock_guard lock(mu);
      if (!more) {
        end_of_input = true;
        has_work.notify_all();
        has_result.notify_all();
        return;
      }
      sizes[read_count % window] = bytes;
      bytes_in_flight += bytes;
      pending.emplace_back(read_count++, std::move(item));
      has_work.notify_one();
    }
  });

  std::vector<std::thread> workers;
  for (int i = 0; i < std::max(options.jobs, 1); ++i) {
    workers.emplace_back([&] {
      for (;;) {
        std::unique_lock lock(mu);
        has_work.wait(lock, [&] { return !pending.empty() || end_of_input; });
        if (pending.empty()) return;
        auto [seq, item] = std::move(pending.front());
        pending.pop_front();
        lock.unlock();
        Out out = work(std::move(item));
        lock.lock();
        done[seq % window] = std::move(out);
        if (seq == written) has_result.notify_one();
      }
    });
  }

  for (;;) {
    std::unique_lock lock(mu);
    auto ready = [&] { return done[written % window].has_value(); };
    auto finished = [&] { return end_of_input && written == read_count; };
    if (!ready()) {
      if (finished()) break;
      // The next result usually follows within microseconds: idle (flush)
      // only after a short wait, not once per result.
      if (!has_result.wait_for(lock, options.idle_after, [&] { return ready() || finished(); })) {
        lock.unlock();
        idle();
        lock.lock();
        has_result.wait(lock, [&] { return ready() || finished(); });
      }
      if (!ready()) break;
    }
    const size_t slot = written % window;
    Out out = std::move(*done[slot]);
    done[slot].reset();
    bytes_in_flight -= sizes[slot];
    ++written;
    lock.unlock();
    has_room.notify_one();
    write(std::move(out));
  }
  reader.join();
  for (std::thread& t : workers) t.join();
}

}  // namespace santun
