#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace santun {

/// Appends `s` as a JSON string, byte for byte what nlohmann::json's
/// dump(-1, ' ', false, error_handler_t::replace) writes: '"' and '\\'
/// escaped, \b \f \n \r \t, other control characters as \u00xx, UTF-8
/// kept as it is. A string that is not valid UTF-8 is handed to
/// nlohmann::json, whose replacement of the bad bytes this does not
/// repeat. The JSONL writer builds its lines with it instead of a JSON
/// tree per message (the tree and its serializer were 4 % of a run).
void AppendJsonString(std::string* out, std::string_view s);

/// Appends an unsigned number in decimal.
void AppendJsonNumber(std::string* out, uint64_t n);

}  // namespace santun
