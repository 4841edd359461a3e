#include "extract/pii/allow_list.h"

#include "extract/pii/context.h"
#include "extract/pii/email.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

std::string Alnum(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (ascii::IsDigit(c) || ascii::IsLetter(c)) out.push_back(ascii::ToLower(c));
  }
  return out;
}

// The national significant number: without 0062/62/0 (Indonesia) or the
// NANP leading 1.
std::string PhoneKey(std::string_view s) {
  std::string d = ascii::DigitsOf(s);
  std::string_view v = d;
  if (v.starts_with("0062"))
    v.remove_prefix(4);
  else if (v.starts_with("62") && v.size() >= 10)
    v.remove_prefix(2);
  else if (v.size() == 11 && v.starts_with("1"))
    v.remove_prefix(1);
  if (v.starts_with("0")) v.remove_prefix(1);
  return std::string(v);
}

}  // namespace

bool IsAllowed(std::string_view value, PiiType type, const std::vector<std::string>& allow) {
  for (const std::string& entry : allow) {
    switch (type) {
      case PiiType::kEmail:
        if (DeobfuscateEmail(entry) == DeobfuscateEmail(value)) return true;
        break;
      case PiiType::kAddress: {
        const std::string a = Alnum(entry), v = Alnum(value);
        if (a.size() >= 6 && (v.find(a) != std::string::npos || a.find(v) != std::string::npos)) {
          return true;
        }
        break;
      }
      case PiiType::kIban:
        if (!Alnum(entry).empty() && Alnum(entry) == Alnum(value)) return true;
        break;
      case PiiType::kPhone:
        if (!PhoneKey(entry).empty() && PhoneKey(entry) == PhoneKey(value)) return true;
        break;
      default:
        if (!ascii::DigitsOf(entry).empty() && ascii::DigitsOf(entry) == ascii::DigitsOf(value)) return true;
        break;
    }
  }
  return false;
}

}  // namespace santun::pii
