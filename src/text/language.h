#pragma once

#include <string>
#include <string_view>

namespace santun {

/// Guesses whether a normalized message is Indonesian ("id") or English
/// ("en") by a vote of common function words. Ties and messages without any
/// known word go to `fallback`.
std::string DetectLanguage(std::string_view normalized, std::string_view fallback = "id");

}  // namespace santun
