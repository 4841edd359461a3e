#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// The fixed sentences of a rewrite in one language ("id" or "en").
struct RewritePhrases {
  std::string greeting;           // "Yth." / "Dear"
  std::string default_honorific;  // "Bapak/Ibu" / ""
  std::string debtor;             // "[nama debitur]" / "[name]"
  std::string company;            // "[nama perusahaan]" / "[company name]"
  std::string amount;             // "[jumlah tagihan]" / "[amount]"
  std::string due_date;           // "[tanggal jatuh tempo]" / "[due date]"
  std::string payment;            // "Pembayaran dapat dilakukan melalui [rekening pembayaran]."
  std::string help;               // the offer of a payment plan
  std::string question;           // "Bisakah Anda memberi tahu kami kapan …?"
  std::string sign_off;           // "Hormat kami," / "Sincerely,"
  std::string disclosure;         // US: "This is an attempt to collect a debt …"
  std::string opt_out;            // US: "Reply STOP to opt out of text messages."
  std::string details;            // "Rincian" / "Details": facts of a message that asks nothing
  std::string conjunction;        // "dan" / "and"
};

/// Returns the phrases of `lang` ("en", else Indonesian).
const RewritePhrases& PhrasesFor(std::string_view lang);

/// Returns "A", "A dan B", "A, B dan C" (with the language's conjunction).
std::string JoinList(const std::vector<std::string>& items, const RewritePhrases& phrases);

/// The opening of a message: "Halo Pak Budi,", "Yth. Bapak/Ibu [nama
/// debitur],", "Dear Ms. Ford,", "Pak Agus," (an honorific and a name
/// alone). `span` covers it with the punctuation and whitespace after it.
struct Greeting {
  Span span;              // empty when the message has none
  std::string honorific;  // normalized: "Bapak", "Ibu", "Bapak/Ibu", "Ms." …; "" when none
  std::string name;       // "Budi", "[nama debitur]", "{{first_name}}"; "" when none
};

/// Returns the greeting at the start of `text`, if any.
Greeting FindGreeting(std::string_view text);

/// Returns the greeting line of a rewrite: "Yth. {honorific} {name},".
std::string GreetingLine(const Greeting& g, const RewritePhrases& phrases);

/// The end of a message: a sign-off ("Hormat kami,", "Salam,", "Regards,")
/// with the signature after it, or a dash and a signature ("— Tim CicilAja",
/// "- Bluegate Collections"), on their own lines or after the last sentence.
struct Closing {
  Span span;              // empty when the message has none
  std::string signature;  // "PT Dana Kilat Sejahtera", "Rina, PT Dana Kilat"; may be ""
};

/// Returns the closing at the end of `text`, if any; it never starts before
/// `from` (the end of the greeting).
Closing FindClosing(std::string_view text, uint32_t from);

/// Returns the name of a company that `text` mentions ("PT Dana Kilat
/// Sejahtera", "KSP Maju Bersama", "Bluegate Collections", "Harbor Point
/// Recovery LLC"), or "".
std::string FindCompanyName(std::string_view text);

}  // namespace santun
