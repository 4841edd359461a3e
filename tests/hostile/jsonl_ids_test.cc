// Hostile input (issue 18 item 14): a JSONL record's numeric id comes back
// as a number, not as a string, in every output that echoes it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

TEST(HostileJsonl, NumericIdsStayNumbersInEveryJsonOutput) {
  const std::string input =
      "{\"id\": 17, \"text\": \"Dasar penipu!\"}\n"
      "{\"id\": \"17\", \"text\": \"Dasar penipu!\"}\n"
      "{\"id\": 18, \"text\": 5}\n"
      "{\"id\": 2.5, \"text\": \"Halo\"}\n";
  const RunOutput jsonl = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "-"}, input);
  EXPECT_EQ(jsonl.exit_code, 3) << jsonl.err;
  std::vector<Json> records;
  for (size_t at = 0, nl; (nl = jsonl.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    records.push_back(Json::parse(jsonl.out.substr(at, nl - at)));
  }
  ASSERT_EQ(records.size(), 4u) << jsonl.out;
  EXPECT_EQ(records[0].at("id"), Json(17));
  EXPECT_TRUE(records[0].at("id").is_number_integer());
  EXPECT_EQ(records[1].at("id"), Json("17"));
  EXPECT_EQ(records[2].at("id"), Json(18));  // an error record keeps it too
  EXPECT_TRUE(records[2].contains("error"));
  EXPECT_EQ(records[3].at("id"), Json(2.5));

  const RunOutput json = RunSantun({"check", "--input", "jsonl", "--format", "json", "-"}, input);
  const Json doc = Json::parse(json.out);
  const Json& messages = doc.at("files").at(0).at("messages");
  ASSERT_EQ(messages.size(), 3u) << json.out;
  EXPECT_EQ(messages[0].at("id"), Json(17));
  EXPECT_EQ(messages[1].at("id"), Json("17"));
  EXPECT_EQ(messages[2].at("id"), Json(2.5));

  // Human output names the record by the same text.
  const RunOutput human = RunSantun({"check", "--input", "jsonl", "-"}, input);
  EXPECT_NE(human.out.find("-#17:1:"), std::string::npos) << human.out;
}

}  // namespace
}  // namespace santun::testing
