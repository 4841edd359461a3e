#include "serve/metrics.h"

#include <cstdio>

namespace santun::serve {
namespace {

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

void Metrics::Request(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  ++h.counts[i];
  h.sum += seconds;
  ++h.count;
}

void Metrics::Findings(const std::string& category, const std::string& severity, int count) {
  std::lock_guard<std::mutex> lock(mutex_);
  findings_[{category, severity}] += static_cast<uint64_t>(count);
}

void Metrics::Reload(bool ok) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++(ok ? reloads_ok_ : reloads_failed_);
}

uint64_t Metrics::reloads(bool ok) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return ok ? reloads_ok_ : reloads_failed_;
}

std::string Metrics::Text(size_t rules) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out;
  out += "# HELP santun_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE santun_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    out += "santun_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(n) + "\n";
  }
  out += "# HELP santun_http_request_duration_seconds Time to handle a request, by route.\n";
  out += "# TYPE santun_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    uint64_t cumulative = 0;
    for (size_t i = 0; i <= kBuckets.size(); ++i) {
      cumulative += h.counts[i];
      const std::string le = i < kBuckets.size() ? Number(kBuckets[i]) : "+Inf";
      out += "santun_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" + le + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "santun_http_request_duration_seconds_sum{route=\"" + route + "\"} " + Number(h.sum) + "\n";
    out += "santun_http_request_duration_seconds_count{route=\"" + route + "\"} " + std::to_string(h.count) + "\n";
  }
  out += "# HELP santun_findings_total Diagnostics reported by /v1/check, by category and severity.\n";
  out += "# TYPE santun_findings_total counter\n";
  for (const auto& [key, n] : findings_) {
    out += "santun_findings_total{category=\"" + key.first + "\",severity=\"" + key.second + "\"} " +
           std::to_string(n) + "\n";
  }
  out += "# HELP santun_rule_reloads_total Rule reloads (SIGHUP), by result.\n";
  out += "# TYPE santun_rule_reloads_total counter\n";
  out += "santun_rule_reloads_total{result=\"ok\"} " + std::to_string(reloads_ok_) + "\n";
  out += "santun_rule_reloads_total{result=\"failed\"} " + std::to_string(reloads_failed_) + "\n";
  out += "# HELP santun_rules Rule ids loaded.\n# TYPE santun_rules gauge\n";
  out += "santun_rules " + std::to_string(rules) + "\n";
  return out;
}

}  // namespace santun::serve
