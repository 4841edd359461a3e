#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/pii/context.h"

namespace santun::pii {

/// One phrase of the label lexicon that FindLabelBefore matches.
struct LabelEntry {
  std::string_view phrase;  ///< lower-case words separated by single spaces
  LabelRole role = LabelRole::kIdentifier;
  uint32_t types = 0;     ///< Bit(PiiType) mask named by a kIdentifier label
  bool weak = false;      ///< used only when no strong label is in the window ("pajak")
  bool capitals = false;  ///< must be written in capitals ("KK", "SS")
};

/// Returns the identifier labels (PII.md §1: NIK, KTP, no. rek, a.n., HP,
/// WA, kartu kredit, CVV, NPWP, SSN, … and their English equivalents) and
/// the reference labels (§6.2: invoice, kontrak, order, resi, ref, loan ID,
/// polis, …). Virtual-account labels come from VirtualAccountLabels(), bank
/// names from FindBank().
std::span<const LabelEntry> LabelLexicon();

/// Returns the words that mark a value as the creditor's own when they stand
/// between a label and the value: "kami", "resmi", "our", "official", "cs",
/// "hotline", …
std::span<const std::string_view> CompanyCues();

}  // namespace santun::pii
