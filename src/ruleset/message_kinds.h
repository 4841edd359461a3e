#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace santun {

/// What a message is, decided once per message from signals in its text
/// (engine/message_kind.h), so that rules can say which kinds they apply
/// to (`kinds = ["demand"]`): only a demand is told that its amount, due
/// date or sender is missing, and a fraud warning that quotes what
/// scammers say is not itself a threat.
enum class MessageKind {
  kDemand,      // asks for payment or reminds of a debt that is due
  kStatement,   // states a balance, a bill or a receipt without asking
  kValidation,  // a debt-validation notice (amount, creditor, dispute rights)
  kCallback,    // asks only to be called back (a limited-content voicemail)
  kWarning,     // a regulator's, bank's or consumer agency's warning or advice about collection
  kOther,       // not about a debt
  kNarration,   // speaks to nobody: a report or a broadcast about someone ("pelaku ditangkap", "DICARI …")
};

/// Returns the name used in rule packs and in output: "demand",
/// "statement", "validation", "callback", "warning", "other".
std::string_view MessageKindName(MessageKind kind);

/// Returns every kind's name, in the order of the enum.
const std::vector<std::string>& MessageKindNames();

}  // namespace santun
