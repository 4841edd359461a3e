#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/pii/mask.h"
#include "extract/pii/pii_type.h"
#include "text/span.h"

namespace santun::pii {

/// One piece of personal data in a message.
struct PiiFinding {
  Span span;  ///< byte range in the original text
  PiiType type = PiiType::kNik;
  Confidence confidence = Confidence::kLow;
  std::string masked;  ///< MaskValue of the text at `span`; never echo the raw text
  std::string reason;  ///< which check passed and which label was seen; never the value
};

/// What FindPii needs besides the text.
struct PiiOptions {
  /// The creditor's own numbers, e-mail addresses and addresses (hotline,
  /// WhatsApp business number, collection accounts, support e-mail, office
  /// address): never flagged. Numbers compare by digits (phones by national
  /// number), e-mails case-insensitively (see IsAllowed).
  std::vector<std::string> allow;
  /// Money and date spans found by the amount and date extractors; digit
  /// clusters overlapping them are not identifiers.
  std::vector<Span> claimed_spans;
  /// The year that birth-date ages and NIK centuries are computed against;
  /// 0 means the system clock. Set it to make results reproducible.
  int current_year = 0;
};

/// Returns the personal data in `text` (valid UTF-8), sorted by span:
/// 1. every digit cluster is classified once (ClassifyDigitRuns): masked,
///    money, percent, date, time, fraction and reference clusters (invoice,
///    contract, loan and order numbers, virtual accounts and payment codes)
///    are never findings; the rest are identified by IdentifyCandidate
///    (NIK, KK, NPWP, card, SSN/ITIN, phone, bank account, CVV);
/// 2. e-mail addresses, IBANs, addresses and birth dates are found by their
///    own scanners;
/// 3. a digit finding inside an e-mail, IBAN or birth date is dropped;
///    addresses may contain other findings (a phone inside an address);
/// 4. values in `options.allow` are dropped, the rest masked.
/// Confidence: High = validated and labelled (or checksum-valid card/IBAN,
/// '+62 8…' mobile); Medium = validated without a label; Low = labelled but
/// malformed, or weak shape (fixed line, unknown mobile prefix).
std::vector<PiiFinding> FindPii(std::string_view text, const PiiOptions& options = {});

}  // namespace santun::pii
