#pragma once

#include <ctime>
#include <string>

namespace santun {

/// The current time in UTC as ISO 8601 with seconds ("2026-12-03T18:40:05Z"),
/// for the server's access log and the rules' loaded_at stamp.
inline std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace santun
