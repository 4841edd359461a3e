#pragma once

#include <string>
#include <vector>

#include "engine/linter.h"
#include "extract/pii/allow_list.h"

namespace santun {

/// How to rewrite a message.
struct RewriteOptions {
  std::string lang = "auto";         // "id", "en" or "auto"
  std::string profile = "auto";      // "us" adds the FDCPA disclosure and the opt-out line
  std::string today;                 // YYYY-MM-DD for relative dates; "" = the system date
  const AllowList* allow = nullptr;  // the creditor's own identifiers (santun.toml [allow])
};

/// One thing a rewrite changed, and why.
struct RewriteChange {
  std::string kind;                // "removed", "added" or "replaced"
  std::string part;                // "greeting", "sentence", "identification", "payment", "help", "question",
                                   // "details", "disclosure", "opt-out", "closing"
  std::string text;                // what the rewrite says (added, replaced) or what it dropped (removed)
  std::string original;            // replaced: what the message said
  Span span;                       // removed, replaced: where in the original
  std::vector<std::string> rules;  // removed: the rules whose diagnostics the sentence had
};

struct RewriteResult {
  std::string text;              // the complete polite message, ending with a line break
  std::string lang;              // the language it is written in (the original's)
  std::string profile;           // "id", "us" or "generic"
  LintResult original;           // the original, linted in template mode
  std::vector<size_t> resolved;  // indices into original.diagnostics that the rewrite no longer has
  LintResult remaining;          // the rewrite, linted in template mode
  std::vector<RewriteChange> changes;
};

/// Returns a complete polite message in the original's language, shaped like
/// the recommended collection script:
///   greeting       "Yth. Bapak/Ibu [nama debitur]," / "Dear [name],"
///                  (the original's honorific and name when it greets someone)
///   identification "Kami dari [nama perusahaan] ingin menindaklanjuti pembayaran
///                  sebesar [jumlah tagihan] yang jatuh tempo pada [tanggal jatuh
///                  tempo]." — the sender only when the kept text does not name
///                  one (a company the original names is used), the amount and
///                  date only when the kept text lacks them
///   the original's sentences that have no conduct problem, as written
///   payment options, the offer of a payment plan and a question, each only
///                  when missing (for a message that asks for payment)
///   with the us profile: the debt-collector disclosure and the opt-out line
///   closing        "Hormat kami," / "Sincerely," and the original's signature
///                  (else the sender)
/// A sentence with a threat, abuse, pressure, privacy or impersonation
/// diagnostic, a vague amount or date, or any other error, is dropped; every
/// amount, valid date and amount or date placeholder it held is restated,
/// byte for byte, in the identification sentence. The rewrite lints with no
/// error in template mode (sentences that still fail are dropped too), and
/// rewriting it again returns it unchanged.
RewriteResult Rewrite(const Linter& linter, const SourceText& source, const RewriteOptions& options = {});

}  // namespace santun
