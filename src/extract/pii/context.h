#pragma once

#include <cstdint>
#include <string_view>

#include "extract/pii/pii_type.h"
#include "text/span.h"

namespace santun::pii {

/// What a label before a value says about it.
enum class LabelRole : uint8_t {
  kIdentifier,      ///< names personal data: NIK, no. rek, HP, SSN, …
  kReference,       ///< names a document number: invoice, kontrak, order, ref, loan ID, …
  kVirtualAccount,  ///< names a virtual account or payment code: VA, BRIVA, kode bayar, …
};

/// The label found in the words before a value (see FindLabelBefore).
struct ContextLabel {
  Span span;  ///< the label words in the original text; empty when none
  LabelRole role = LabelRole::kIdentifier;
  uint32_t types = 0;       ///< Bit(PiiType) mask the label names (role kIdentifier)
  std::string_view phrase;  ///< the lexicon phrase that matched, e.g. "no rek"
  std::string_view bank;    ///< a bank named in the window ("bca"), or empty
  bool company = false;     ///< marked as the creditor's own: "kami", "resmi", "our", "official"

  bool found() const { return !span.empty(); }
  bool Names(PiiType type) const { return found() && role == LabelRole::kIdentifier && (types & Bit(type)); }
};

/// Returns where the label window of a value starting at `value_begin`
/// begins: at most 48 bytes back, never before `floor` (the end of the
/// previous digit run), and after the last line break, '!', '?' or ';'.
uint32_t LabelWindowBegin(std::string_view text, uint32_t floor, uint32_t value_begin);

/// Returns the label nearest before `value_begin` in text[window_begin,
/// value_begin), with at most four words between it and the value. Words
/// match whole and case-insensitively ("KK" alone only in capitals, since
/// "kk" is chat slang for kakak), after Indonesian affix stripping
/// ("rekeningnya", "KTP-nya", "NIK-mu", "ke-"). Strong labels beat weak ones
/// (bank names alone, "pajak"); among strong labels the nearest wins, then
/// the longest phrase. Also reports a bank named anywhere in the window, and
/// a company cue (CompanyCues: "kami", "resmi", "our", …) among the words
/// between the label and the value, or among the last two words when there
/// is no label ("WA resmi kami 0812…", "hubungi kami di 0812…").
ContextLabel FindLabelBefore(std::string_view text, uint32_t window_begin, uint32_t value_begin);

/// Returns the label that a word glued to a number names ("NIK" in
/// "NIK3275…", "HP" in "HP0812…"), or a label that is not found().
ContextLabel LabelForGluedWord(std::string_view word);

/// Returns true when an account-holder marker ("a.n.", "a/n", "atas nama")
/// follows text[value_end…] after at most a few spaces or a comma, as in
/// "BCA 1234567890 a.n. Budi".
bool HasAccountHolderAfter(std::string_view text, uint32_t value_end);

}  // namespace santun::pii
