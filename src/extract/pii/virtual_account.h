#pragma once

#include <span>
#include <string_view>

namespace santun::pii {

/// Virtual accounts (VA) and payment codes are the creditor's collection
/// channel, not personal data. They are recognised by their label so that
/// the digits inside them (often the debtor's phone number after a 3-5 digit
/// biller prefix) are never reported.

/// Returns the lower-case label phrases that announce a virtual account or
/// payment code: "va", "virtual account", "briva", "kode bayar", "kode
/// pembayaran", "kode billing", "payment code", … (words separated by one
/// space, matched as whole words).
std::span<const std::string_view> VirtualAccountLabels();

struct VirtualAccountFacts {
  int prefix_length = 0;      ///< biller prefix digits before an embedded phone, 0 if none
  bool embeds_phone = false;  ///< the rest after the prefix is an Indonesian mobile number
};

/// Returns true when `digits` (ASCII digits) is shaped like a VA number: 10
/// to 20 digits. Records whether a 3-5 digit biller prefix is followed by an
/// Indonesian mobile number (as in BRIVA "12345" + "089611223344"), which is
/// why a VA must be consumed whole before phone validation.
bool IsPlausibleVirtualAccount(std::string_view digits, VirtualAccountFacts* facts = nullptr);

}  // namespace santun::pii
