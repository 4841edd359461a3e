// Hostile input (issue 18 items 12 and 14) through the real `santun lsp`:
// bounded header lines and Content-Length, an answer to batches and
// non-object messages, content that is not JSON is not echoed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/lsp_frames.h"
#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

TEST(HostileLsp, AHeaderLineOver8KiBIsAUsageErrorNotAnAllocation) {
  // 1 MiB of header without a line break: rejected after 8 KiB.
  const RunOutput r = RunSantun({"lsp", "--isolated"}, "X-Junk: " + std::string(1u << 20, 'a'));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: lsp: header line longer than 8192 bytes\n");
  EXPECT_EQ(r.out, "");
}

TEST(HostileLsp, AContentLengthOverTheLimitIsSkippedWithAnErrorAndTheSessionGoesOn) {
  const std::string big =
      Json{{"jsonrpc", "2.0"}, {"id", 9}, {"method", "x"}, {"params", std::string(5000, 'a')}}.dump();
  const RunOutput r = RunSantun({"lsp", "--isolated", "--max-content-length", "4096"},
                                Frames({LspInitialize()}) + Frame(big) + Frames({LspShutdown(2), LspExit()}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "santun: error: lsp: message of " + std::to_string(big.size()) +
                       " bytes is over the limit of 4096 bytes (--max-content-length); skipped\n");
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 2u) << r.out;
  EXPECT_EQ(out[1], (Json{{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}}));
}

TEST(HostileLsp, AHugeContentLengthThatNeverArrivesEndsTheSessionWithoutAllocatingIt) {
  // 60 GB declared, 10 bytes sent: the input ends inside the message (exit 1:
  // no shutdown), after the initialize answer; nothing is allocated for it.
  const RunOutput r = RunSantun({"lsp", "--isolated", "--max-content-length", "100000000000"},
                                Frames({LspInitialize()}) + "Content-Length: 60000000000\r\n\r\n{\"id\": 1,");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(Unframe(r.out).size(), 1u) << r.out;
}

TEST(HostileLsp, BatchesAndNonObjectsGetAnInvalidRequestError) {
  const std::string batch = Json::array({Json{{"jsonrpc", "2.0"}, {"id", 5}, {"method", "shutdown"}}}).dump();
  const RunOutput r =
      RunSantun({"lsp", "--isolated"}, Frames({LspInitialize()}) + Frame(batch) + Frame("42") +
                                           Frame("{\"jsonrpc\": \"2.0\"}") + Frames({LspShutdown(2), LspExit()}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 5u) << r.out;
  for (size_t i = 1; i <= 3; ++i) {
    EXPECT_EQ(out[i].at("id"), nullptr) << out[i].dump();
    EXPECT_EQ(out[i].at("error").at("code"), -32600) << out[i].dump();
  }
  EXPECT_EQ(out[1].at("error").at("message"), "batches (JSON arrays) are not supported");
  EXPECT_EQ(out[4].at("id"), 2);
}

TEST(HostileLsp, ContentThatIsNotJsonIsNotEchoed) {
  const RunOutput r = RunSantun({"lsp", "--isolated"}, Frames({LspInitialize()}) + Frame("{NIK 3275014601920007") +
                                                           Frames({LspShutdown(2), LspExit()}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("3275014601920007"), std::string::npos) << r.out;
  const std::vector<Json> out = Unframe(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].at("error").at("message"), "content is not JSON: 21 bytes");
}

}  // namespace
}  // namespace santun::testing
