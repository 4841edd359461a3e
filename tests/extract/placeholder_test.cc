#include "extract/placeholder.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace santun {
namespace {

using Type = Placeholder::Type;
constexpr Type kUnknown = Type::kUnknown, kAmount = Type::kAmount, kDate = Type::kDate, kPerson = Type::kPerson,
               kSender = Type::kSender, kOther = Type::kOther;

// One expected placeholder: the exact text of its span and the span's byte
// offset, so that the table pins spans and stays readable.
struct WantPlaceholder {
  std::string_view mention;
  uint32_t begin;
  std::string_view name;
  Type type;
  std::string_view problem = {};  // non-empty: malformed for this reason
};

struct PlaceholderCase {
  const char* name;
  std::string_view text;
  std::vector<WantPlaceholder> want;
};

std::ostream& operator<<(std::ostream& os, const PlaceholderCase& c) { return os << c.name; }

std::string Describe(std::string_view text, const std::vector<Placeholder>& got) {
  std::string s;
  for (const Placeholder& p : got) {
    s += "  [" + std::to_string(p.span.begin) + "," + std::to_string(p.span.end) + ") '" +
         std::string(text.substr(p.span.begin, p.span.size())) + "' name '" + p.name + "' type " +
         std::to_string(static_cast<int>(p.type)) + (p.malformed ? " malformed: " + p.problem : "") + "\n";
  }
  return s.empty() ? "  (none)\n" : s;
}

class PlaceholderTest : public ::testing::TestWithParam<PlaceholderCase> {};

TEST_P(PlaceholderTest, ExtractsExactly) {
  const PlaceholderCase& c = GetParam();
  const std::vector<Placeholder> got = ExtractPlaceholders(c.text);
  ASSERT_EQ(got.size(), c.want.size()) << "in '" << c.text << "' got:\n" << Describe(c.text, got);
  for (size_t i = 0; i < got.size(); ++i) {
    const WantPlaceholder& w = c.want[i];
    SCOPED_TRACE("placeholder #" + std::to_string(i) + " '" + std::string(w.mention) + "'");
    ASSERT_EQ(c.text.substr(w.begin, w.mention.size()), w.mention) << "bad test data";
    EXPECT_EQ(got[i].span.begin, w.begin);
    EXPECT_EQ(got[i].span.end, w.begin + w.mention.size());
    EXPECT_EQ(got[i].name, w.name);
    EXPECT_EQ(got[i].type, w.type);
    EXPECT_EQ(got[i].malformed, !w.problem.empty());
    EXPECT_EQ(got[i].problem, w.problem);
  }
}

// clang-format off
const std::vector<PlaceholderCase> kCases = {
    // Code expressions: the name is the last identifier.
    {"BladeObjectPath", "Dear {{$payment->client->good_name}},",
     {{"{{$payment->client->good_name}}", 5, "good_name", kPerson}}},
    {"BladeFunctionCall", "Greetings from {{ cmp()->companyName }}!",
     {{"{{ cmp()->companyName }}", 15, "company_name", kSender}}},
    {"PhpBraceVariable", "jatuh tempo sejak {$tgl} ({$pinjaman['kode_pinjaman']})",
     {{"{$tgl}", 18, "tgl", kDate}, {"{$pinjaman['kode_pinjaman']}", 26, "kode_pinjaman", kOther}}},
    {"BareDollarVariables", "Hello $FirstName. Balance KSh $balance, not $300.",
     {{"$FirstName", 6, "first_name", kPerson}, {"$balance", 30, "balance", kAmount}}},
    {"PhpConcatenation", "jatuh tempo pada ' . $this->dueDate . '.",
     {{"$this->dueDate", 21, "due_date", kDate}}},
    {"AngleSlot", "Dear <salutation> <surname>, Cheque Amount: <amount><br>",
     {{"<salutation>", 5, "salutation", kUnknown}, {"<surname>", 18, "surname", kUnknown},
      {"<amount>", 44, "amount", kAmount}}},
    {"LaravelColonSlots", "Dear :borrowerName, due on :dueDate. Note: 10:30 ok:yes",
     {{":borrowerName", 5, "borrower_name", kPerson}, {":dueDate", 27, "due_date", kDate}}},
    {"LaravelPlainWordSlots", "Hello :name,\n**Amount to Pay**: :currency :amount\n<b>:expiration</b> :smile:",
     {{":name", 6, "name", kPerson}, {":currency", 32, "currency", kUnknown}, {":amount", 42, "amount", kAmount},
      {":expiration", 53, "expiration", kUnknown}}},
    {"ALoneColonWordIsProse", "Nama :budi, jam 10:30", {}},
    {"PaymentOfTypesAmount", "your payment of [X - Y], the month of {month_x}",
     {{"[X - Y]", 16, "x_y", kAmount}, {"{month_x}", 38, "month_x", kOther}}},
    {"SlotAfterFromIsTheSender", "your invoice from :microsite, paid from {account}, pada tanggal $waktuAngsuran",
     {{":microsite", 18, "microsite", kSender}, {"{account}", 40, "account", kOther},
      {"$waktuAngsuran", 64, "waktu_angsuran", kDate}}},
    {"PercentPairSlots", "Halo %bname%, angsuran %currency% %due_amt% jatuh tempo %duedate%; diskon 10% dan 20%, 100%lunas",
     {{"%bname%", 5, "bname", kUnknown}, {"%currency%", 23, "currency", kAmount},
      {"%due_amt%", 34, "due_amt", kAmount}, {"%duedate%", 56, "duedate", kDate}}},
    {"ALoneTypedColonWordIsASlot", "Total: :amount", {{":amount", 7, "amount", kAmount}}},
    {"ParenthesisedSlot", "Hello (borrower name), this is (RM) from Spotloan.",
     {{"(borrower name)", 6, "borrower_name", kPerson}}},
    {"ParenthesisedGlossIsProse", "saya (debt collector) dan si Mamat (nama samaran) (debitur)", {}},
    {"EditorialBracketsAreNotSlots", "My name is Tina [last name inaudible]. Such a [expletive]. [email protected]", {}},
    // Typed by what precedes them.
    {"CurrencyBeforeTypesAmount", "Plafond Rp. {plafond}, KES {Amount}, total: {{x_val}}",
     {{"{plafond}", 12, "plafond", kAmount}, {"{Amount}", 27, "amount", kAmount},
      {"{{x_val}}", 44, "x_val", kAmount}}},
    {"DueCueBeforeTypesDate", "jatuh tempo {{when_x}}, paling lambat [batas_x], due on {{day_x}}",
     {{"{{when_x}}", 12, "when_x", kDate}, {"[batas_x]", 38, "batas_x", kDate}, {"{{day_x}}", 56, "day_x", kDate}}},
    {"SquareWithSpace", "Yth. [nama debitur], mohon segera melunasi.",
     {{"[nama debitur]", 5, "nama_debitur", kPerson}}},
    {"DoubleBraces", "Tagihan {{amount}} harus dibayar.",
     {{"{{amount}}", 8, "amount", kAmount}}},
    {"DoubleBracesSpaced", "jatuh tempo {{ due_date }}.",
     {{"{{ due_date }}", 12, "due_date", kDate}}},
    {"SingleBraces", "sebesar {jumlah}",
     {{"{jumlah}", 8, "jumlah", kAmount}}},
    {"DollarBrace", "sebesar ${amount}",
     {{"${amount}", 8, "amount", kAmount}}},
    {"PythonPercent", "sebesar %(amount)s",
     {{"%(amount)s", 8, "amount", kAmount}}},
    {"Chevrons", "Halo <<nama>>,",
     {{"<<nama>>", 5, "nama", kPerson}}},
    {"ChevronsSpaced", "Halo << nama >>,",
     {{"<< nama >>", 5, "nama", kPerson}}},
    {"SmartyFunctionTag", "Amount: {displayPrice price=$invoiceSumToPay currency=$id_currency}",
     {{"{displayPrice price=$invoiceSumToPay currency=$id_currency}", 8, "invoice_sum_to_pay", kAmount}}},
    // Server-page output tags: the first variable names the slot; one
    // without a variable is typed by what precedes it.
    {"PhpEchoTag", "Nama : <?= $dtsiswa ?>, sisa Rp <?= number_format($dtsisa, 0, ',', '.') ?>",
     {{"<?= $dtsiswa ?>", 7, "dtsiswa", kUnknown},
      {"<?= number_format($dtsisa, 0, ',', '.') ?>", 32, "dtsisa", kAmount}}},
    {"PhpLongTag", "Kelas: <?php echo $data->kelas; ?> tahun <?php echo date(\"Y\"); ?>",
     {{"<?php echo $data->kelas; ?>", 7, "kelas", kUnknown}, {"<?php echo date(\"Y\"); ?>", 41, "y", kUnknown}}},
    // Template literals that format their value.
    {"JsMethodCall", "Total: Rp ${amount.toLocaleString('id-ID')}",
     {{"${amount.toLocaleString('id-ID')}", 10, "amount", kAmount}}},
    {"JsFunctionCall", "Jumlah Tagihan: ${formatCurrency(bill.amount)}",
     {{"${formatCurrency(bill.amount)}", 16, "amount", kAmount}}},
    {"JsTernary", "Status: ${bill.status === 'paid' ? 'Lunas' : 'Belum'}",
     {{"${bill.status === 'paid' ? 'Lunas' : 'Belum'}", 8, "status", kUnknown}}},
    {"ErbTag", "Total due: $<%= @invoice.total %>", {{"<%= @invoice.total %>", 12, "total", kAmount}}},
    {"MailMergeField", "Dear \u00abFirstName\u00bb, for \u00abWEEKS_NOT_PAID\u00bb weeks",
     {{"\u00abFirstName\u00bb", 5, "first_name", kPerson}, {"\u00abWEEKS_NOT_PAID\u00bb", 24, "weeks_not_paid", kUnknown}}},
    {"SquareCapitalised", "Salam, [Nama Perusahaan]",
     {{"[Nama Perusahaan]", 7, "nama_perusahaan", kSender}}},
    {"DoubleBracesUnderscore", "{{nama_debitur}}",
     {{"{{nama_debitur}}", 0, "nama_debitur", kPerson}}},
    {"TripleBraces", "{{{amount}}}",
     {{"{{{amount}}}", 0, "amount", kAmount}}},
    {"JinjaFilter", "{{ amount | currency }}",
     {{"{{ amount | currency }}", 0, "amount", kAmount}}},
    {"HandlebarsAmpersand", "{{& amount }}",
     {{"{{& amount }}", 0, "amount", kAmount}}},
    {"CamelCase", "{{dueDate}}",
     {{"{{dueDate}}", 0, "due_date", kDate}}},
    {"PascalCase", "{{NamaDebitur}}",
     {{"{{NamaDebitur}}", 0, "nama_debitur", kPerson}}},
    {"DashesInName", "[nama-debitur]",
     {{"[nama-debitur]", 0, "nama_debitur", kPerson}}},
    {"DottedName", "{{ debtor.name }}",
     {{"{{ debtor.name }}", 0, "debtor.name", kPerson}}},
    {"SenderNamaAnda", "[Nama Anda]",
     {{"[Nama Anda]", 0, "nama_anda", kSender}}},
    {"SenderCompanyName", "{{company_name}}",
     {{"{{company_name}}", 0, "company_name", kSender}}},
    {"SenderAgent", "{{agent}}",
     {{"{{agent}}", 0, "agent", kSender}}},
    {"SenderCollector", "{{collector_name}}",
     {{"{{collector_name}}", 0, "collector_name", kSender}}},
    {"SenderKreditur", "{{kreditur}}",
     {{"{{kreditur}}", 0, "kreditur", kSender}}},
    {"SenderPengirim", "[pengirim]",
     {{"[pengirim]", 0, "pengirim", kSender}}},
    {"IdentifierWins", "[nomor tagihan]",
     {{"[nomor tagihan]", 0, "nomor_tagihan", kOther}}},
    {"InvoiceNumber", "{{invoice_number}}",
     {{"{{invoice_number}}", 0, "invoice_number", kOther}}},
    {"InvoiceOther", "{{invoice}}",
     {{"{{invoice}}", 0, "invoice", kOther}}},
    {"FakturNumber", "[nomor faktur]",
     {{"[nomor faktur]", 0, "nomor_faktur", kOther}}},
    {"VirtualAccount", "{{va}}",
     {{"{{va}}", 0, "va", kOther}}},
    {"DateTanggalJatuhTempo", "[tanggal jatuh tempo]",
     {{"[tanggal jatuh tempo]", 0, "tanggal_jatuh_tempo", kDate}}},
    {"DateTgl", "{tgl}",
     {{"{tgl}", 0, "tgl", kDate}}},
    {"DateWinsOverAmount", "{{tanggal_tagihan}}",
     {{"{{tanggal_tagihan}}", 0, "tanggal_tagihan", kDate}}},
    {"AmountDue", "{{amount_due}}",
     {{"{{amount_due}}", 0, "amount_due", kAmount}}},
    {"AmountTotal", "{{total}}",
     {{"{{total}}", 0, "total", kAmount}}},
    {"AmountBalance", "{{balance}}",
     {{"{{balance}}", 0, "balance", kAmount}}},
    {"AmountHutang", "[hutang]",
     {{"[hutang]", 0, "hutang", kAmount}}},
    {"PersonCustomer", "{{customer_name}}",
     {{"{{customer_name}}", 0, "customer_name", kPerson}}},
    {"PersonNasabah", "[nasabah]",
     {{"[nasabah]", 0, "nasabah", kPerson}}},
    {"PersonDebtor", "{{debtor}}",
     {{"{{debtor}}", 0, "debtor", kPerson}}},
    {"Unknown", "{{foo_bar}}",
     {{"{{foo_bar}}", 0, "foo_bar", kUnknown}}},
    {"SeveralOnOneLine", "[nama], tagihan {{amount}} jatuh tempo {tanggal} ke ${va}.",
     {{"[nama]", 0, "nama", kPerson},
      {"{{amount}}", 16, "amount", kAmount},
      {"{tanggal}", 39, "tanggal", kDate},
      {"${va}", 52, "va", kOther}}},
    {"AfterMultiByteText", "Bapak/Ibu “[nama nasabah]” – Rp {{amount}}",
     {{"[nama nasabah]", 13, "nama_nasabah", kPerson},
      {"{{amount}}", 38, "amount", kAmount}}},
    {"AcrossLines", "Yth. [nama]\ntagihan {{amount}}\njatuh tempo {{due_date}}",
     {{"[nama]", 5, "nama", kPerson},
      {"{{amount}}", 20, "amount", kAmount},
      {"{{due_date}}", 43, "due_date", kDate}}},
    {"MalformedSingleClose", "Tagihan {{amount} segera",
     {{"{{amount}", 8, "amount", kAmount, "'{{' closed with '}'"}}},
    {"MalformedUnclosedAtEnd", "Tagihan {{amount",
     {{"{{amount", 8, "amount", kAmount, "unclosed '{{'"}}},
    {"MalformedUnclosedBeforeOther", "{{amount tanggal {{date}}",
     {{"{{amount", 0, "amount", kAmount, "unclosed '{{'"},
      {"{{date}}", 17, "date", kDate}}},
    {"MalformedSquareAtEndOfLine", "sebesar [jumlah\nterima kasih",
     {{"[jumlah", 8, "jumlah", kAmount, "unclosed '['"}}},
    {"MalformedBraceAtEndOfLine", "sebesar {jumlah",
     {{"{jumlah", 8, "jumlah", kAmount, "unclosed '{'"}}},
    {"MalformedEmpty", "Halo {{ }}",
     {{"{{ }}", 5, "", kUnknown, "empty placeholder"}}},
    {"MalformedEmptyDollar", "Halo ${}",
     {{"${}", 5, "", kUnknown, "empty placeholder"}}},
    {"MalformedDollarUnclosed", "sebesar ${amount dan seterusnya",
     {{"${amount", 8, "amount", kAmount, "unclosed '${'"}}},
    {"MalformedPercentNoType", "sebesar %(amount) ya",
     {{"%(amount)", 8, "amount", kAmount, "missing conversion type after '%(amount)'"}}},
    {"MalformedDoubleClose", "sebesar {amount}} ya",
     {{"{amount}}", 8, "amount", kAmount, "'{' closed with '}}'"}}},
    {"MalformedTripleClosedTwice", "{{{amount}}",
     {{"{{{amount}}", 0, "amount", kAmount, "'{{{' closed with '}}'"}}},
    {"NotFootnote", "lihat [1] dan [23]",
     {}},
    {"NotMarkdownLink", "[klik di sini](https://contoh.id/bayar)",
     {}},
    {"NotMarkdownImage", "![logo](logo.png)",
     {}},
    {"NotMarkdownReference", "[teks][ref]",
     {}},
    {"NotJson", "{\"id\": 1, \"amount\": 5}",
     {}},
    {"NotBraceList", "{a, b}",
     {}},
    {"NotNavigation", "<< kembali",
     {}},
    {"NotLegalCitation", "Pasal 7 ayat (2) huruf (a)",
     {}},
    {"NotCheckbox", "[x] lunas [ ] belum",
     {}},
    {"NotTags", "[PENTING] [sic] [Info]",
     {}},
    {"NotObfuscatedEmail", "budi [at] example [dot] com",
     {}},
    {"NotMustacheSections", "{{#items}}-{{/items}} {{^kosong}} {{! komentar }} {{> partial}}",
     {}},
    {"NotJinjaTag", "{% if lunas %}terima kasih{% endif %}",
     {}},
    {"NotJinjaExpression", "{{ x + 1 }}",
     {}},
    {"NotLongUnclosedSquare", "[jumlah tagihan anda yang harus dibayar",
     {}},
    {"NotUnclosedMidLine", "[jumlah, lalu bayar",
     {}},
    {"NotPercentInProse", "bunga 50%(lima puluh persen)",
     {}},
    {"NotTimeInBrackets", "[12:30]",
     {}},
    {"NotEmptyBraces", "{} dan []",
     {}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(PlaceholderTemplates, PlaceholderTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<PlaceholderCase>& info) {
                           return std::string(info.param.name);
                         });

struct TypeCase {
  std::string_view name;
  Type type;
};

class PlaceholderTypeTest : public ::testing::TestWithParam<TypeCase> {};

TEST_P(PlaceholderTypeTest, TypesByWords) {
  EXPECT_EQ(PlaceholderTypeOf(GetParam().name), GetParam().type) << GetParam().name;
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(PlaceholderSynonyms, PlaceholderTypeTest, ::testing::Values(
    TypeCase{"jumlah", kAmount}, TypeCase{"nominal", kAmount}, TypeCase{"tagihan", kAmount},
    TypeCase{"amount", kAmount}, TypeCase{"balance", kAmount}, TypeCase{"total", kAmount},
    TypeCase{"utang", kAmount}, TypeCase{"hutang", kAmount}, TypeCase{"jumlah_tagihan", kAmount},
    TypeCase{"total_amount", kAmount}, TypeCase{"sisa_pinjaman", kAmount},
    TypeCase{"tanggal", kDate}, TypeCase{"jatuh_tempo", kDate}, TypeCase{"due_date", kDate},
    TypeCase{"date", kDate}, TypeCase{"tgl", kDate}, TypeCase{"tanggal_jatuh_tempo", kDate},
    TypeCase{"invoice_date", kDate}, TypeCase{"batas_waktu", kDate},
    TypeCase{"nama", kPerson}, TypeCase{"name", kPerson}, TypeCase{"debitur", kPerson},
    TypeCase{"debtor", kPerson}, TypeCase{"customer", kPerson}, TypeCase{"nasabah", kPerson},
    TypeCase{"nama_debitur", kPerson}, TypeCase{"first_name", kPerson},
    TypeCase{"perusahaan", kSender}, TypeCase{"company", kSender}, TypeCase{"creditor", kSender},
    TypeCase{"kreditur", kSender}, TypeCase{"sender", kSender}, TypeCase{"pengirim", kSender},
    TypeCase{"agent", kSender}, TypeCase{"collector", kSender}, TypeCase{"nama_anda", kSender},
    TypeCase{"nama_perusahaan", kSender}, TypeCase{"your_name", kSender},
    TypeCase{"invoice", kOther}, TypeCase{"nomor_faktur", kOther}, TypeCase{"va", kOther},
    TypeCase{"nomor_tagihan", kOther}, TypeCase{"customer_id", kOther},
    TypeCase{"link_pembayaran", kOther}, TypeCase{"due", kUnknown}, TypeCase{"foo", kUnknown},
    TypeCase{"", kUnknown}, TypeCase{"x_y_z", kUnknown}));
// clang-format on

TEST(PlaceholderName, Normalizes) {
  EXPECT_EQ(NormalizePlaceholderName("Nama Debitur"), "nama_debitur");
  EXPECT_EQ(NormalizePlaceholderName("nama-debitur"), "nama_debitur");
  EXPECT_EQ(NormalizePlaceholderName("  due  date "), "due_date");
  EXPECT_EQ(NormalizePlaceholderName("dueDate"), "due_date");
  EXPECT_EQ(NormalizePlaceholderName("NamaDebitur"), "nama_debitur");
  EXPECT_EQ(NormalizePlaceholderName("VA"), "va");
  EXPECT_EQ(NormalizePlaceholderName("__x__"), "x");
  EXPECT_EQ(NormalizePlaceholderName("debtor.name"), "debtor.name");
  EXPECT_EQ(NormalizePlaceholderName("Nama_Ánda"), "nama_Ánda");  // only ASCII is lower-cased
}

TEST(PlaceholderExtract, HandlesEmptyAndOddInput) {
  EXPECT_TRUE(ExtractPlaceholders("").empty());
  EXPECT_TRUE(ExtractPlaceholders("{").empty());
  EXPECT_TRUE(ExtractPlaceholders("[").empty());
  EXPECT_TRUE(ExtractPlaceholders("}}]]>>").empty());
  EXPECT_TRUE(ExtractPlaceholders(std::string(10000, '{')).empty());
  EXPECT_TRUE(ExtractPlaceholders(std::string(10000, '[')).empty());
  EXPECT_EQ(ExtractPlaceholders("{{" + std::string(100, 'a') + "}}").size(), 0u);  // name too long
  const auto unclosed = ExtractPlaceholders("{{amount\r\nlalu");
  ASSERT_EQ(unclosed.size(), 1u);
  EXPECT_EQ(unclosed[0].span.end, 8u);
}

}  // namespace
}  // namespace santun
