#include "text/unicode_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "text/ascii.h"
#include "text/utf8.h"

namespace santun {
namespace {

struct IcuFolders {
  const icu::Normalizer2* nfkc = nullptr;
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  USpoofChecker* spoof = nullptr;

  IcuFolders() {
    UErrorCode st = U_ZERO_ERROR;
    nfkc = icu::Normalizer2::getNFKCInstance(st);
    st = U_ZERO_ERROR;
    nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(st);
    st = U_ZERO_ERROR;
    nfd = icu::Normalizer2::getNFDInstance(st);
    st = U_ZERO_ERROR;
    spoof = uspoof_open(&st);
    if (U_FAILURE(st)) spoof = nullptr;
  }
  ~IcuFolders() {
    if (spoof) uspoof_close(spoof);
  }
};

const IcuFolders& Folders() {
  static const IcuFolders folders;  // thread-safe initialization
  return folders;
}

bool IsAsciiLookalike(const std::string& s) {
  if (s.empty() || s.size() > 2) return false;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x21 || u >= 0x7F) return false;
  }
  return true;
}

// Letters that ICU's confusable data leaves alone but that "fancy text"
// generators and homoglyph spam use for Latin letters.
char LookalikeFromTable(char32_t c) {
  // clang-format off
  switch (c) {
    // Latin small capitals.
    case 0x1D00: return 'a'; case 0x0299: return 'b'; case 0x1D04: return 'c';
    case 0x1D05: return 'd'; case 0x1D07: return 'e'; case 0x0493: return 'f';
    case 0x0262: return 'g'; case 0x029C: return 'h'; case 0x026A: return 'i';
    case 0x1D0A: return 'j'; case 0x1D0B: return 'k'; case 0x029F: return 'l';
    case 0x1D0D: return 'm'; case 0x0274: return 'n'; case 0x1D0F: return 'o';
    case 0x1D18: return 'p'; case 0x01EB: return 'q'; case 0x0280: return 'r';
    case 0xA731: return 's'; case 0x1D1B: return 't'; case 0x1D1C: return 'u';
    case 0x1D20: return 'v'; case 0x1D21: return 'w'; case 0x028F: return 'y';
    case 0x1D22: return 'z';
    // Cyrillic and Greek lower-case letters read as Latin in most fonts.
    case 0x0430: return 'a'; case 0x0432: return 'b'; case 0x0435: return 'e';
    case 0x043A: return 'k'; case 0x043C: return 'm'; case 0x043D: return 'h';
    case 0x043E: return 'o'; case 0x0440: return 'p'; case 0x0441: return 'c';
    case 0x0442: return 't'; case 0x0443: return 'y'; case 0x0445: return 'x';
    case 0x0456: return 'i'; case 0x0458: return 'j'; case 0x0455: return 's';
    case 0x0501: return 'd'; case 0x051B: return 'q'; case 0x051D: return 'w';
    case 0x044C: return 'b'; case 0x0261: return 'g'; case 0x03B1: return 'a';
    case 0x03B5: return 'e'; case 0x03B9: return 'i'; case 0x03BA: return 'k';
    case 0x03BD: return 'v'; case 0x03BF: return 'o'; case 0x03C1: return 'p';
    case 0x03C4: return 't'; case 0x03C5: return 'u'; case 0x03C7: return 'x';
    // Typographic apostrophes, quotes and dashes: one ASCII form for scanning.
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    default: return 0;
  }
  // clang-format on
}

std::string AsciiSkeleton(const IcuFolders& f, const std::string& utf8_text) {
  if (!f.spoof) return "";
  UErrorCode st = U_ZERO_ERROR;
  char buf[32];
  int32_t n = uspoof_getSkeletonUTF8(f.spoof, 0, utf8_text.data(), static_cast<int32_t>(utf8_text.size()), buf,
                                     sizeof buf, &st);
  if (U_FAILURE(st) || n <= 0 || n >= static_cast<int32_t>(sizeof buf)) return "";
  std::string skeleton(buf, static_cast<size_t>(n));
  for (char& ch : skeleton) ch = ascii::ToLower(ch);
  return IsAsciiLookalike(skeleton) ? skeleton : "";
}

bool AllAscii(const std::string& s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string ComputeFold(char32_t c) {
  const IcuFolders& f = Folders();
  if (char t = LookalikeFromTable(c)) return std::string(1, t);
  if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return "";
  int8_t gc = u_charType(static_cast<UChar32>(c));
  if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK) return "";
  std::string self;
  utf8::Append(self, c);
  const bool letter = u_isalpha(static_cast<UChar32>(c));
  // Capitals are judged as written: Greek and Cyrillic capitals look Latin
  // before case folding (Ν is N, its lower case ν is not n). ICU's skeleton
  // of I-like capitals is 'l'; in running text they stand for 'I'.
  if (letter && u_isupper(static_cast<UChar32>(c))) {
    std::string s = AsciiSkeleton(f, self);
    if (s == "l") s = "i";
    if (!s.empty()) return s;
  }
  std::string folded = self;
  if (f.nfkc_cf) {
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString out = f.nfkc_cf->normalize(icu::UnicodeString(static_cast<UChar32>(c)), st);
    if (U_SUCCESS(st)) {
      if (out.countChar32() == 1) {
        if (char t = LookalikeFromTable(static_cast<char32_t>(out.char32At(0)))) {
          return std::string(1, t);
        }
      }
      folded.clear();
      out.toUTF8String(folded);
    }
  }
  if (AllAscii(folded)) return folded;
  if (letter) {
    if (std::string s = AsciiSkeleton(f, folded); !s.empty()) return s;
  }
  // Accented Latin letters: drop the marks of the canonical decomposition.
  icu::UnicodeString decomposed;
  if (f.nfd && f.nfd->getDecomposition(static_cast<UChar32>(c), decomposed)) {
    std::string base;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 d = decomposed.char32At(i);
      i += U16_LENGTH(d);
      if (u_charType(d) != U_NON_SPACING_MARK) utf8::Append(base, static_cast<char32_t>(d));
    }
    if (!base.empty() && AllAscii(base)) {
      return ascii::ToLower(base);
    }
  }
  return folded;
}

}  // namespace

std::string FoldCodePoint(char32_t c) {
  thread_local std::unordered_map<char32_t, std::string> cache;
  auto it = cache.find(c);
  if (it != cache.end()) return it->second;
  std::string folded = ComputeFold(c);
  cache.emplace(c, folded);
  return folded;
}

NormalizedText FoldUnicode(std::string_view original) {
  NormalizedText out;
  out.Reserve(original.size());
  const size_t n = original.size();
  if (utf8::IsAscii(original)) {
    for (size_t i = 0; i < n; ++i) {
      out.Append(ascii::ToLower(original[i]), static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
    }
    return out;
  }
  const icu::Normalizer2* nfkc = Folders().nfkc;
  icu::UnicodeString folded;
  size_t i = 0;
  while (i < n) {
    // A segment starts at a normalization boundary and runs to the next one,
    // so it can be normalized on its own; all its output maps to all of it.
    size_t seg_end = i;
    int len;
    utf8::Decode(original, seg_end, &len);
    seg_end += len;
    while (seg_end < n) {
      char32_t next = utf8::Decode(original, seg_end, &len);
      if (next < 0x80 || nfkc->hasBoundaryBefore(static_cast<UChar32>(next))) break;
      seg_end += len;
    }
    const auto ob = static_cast<uint32_t>(i), oe = static_cast<uint32_t>(seg_end);
    if (seg_end == i + 1 && static_cast<unsigned char>(original[i]) < 0x80) {
      out.Append(ascii::ToLower(original[i]), ob, oe);
      i = seg_end;
      continue;
    }
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString segment =
        icu::UnicodeString::fromUTF8(icu::StringPiece(original.data() + i, static_cast<int32_t>(seg_end - i)));
    nfkc->normalize(segment, folded, st);
    if (U_FAILURE(st)) folded = segment;
    for (int32_t k = 0; k < folded.length();) {
      UChar32 c = folded.char32At(k);
      k += U16_LENGTH(c);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        out.Append(static_cast<char>(c), ob, oe);
      } else {
        out.Append(FoldCodePoint(static_cast<char32_t>(c)), ob, oe);
      }
    }
    i = seg_end;
  }
  return out;
}

}  // namespace santun
