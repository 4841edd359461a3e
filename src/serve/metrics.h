#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace santun::serve {

/// The counters of GET /metrics, safe to update from every worker: requests
/// by route and status, a latency histogram per route, findings by
/// category and severity, and rule reloads. Text() writes them in the
/// Prometheus text exposition format (version 0.0.4).
class Metrics {
 public:
  /// The upper bounds of the latency buckets, in seconds (then +Inf).
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};

  /// One answered request: `route` is the route's pattern ("/v1/rules/{id}";
  /// "other" for an unknown path), never the path itself.
  void Request(const std::string& route, int status, double seconds);
  void Findings(const std::string& category, const std::string& severity, int count);
  void Reload(bool ok);
  uint64_t reloads(bool ok) const;
  /// `rules` is the number of rule ids loaded now.
  std::string Text(size_t rules) const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size() + 1> counts{};  // the last is +Inf
    double sum = 0;
    uint64_t count = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::pair<std::string, std::string>, uint64_t> findings_;
  uint64_t reloads_ok_ = 0, reloads_failed_ = 0;
};

}  // namespace santun::serve
