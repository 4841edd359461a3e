#include "extract/pii/detector.h"

#include <algorithm>

#include "extract/pii/address.h"
#include "extract/pii/allow_list.h"
#include "extract/pii/birth_date.h"
#include "extract/pii/candidate.h"
#include "extract/pii/digit_runs.h"
#include "extract/pii/email.h"
#include "extract/pii/iban.h"
#include "extract/pii/month_names.h"

namespace santun::pii {
namespace {

bool OverlapsAny(const Span& span, const std::vector<Detection>& others) {
  return std::any_of(others.begin(), others.end(), [&](const Detection& d) { return d.span.Overlaps(span); });
}

}  // namespace

std::vector<PiiFinding> FindPii(std::string_view text, const PiiOptions& options) {
  const int year = options.current_year != 0 ? options.current_year : CurrentYear();
  // Spans that own their digits: an IBAN's, an e-mail's, a birth date's.
  std::vector<Detection> owners = FindEmails(text);
  for (Detection& d : FindIbans(text)) owners.push_back(std::move(d));
  for (Detection& d : FindBirthDates(text, year)) owners.push_back(std::move(d));

  std::vector<Detection> found = owners;
  for (const DigitRun& run : ClassifyDigitRuns(text, options.claimed_spans)) {
    if (run.kind != DigitRunKind::kCandidate) continue;
    std::optional<Detection> d = IdentifyCandidate(text, run, year);
    if (d && !OverlapsAny(d->span, owners)) found.push_back(std::move(*d));
  }
  for (Detection& d : FindAddresses(text)) found.push_back(std::move(d));

  std::vector<PiiFinding> out;
  for (Detection& d : found) {
    const std::string_view value = text.substr(d.span.begin, d.span.size());
    if (IsAllowed(value, d.type, options.allow)) continue;
    out.push_back({d.span, d.type, d.confidence, MaskValue(value, d.type), std::move(d.reason)});
  }
  std::stable_sort(out.begin(), out.end(), [](const PiiFinding& a, const PiiFinding& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  return out;
}

}  // namespace santun::pii
