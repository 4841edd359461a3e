#include "extract/pii/phone.h"

#include <array>

#include "text/ascii.h"

namespace santun::pii {
namespace {

struct Prefix {
  std::string_view prefix;
  std::string_view name;
};

// 4-digit mobile prefixes (PII.md §1).
// clang-format off
constexpr auto kOperators = std::to_array<Prefix>({
    {"0811", "Telkomsel"}, {"0812", "Telkomsel"}, {"0813", "Telkomsel"}, {"0821", "Telkomsel"},
    {"0822", "Telkomsel"}, {"0823", "Telkomsel"}, {"0851", "Telkomsel"}, {"0852", "Telkomsel"},
    {"0853", "Telkomsel"}, {"0814", "Indosat"}, {"0815", "Indosat"}, {"0816", "Indosat"},
    {"0855", "Indosat"}, {"0856", "Indosat"}, {"0857", "Indosat"}, {"0858", "Indosat"},
    {"0895", "Indosat"}, {"0896", "Indosat"}, {"0897", "Indosat"}, {"0898", "Indosat"},
    {"0899", "Indosat"}, {"0817", "XL"}, {"0818", "XL"}, {"0819", "XL"}, {"0859", "XL"},
    {"0877", "XL"}, {"0878", "XL"}, {"0879", "XL"}, {"0831", "Axis"}, {"0832", "Axis"},
    {"0833", "Axis"}, {"0838", "Axis"}, {"0881", "Smartfren"}, {"0882", "Smartfren"},
    {"0883", "Smartfren"}, {"0884", "Smartfren"}, {"0885", "Smartfren"}, {"0886", "Smartfren"},
    {"0887", "Smartfren"}, {"0888", "Smartfren"}, {"0889", "Smartfren"},
});
// clang-format on

// Area codes without the leading 0. Two-digit codes are the five metro
// areas; the three-digit list covers provincial capitals and large towns.
// clang-format off
constexpr auto kAreas = std::to_array<Prefix>({
    {"21", "Jakarta"}, {"22", "Bandung"}, {"24", "Semarang"}, {"31", "Surabaya"},
    {"61", "Medan"}, {"231", "Cirebon"}, {"251", "Bogor"}, {"254", "Serang"},
    {"262", "Garut"}, {"263", "Cianjur"}, {"264", "Purwakarta"}, {"265", "Tasikmalaya"},
    {"266", "Sukabumi"}, {"267", "Karawang"}, {"271", "Surakarta"}, {"272", "Klaten"},
    {"274", "Yogyakarta"}, {"281", "Purwokerto"}, {"282", "Cilacap"}, {"283", "Tegal"},
    {"285", "Pekalongan"}, {"291", "Kudus"}, {"293", "Magelang"}, {"298", "Salatiga"},
    {"321", "Mojokerto"}, {"331", "Jember"}, {"333", "Banyuwangi"}, {"341", "Malang"},
    {"342", "Blitar"}, {"343", "Pasuruan"}, {"351", "Madiun"}, {"354", "Kediri"},
    {"361", "Denpasar"}, {"370", "Mataram"}, {"380", "Kupang"}, {"401", "Kendari"},
    {"411", "Makassar"}, {"431", "Manado"}, {"435", "Gorontalo"}, {"451", "Palu"},
    {"511", "Banjarmasin"}, {"536", "Palangka Raya"}, {"541", "Samarinda"},
    {"542", "Balikpapan"}, {"561", "Pontianak"}, {"651", "Banda Aceh"}, {"711", "Palembang"},
    {"717", "Pangkalpinang"}, {"721", "Bandar Lampung"}, {"736", "Bengkulu"}, {"741", "Jambi"},
    {"751", "Padang"}, {"761", "Pekanbaru"}, {"771", "Tanjungpinang"}, {"778", "Batam"},
    {"911", "Ambon"}, {"921", "Ternate"}, {"951", "Sorong"}, {"967", "Jayapura"},
});
// clang-format on

bool IsN11(std::string_view three) { return three[1] == '1' && three[2] == '1'; }

}  // namespace

std::string ToIndonesianNational(std::string_view digits) {
  if (digits.starts_with("0062"))
    digits.remove_prefix(4);
  else if (digits.starts_with("62"))
    digits.remove_prefix(2);
  else
    return {};
  if (digits.starts_with("0")) digits.remove_prefix(1);  // "+62 (0) 812…"
  // Built by appending: `"0" + std::string(…)` trips GCC 12's -Wrestrict
  // false positive.
  std::string national = "0";
  national.append(digits);
  return national;
}

bool IsValidIndonesianMobile(std::string_view national, PhoneFacts* facts) {
  const size_t n = national.size();
  if (n < 10 || n > 13 || !ascii::AllDigits(national) || !national.starts_with("08")) return false;
  if (national[2] == '0' || national[2] == '4') return false;
  if (ascii::AllSame(national.substr(4))) return false;
  if (facts != nullptr) {
    *facts = PhoneFacts{PhoneKind::kIdMobile, std::string(national), {}, {}, false};
    for (const Prefix& p : kOperators) {
      if (national.starts_with(p.prefix)) facts->operator_name = p.name;
    }
  }
  return true;
}

bool IsValidIndonesianFixedLine(std::string_view national, PhoneFacts* facts) {
  if (!ascii::AllDigits(national) || national.size() < 2 || national[0] != '0') return false;
  const std::string_view rest = national.substr(1);
  for (const Prefix& a : kAreas) {
    if (!rest.starts_with(a.prefix)) continue;
    const size_t subscriber = rest.size() - a.prefix.size();
    const bool ok = a.prefix.size() == 2 ? subscriber >= 7 && subscriber <= 8 : subscriber >= 5 && subscriber <= 8;
    if (!ok || rest[a.prefix.size()] == '0' || ascii::AllSame(rest.substr(a.prefix.size()))) return false;
    if (facts != nullptr) {
      *facts = PhoneFacts{PhoneKind::kIdFixed, std::string(national), {}, a.name, false};
    }
    return true;
  }
  return false;
}

bool IsValidNanp(std::string_view digits, PhoneFacts* facts) {
  if (digits.size() == 11 && digits[0] == '1') digits.remove_prefix(1);
  if (digits.size() != 10 || !ascii::AllDigits(digits)) return false;
  const std::string_view npa = digits.substr(0, 3);
  const std::string_view nxx = digits.substr(3, 3);
  if (npa[0] < '2' || nxx[0] < '2' || IsN11(npa) || IsN11(nxx)) return false;
  if (facts != nullptr) {
    const int line = ascii::DigitsValue(digits, 6, 4);
    *facts = PhoneFacts{PhoneKind::kNanp, std::string(digits), {}, {}, nxx == "555" && line >= 100 && line <= 199};
  }
  return true;
}

bool IsPlausibleE164(std::string_view digits, PhoneFacts* facts) {
  if (!ascii::AllDigits(digits) || digits.size() < 8 || digits.size() > 15 || digits[0] == '0') {
    return false;
  }
  if (digits.starts_with("62")) {
    const std::string national = ToIndonesianNational(digits);
    return IsValidIndonesianMobile(national, facts) || IsValidIndonesianFixedLine(national, facts);
  }
  if (digits[0] == '1') return digits.size() == 11 && IsValidNanp(digits, facts);
  if (ascii::AllSame(digits.substr(2))) return false;
  if (facts != nullptr) *facts = PhoneFacts{PhoneKind::kInternational, std::string(digits), {}, {}, false};
  return true;
}

bool IsServiceNumber(std::string_view digits) {
  if (!ascii::AllDigits(digits)) return false;
  const size_t n = digits.size();
  if (digits.starts_with("1500") && n >= 6 && n <= 8) return true;
  if (digits.starts_with("14") && n == 5) return true;
  for (std::string_view p : {"0800", "0804", "0807", "0809"}) {
    if (digits.starts_with(p) && n >= 10 && n <= 12) return true;
  }
  return false;
}

}  // namespace santun::pii
