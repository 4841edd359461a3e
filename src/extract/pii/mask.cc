#include "extract/pii/mask.h"

#include <array>

#include "extract/pii/context.h"
#include "extract/pii/email.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace santun::pii {
namespace {

// clang-format off
constexpr auto kAddressMarkers = std::to_array<std::string_view>({
    "jl", "jln", "jalan", "gg", "gang", "no", "nomor", "nmr", "rt", "rw", "kel", "kelurahan",
    "desa", "ds", "dusun", "dsn", "kec", "kecamatan", "kab", "kabupaten", "kota", "kotamadya",
    "prov", "provinsi", "perum", "perumahan", "komp", "komplek", "kompleks", "blok", "kav",
    "kavling", "apartemen", "tower", "lt", "lantai", "apt", "suite", "ste", "unit", "st",
    "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "drive",
    "ct", "court", "way", "pl", "place"});
// clang-format on

bool IsMaskable(char c) { return ascii::IsAlnum(c); }

// Masks the letters and digits of `value`, keeping those for which
// keep(index among maskable characters) is true.
template <typename Keep>
std::string MaskChars(std::string_view value, Keep keep) {
  std::string out;
  size_t k = 0;
  for (size_t i = 0; i < value.size();) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {  // non-ASCII letters are masked as one '*'
      const int len = utf8::SequenceLength(c);
      out.push_back('*');
      i += len;
      ++k;
      continue;
    }
    if (IsMaskable(value[i]) && !keep(k++)) {
      out.push_back('*');
    } else {
      out.push_back(value[i]);
    }
    ++i;
  }
  return out;
}

std::string MaskNumber(std::string_view value, bool letters_count) {
  size_t n = 0;
  for (char c : value) n += ascii::IsDigit(c) || (letters_count && ascii::IsLetter(c));
  size_t k = 0;
  std::string out;
  for (char c : value) {
    if (ascii::IsDigit(c) || (letters_count && ascii::IsLetter(c))) {
      const bool keep = n >= 12 ? (k < 4 || k >= n - 4) : (n >= 7 && k >= n - 4);
      out.push_back(keep ? c : '*');
      ++k;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string MaskEmail(std::string_view value) {
  std::string plain = value.find('@') == std::string_view::npos ? DeobfuscateEmail(value) : std::string(value);
  const size_t at = plain.find('@');
  if (at == std::string::npos || at == 0) return MaskChars(value, [](size_t) { return false; });
  return plain.substr(0, 1) + "***" + plain.substr(at);
}

std::string MaskAddress(std::string_view value) {
  std::string out;
  size_t i = 0;
  while (i < value.size()) {
    if (!IsMaskable(value[i]) && static_cast<unsigned char>(value[i]) < 0x80) {
      out.push_back(value[i++]);
      continue;
    }
    size_t j = i;
    std::string lower;
    while (j < value.size() && (IsMaskable(value[j]) || static_cast<unsigned char>(value[j]) >= 0x80)) {
      lower.push_back(ascii::ToLower(value[j]));
      ++j;
    }
    const std::string_view word = value.substr(i, j - i);
    bool marker = false;
    for (std::string_view m : kAddressMarkers) marker |= m == lower;
    out += marker ? std::string(word) : MaskChars(word, [](size_t) { return false; });
    i = j;
  }
  return out;
}

}  // namespace

std::string MaskValue(std::string_view value, PiiType type) {
  switch (type) {
    case PiiType::kEmail: return MaskEmail(value);
    case PiiType::kAddress: return MaskAddress(value);
    case PiiType::kBirthDate:
    case PiiType::kCvv: return MaskChars(value, [](size_t) { return false; });
    case PiiType::kIban: return MaskNumber(value, true);
    default: return MaskNumber(value, false);
  }
}

}  // namespace santun::pii
