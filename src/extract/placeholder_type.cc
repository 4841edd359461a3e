// PlaceholderTypeOf and NormalizePlaceholderName (declared in placeholder.h).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/placeholder.h"
#include "text/ascii.h"

namespace santun {
namespace {

template <typename Words>
bool AnyIn(const std::vector<std::string_view>& words, const Words& list) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return std::find(list.begin(), list.end(), w) != list.end(); });
}

// True when `first` is directly followed by `second` among the words.
bool HasPair(const std::vector<std::string_view>& words, std::string_view first, std::string_view second) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == first && words[i + 1] == second) return true;
  }
  return false;
}

// clang-format off
constexpr auto kIdentifier = std::to_array<std::string_view>({
    "nomor", "nomer", "no", "number", "num", "nr", "kode", "code", "id", "ref", "reference",
    "referensi", "nik", "link", "url"});
// clang-format on
// clang-format off
constexpr auto kSender = std::to_array<std::string_view>({
    "perusahaan", "company", "creditor", "kreditur", "kreditor", "sender", "pengirim", "agent",
    "agen", "collector", "kolektor", "petugas", "lender"});
// clang-format on
// clang-format off
constexpr auto kDate = std::to_array<std::string_view>({
    "tanggal", "tgl", "date", "tempo", "deadline", "tenggat", "duedate", "jatuhtempo", "batas", "waktu"});
// clang-format on
// clang-format off
constexpr auto kAmount = std::to_array<std::string_view>({
    "jumlah", "nominal", "tagihan", "amount", "balance", "total", "utang", "hutang", "sisa",
    "saldo", "cicilan", "angsuran", "denda", "biaya", "fee", "outstanding", "debt", "premi", "premium",
    "installment", "instalment", "payment", "pembayaran", "amt"});
// clang-format on
// clang-format off
constexpr auto kPerson = std::to_array<std::string_view>({
    "nama", "name", "debitur", "debtor", "customer", "nasabah", "pelanggan", "peminjam",
    "borrower", "client", "klien", "penerima", "recipient", "firstname", "lastname", "fullname"});
// clang-format on
// clang-format off
constexpr auto kOther = std::to_array<std::string_view>({
    "invoice", "faktur", "va", "virtual", "rekening", "account", "link", "url", "alamat",
    "address", "telepon", "phone", "hp", "email", "produk", "product", "aplikasi", "app", "bank",
    "kontrak", "contract", "pinjaman", "loan", "tenor", "periode", "period", "bulan", "month", "salam",
    "greeting", "sapaan", "polis", "policy", "program", "keterangan", "note", "pesan", "message"});
// clang-format on

// Ends a camelCase word: "dueDate", "tanggal2Bayar" split before the capital.
bool IsLowerOrDigit(char c) { return ascii::IsLower(c) || ascii::IsDigit(c); }

}  // namespace

std::string NormalizePlaceholderName(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      continue;
    }
    // camelCase: "dueDate" -> "due_date", "NamaDebitur" -> "nama_debitur".
    if (ascii::IsUpper(c) && i > 0 && IsLowerOrDigit(raw[i - 1]) && !out.empty() && out.back() != '_') {
      out.push_back('_');
    }
    out.push_back(ascii::ToLower(c));
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

Placeholder::Type PlaceholderTypeOf(std::string_view name) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '_' || name[i] == '.') {
      if (i > start) words.push_back(name.substr(start, i - start));
      start = i + 1;
    }
  }
  using T = Placeholder::Type;
  if (AnyIn(words, kIdentifier)) return T::kOther;
  if (AnyIn(words, kSender) || HasPair(words, "nama", "anda") || HasPair(words, "nama", "saya") ||
      HasPair(words, "your", "name") || HasPair(words, "my", "name")) {
    return T::kSender;
  }
  if (AnyIn(words, kDate) || HasPair(words, "batas", "waktu")) return T::kDate;
  if (AnyIn(words, kAmount)) return T::kAmount;
  if (AnyIn(words, kPerson)) return T::kPerson;
  if (AnyIn(words, kOther)) return T::kOther;
  return T::kUnknown;
}

}  // namespace santun
