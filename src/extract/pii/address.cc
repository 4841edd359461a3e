#include "extract/pii/address.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string>

#include "extract/pii/context.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

struct Token {
  uint32_t b = 0, e = 0;
  std::string lower;
  bool cap = false;     // starts with a capital letter
  bool caps = false;    // all letters are capitals
  bool digits = false;  // digits only
};

enum class Rule : uint8_t { kAny, kCapOrDot, kDot, kCap };
enum class Value : uint8_t { kName, kNumber, kCode };

struct Marker {
  std::string_view word;
  AddressPart part;
  Value value;
  Rule rule;
};

using P = AddressPart;
// clang-format off
constexpr auto kMarkers = std::to_array<Marker>({
    {"jl", P::kStreet, Value::kName, Rule::kCapOrDot}, {"jln", P::kStreet, Value::kName, Rule::kCapOrDot},
    {"jalan", P::kStreet, Value::kName, Rule::kCap}, {"gg", P::kStreet, Value::kName, Rule::kCapOrDot},
    {"gang", P::kStreet, Value::kName, Rule::kCap},
    {"no", P::kNumber, Value::kNumber, Rule::kAny}, {"nomor", P::kNumber, Value::kNumber, Rule::kAny},
    {"nmr", P::kNumber, Value::kNumber, Rule::kAny},
    {"rt", P::kRtRw, Value::kNumber, Rule::kAny}, {"rw", P::kRtRw, Value::kNumber, Rule::kAny},
    {"kel", P::kVillage, Value::kName, Rule::kCapOrDot}, {"kelurahan", P::kVillage, Value::kName, Rule::kCap},
    {"desa", P::kVillage, Value::kName, Rule::kCap}, {"ds", P::kVillage, Value::kName, Rule::kDot},
    {"dusun", P::kVillage, Value::kName, Rule::kCap}, {"dsn", P::kVillage, Value::kName, Rule::kDot},
    {"kec", P::kDistrict, Value::kName, Rule::kCapOrDot},
    {"kecamatan", P::kDistrict, Value::kName, Rule::kCap},
    {"kab", P::kCity, Value::kName, Rule::kCapOrDot}, {"kabupaten", P::kCity, Value::kName, Rule::kCap},
    {"kota", P::kCity, Value::kName, Rule::kCap}, {"kotamadya", P::kCity, Value::kName, Rule::kCap},
    {"prov", P::kProvince, Value::kName, Rule::kCapOrDot},
    {"provinsi", P::kProvince, Value::kName, Rule::kCap},
    {"perum", P::kBuilding, Value::kName, Rule::kCap}, {"perumahan", P::kBuilding, Value::kName, Rule::kCap},
    {"komp", P::kBuilding, Value::kName, Rule::kCapOrDot}, {"komplek", P::kBuilding, Value::kName, Rule::kCap},
    {"kompleks", P::kBuilding, Value::kName, Rule::kCap}, {"blok", P::kUnit, Value::kCode, Rule::kCap},
    {"kav", P::kUnit, Value::kNumber, Rule::kCapOrDot}, {"kavling", P::kUnit, Value::kNumber, Rule::kCap},
    {"apartemen", P::kBuilding, Value::kName, Rule::kCap}, {"tower", P::kUnit, Value::kCode, Rule::kCap},
    {"lt", P::kUnit, Value::kNumber, Rule::kCapOrDot}, {"lantai", P::kUnit, Value::kNumber, Rule::kCap},
    {"apt", P::kUnit, Value::kCode, Rule::kCapOrDot}, {"suite", P::kUnit, Value::kCode, Rule::kCap},
    {"ste", P::kUnit, Value::kCode, Rule::kCapOrDot}, {"unit", P::kUnit, Value::kCode, Rule::kCap},
});
// clang-format on

// clang-format off
constexpr auto kStreetSuffixes = std::to_array<std::string_view>({
    "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "drive",
    "ct", "court", "way", "pl", "place", "pkwy", "parkway", "hwy", "highway", "ter", "terrace",
    "cir", "circle"});
// clang-format on

constexpr std::string_view kUsStates =
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR";

// clang-format off
constexpr auto kRtRoles = std::to_array<std::string_view>({
    "ketua", "pak", "bu", "bapak", "ibu", "pengurus", "sekretaris", "bendahara"});
// clang-format on
// clang-format off
constexpr auto kAddressWords = std::to_array<std::string_view>({
    "alamat", "alamatnya", "domisili", "tinggal", "rumah", "datang", "mendatangi", "kunjungi",
    "mengunjungi", "address", "residence", "home", "visit", "lives"});
// clang-format on

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  uint32_t i = 0;
  const auto n = static_cast<uint32_t>(text.size());
  while (i < n) {
    if (!ascii::IsLetter(text[i]) && !ascii::IsDigit(text[i])) {
      ++i;
      continue;
    }
    Token t;
    t.b = i;
    t.cap = text[i] >= 'A' && text[i] <= 'Z';
    t.caps = true;
    t.digits = true;
    while (i < n && (ascii::IsLetter(text[i]) || ascii::IsDigit(text[i]))) {
      if (text[i] >= 'a' && text[i] <= 'z') t.caps = false;
      if (!ascii::IsDigit(text[i])) t.digits = false;
      t.lower.push_back(ascii::ToLower(text[i]));
      ++i;
    }
    t.e = i;
    if (t.digits) t.caps = false;
    out.push_back(std::move(t));
  }
  return out;
}

// Returns true when text[b, e) holds only characters in `allowed` and at
// most `max` of them.
bool GapOf(std::string_view text, uint32_t b, uint32_t e, std::string_view allowed, uint32_t max) {
  if (e < b || e - b > max) return false;
  for (uint32_t i = b; i < e; ++i) {
    if (allowed.find(text[i]) == std::string_view::npos) return false;
  }
  return true;
}

const Marker* FindMarker(const Token& t, std::string_view text) {
  const bool dot = t.e < text.size() && text[t.e] == '.';
  for (const Marker& m : kMarkers) {
    if (!ascii::SameWord(m.word, t.lower)) continue;
    switch (m.rule) {
      case Rule::kAny: return &m;
      case Rule::kCapOrDot: return (t.cap || dot) ? &m : nullptr;
      case Rule::kDot: return dot ? &m : nullptr;
      case Rule::kCap: return t.cap ? &m : nullptr;
    }
  }
  return nullptr;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text), toks_(Tokenize(text)) {}

  std::vector<AddressPartMatch> Run() {
    for (size_t k = 0; k < toks_.size();) k = Step(k);
    std::sort(parts_.begin(), parts_.end(),
              [](const AddressPartMatch& a, const AddressPartMatch& b) { return a.span < b.span; });
    return parts_;
  }

 private:
  void Add(uint32_t b, uint32_t e, AddressPart p) { parts_.push_back({Span{b, e}, p}); }

  // Index of the value token after marker token k, or 0 when the gap does
  // not fit.
  size_t ValueAfter(size_t k) const {
    if (k + 1 >= toks_.size()) return 0;
    return GapOf(text_, toks_[k].e, toks_[k + 1].b, " .:#", 3) ? k + 1 : 0;
  }

  size_t Step(size_t k) {
    const Token& t = toks_[k];
    // "RT003", "RW05" written as one word.
    if ((t.lower.starts_with("rt") || t.lower.starts_with("rw")) && t.lower.size() >= 3 && t.lower.size() <= 5 &&
        std::all_of(t.lower.begin() + 2, t.lower.end(), ascii::IsDigit)) {
      if (!(k > 0 && OneOf(toks_[k - 1].lower, kRtRoles))) Add(t.b, t.e, P::kRtRw);
      return k + 1;
    }
    if (t.digits) return StepDigits(k);
    const Marker* m = FindMarker(t, text_);
    if (m == nullptr) return k + 1;
    const size_t v = ValueAfter(k);
    if (v == 0) return k + 1;
    const Token& val = toks_[v];
    switch (m->value) {
      case Value::kNumber:
        if (!ascii::IsDigit(val.lower[0]) || val.lower.size() > 6) return k + 1;
        if (m->part == P::kRtRw && (k > 0 && OneOf(toks_[k - 1].lower, kRtRoles))) return v + 1;
        Add(t.b, val.e, m->part);
        return v + 1;
      case Value::kCode:
        if (!(val.cap || ascii::IsDigit(val.lower[0])) || val.lower.size() > 6) return k + 1;
        Add(t.b, val.e, m->part);
        return v + 1;
      case Value::kName: {
        size_t last = 0;
        for (size_t j = v; j < toks_.size() && j < v + 5; ++j) {
          const Token& w = toks_[j];
          if (j > v && !GapOf(text_, toks_[j - 1].e, w.b, " .'-", 2)) break;
          const bool name_word = w.cap || (w.digits && w.lower.size() <= 3);
          if (!name_word || FindMarker(w, text_) != nullptr) break;
          last = j;
        }
        if (last == 0) return k + 1;
        Add(t.b, toks_[last].e, m->part);
        return last + 1;
      }
    }
    return k + 1;
  }

  // Digits: a US street ("221 Baker Street"), a ZIP after a state code is
  // handled at the state, else a lone 5-digit postcode.
  size_t StepDigits(size_t k) {
    const Token& t = toks_[k];
    if (t.lower.size() <= 6 && k + 2 < toks_.size() && toks_[k + 1].cap && GapOf(text_, t.e, toks_[k + 1].b, " ", 1)) {
      for (size_t j = k + 1; j < toks_.size() && j <= k + 5; ++j) {
        if (j > k + 1 && !GapOf(text_, toks_[j - 1].e, toks_[j].b, " ", 1)) break;
        if (!toks_[j].cap) break;
        if (j > k + 1 && OneOf(toks_[j].lower, kStreetSuffixes)) {
          uint32_t end = toks_[j].e;
          if (end < text_.size() && text_[end] == '.') ++end;
          Add(t.b, t.e, P::kNumber);
          Add(toks_[k + 1].b, end, P::kStreet);
          return j + 1;
        }
      }
    }
    if (IsPostcode(k)) {
      uint32_t end = t.e;
      if (end + 5 <= text_.size() && text_[end] == '-' && k + 1 < toks_.size() && toks_[k + 1].b == end + 1 &&
          toks_[k + 1].digits && toks_[k + 1].lower.size() == 4) {
        end = toks_[k + 1].e;
      }
      // "Springfield, IL 62704": the state code and the city before it;
      // "Bandung 40191": capitalised words right before.
      if (k > 0 && toks_[k - 1].cap && !toks_[k - 1].caps && FindMarker(toks_[k - 1], text_) == nullptr &&
          GapOf(text_, toks_[k - 1].e, t.b, " ", 1)) {
        size_t first = k - 1;
        while (first > 0 && first + 3 > k && toks_[first - 1].cap && !toks_[first - 1].caps &&
               FindMarker(toks_[first - 1], text_) == nullptr &&
               GapOf(text_, toks_[first - 1].e, toks_[first].b, " ", 1)) {
          --first;
        }
        Add(toks_[first].b, toks_[k - 1].e, P::kCity);
      } else if (k > 0 && toks_[k - 1].caps && toks_[k - 1].lower.size() == 2 &&
                 kUsStates.find(text_.substr(toks_[k - 1].b, 2)) != std::string_view::npos &&
                 GapOf(text_, toks_[k - 1].e, t.b, " ", 1)) {
        uint32_t city_begin = toks_[k - 1].b;
        if (k > 1 && toks_[k - 2].cap && GapOf(text_, toks_[k - 2].e, toks_[k - 1].b, ", ", 2)) {
          city_begin = toks_[k - 2].b;
        }
        Add(city_begin, toks_[k - 1].e, P::kCity);
      }
      Add(t.b, end, P::kPostcode);
    }
    return k + 1;
  }

  bool IsPostcode(size_t k) const {
    const Token& t = toks_[k];
    if (t.lower.size() != 5 || t.lower[0] == '0') return false;
    // Not a group of a longer digit cluster ("12345 0896 …", "10.000").
    auto joined = [&](uint32_t sep, uint32_t digit) {
      return sep < text_.size() && digit < text_.size() && ascii::IsDigit(text_[digit]) &&
             (text_[sep] == ' ' || text_[sep] == '.' || text_[sep] == ',' || text_[sep] == '/');
    };
    if (t.b >= 2 && joined(t.b - 1, t.b - 2)) return false;
    if (joined(t.e, t.e + 1)) return false;
    return true;
  }

  std::string_view text_;
  std::vector<Token> toks_;
  std::vector<AddressPartMatch> parts_;
};

// Words before an address run: [0] creditor's address, [1] an address word.
std::pair<bool, bool> Context(std::string_view text, uint32_t begin) {
  std::vector<Token> before = Tokenize(text.substr(0, begin));
  const size_t from = before.size() > 6 ? before.size() - 6 : 0;
  bool company = false, label = false;
  for (size_t i = from; i < before.size(); ++i) {
    const std::string& w = before[i].lower;
    const std::string next = i + 1 < before.size() ? before[i + 1].lower : "";
    if ((w == "kantor" && (next == "kami" || next == "pusat" || next == "cabang")) ||
        (w == "alamat" && next == "kami") || (w == "our" && next == "office") || (w == "head" && next == "office") ||
        (w == "pt" && before[i].caps)) {
      company = true;
    }
    if (OneOf(w, kAddressWords)) label = true;
  }
  return {company, label};
}

}  // namespace

std::vector<AddressPartMatch> FindAddressParts(std::string_view text) { return Scanner(text).Run(); }

std::vector<Detection> FindAddresses(std::string_view text) {
  const std::vector<AddressPartMatch> parts = FindAddressParts(text);
  std::vector<Detection> out;
  size_t i = 0;
  while (i < parts.size()) {
    size_t j = i + 1;
    int newlines = 0;
    while (j < parts.size()) {
      const uint32_t b = parts[j - 1].span.end, e = parts[j].span.begin;
      if (e < b) {
        ++j;
        continue;
      }
      if (!GapOf(text, b, e, " ,.;:/()-\n\r", 24)) break;
      newlines += static_cast<int>(std::count(text.begin() + b, text.begin() + e, '\n'));
      if (newlines > 1) break;
      ++j;
    }
    uint32_t kinds = 0;
    uint32_t end = 0;
    for (size_t k = i; k < j; ++k) {
      kinds |= 1u << static_cast<int>(parts[k].part);
      end = std::max(end, parts[k].span.end);
    }
    const bool has_fine = (kinds & ((1u << int(P::kStreet)) | (1u << int(P::kRtRw)) | (1u << int(P::kVillage)) |
                                    (1u << int(P::kBuilding)) | (1u << int(P::kUnit)))) != 0;
    if (!(kinds & ((1u << int(P::kStreet)) | (1u << int(P::kBuilding)) | (1u << int(P::kUnit))))) {
      kinds &= ~(1u << int(P::kNumber));
    }
    const Span span{parts[i].span.begin, end};
    i = j;
    if (!has_fine) continue;
    const auto [company, label] = Context(text, span.begin);
    if (company) continue;
    const int score = std::popcount(kinds) + (label ? 1 : 0);
    if (score < 2) continue;
    out.push_back({span, PiiType::kAddress, score >= 3 ? Confidence::kHigh : Confidence::kMedium,
                   "address: " + std::to_string(std::popcount(kinds)) + " distinct parts" +
                       (label ? "; address word before" : "")});
  }
  return out;
}

}  // namespace santun::pii
