#include "text/language.h"

#include <algorithm>
#include <array>

#include "text/scopes.h"

namespace santun {
namespace {

// clang-format off
constexpr auto kIndonesian = std::to_array<std::string_view>({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "akan", "sudah",
    "belum", "saya", "kami", "kamu", "anda", "bapak", "ibu", "mohon", "bayar", "segera", "utang",
    "hutang", "tagihan", "pinjaman", "sebesar", "tanggal", "jatuh", "tempo", "terima", "kasih",
    "juga", "sekarang", "aja", "gak", "ga", "nggak", "lu", "lo", "gue", "gw", "udah", "kalau",
    "jika", "atau", "pada", "harus"});
// clang-format on

// clang-format off
constexpr auto kEnglish = std::to_array<std::string_view>({
    "the", "and", "you", "your", "to", "of", "is", "are", "we", "will", "be", "this", "that",
    "pay", "please", "debt", "not", "have", "has", "for", "with", "our", "it", "on", "by", "if",
    "can", "an", "a", "now", "due", "amount", "balance", "account", "payment", "call", "from",
    "or", "us", "my", "i", "was", "don't", "won't"});
// clang-format on

}  // namespace

std::string DetectLanguage(std::string_view normalized, std::string_view fallback) {
  int id = 0, en = 0;
  ForEachWord(normalized, Span{0, static_cast<uint32_t>(normalized.size())}, [&](Span w) {
    std::string_view word = normalized.substr(w.begin, w.size());
    if (std::find(kIndonesian.begin(), kIndonesian.end(), word) != kIndonesian.end()) ++id;
    if (std::find(kEnglish.begin(), kEnglish.end(), word) != kEnglish.end()) ++en;
  });
  if (id > en) return "id";
  if (en > id) return "en";
  return std::string(fallback);
}

}  // namespace santun
