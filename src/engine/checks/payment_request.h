#pragma once

#include <optional>

#include "engine/checks/check.h"

namespace santun {

/// Returns where the message asks for payment: the first match of the
/// rule's "request" lexicon that is not negated ("belum dibayar", "no
/// payment is needed"), unless the message matches its "settled" lexicon
/// (a receipt, a thank-you for a payment, a fraud warning). A callback
/// request is placed at its "kind-callback" cue ("please call me back").
/// nullopt when the message does not ask.
std::optional<Span> PaymentRequest(const CheckContext& context, const Rule& rule);

}  // namespace santun
