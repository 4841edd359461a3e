// Profiles, channels and send times through the real binary.
#include <gtest/gtest.h>

#include "support/run.h"

namespace santun::testing {
namespace {

const char* kUsText = "First Street Recovery: your balance of $300.00 is due December 28, 2026.\n";

TEST(ProfileCli, UsDisclosuresOnlyUnderTheUsProfile) {
  RunOutput generic = RunSantun({"check", "--channel", "sms", "-"}, kUsText);
  EXPECT_EQ(generic.exit_code, 0) << generic.out;
  // Advice (info): whether the sender is a debt collector is not in the text.
  RunOutput us = RunSantun({"check", "--profile", "us", "--channel", "sms", "--fail-on", "info", "-"}, kUsText);
  EXPECT_EQ(us.exit_code, 1);
  EXPECT_NE(us.out.find("info[identity.debt-collector-disclosure]"), std::string::npos) << us.out;
  EXPECT_NE(us.out.find("info[identity.opt-out-missing]: no opt-out instructions in this sms"), std::string::npos)
      << us.out;
  EXPECT_EQ(RunSantun({"check", "--profile", "us", "--channel", "sms", "-"}, kUsText).exit_code, 0);
  RunOutput letter = RunSantun({"check", "--profile", "us", "--channel", "letter", "-"}, kUsText);
  EXPECT_EQ(letter.out.find("identity.opt-out-missing"), std::string::npos) << letter.out;
}

TEST(ChannelCli, LongSmsIsAnInfo) {
  const std::string text =
      "Yth. Bapak Budi, tagihan Anda dari PT Dana Kilat sebesar Rp 1.500.000 jatuh tempo pada 25 Desember 2026. "
      "Mohon lakukan pembayaran melalui VA BCA 8808 1234 5678. Terima kasih \xF0\x9F\x99\x8F\n";
  RunOutput r = RunSantun({"check", "--channel", "sms", "-"}, text);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("info[template.sms-length]: SMS ini lebih dari satu segmen (3 × UCS-2, 177 UTF-16 units; "
                       "UCS-2 because of '\xF0\x9F\x99\x8F')"),
            std::string::npos)
      << r.out;
}

TEST(TimingCli, SundayUnderTheIdProfile) {
  const std::string text =
      "Yth. Bapak Budi, tagihan Anda dari PT Dana Kilat sebesar Rp 500.000 jatuh tempo 5 Januari 2027.\n";
  RunOutput sunday = RunSantun({"check", "--send-at", "2026-12-27T09:00:00+07:00", "-"}, text);
  EXPECT_EQ(sunday.exit_code, 1);
  EXPECT_NE(sunday.out.find("error[timing.rest-day]"), std::string::npos) << sunday.out;
  RunOutput monday = RunSantun({"check", "--send-at", "2026-12-28T09:00:00+07:00", "-"}, text);
  EXPECT_EQ(monday.exit_code, 0) << monday.out;
  RunOutput late = RunSantun({"check", "--send-at", "2026-12-28T13:30:00Z", "--tz", "Asia/Jakarta", "-"}, text);
  EXPECT_NE(late.out.find("error[timing.outside-hours]: dikirim di luar jam 08.00-20.00 waktu setempat "
                          "(2026-12-28 20:30)"),
            std::string::npos)
      << late.out;
}

TEST(TimingCli, BadTimesAreUsageErrors) {
  EXPECT_EQ(RunSantun({"check", "--send-at", "tomorrow", "-"}, "x\n").exit_code, 2);
  EXPECT_EQ(RunSantun({"check", "--today", "2026-02-30", "-"}, "x\n").exit_code, 2);
  RunOutput tz = RunSantun({"check", "--tz", "Asia/Atlantis", "-"}, "x\n");
  EXPECT_EQ(tz.exit_code, 2);
  EXPECT_EQ(tz.err, "santun: error: --tz: unknown time zone 'Asia/Atlantis'\n");
}

}  // namespace
}  // namespace santun::testing
