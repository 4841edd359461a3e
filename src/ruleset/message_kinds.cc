#include "ruleset/message_kinds.h"

namespace santun {

std::string_view MessageKindName(MessageKind kind) { return MessageKindNames()[static_cast<size_t>(kind)]; }

const std::vector<std::string>& MessageKindNames() {
  static const std::vector<std::string> names = {"demand",  "statement", "validation", "callback",
                                                 "warning", "other",     "narration"};
  return names;
}

}  // namespace santun
