#include "engine/checks/sender_signals.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

#include "extract/pii/email.h"
#include "text/ascii.h"

namespace santun {
namespace {

// Words that start a line or follow a dash without naming anyone.
// clang-format off
constexpr auto kNotNames = std::to_array<std::string_view>({
    "halo", "hai", "hi", "hello", "dear", "yth", "kepada", "info", "informasi", "penting", "pengingat",
    "reminder", "notice", "urgent", "final", "peringatan", "perhatian", "catatan", "note", "ps", "re", "subject",
    "subjek", "perihal", "hal", "warning", "alert", "update", "status", "total", "tagihan", "balance", "amount",
    "jatuh", "due", "stop", "help", "reply", "balas", "sms", "wa", "whatsapp", "email", "tel", "telp", "hp",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
    "desember", "january", "february", "march", "june", "july", "august", "october", "december", "senin",
    "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "this", "ini", "we", "kami", "you", "anda", "kamu", "lo", "lu",
    // Closings and common words that capitals (or shouting) do not make names.
    "makasih", "terima", "kasih", "thanks", "thank", "regards", "salam", "hormat", "sincerely", "juga", "hari",
    "sekarang", "itu", "yang", "dan", "atau", "ya", "dong", "sih", "aja", "the", "and", "or", "now", "today",
    "please", "mohon", "no", "excuse", "bayar", "pay", "ok", "oke",
    // Tags of a subject line ("[PEMBERITAHUAN]", "[OVERDUE]").
    "pemberitahuan", "pengumuman", "announcement", "important", "segera", "resmi", "official", "overdue",
    "terlambat", "tunggakan", "lunas", "paid", "unpaid",
    // Field labels: "your Reference Number", "your Account Number" name nobody.
    "reference", "ref", "number", "account", "invoice", "case", "file", "id", "loan", "payment", "bill",
    "statement", "policy", "order", "customer", "member", "client", "code", "nomor", "kode",
    // Generic words of the trade ("di aplikasi Pinjaman Online") and the
    // addressee's header ("To: Marcus"), a source's masking ("at REDACTED").
    "pinjaman", "online", "pinjol", "to", "attn", "attention", "cc", "untuk", "redacted",
    // Authorities: a message signed by one does not identify the creditor.
    "unit", "reskrim", "polres", "polda", "polsek", "polri", "kepolisian", "polisi", "kejaksaan", "kejari",
    "pengadilan", "jaksa", "hakim", "police", "sheriff", "court", "officer", "marshal"});
// clang-format on

bool IsNotName(std::string word) {
  while (!word.empty() && (word.back() == '.' || word.back() == '\'')) word.pop_back();
  return std::find(kNotNames.begin(), kNotNames.end(), ascii::ToLower(word)) != kNotNames.end();
}

// True when `words` name someone: one of them is capitalised ("Mega",
// "CicilAja", "BCA") and is not a greeting, label, month or pronoun.
bool NamesSomeone(const std::string& words) {
  static const RE2 word("([A-Z][A-Za-z0-9&'.-]*)");
  re2::StringPiece in(words);
  std::string w;
  while (RE2::FindAndConsume(&in, word, &w)) {
    if (!IsNotName(w)) return true;
  }
  return false;
}

// Hosts that link shorteners, messengers and social networks use: a link
// there names no creditor.
bool IsPublicSite(std::string_view domain) {
  for (std::string_view d : {"bit",     "wa",      "whatsapp", "google",  "goo",    "facebook", "fb",   "instagram",
                             "youtube", "tinyurl", "tiktok",   "twitter", "linktr", "shorturl", "cutt", "rebrand",
                             "ow",      "play",    "apple",    "gov",     "ojk",    "example",  "t"}) {
    if (domain == d) return true;
  }
  return false;
}

// More than four capitals for every lower-case letter: text in capitals.
bool MostlyCapitals(std::string_view text) {
  size_t upper = 0, lower = 0;
  for (char c : text) {
    upper += ascii::IsUpper(c);
    lower += ascii::IsLower(c);
  }
  return upper >= 12 && lower * 4 < upper;
}

// A contact address or web address at the creditor's own domain (not a
// free mail provider, a link shortener or a social network).
bool NamesOwnDomain(const re2::StringPiece& in) {
  // The creditor's own web address: "Bayar sekarang: julo.co.id/r/sms", "visit www.acmefinance.com".
  static const RE2 site(
      "\\b(?:https?://)?(?:www\\.|my\\.)?([a-z0-9-]{3,})\\.(?:co\\.id|com|id|co|net|org|app|ke|ng|in|ph)\\b");
  // A contact address at the creditor's own domain: "Hubungi collections@julo.co.id".
  static const RE2 mailbox(
      "\\b(?i:hubungi|email|e-mail|surel|contact|kirim ke|write to|info|reply to|balas ke)[ \\t:]+[A-Za-z0-9._%+-]+@"
      "([A-Za-z0-9-]+)\\.[A-Za-z.]+");
  std::string words;
  if (RE2::PartialMatch(in, mailbox, &words) && !pii::IsFreeMailDomain(words)) return true;
  re2::StringPiece rest = in;
  while (RE2::FindAndConsume(&rest, site, &words)) {
    if (!pii::IsFreeMailDomain(words) && !IsPublicSite(words)) return true;
  }
  return false;
}

// The last sentence or the words after the last dash hold a business word
// ("… BY DECEMBER 18. FIRST STREET CREDIT", "- BLUEGATE COLLECTIONS"): the
// signature of a message in capitals.
bool EndsWithBusinessName(std::string_view text) {
  const size_t cut = text.find_last_of(".!?-\n\xe2", text.size() > 1 ? text.size() - 2 : 0);
  const std::string tail = ascii::ToLower(text.substr(cut == std::string_view::npos ? 0 : cut));
  static const RE2 business(
      "\\b(?:financial|lending|collections?|credit|bank|services|recovery|finance|loans?|servicing|capital|funding|"
      "associates|partners|group|company|union|llc|inc|ltd|corp|pt|ksp|koperasi|kredit|finansial|multifinance|"
      "pinjaman|dana|tbk)\\b");
  return RE2::PartialMatch(tail, business);
}

// True when the name at text[begin, begin + size) is where the money goes,
// not who writes: "to the Wema Bank account provided", "ke rekening Bank
// Mandiri" ("Pay $390.00 to First Street Credit" names the creditor). Collectors often take payment at a
// bank that is not the creditor.
bool IsPaymentDestination(std::string_view text, size_t begin, size_t size) {
  static const RE2 account_of("(?i)(?:\\b(?:rekening|rek|account\\s+at|a/c\\s+at|bayar\\s+di)\\s+(?:the\\s+)?)$");
  static const RE2 towards("(?i)(?:\\b(?:to|into|ke|via)\\s+(?:the\\s+|our\\s+)?)$");
  static const RE2 account("^(?i)\\s+(?:account|acct|a/c|rekening)\\b");
  const size_t from = begin > 32 ? begin - 32 : 0;
  const re2::StringPiece head(text.data() + from, begin - from);
  const re2::StringPiece tail(text.data() + begin + size, text.size() - begin - size);
  return RE2::PartialMatch(head, account_of) || (RE2::PartialMatch(head, towards) && RE2::PartialMatch(tail, account));
}

}  // namespace

bool HasSenderSignal(std::string_view original) {
  // A capitalised word: "Bluegate", "CicilAja", "PT", "KSP".
  static const std::string kCap = "[A-Z][A-Za-z0-9&'.]*";
  static const std::string kName = kCap + "(?:[ \\t]+(?:" + kCap + "|&|of|dan|and))*";
  // After a dash: up to six words of any case ("- admin CicilAja", "— Mega, Cicil Aja").
  static const RE2 signature("(?:^|[ \\t\\n])[-\\x{2013}\\x{2014}][ \\t]*((?:[A-Za-z0-9&'.,]+[ \\t]*){1,6})[ \\t.!]*$");
  // A last sentence made only of capitalised words ("… Rp 370.000. CicilAja").
  static const RE2 trailer("[.!?\\n][ \\t\\n]*(" + kName + ")[ \\t.!]*$");
  // A business name: capitalised words ending in a business word
  // ("Northwind Lending", "Bluegate Collections", "Maple Ridge Financial").
  static const RE2 business_at(
      "\\b(" + kCap + "(?:[ \\t]+" + kCap +
      ")*[ \\t]+(?:Financial|Lending|Collections?|Credit|Bank|Services|Recovery|Finance|Loans?|Billing|Servicing|"
      "Capital|Funding|Insurance|Associates|Partners|Group|Company|Union|LLC|Inc|Ltd|Corp|Kredit|Finansial|"
      "Multifinance|Pinjaman|Dana|Tbk|Control|Collectors|Solutions|Management|Agency|Bureau|Receivables|Portfolio|"
      "Acquisitions|Systems|Resources|Enterprises|Holdings|Consultants|Attorneys|Law|Legal|Network|Networks|Telecom))"
      "\\b");
  // The brand of the account: "your Summit Card Services payment", "to First Street Credit".
  // "to" names the creditor only after a payment ("payable to First Street
  // Credit"); "tested positive to HIV", "forward to Facebook" name nobody.
  static const RE2 owner(
      "(?:\\b(?:[Yy]our|ke|kepada)|\\b(?i:pay|paid|payable|payment|payments|send|sent|remit|remitted|transfer|made|owe|"
      "owed|owing|due|belongs|sold|assigned|referred|refer)[ \\t]+(?:[^ \\t\\n]+[ \\t]+){0,3}?[Tt]o|^[ \\t]*[Tt]o)[ "
      "\\t]+(" +
      kName + ")");
  static const RE2 closing(
      "(?i:thanks|thank you|terima kasih|makasih|salam|regards|sincerely|hormat kami)[,!.]?[ \\t\\n]+(" + kName +
      ")(?:[ \\t]+(?:team|tim|crew))?[ \\t.!]*$");
  static const RE2 prefix("^[ \\t]*(" + kName + ")[ \\t]*:");
  static const RE2 here("(" + kName + ")[ \\t]+here\\b");
  static const RE2 from("\\b(?:dari|dr|dri|from|with|at|[Pp]owered[ \\t]+by)[ \\t]+(" + kName + ")");
  // A mail's subject tag: "[SUMA-EV & MetaGer] Payment reminder", "Subject: [Acme Bank] …".
  static const RE2 tag(
      "^[ \\t]*(?:(?i:subject|subjek|perihal)[ \\t]*:[ \\t]*)?\\[[ \\t]*([A-Z][A-Za-z0-9&'.-]*(?:[ \\t]+(?:[A-Z]["
      "A-Za-z0-9&'.-]*|&|of|and|dan))*)[ \\t]*\\]");
  // The creditor's brand beside the debt: "tunggakan JULO Anda", "the Okash
  // loan", "angs BNI KPR", "di aplikasi Pinjaman Dompet", "your Chase card".
  static const RE2 brand(
      "\\b(?i:tagihan|tunggakan|pinjaman|angsuran|angs|cicilan|utang|hutang|the|your|aplikasi|app)[ \\t]+(" + kName +
      ")[ \\t]+(?:Anda|anda|kamu|loan|account|card|payment|bill|KPR|kpr|PayLater|Paylater|app|aplikasi)\\b");
  static const RE2 app("\\b(?i:aplikasi|app|apps|platform)[ \\t]+(" + kName + ")");
  // A lender's acronym right after the debt: "angsuran PNM", "pembayaran KTA
  // HSBC", "tagihan BRI" (product acronyms and payment words name nobody).
  static const RE2 acronym(
      "\\b(?i:tagihan|tunggakan|pinjaman|angsuran|angs|cicilan|pembayaran|kredit|utang|hutang)[ \\t]+"
      "(?:(?:KTA|KPR|KUR|KKB)[ \\t]+)?([A-Z][A-Z0-9]{1,5})\\b");
  std::string_view text = original;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  const re2::StringPiece in(text.data(), text.size());
  std::string words;
  // A message shouted in capitals capitalises every word: only its mail and
  // web addresses can still name the sender ("ANDA BAYAR ... DI APLIKASI
  // KAMI" names nobody).
  if (MostlyCapitals(text)) return NamesOwnDomain(in) || EndsWithBusinessName(text);
  if (RE2::PartialMatch(in, signature, &words) && NamesSomeone(words)) return true;
  if (RE2::PartialMatch(in, trailer, &words) && NamesSomeone(words)) return true;
  re2::StringPiece name;
  for (re2::StringPiece rest_b = in; RE2::FindAndConsume(&rest_b, business_at, &name);) {
    if (!IsPaymentDestination(text, static_cast<size_t>(name.data() - text.data()), name.size())) return true;
  }
  if (RE2::PartialMatch(in, closing, &words) && NamesSomeone(words)) return true;
  if (RE2::PartialMatch(in, prefix, &words) && NamesSomeone(words)) return true;
  if (RE2::PartialMatch(in, tag, &words) && NamesSomeone(words)) return true;
  re2::StringPiece rest = in;
  while (RE2::FindAndConsume(&rest, here, &words)) {
    if (NamesSomeone(words)) return true;
  }
  if (NamesOwnDomain(in)) return true;
  rest = in;
  while (RE2::FindAndConsume(&rest, acronym, &words)) {
    static constexpr auto kProductWords = std::to_array<std::string_view>(
        {"KTA", "KPR", "KUR",  "KKB", "VA",  "ATM",  "KTP",  "OJK", "SMS", "WA", "PIN", "OTP", "IDR",
         "RP",  "DP",  "QRIS", "PPN", "PBB", "BPKB", "STNK", "SPP", "UKT", "ID", "NO",  "TF"});
    if (std::find(kProductWords.begin(), kProductWords.end(), words) == kProductWords.end()) return true;
  }
  for (const RE2* re : {&from, &owner, &app}) {
    rest = in;
    while (RE2::FindAndConsume(&rest, *re, &words)) {
      if (NamesSomeone(words)) return true;
    }
  }
  rest = in;
  while (RE2::FindAndConsume(&rest, brand, &name)) {
    const auto at = static_cast<size_t>(name.data() - text.data());
    if (NamesSomeone(std::string(name)) && !IsPaymentDestination(text, at, name.size())) return true;
  }
  return false;
}

}  // namespace santun
