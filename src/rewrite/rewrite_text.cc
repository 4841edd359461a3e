#include "rewrite/rewrite_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "text/ascii.h"

namespace santun {
namespace {

// Greeting words, longest first so that "selamat pagi" wins over "selamat".
// clang-format off
constexpr auto kGreetings = std::to_array<std::string_view>({
    "kepada yth.", "kepada yth", "selamat pagi", "selamat siang", "selamat sore", "selamat malam",
    "good morning", "good afternoon", "good evening", "assalamualaikum", "yth.", "yth", "halo", "hallo", "hai",
    "hello", "dear", "hey", "hi"});
// clang-format on

// Honorifics and how a rewrite writes them.
struct Honorific {
  std::string_view written;
  std::string_view shown;
};
// clang-format off
constexpr Honorific kHonorifics[] = {
    {"bapak/ibu", "Bapak/Ibu"}, {"bpk/ibu", "Bapak/Ibu"}, {"bapak", "Bapak"}, {"bpk.", "Bapak"}, {"bpk", "Bapak"},
    {"pak", "Bapak"},           {"ibu", "Ibu"},           {"bu", "Ibu"},      {"sdri.", "Sdri."}, {"sdri", "Sdri."},
    {"sdr.", "Sdr."},           {"sdr", "Sdr."},          {"saudara", "Sdr."}, {"saudari", "Sdri."},
    {"kakak", "Kak"},           {"kak", "Kak"},           {"mas", "Mas"},     {"mbak", "Mbak"},   {"mrs.", "Mrs."},
    {"mrs", "Mrs."},            {"mr.", "Mr."},           {"mr", "Mr."},      {"ms.", "Ms."},     {"ms", "Ms."},
    {"miss", "Miss"},           {"dr.", "Dr."},           {"dr", "Dr."}};
// clang-format on

// Matches `word` (case-insensitive) at text[pos] as a whole word; returns its length or 0.
size_t WordAt(std::string_view text, size_t pos, std::string_view word) {
  if (pos + word.size() > text.size() || ascii::ToLower(text.substr(pos, word.size())) != word) return 0;
  const size_t end = pos + word.size();
  if (!word.empty() && ascii::IsLetter(word.back()) && end < text.size() && ascii::IsLetter(text[end])) return 0;
  return word.size();
}

// A placeholder-looking token at pos: [..], {{..}}, {..}, ${..}, <<..>>; returns its length or 0.
size_t PlaceholderAt(std::string_view text, size_t pos) {
  static constexpr std::pair<std::string_view, std::string_view> kDelims[] = {
      {"{{", "}}"}, {"${", "}"}, {"<<", ">>"}, {"[", "]"}, {"{", "}"}};
  for (auto [open, close] : kDelims) {
    if (text.substr(pos, open.size()) != open) continue;
    const size_t end = text.find(close, pos + open.size());
    const size_t nl = text.find('\n', pos);
    if (end == std::string_view::npos || end > nl || end - pos > 64) return 0;
    return end + close.size() - pos;
  }
  return 0;
}

// A name word: a capitalised word ("Budi", "O'Neil", "Warren").
size_t NameWordAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || !ascii::IsUpper(text[pos])) return 0;
  size_t end = pos + 1;
  while (end < text.size() && (ascii::IsLetter(text[end]) || text[end] == '\'' || text[end] == '-' ||
                               static_cast<unsigned char>(text[end]) >= 0x80)) {
    ++end;
  }
  return end - pos;
}

}  // namespace

const RewritePhrases& PhrasesFor(std::string_view lang) {
  static const RewritePhrases kId{
      "Yth.",
      "Bapak/Ibu",
      "[nama debitur]",
      "[nama perusahaan]",
      "[jumlah tagihan]",
      "[tanggal jatuh tempo]",
      "Pembayaran dapat dilakukan melalui [rekening pembayaran].",
      "Jika ada kesulitan, kami dapat membantu menyusun jadwal pembayaran.",
      "Bisakah Anda memberi tahu kami kapan Anda dapat melakukan pembayaran?",
      "Hormat kami,",
      "Ini adalah upaya penagihan utang dan setiap informasi yang diperoleh akan digunakan untuk tujuan tersebut.",
      "Balas STOP untuk berhenti menerima pesan teks.",
      "Rincian",
      "dan"};
  static const RewritePhrases kEn{
      "Dear",
      "",
      "[name]",
      "[company name]",
      "[amount]",
      "[due date]",
      "You can pay through [payment link].",
      "If you are having difficulty, we can help you set up a payment plan.",
      "Please let us know when you will be able to make the payment.",
      "Sincerely,",
      "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
      "Reply STOP to opt out of text messages.",
      "Details",
      "and"};
  return lang == "en" ? kEn : kId;
}

std::string JoinList(const std::vector<std::string>& items, const RewritePhrases& phrases) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + phrases.conjunction + " " : ", ";
    out += items[i];
  }
  return out;
}

Greeting FindGreeting(std::string_view text) {
  Greeting g;
  size_t pos = 0;
  while (pos < text.size() && ascii::IsSpace(text[pos])) ++pos;
  size_t word = 0;
  for (std::string_view w : kGreetings) {
    if ((word = WordAt(text, pos, w)) > 0) break;
  }
  size_t p = pos + word;
  while (p < text.size() && ascii::IsBlank(text[p])) ++p;
  // Honorific, then up to four name words or one placeholder.
  std::string honorific;
  for (const Honorific& h : kHonorifics) {
    if (size_t n = WordAt(text, p, h.written); n > 0) {
      honorific = h.shown;
      p += n;
      while (p < text.size() && ascii::IsBlank(text[p])) ++p;
      break;
    }
  }
  size_t name_begin = p, name_end = p;
  if (size_t n = PlaceholderAt(text, p); n > 0) {
    name_end = p + n;
  } else {
    for (int words = 0; words < 4; ++words) {
      const size_t n = NameWordAt(text, p);
      if (n == 0) break;
      name_end = p + n;
      p = name_end;
      while (p < text.size() && ascii::IsBlank(text[p])) ++p;
    }
  }
  p = name_end;
  while (p < text.size() && ascii::IsBlank(text[p])) ++p;
  // The greeting ends at punctuation or the end of its line; otherwise what
  // followed the greeting word was not a name ("Halo semua anggota grup").
  const bool closed = p >= text.size() || text[p] == ',' || text[p] == '!' || text[p] == '\n' || text[p] == '\r' ||
                      text[p] == ':' || text[p] == '?';
  if (word == 0 && (honorific.empty() || !closed || p >= text.size() || text[p] != ',')) return g;
  if (!closed) {
    honorific.clear();
    name_begin = name_end = p = pos + word;
  }
  while (p < text.size() && (text[p] == ',' || text[p] == '!' || text[p] == ':' || text[p] == '?' || text[p] == '.'))
    ++p;
  while (p < text.size() && ascii::IsSpace(text[p])) ++p;
  g.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(p)};
  g.honorific = honorific;
  g.name = std::string(text.substr(name_begin, name_end - name_begin));
  return g;
}

std::string GreetingLine(const Greeting& g, const RewritePhrases& phrases) {
  std::string honorific = g.honorific.empty() ? phrases.default_honorific : g.honorific;
  std::string name = g.name.empty() ? phrases.debtor : g.name;
  std::string line = phrases.greeting;
  if (!honorific.empty()) line += " " + honorific;
  return line + " " + name + ",";
}

Closing FindClosing(std::string_view text, uint32_t from) {
  // A sign-off word with punctuation or a line break after it, then the signature.
  static const RE2 kSignOff(
      R"((?i)(?:^|\n|[.!?][ \t]+)((?:hormat\s+kami|salam(?:\s+hangat)?|wassalam|terima\s+kasih|makasih|regards|best\s+regards|kind\s+regards|sincerely|thanks|thank\s+you|cheers)(?:[ \t]*[,.!][ \t]*\n?|[ \t]*\n)[ \t]*([^\n]{1,60}?))\s*\z)");
  // A dash and a signature: "— Tim CicilAja", "- Bluegate Collections".
  static const RE2 kDashed(R"((?:^|\s)([-\x{2014}\x{2013}][ \t]*([A-Za-z\[{][^\n.!?]{1,59}?))\s*\z)");
  Closing c;
  const std::string_view rest = text.substr(from);
  for (const RE2* re : {&kSignOff, &kDashed}) {
    re2::StringPiece whole, signature;
    if (!RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), *re, &whole, &signature)) continue;
    c.span = {from + static_cast<uint32_t>(whole.data() - rest.data()), static_cast<uint32_t>(text.size())};
    c.signature = std::string(signature.data(), signature.size());
    while (!c.signature.empty() && ascii::IsSpace(c.signature.back())) c.signature.pop_back();
    if (!c.signature.empty()) return c;
  }
  return Closing{};
}

std::string FindCompanyName(std::string_view text) {
  static const RE2 kIndonesian(
      R"(\b((?:PT|CV|KSP|KSPPS|Koperasi|Bank|BPR)\.?(?: (?:[A-Z][A-Za-z0-9&'-]*|Tbk\.?)){1,5}))");
  static const RE2 kEnglish(
      R"(\b((?:[A-Z][A-Za-z0-9&'-]* ){0,4}(?:Collections|Lending|Financial|Credit(?: Union)?|Recovery(?: LLC)?|Billing|Services|Finance|Bank|LLC|Inc\.?|Loans?(?: Servicing)?)))");
  re2::StringPiece in(text.data(), text.size());
  std::string name;
  if (!RE2::PartialMatch(in, kIndonesian, &name) && !RE2::PartialMatch(in, kEnglish, &name)) return "";
  // A company name stops before a currency, an address word or a pronoun ("PT Dana Kilat Rp 1.900.000").
  static constexpr std::string_view kStop[] = {"Rp", "IDR", "USD", "Anda", "Bapak", "Ibu", "Jl", "No", "Your", "You"};
  std::string kept;
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    const std::string_view word = std::string_view(name).substr(start, end - start);
    if (start > 0 && std::find(std::begin(kStop), std::end(kStop), word) != std::end(kStop)) break;
    kept += (kept.empty() ? "" : " ") + std::string(word);
    start = end + 1;
  }
  while (!kept.empty() && (kept.back() == '.' || kept.back() == ' ')) kept.pop_back();
  return kept;
}

}  // namespace santun
