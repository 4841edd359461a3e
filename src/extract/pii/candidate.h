#pragma once

#include <optional>
#include <string_view>

#include "extract/pii/digit_runs.h"
#include "extract/pii/pii_type.h"

namespace santun::pii {

/// Decides what a kCandidate digit run of `text` is, with the decision
/// matrix of PII.md §6.3:
///
// clang-format off
/// | validation \ context | label for the type | no label |
/// |---|---|---|
/// | checksum (card IIN+Luhn, NPWP Luhn) | High | card High; NPWP Medium, High when printed 99.999.999.9-999.999 |
/// | structure (NIK, KK, SSN/ITIN, mobile, NANP) | High | Medium; '+62 8…'/'+1' High; mobile with an unknown operator prefix Low |
/// | shape (bank account, fixed line, bare 9 digits) | High | none (fixed line Low) |
/// | label, validation fails | Low ("possible X, malformed") unless another type validates unlabelled at Medium or more | — |
// clang-format on
///
/// Company service numbers (1500-xxx, 14xxx, 0800-…), values marked as the
/// creditor's own ("WA resmi kami", "rekening kami") and CVV-sized numbers
/// without a CVV label yield nothing. A bare 16-digit number that is a valid
/// NIK and also passes a card check is reported as a NIK (Medium), because
/// NIKs are far more common in Indonesian collection messages. A bank name
/// alone ("BCA 1234567890") counts as a weak label: High only when the length
/// is that bank's. An account-holder marker after the number ("a.n. Budi")
/// counts as a bank-account label. `current_year` 0 means the system clock.
std::optional<Detection> IdentifyCandidate(std::string_view text, const DigitRun& run, int current_year = 0);

}  // namespace santun::pii
