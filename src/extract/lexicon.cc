#include "extract/lexicon.h"

#include <algorithm>
#include <array>

namespace santun::lexicon {
namespace {

template <typename Words>
bool In(const Words& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// clang-format off
constexpr auto kCountNouns = std::to_array<std::string_view>({
    "bulan", "bln", "hari", "minggu", "pekan", "tahun", "thn", "jam", "menit", "detik", "kali",
    "x", "angsuran", "cicilan", "termin", "orang", "buah", "lembar", "unit", "pesan", "sms",
    "month", "months", "day", "days", "week", "weeks", "year", "years", "hour", "hours",
    "minute", "minutes", "time", "times", "installment", "installments", "instalment",
    "instalments", "payments", "people", "messages", "calls"});
// clang-format on

// clang-format off
constexpr auto kTimeWords = std::to_array<std::string_view>({
    "pukul", "pkl", "jam", "wib", "wita", "wit", "am", "pm", "o'clock", "oclock"});
// clang-format on

// clang-format off
constexpr auto kReferenceWords = std::to_array<std::string_view>({
    "no", "nomor", "nomer", "nmr", "invoice", "inv", "faktur", "ref", "referensi", "reference",
    "kontrak", "contract", "va", "kode", "code", "id", "order", "pesanan", "nik", "npwp",
    "rekening", "rek", "account", "acct", "akun", "kartu", "card", "tiket", "ticket", "resi"});
// clang-format on

// clang-format off
constexpr auto kPercentWords = std::to_array<std::string_view>({
    "persen", "prosen", "percent", "per-cent", "pct"});
// clang-format on

// clang-format off
constexpr auto kVersionWords = std::to_array<std::string_view>({
    "versi", "version", "ver", "v", "build", "rilis", "release"});
// clang-format on

}  // namespace

bool IsCountNoun(std::string_view w) { return In(kCountNouns, w); }
bool IsTimeWord(std::string_view w) { return In(kTimeWords, w); }
bool IsReferenceWord(std::string_view w) { return In(kReferenceWords, w); }
bool IsPercentWord(std::string_view w) { return In(kPercentWords, w); }
bool IsVersionWord(std::string_view w) { return In(kVersionWords, w); }

}  // namespace santun::lexicon
