#include "engine/message_kind.h"

#include <algorithm>
#include <set>

namespace santun {
namespace {

// The distinct matched texts (folded) of a lexicon: two mentions of the
// same word are one cue.
size_t DistinctCues(const CheckContext& c, const Lexicon* lexicon) {
  // A view of the text, not std::string::substr: a view into that
  // temporary would dangle once the statement ends.
  const std::string_view text = c.normalized.text;
  std::set<std::string_view> cues;
  for (Span n : c.FindNormalized(lexicon)) cues.insert(text.substr(n.begin, n.size()));
  return cues.size();
}

bool Any(const CheckContext& c, const char* name, bool skip_negated = false) {
  const Lexicon* lexicon = c.rules.FindLexicon(name, c.lang);
  if (!lexicon) return false;
  if (!skip_negated) return !c.FindNormalized(lexicon).empty();
  for (Span n : c.FindNormalized(lexicon)) {
    if (!c.scopes.IsNegated(n.begin)) return true;
  }
  return false;
}

}  // namespace

MessageKind ClassifyMessage(const CheckContext& c) {
  const Lexicon* ask_lexicon = c.rules.FindLexicon("kind-ask", c.lang);
  if (!ask_lexicon) return MessageKind::kDemand;
  // An ask that a "kind-not-ask" phrase covers ("if you're struggling to
  // pay, we can set up a plan") asks for nothing.
  // An ask inside a condition ("kalau Anda tidak bayar, kami proses
  // secara hukum", "if you are unable to make the payment, call us")
  // states a consequence or an option: it does not ask for payment.
  // An ask that only states the debt's status ("kind-status": "overdue",
  // "unpaid balance") is `status_only`: with a call back asked for, the
  // message is a callback ("calling about your overdue payment, please
  // call me back"), not a demand for a sum by a date, unless it sets a
  // date ("past due, please contact us by December 22").
  bool asks = false, status_only = true;
  const std::vector<Span>& not_asks = c.FindNormalized(c.rules.FindLexicon("kind-not-ask", c.lang));
  const std::vector<Span>& statuses = c.FindNormalized(c.rules.FindLexicon("kind-status", c.lang));
  auto covered_by = [](const std::vector<Span>& spans, Span n) {
    return std::any_of(spans.begin(), spans.end(), [&](Span o) { return o.Overlaps(n); });
  };
  for (Span n : c.FindNormalized(ask_lexicon)) {
    const bool condition = c.scopes.HasConditionalBefore(n.begin);
    if (covered_by(not_asks, n) || condition || c.scopes.IsNegated(n.begin)) continue;
    asks = true;
    status_only &= covered_by(statuses, n);
  }
  const bool mentions_debt = Any(c, "payment-request");
  // A strong cue makes a warning unless the message also asks for a named
  // sum; weak cues only when nothing is asked.
  if (Any(c, "kind-warning", /*skip_negated=*/true) && !(asks && c.facts.HasAmount())) return MessageKind::kWarning;
  if (!asks && DistinctCues(c, c.rules.FindLexicon("kind-warning-weak", c.lang)) >= 2) return MessageKind::kWarning;
  if (Any(c, "kind-validation")) return MessageKind::kValidation;
  if (Any(c, "payment-settled", /*skip_negated=*/true)) return MessageKind::kStatement;
  // An ask with nobody addressed is talk about collection ("kalau tidak
  // bisa bayar, jangan kabur" in an interview), unless it names a sum.
  const bool addressed = !c.rules.FindLexicon("addressee", c.lang) || Any(c, "addressee");
  if (asks && status_only && !statuses.empty() && !c.facts.HasDate() &&
      (Any(c, "kind-callback") || Any(c, "kind-contact"))) {
    return MessageKind::kCallback;
  }
  if (asks && (addressed || c.facts.HasAmount())) return MessageKind::kDemand;
  // A call back asked for (a callback number given) is a callback even
  // when nobody is addressed ("Name is Mark. Callback number is …").
  if (Any(c, "kind-callback")) return MessageKind::kCallback;
  // Nobody speaks, nobody is spoken to and nothing is asked: a report about someone (news,
  // a statement) or a broadcast about the debtor. Threats need someone to
  // threaten; broadcasts have their own rules.
  if (!addressed && !asks && !Any(c, "speaker")) return MessageKind::kNarration;
  if (mentions_debt || Any(c, "kind-statement")) return MessageKind::kStatement;
  return MessageKind::kOther;
}

}  // namespace santun
