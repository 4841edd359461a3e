#include "extract/pii/email.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;

const std::vector<std::string>& ValidEmails() {
  // clang-format off
  static const std::vector<std::string> v = {
      "budi@example.com",         "budi.santoso@example.co.id", "b.santoso+tagihan@example.org",
      "siti_aminah@example.net",  "a@example.id",               "o'brien@example.com",
      "user-name@sub.example.com", "USER@EXAMPLE.COM",          "x1@example.io",
      "budi%test@example.com",    "name@example.ac.id",         "n@example.co.uk",
      "test.user@example.my",     "budi123@example.sg",         "first.last@example.info",
      "abc@example-host.com",     "abc@a1.example.biz",         "mail@example.app",
      "mail@example.dev",         "budi@example.go.id",         "budi@example.sch.id",
      "budi@example.web.id",      "budi@example.or.id",         "budi@example.ai",
      "budi@xn--contoh-abc.com",  "budi.0812345678@example.com",
  };
  // clang-format on
  return v;
}

TEST(EmailValidator, AcceptsValidAddresses) {
  for (const std::string& e : ValidEmails()) EXPECT_TRUE(IsValidEmail(e)) << e;
  EXPECT_GE(ValidEmails().size(), 25u);
}

TEST(EmailValidator, RejectsLookAlikes) {
  // clang-format off
  const std::string bad[] = {
      "budi@example.test", "budi@example.example", "budi@example.invalid", "budi@localhost",
      "budi@example", ".budi@example.com", "budi.@example.com", "bu..di@example.com",
      "budi@@example.com", "budi@-example.com", "budi@example-.com", "budi@example..com",
      "@example.com", "budi@", "budi example.com", "budi@exa mple.com",
      std::string(65, 'a') + "@example.com", "b***@example.com", "budi@example.c",
      "budi@example.123", "budi@example.xx", "budi@example.comm", "budi(at)example.com",
      "budi@example.com.", "a@" + std::string(250, 'b') + ".com", "budi@.example.com", "",
  };
  // clang-format on
  for (const std::string& e : bad) EXPECT_FALSE(IsValidEmail(e)) << e;
  EXPECT_GE(std::size(bad), 25u);
}

TEST(EmailValidator, Helpers) {
  EXPECT_TRUE(HasPublicTld("example.co.id"));
  EXPECT_TRUE(HasPublicTld("EXAMPLE.COM"));
  EXPECT_FALSE(HasPublicTld("example.test"));
  EXPECT_FALSE(HasPublicTld("localhost"));
  EXPECT_TRUE(IsRoleLocalPart("CS"));
  EXPECT_FALSE(IsRoleLocalPart("budi"));
  EXPECT_TRUE(IsRoleLocalPart("fightfraud"));
  EXPECT_TRUE(IsFreeMailDomain("GMail"));
  EXPECT_FALSE(IsFreeMailDomain("fairlend"));
  EXPECT_EQ(DeobfuscateEmail("Budi [at] Example [dot] com"), "budi@example.com");
  EXPECT_EQ(DeobfuscateEmail("budi(at)example(titik)co(dot)id"), "budi@example.co.id");
}

class EmailDetect : public ::testing::TestWithParam<Case> {};
TEST_P(EmailDetect, FindsExactly) { ExpectCase(GetParam()); }

const std::string kB = "b***@example.com";

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, EmailDetect, ::testing::Values(
    // A free mail provider named in the text does not make the address a company's.
    Case{"Gmail: <<budi.santoso@gmail.com>>", {{T::kEmail, C::kHigh, "b***@gmail.com"}}},
    Case{"email <<budi.santoso@example.com>>", {{T::kEmail, C::kHigh, kB}}},
    Case{"<<Budi.Santoso@Example.co.id>>", {{T::kEmail, C::kHigh, "B***@Example.co.id"}}},
    Case{"Kirim ke <<budi@example.com>>.", {{T::kEmail, C::kHigh, kB}}},
    Case{"(<<budi@example.com>>)", {{T::kEmail, C::kHigh, kB}}},
    Case{"<mailto:<<budi@example.com>>>", {{T::kEmail, C::kHigh, kB}}},
    Case{"<<budi [at] example [dot] com>>", {{T::kEmail, C::kMedium, kB}}},
    Case{"<<budi(at)example(dot)co(dot)id>>", {{T::kEmail, C::kMedium, "b***@example.co.id"}}},
    Case{"<<budi [ at ] example [ dot ] com>>", {{T::kEmail, C::kMedium, kB}}},
    Case{"<<budi@example.com>>, <<siti@example.org>>",
         {{T::kEmail, C::kHigh, kB}, {T::kEmail, C::kHigh, "s***@example.org"}}},
    Case{"surel: <<budi@example.com>>", {{T::kEmail, C::kHigh, kB}}},
    Case{"e-mail <<budi@example.com>>", {{T::kEmail, C::kHigh, kB}}},
    Case{"<<budi.0812345678@example.com>>", {{T::kEmail, C::kHigh, kB}}},
    Case{"<<3275014601920007@example.com>>", {{T::kEmail, C::kHigh, "3***@example.com"}}},
    Case{"email istri Anda <<siti@example.com>>", {{T::kEmail, C::kHigh, "s***@example.com"}}},
    Case{"EMAIL:<<BUDI@EXAMPLE.COM>>", {{T::kEmail, C::kHigh, "B***@EXAMPLE.COM"}}}));
// clang-format on

class EmailAll : public ::testing::TestWithParam<std::string> {};
TEST_P(EmailAll, IsHigh) {
  const std::string& e = GetParam();
  ExpectCase(Case{"email: <<" + e + ">>", {{T::kEmail, C::kHigh, e.substr(0, 1) + "***" + e.substr(e.find('@'))}}});
}
INSTANTIATE_TEST_SUITE_P(All, EmailAll, ::testing::ValuesIn(ValidEmails()));

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, EmailDetect, ::testing::Values(
    Case{"b***@example.com", {}},
    Case{"bu**@example.com", {}},
    Case{"b\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2@example.com", {}},
    Case{"###@example.com", {}},
    Case{"cs@example.com", {}},
    Case{"info@example.co.id", {}},
    Case{"noreply@example.com", {}},
    // A role inside a compound local part, and an address at a domain the text names.
    Case{"report it to fightfraud@fairlend.ng", {}},
    Case{"write to customersupport@dana.co.id", {}},
    Case{"Only the FairLend App is ours; report others to budi@fairlend.ng", {}},
    Case{"Pengaduan: pengaduan@example.com", {}},
    Case{"email kami: budi@example.com", {}},
    Case{"hubungi kami di budi@example.com", {}},
    Case{"@budisantoso", {}},
    Case{"follow @budi_santoso di IG", {}},
    Case{"budi@example.test", {}},
    Case{"budi@localhost", {}},
    Case{"budi@example", {}},
    Case{"user@host.js", {}},
    Case{"foto@2x.png", {}},
    Case{"budi@example.invalid", {}},
    Case{"budi [at] example", {}},
    Case{"budi at example dot com", {}},
    Case{"cs [at] example [dot] com", {}},
    Case{"budi@-example.com", {}},
    Case{"email: -", {}},
    Case{"user@example.comm", {}},
    Case{"budi@@example.com", {}}));
// clang-format on

TEST(EmailDetect, AllowListIgnoresCase) {
  PiiOptions options;
  options.allow = {"Tagihan@Example.com"};
  ExpectCase(Case{"Balas ke tagihan@example.com atau tagihan [at] example [dot] com", {}}, options);
  ExpectCase(Case{"Balas ke <<budi@example.com>>", {{T::kEmail, C::kHigh, kB}}}, options);
}

}  // namespace
}  // namespace santun::pii
