#include "extract/pii/iban.h"

#include <array>

#include <re2/re2.h>

#include "extract/pii/context.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

struct Country {
  std::string_view code;
  int length;
};

// clang-format off
constexpr auto kCountries = std::to_array<Country>({
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
    {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24},
    {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18},
    {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23},
    {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
    {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MD", 24}, {"ME", 22},
    {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24},
    {"SC", 31}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
});
// clang-format on

}  // namespace

int IbanLength(std::string_view country) {
  for (const Country& c : kCountries) {
    if (c.code == country) return c.length;
  }
  return 0;
}

int IbanRemainder(std::string_view compact) {
  if (compact.size() < 5) return -1;
  int rem = 0;
  auto feed = [&](char c) {
    if (ascii::IsDigit(c)) {
      rem = (rem * 10 + (c - '0')) % 97;
    } else {
      const int v = ascii::ToLower(c) - 'a' + 10;
      rem = (rem * 100 + v) % 97;
    }
  };
  for (char c : compact) {
    if (!ascii::IsAlnum(c)) return -1;
  }
  for (size_t i = 4; i < compact.size(); ++i) feed(compact[i]);
  for (size_t i = 0; i < 4; ++i) feed(compact[i]);
  return rem;
}

bool IsValidIban(std::string_view compact) {
  if (compact.size() < 5) return false;
  std::string country{static_cast<char>(compact[0] & ~0x20), static_cast<char>(compact[1] & ~0x20)};
  const int length = IbanLength(country);
  if (length == 0 || static_cast<int>(compact.size()) != length) return false;
  if (!ascii::IsDigit(compact[2]) || !ascii::IsDigit(compact[3])) return false;
  const int check = (compact[2] - '0') * 10 + (compact[3] - '0');
  return check >= 2 && check <= 98 && IbanRemainder(compact) == 1;
}

std::vector<Detection> FindIbans(std::string_view text) {
  static const RE2 start(R"([A-Z]{2}[0-9]{2} ?[A-Za-z0-9])");
  std::vector<Detection> out;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos < text.size() && start.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const auto begin = static_cast<uint32_t>(m.data() - text.data());
    pos = begin + 1;
    if (begin > 0 && ascii::IsAlnum(text[begin - 1])) continue;
    const int length = IbanLength(text.substr(begin, 2));
    if (length == 0) continue;
    // Collect `length` letters and digits; a single space may sit between
    // groups of four.
    std::string compact(text.substr(begin, 4));
    uint32_t i = begin + 4;
    while (static_cast<int>(compact.size()) < length && i < text.size()) {
      if (ascii::IsAlnum(text[i])) {
        compact.push_back(text[i++]);
      } else if (text[i] == ' ' && compact.size() % 4 == 0 && i + 1 < text.size() && ascii::IsAlnum(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    const bool whole = static_cast<int>(compact.size()) == length && (i >= text.size() || !ascii::IsAlnum(text[i]));
    if (whole && IsValidIban(compact)) {
      out.push_back(
          {Span{begin, i}, PiiType::kIban, Confidence::kHigh, "iban: country length and MOD 97-10 checksum valid"});
      pos = i;
      continue;
    }
    const ContextLabel label = FindLabelBefore(text, LabelWindowBegin(text, 0, begin), begin);
    if (label.Names(PiiType::kIban)) {
      while (i < text.size() && ascii::IsAlnum(text[i])) ++i;
      out.push_back({Span{begin, i}, PiiType::kIban, Confidence::kLow,
                     "possible IBAN, malformed; label '" + std::string(label.phrase) + "'"});
      pos = i;
    }
  }
  return out;
}

}  // namespace santun::pii
