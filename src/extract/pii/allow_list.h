#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/pii/pii_type.h"

namespace santun {

/// The creditor's own names, numbers, addresses and e-mail addresses
/// (santun.toml [allow]): its hotline, WhatsApp business number, collection
/// accounts, office address and support e-mail are never reported as
/// personal data, and its names never as a third party ("Koperasi Keluarga
/// Sejahtera" is not the debtor's family). config/ decodes it from
/// santun.toml; the engine and the rewrite receive it through
/// MessageOptions::allow and RewriteOptions::allow.
struct AllowList {
  std::vector<std::string> names;
  std::vector<std::string> numbers;
  std::vector<std::string> addresses;
  std::vector<std::string> emails;

  bool empty() const { return names.empty() && numbers.empty() && addresses.empty() && emails.empty(); }
};

}  // namespace santun

namespace santun::pii {

/// Returns true when `value` (the text of a finding of `type`) is one of the
/// creditor's own identifiers in `allow`:
/// * e-mail addresses compare case-insensitively (obfuscated ones with
///   "[at]"/"[dot]" read as '@'/'.');
/// * addresses compare by their lower-case letters and digits, and an allow
///   entry may be a part of the address or contain it;
/// * IBANs compare by upper-case letters and digits;
/// * phone numbers compare by national significant number, so "0812-3456-
///   7890", "+62 812 3456 7890" and "6281234567890" are the same;
/// * every other number compares by its digits.
bool IsAllowed(std::string_view value, PiiType type, const std::vector<std::string>& allow);

}  // namespace santun::pii
