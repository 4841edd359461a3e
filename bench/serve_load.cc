// Load generator for `santun serve`: C clients on keep-alive connections,
// each sending N single-message POST /v1/check requests over loopback;
// prints requests/s and the p50/p99 latency. Usage:
//   santun_serve_load PORT CLIENTS REQUESTS_PER_CLIENT
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s PORT CLIENTS REQUESTS_PER_CLIENT\n", argv[0]);
    return 2;
  }
  const int port = std::atoi(argv[1]), clients = std::atoi(argv[2]), requests = std::atoi(argv[3]);
  const std::string body = R"({"text":"Dasar maling, bayar sekarang juga!"})";
  std::vector<double> latencies;
  std::mutex mutex;
  int failures = 0;
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int k = 0; k < clients; ++k) {
    threads.emplace_back([&] {
      httplib::Client c("127.0.0.1", port);
      c.set_keep_alive(true);
      c.set_tcp_nodelay(true);
      std::vector<double> mine;
      int failed = 0;
      for (int i = 0; i < requests; ++i) {
        const auto t0 = Clock::now();
        httplib::Result r = c.Post("/v1/check", body, "application/json");
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!r || r->status != 200) ++failed;
      }
      std::lock_guard<std::mutex> lock(mutex);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
      failures += failed;
    });
  }
  for (std::thread& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    return latencies[std::min(latencies.size() - 1, static_cast<size_t>(p * latencies.size()))];
  };
  std::printf("requests=%zu failures=%d seconds=%.2f requests_per_s=%.0f p50_ms=%.3f p99_ms=%.3f\n", latencies.size(),
              failures, seconds, latencies.size() / seconds, pct(0.50), pct(0.99));
  return failures == 0 ? 0 : 1;
}
