#include "stream/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>

namespace santun {
namespace {

TEST(OrderedPipeline, KeepsInputOrderWithUnevenWork) {
  for (int jobs : {1, 2, 4}) {
    int next = 0;
    std::atomic<size_t> in_flight{0}, max_in_flight{0};
    std::vector<int> written;
    PipelineOptions options;
    options.jobs = jobs;
    options.max_items = 8;
    std::function<bool(int*, size_t*)> read = [&](int* item, size_t* bytes) {
      if (next == 500) return false;
      *item = next++;
      *bytes = 1;
      size_t now = ++in_flight;
      size_t seen = max_in_flight.load();
      while (now > seen && !max_in_flight.compare_exchange_weak(seen, now)) {
      }
      return true;
    };
    std::function<int(int&&)> work = [](int&& i) {
      if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
      return i * 2;
    };
    std::function<void(int&&)> write = [&](int&& v) {
      written.push_back(v);
      --in_flight;
    };
    RunOrderedPipeline<int, int>(options, read, work, write, [] {});
    ASSERT_EQ(written.size(), 500u) << "jobs " << jobs;
    for (int i = 0; i < 500; ++i) ASSERT_EQ(written[i], i * 2);
    // The reader never ran more than max_items ahead of the writer (+1: the
    // counter goes up before the item is queued).
    EXPECT_LE(max_in_flight.load(), options.max_items + 1) << "jobs " << jobs;
  }
}

TEST(OrderedPipeline, ByteBudgetBoundsWhatIsInFlight) {
  PipelineOptions options;
  options.jobs = 2;
  options.max_items = 1000;
  options.max_bytes = 100;
  int next = 0;
  size_t in_flight = 0, max_in_flight = 0;
  std::mutex mu;
  std::function<bool(int*, size_t*)> read = [&](int* item, size_t* bytes) {
    if (next == 200) return false;
    *item = next++;
    *bytes = 30;
    std::lock_guard lock(mu);
    max_in_flight = std::max(max_in_flight, ++in_flight);
    return true;
  };
  std::function<int(int&&)> work = [](int&& i) { return i; };
  std::function<void(int&&)> write = [&](int&&) {
    std::lock_guard lock(mu);
    --in_flight;
  };
  RunOrderedPipeline<int, int>(options, read, work, write, [] {});
  EXPECT_EQ(next, 200);
  EXPECT_LE(max_in_flight, 5u);  // 4 items of 30 bytes fit under 100, +1 being read
}

TEST(OrderedPipeline, EmptyInputAndIdleCalls) {
  std::function<bool(int*, size_t*)> read = [](int*, size_t*) { return false; };
  std::function<int(int&&)> work = [](int&& i) { return i; };
  int writes = 0;
  std::function<void(int&&)> write = [&](int&&) { ++writes; };
  RunOrderedPipeline<int, int>(PipelineOptions{}, read, work, write, [] {});
  EXPECT_EQ(writes, 0);
}

}  // namespace
}  // namespace santun
