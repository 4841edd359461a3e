#include "extract/pii/label_lexicon.h"

#include <array>

namespace santun::pii {
namespace {

constexpr uint32_t kTaxIds = Bit(PiiType::kNpwp) | Bit(PiiType::kSsn) | Bit(PiiType::kItin);
constexpr uint32_t kUsIds = Bit(PiiType::kSsn) | Bit(PiiType::kItin);

constexpr LabelEntry Id(std::string_view p, uint32_t types) { return {p, LabelRole::kIdentifier, types}; }
constexpr LabelEntry Ref(std::string_view p) { return {p, LabelRole::kReference, 0}; }

// clang-format off
constexpr auto kEntries = std::to_array<LabelEntry>({
    // NIK (PII.md §1: NIK, KTP, e-KTP, no. KTP, nomor induk kependudukan, …).
    Id("nik", Bit(PiiType::kNik)), Id("ktp", Bit(PiiType::kNik)), Id("ektp", Bit(PiiType::kNik)),
    Id("nomor induk kependudukan", Bit(PiiType::kNik)),
    Id("kartu tanda penduduk", Bit(PiiType::kNik)), Id("identitas", Bit(PiiType::kNik)),
    Id("data diri", Bit(PiiType::kNik)), Id("national id", Bit(PiiType::kNik)),
    Id("id number", Bit(PiiType::kNik)), Id("identity card", Bit(PiiType::kNik)),
    Id("id card", Bit(PiiType::kNik)), Id("citizen id", Bit(PiiType::kNik)),
    Id("identity number", Bit(PiiType::kNik)), Id("id card number", Bit(PiiType::kNik)),
    Id("identity card number", Bit(PiiType::kNik)),
    // KK.
    {"kk", LabelRole::kIdentifier, Bit(PiiType::kKk), false, true},
    Id("no kk", Bit(PiiType::kKk)), Id("nomor kk", Bit(PiiType::kKk)),
    Id("kartu keluarga", Bit(PiiType::kKk)), Id("family card", Bit(PiiType::kKk)),
    Id("family register", Bit(PiiType::kKk)), Id("family card number", Bit(PiiType::kKk)),
    Id("family card no", Bit(PiiType::kKk)),
    // NPWP and other tax IDs.
    Id("npwp", Bit(PiiType::kNpwp)), Id("nomor pokok wajib pajak", Bit(PiiType::kNpwp)),
    Id("wajib pajak", Bit(PiiType::kNpwp)), Id("nitku", Bit(PiiType::kNpwp)),
    {"pajak", LabelRole::kIdentifier, Bit(PiiType::kNpwp), true},
    Id("tax id", kTaxIds), Id("tin", kTaxIds), Id("taxpayer number", kTaxIds),
    Id("tax number", kTaxIds), Id("taxpayer id", kTaxIds),
    // Phones.
    Id("hp", Bit(PiiType::kPhone)), Id("handphone", Bit(PiiType::kPhone)),
    Id("ponsel", Bit(PiiType::kPhone)), Id("telepon", Bit(PiiType::kPhone)),
    Id("telpon", Bit(PiiType::kPhone)), Id("telp", Bit(PiiType::kPhone)),
    Id("tlp", Bit(PiiType::kPhone)), Id("tel", Bit(PiiType::kPhone)),
    Id("wa", Bit(PiiType::kPhone)), Id("whatsapp", Bit(PiiType::kPhone)),
    Id("hubungi", Bit(PiiType::kPhone)), Id("menghubungi", Bit(PiiType::kPhone)),
    Id("sms", Bit(PiiType::kPhone)), Id("kontak", Bit(PiiType::kPhone)),
    Id("fax", Bit(PiiType::kPhone)), Id("faks", Bit(PiiType::kPhone)),
    Id("phone", Bit(PiiType::kPhone)), Id("telephone", Bit(PiiType::kPhone)),
    Id("mobile", Bit(PiiType::kPhone)), Id("cell", Bit(PiiType::kPhone)),
    Id("call", Bit(PiiType::kPhone)), Id("text", Bit(PiiType::kPhone)),
    Id("contact", Bit(PiiType::kPhone)), Id("landline", Bit(PiiType::kPhone)),
    // Bank accounts.
    Id("rekening", Bit(PiiType::kBankAccount)), Id("rek", Bit(PiiType::kBankAccount)),
    Id("norek", Bit(PiiType::kBankAccount)), Id("a n", Bit(PiiType::kBankAccount)),
    Id("atas nama", Bit(PiiType::kBankAccount)), Id("tabungan", Bit(PiiType::kBankAccount)),
    Id("transfer ke", Bit(PiiType::kBankAccount)), Id("account number", Bit(PiiType::kBankAccount)),
    Id("account no", Bit(PiiType::kBankAccount)), Id("acct", Bit(PiiType::kBankAccount)),
    Id("a c", Bit(PiiType::kBankAccount)), Id("bank account", Bit(PiiType::kBankAccount)),
    Id("transfer to", Bit(PiiType::kBankAccount)), Id("checking account", Bit(PiiType::kBankAccount)),
    Id("savings account", Bit(PiiType::kBankAccount)), Id("checking", Bit(PiiType::kBankAccount)),
    Id("savings", Bit(PiiType::kBankAccount)), Id("routing", Bit(PiiType::kBankAccount)),
    // Cards and CVV.
    Id("kartu kredit", Bit(PiiType::kCard)), Id("kartu debit", Bit(PiiType::kCard)),
    Id("nomor kartu", Bit(PiiType::kCard)), Id("kartu atm", Bit(PiiType::kCard)),
    Id("kartu", Bit(PiiType::kCard)), Id("cc", Bit(PiiType::kCard)), Id("visa", Bit(PiiType::kCard)),
    Id("mastercard", Bit(PiiType::kCard)), Id("jcb", Bit(PiiType::kCard)),
    Id("gpn", Bit(PiiType::kCard)), Id("amex", Bit(PiiType::kCard)),
    Id("american express", Bit(PiiType::kCard)), Id("unionpay", Bit(PiiType::kCard)),
    Id("credit card", Bit(PiiType::kCard)), Id("debit card", Bit(PiiType::kCard)),
    Id("card number", Bit(PiiType::kCard)), Id("card no", Bit(PiiType::kCard)),
    Id("card", Bit(PiiType::kCard)),
    Id("cvv", Bit(PiiType::kCvv)), Id("cvv2", Bit(PiiType::kCvv)), Id("cvc", Bit(PiiType::kCvv)),
    Id("cvc2", Bit(PiiType::kCvv)), Id("cid", Bit(PiiType::kCvv)),
    Id("kode keamanan", Bit(PiiType::kCvv)), Id("kode keamanan kartu", Bit(PiiType::kCvv)), Id("security code", Bit(PiiType::kCvv)),
    // IBAN.
    Id("iban", Bit(PiiType::kIban)), Id("swift", Bit(PiiType::kIban)), Id("bic", Bit(PiiType::kIban)),
    // US.
    Id("ssn", kUsIds), Id("social security", kUsIds),
    {"ss", LabelRole::kIdentifier, kUsIds, false, true},  // "SS#"; lower-case "ss" is a screenshot
    Id("itin", Bit(PiiType::kItin)), Id("taxpayer identification", Bit(PiiType::kItin)),
    // Document numbers (negative context, PII.md §6.2 step 7).
    Ref("invoice"), Ref("inv"), Ref("no tagihan"), Ref("nomor tagihan"), Ref("id tagihan"),
    Ref("kontrak"), Ref("perjanjian"), Ref("order"), Ref("pesanan"), Ref("resi"), Ref("awb"),
    Ref("ref"), Ref("referensi"), Ref("reference"), Ref("transaksi"), Ref("transaction"),
    Ref("id pinjaman"), Ref("nomor pinjaman"), Ref("no pinjaman"), Ref("kode pinjaman"),
    Ref("loan"), Ref("loan id"), Ref("loan number"), Ref("loan no"), Ref("case"), Ref("case number"), Ref("case no"),
    Ref("case id"), Ref("polis"), Ref("policy"), Ref("tiket"), Ref("ticket"), Ref("booking"),
    Ref("aplikasi"), Ref("application id"), Ref("id pelanggan"), Ref("nomor pelanggan"),
    Ref("no pelanggan"), Ref("kode pelanggan"), Ref("customer id"), Ref("member id"),
});
// clang-format on

// clang-format off
constexpr auto kCompanyCues = std::to_array<std::string_view>({
    "kami", "resmi", "our", "official", "perusahaan", "hotline", "cs", "center", "centre", "pusat",
    "layanan",
    // The sender's own line: "call me at", "hubungi saya di", "pertanyaan Anda ke", "callback number".
    "us", "me", "pertanyaan", "questions", "info", "informasi", "bantuan", "support", "help", "callback"});

}  // namespace

std::span<const LabelEntry> LabelLexicon() { return kEntries; }

std::span<const std::string_view> CompanyCues() { return kCompanyCues; }

}  // namespace santun::pii
