#pragma once

#include "engine/checks/check.h"
#include "ruleset/message_kinds.h"

namespace santun {

/// Decides what a message is (ruleset/message_kinds.h) from lexicons of
/// its language, so that required-element rules speak only to demands and
/// a warning that describes what scammers say is not read as a threat:
///
/// - warning: a cue of "kind-warning" ("waspada", "mengatasnamakan",
///   "scammers", "if you receive a call"), unless the message both states
///   an amount and asks for payment (a reminder with an anti-fraud footer
///   is a demand); or two different cues of "kind-warning-weak" (the third
///   person, agencies' words) in a message that asks for nothing;
/// - validation: a cue of "kind-validation" (dispute rights);
/// - statement: a receipt ("payment-settled");
/// - callback: a call back asked for about a debt whose status is all that
///   is said ("kind-status" with "kind-callback" or "kind-contact", no date:
///   "calling about your overdue payment, call me back");
/// - demand: payment asked for or a due date reminded of ("kind-ask", not
///   negated, not in a condition), to someone ("addressee": a second-person
///   word, a greeting, an imperative) or with a sum named;
/// - callback: otherwise a call back asked for ("kind-callback"), even with
///   nobody addressed ("Name is Mark. Callback number is …");
/// - narration: no first person ("speaker"), no addressee and no ask: a
///   report about others or a broadcast about the debtor;
/// - statement: a debt mentioned ("payment-request") or a balance stated
///   ("kind-statement") without an ask;
/// - other: no debt mentioned.
/// A language without these lexicons classifies every message as a
/// demand, so that packs without them keep their required elements.
MessageKind ClassifyMessage(const CheckContext& context);

}  // namespace santun
