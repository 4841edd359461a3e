#pragma once

#include <string>
#include <vector>

namespace santun {

/// The creditor's own names, numbers, addresses and e-mail addresses
/// (santun.toml [allow]): its hotline, WhatsApp business number, collection
/// accounts, office address and support e-mail are never reported as
/// personal data, and its names never as a third party ("Koperasi Keluarga
/// Sejahtera" is not the debtor's family).
struct AllowList {
  std::vector<std::string> names;
  std::vector<std::string> numbers;
  std::vector<std::string> addresses;
  std::vector<std::string> emails;

  bool empty() const { return names.empty() && numbers.empty() && addresses.empty() && emails.empty(); }
};

}  // namespace santun
