// What a message is (engine/message_kind.h) and what that changes: only a
// demand is told that an amount, a due date or a sender is missing. The
// messages are made up, written in the styles real ones come in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/builtin_linter.h"
#include "text/source_text.h"

namespace santun {
namespace {

struct KindCase {
  const char* lang;
  const char* profile;
  const char* text;
  MessageKind kind;
};

const char* const kRequiredElementRules[] = {"amount.missing", "due-date.missing", "identity.missing-sender"};

LintResult LintOne(const KindCase& c) {
  MessageOptions options;
  options.lang = c.lang;
  options.profile = c.profile;
  return testing::BuiltinLinter().Lint(SourceText("kind", c.text), options);
}

bool Fired(const LintResult& r, std::string_view rule) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.rule->id == rule) return true;
  }
  return false;
}

class MessageKinds : public ::testing::TestWithParam<KindCase> {};

TEST_P(MessageKinds, IsClassifiedAndOnlyDemandsAreToldWhatIsMissing) {
  const KindCase& c = GetParam();
  const LintResult r = LintOne(c);
  EXPECT_EQ(MessageKindName(r.kind), MessageKindName(c.kind)) << c.text;
  if (c.kind == MessageKind::kDemand) return;
  for (const char* rule : kRequiredElementRules) EXPECT_FALSE(Fired(r, rule)) << rule << " on: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    NotDemands, MessageKinds,
    ::testing::Values(
        // A regulator's warning quotes what illegal collectors say.
        KindCase{"id", "id",
                 "Waspada penawaran pinjaman online ilegal yang mengatasnamakan OJK. Jangan bayar tagihan dari "
                 "pihak yang mengancam menyebarkan data pribadi Anda.",
                 MessageKind::kWarning},
        // A bank disowns a fake legal letter that uses its name.
        KindCase{"id", "id",
                 "Surat somasi tersebut merupakan upaya penyalahgunaan nama Bank Contoh oleh pihak yang tidak "
                 "bertanggung jawab.",
                 MessageKind::kWarning},
        // An educator tells readers what illegal lenders do to them.
        KindCase{"id", "id", "Kalau telat sedikit, kalian akan diancam dan data kalian akan disebar ke semua kontak.",
                 MessageKind::kWarning},
        // Consumer education defines collectors; advice says to pay on time.
        KindCase{"en", "us",
                 "What is a debt collector? A debt collector is a company that collects debts owed to others.",
                 MessageKind::kWarning},
        // A victim's account and a news report of an arrest.
        KindCase{"id", "id", "Saya sudah lapor polisi karena diteror debt collector setiap hari.",
                 MessageKind::kWarning},
        KindCase{"id", "id", "Pelaku penipuan sudah ditangkap polisi, kata Kapolres.", MessageKind::kWarning},
        // The speaker offers to pay: nothing is asked of the reader.
        KindCase{"id", "id", "Ya udah gue bayarin hutang lo.", MessageKind::kStatement},
        // A statement of a balance that asks for nothing.
        KindCase{"en", "us",
                 "Your account balance as of December 1, 2026 is $412.50. No payment is required at this time.",
                 MessageKind::kStatement},
        // A US limited-content voicemail omits the debt on purpose.
        KindCase{"en", "us",
                 "This is Dana Reyes with Northfield Recovery Services. Please call me back at (202) 555-0147 "
                 "between 9 and 5 Eastern. Thank you.",
                 MessageKind::kCallback},
        // A voicemail about where the debt stands asks for a call, not a sum by a date.
        KindCase{"en", "us",
                 "This is Lee with Harbor Point Recovery calling about your overdue account. Please call us back at "
                 "(202) 555-0190.",
                 MessageKind::kCallback},
        // A threat in a condition names a consequence, it asks for no sum or date.
        KindCase{"id", "id", "Kalau kamu nggak bayar, siap-siap kami datangi rumahmu.", MessageKind::kStatement},
        KindCase{"en", "us", "If you don't pay, we're going to tell your whole family about it.",
                 MessageKind::kStatement},
        // A court's order that a collector pay a penalty asks nothing of the reader.
        KindCase{"en", "", "The Federal Court has ordered Acme Collections Ltd to pay penalties of $750,000.",
                 MessageKind::kNarration},
        KindCase{"id", "id", "Perusahaan itu dihukum membayar denda Rp 500.000.000 oleh pengadilan.",
                 MessageKind::kNarration},
        // Debts in general, in a fact check and in an FAQ, ask nothing of the reader.
        KindCase{"en", "", "This is false as failure to pay a loan is not a criminal offence.",
                 MessageKind::kStatement},
        KindCase{"en", "",
                 "When you do not pay on time the following actions are taken: each day you pay late you lose points.",
                 MessageKind::kStatement},
        KindCase{"id", "id", "Tidak membayar utang bukan tindak pidana, jadi tidak bisa dipenjara.",
                 MessageKind::kNarration},
        // A verdict reported in the news warns; it threatens nobody.
        KindCase{"id", "id", "Pengadilan memutuskan perusahaan pinjol itu bersalah menyebarkan data nasabah.",
                 MessageKind::kWarning},
        // Advice about paying on time addresses nobody.
        KindCase{"id", "id", "Menurut aturan, cicilan harus dibayar tepat waktu agar tidak kena denda.",
                 MessageKind::kStatement}));

INSTANTIATE_TEST_SUITE_P(
    Demands, MessageKinds,
    ::testing::Values(
        KindCase{"id", "id", "Halo Kak, segera bayar cicilan kamu ya.", MessageKind::kDemand},
        // Spoken at the door: "pokoknya" insists to the listener.
        KindCase{"id", "id", "Saya tidak mau tahu, pokoknya harus dibayar sekarang juga.", MessageKind::kDemand},
        // Awaiting the payment asks for it.
        KindCase{"id", "id", "Halo Kak, kami menantikan pembayaran Anda. Hubungi kami jika ada pertanyaan.",
                 MessageKind::kDemand},
        // An ask outside the condition still makes a demand.
        KindCase{"en", "us", "Please make her payment within the next 24 hours. If she does not pay, we will act.",
                 MessageKind::kDemand},
        KindCase{"en", "us", "Please ensure that your account is brought up to date.", MessageKind::kDemand},
        // A status with a date set is a demand again.
        KindCase{"en", "us", "Your account is past due. Please contact Harbor Point Recovery by December 22, 2026.",
                 MessageKind::kDemand}));

TEST(MessageKinds, AConditionalThreatIsStillAThreat) {
  const LintResult r = LintOne({"id", "id", "Kalau kamu nggak bayar, siap-siap kami datangi rumahmu.", {}});
  bool threat = false;
  for (const Diagnostic& d : r.diagnostics) threat |= d.rule->category == "threat";
  EXPECT_TRUE(threat);
}

TEST(MessageKinds, ADemandWithoutAmountIsToldSo) {
  const LintResult r = LintOne({"id", "id", "Halo Kak, segera bayar cicilan kamu ya.", MessageKind::kDemand});
  EXPECT_TRUE(Fired(r, "amount.missing"));
  EXPECT_TRUE(Fired(r, "due-date.missing") || Fired(r, "due-date.vague"));
}

}  // namespace
}  // namespace santun
