// santun check --input jsonl: one message per line, streamed through worker
// threads, results in input order, malformed lines reported and skipped.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run.h"

namespace santun::testing {
namespace {

using Json = nlohmann::json;

std::vector<Json> Records(const std::string& out) {
  std::vector<Json> records;
  size_t start = 0;
  for (size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1) {
    records.push_back(Json::parse(out.substr(start, nl - start)));
  }
  EXPECT_EQ(start, out.size()) << "output must end with a newline";
  return records;
}

// n records whose work differs a lot (long and short texts, hits and none),
// so that with several workers results finish out of order.
std::string Generate(int n) {
  static const char* kTexts[] = {
      "Dasar p3n1pu, bayar sekarang juga!",
      "Yth. Bapak Budi, tagihan Anda dari PT Dana Kilat Rp 1.500.000 jatuh tempo 20 Desember 2026. Terima kasih.",
      "Bayar hari ini!!! Kami akan lapor polisi.",
      "You are a thief. Pay now!",
  };
  std::string in;
  for (int i = 1; i <= n; ++i) {
    std::string text = kTexts[i % 4];
    if (i % 13 == 0) {
      for (int k = 0; k < 200; ++k) text += " Mohon segera diselesaikan sesuai kesepakatan.";
    }
    in += Json{{"id", "m" + std::to_string(i)}, {"text", text}}.dump() + "\n";
  }
  return in;
}

TEST(JsonlInputCli, KeepsInputOrderWithTwoJobs) {
  const int n = 3000;
  const std::string input = Generate(n);
  RunOutput r = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"}, input);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<Json> records = Records(r.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    ASSERT_EQ(records[i]["id"], "m" + std::to_string(i + 1)) << "record " << i;
    ASSERT_EQ(records[i]["path"], "-");
  }
  EXPECT_EQ(records[0]["diagnostics"].size(), 0u);  // m1 is the polite letter
  // Same bytes with one job and with four: the result does not depend on scheduling.
  RunOutput one = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-"}, input);
  RunOutput four = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "-j", "4", "-"}, input);
  EXPECT_EQ(one.out, r.out);
  EXPECT_EQ(four.out, r.out);
}

TEST(JsonlInputCli, MalformedLinesGiveErrorRecordsAndTheRunGoesOn) {
  std::string input;
  for (int i = 1; i <= 9; ++i) {
    if (i == 4) {
      input += "{\"id\": \"m4\", \"text\": \n";  // truncated JSON
    } else if (i == 5) {
      input += "{\"id\": \"m5\", \"text\": 42}\n";  // text not a string
    } else if (i == 6) {
      input += "{\"id\": \"m6\", \"text\": \"Dasar \xFF penipu\"}\n";  // invalid UTF-8
    } else if (i == 7) {
      input += "{\"id\": \"m7\"}\n";  // no text
    } else {
      input += "{\"id\": \"m" + std::to_string(i) + "\", \"text\": \"Dasar penipu!\"}\n";
    }
  }
  RunOutput r = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"}, input);
  EXPECT_EQ(r.exit_code, 3);
  std::vector<Json> records = Records(r.out);
  ASSERT_EQ(records.size(), 9u);
  EXPECT_EQ(records[3], Json::parse(R"({"id":null,"path":"-","line":4,"error":"line 4: invalid JSON at byte 21"})"));
  EXPECT_EQ(records[4], Json::parse(R"({"id":"m5","path":"-","line":5,"error":"line 5: 'text' must be a string"})"));
  EXPECT_EQ(records[5], Json::parse(R"({"id":"m6","path":"-","line":6,"error":"line 6: invalid UTF-8 at byte 28"})"));
  EXPECT_EQ(records[6], Json::parse(R"({"id":"m7","path":"-","line":7,"error":"line 7: missing 'text'"})"));
  for (int i : {0, 1, 2, 7, 8}) {
    EXPECT_EQ(records[i]["id"], "m" + std::to_string(i + 1));
    EXPECT_EQ(records[i]["diagnostics"][0]["rule"], "abuse.accusation");
  }
  EXPECT_EQ(r.err,
            "santun: error: -:4: invalid JSON at byte 21\n"
            "santun: error: -:5: 'text' must be a string\n"
            "santun: error: -:6: invalid UTF-8 at byte 28\n"
            "santun: error: -:7: missing 'text'\n");
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/out.jsonl", r.out);
  RunOutput v = RunShell(
      "/usr/bin/python3 tests/validate_json.py docs/jsonl-schema.json --ref docs/json-schema.json "
      "--lines " +
      dir + "/out.jsonl");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

// A record over its time budget (0 ms: every record, whatever the machine's
// speed) becomes an error record naming its line and id; the records after
// it are still read and reported, and the run exits 3 (an input problem).
// santun.toml's time-budget-ms sets the budget when --time-budget does not.
TEST(JsonlInputCli, RecordsOverTheTimeBudgetGiveErrorRecordsAndTheRunGoesOn) {
  const std::string input =
      "{\"id\": \"m1\", \"text\": \"Dasar penipu!\"}\n{\"id\": \"m2\", \"text\": \"Dasar penipu!\"}\n";
  RunOutput r = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "--time-budget", "0", "-"}, input);
  EXPECT_EQ(r.exit_code, 3);
  std::vector<Json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0],
            Json::parse(R"j({"id":"m1","path":"-","line":1,"error":"line 1: time budget exceeded (0 ms)"})j"));
  EXPECT_EQ(records[1],
            Json::parse(R"j({"id":"m2","path":"-","line":2,"error":"line 2: time budget exceeded (0 ms)"})j"));
  EXPECT_EQ(r.err,
            "santun: error: -:1: time budget exceeded (0 ms)\n"
            "santun: error: -:2: time budget exceeded (0 ms)\n");

  const std::string dir = MakeTempDir();
  WriteFile(dir + "/santun.toml", "time-budget-ms = 0\n");
  RunOutput t = RunSantun(
      {"check", "--config", dir + "/santun.toml", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-"}, input);
  EXPECT_EQ(t.out, r.out);
  EXPECT_EQ(t.exit_code, 3);

  // The default budget (2 s) passes these short records.
  RunOutput d = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "-"}, input);
  EXPECT_EQ(d.exit_code, 1);
  for (const Json& rec : Records(d.out)) EXPECT_EQ(rec["diagnostics"][0]["rule"], "abuse.accusation");
}

TEST(JsonlInputCli, Golden) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Dasar penipu, bayar sekarang juga!\"}\n"
      "\n"
      "{\"id\": 2, \"text\": \"Dasar penipu!\", \"lang\": \"en\"}\n"
      "{\"id\": \"c\", \"text\": \"You are a thief!!!\", \"channel\": \"sms\", \"mode\": \"send\"}\n"
      "{\"id\": \"d\", \"text\": \"x\", \"lang\": \"fr\"}\n"
      "not json\n"
      "{\"text\": \"Terima kasih atas pembayaran Anda.\", \"extra\": [1, 2]}";  // no final newline
  RunOutput r =
      RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "--stdin-filename", "batch.jsonl", "-"}, input);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(CheckGolden("check_input.jsonl", r.out), "");
  std::vector<Json> records = Records(r.out);
  ASSERT_EQ(records.size(), 6u);   // the blank line is skipped
  EXPECT_EQ(records[1]["id"], 2);  // a numeric id stays a number
  EXPECT_EQ(records[1]["lang"], "en");
  EXPECT_TRUE(records[1]["diagnostics"].empty());  // "penipu" is not an English word
  EXPECT_EQ(records[3]["line"], 5);
  EXPECT_EQ(records[4]["line"], 6);
  EXPECT_TRUE(records[5]["id"].is_null());
  EXPECT_EQ(records[5]["path"], "batch.jsonl");
}

TEST(JsonlInputCli, OtherFormatsCollectTheRecords) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Dasar penipu!\"}\n{\"id\": \"b\", \"text\": 1}\n{\"id\": \"c\", \"text\": "
      "\"Ok.\"}\n";
  RunOutput human = RunSantun({"check", "--input", "jsonl", "-"}, input);
  EXPECT_EQ(human.exit_code, 3);
  EXPECT_NE(human.out.find("-#a:1:7: error[abuse.accusation]"), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("in 2 messages."), std::string::npos);

  RunOutput json = RunSantun({"check", "--input", "jsonl", "--format", "json", "-"}, input);
  Json doc = Json::parse(json.out);
  EXPECT_EQ(doc["files"][0]["messages"].size(), 2u);
  EXPECT_EQ(doc["files"][0]["messages"][1]["id"], "c");
  EXPECT_EQ(doc["errors"][0]["line"], 2);
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/out.json", json.out);
  RunOutput v = RunShell("/usr/bin/python3 tests/validate_json.py docs/json-schema.json " + dir + "/out.json");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;

  RunOutput sarif = RunSantun({"check", "--input", "jsonl", "--format", "sarif", "-"}, input);
  WriteFile(dir + "/out.sarif", sarif.out);
  v = RunShell("/usr/bin/python3 tests/validate_json.py tests/schemas/sarif-schema-2.1.0.json " + dir + "/out.sarif");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  Json log = Json::parse(sarif.out);
  const Json& result = log["runs"][0]["results"][0];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"], Json::parse(R"({"startLine": 1})"));
  EXPECT_EQ(result["locations"][0]["logicalLocations"][0]["name"], "a");
  EXPECT_EQ(result["properties"]["textRegion"]["startColumn"], 7);

  RunOutput github = RunSantun({"check", "--input", "jsonl", "--format", "github", "-"}, input);
  EXPECT_NE(github.out.find("::error file=-,line=1,title=abuse.accusation::[a] tuduhan 'penipu'"), std::string::npos)
      << github.out;
  EXPECT_NE(github.out.find("::error file=-,line=2,title=santun::-:2: 'text' must be a string\n"), std::string::npos);
}

TEST(JsonlInputCli, FilesLongLinesAndUnreadableInputs) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/a.jsonl", "{\"id\": \"a1\", \"text\": \"Dasar penipu!\"}\n");
  std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(17u << 20, 'x') + "\"}\n";
  WriteFile(dir + "/b.jsonl", big + "{\"id\": \"b2\", \"text\": \"Terima kasih.\"}\n");
  RunOutput r =
      RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "a.jsonl", "missing.jsonl", "b.jsonl"}, "", dir);
  EXPECT_EQ(r.exit_code, 3);
  std::vector<Json> records = Records(r.out);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0]["id"], "a1");
  EXPECT_EQ(records[0]["path"], "a.jsonl");
  EXPECT_EQ(records[1],
            Json::parse(R"({"id":null,"path":"missing.jsonl","error":"cannot read: No such file or directory"})"));
  EXPECT_EQ(
      records[2],
      Json::parse(R"j({"id":null,"path":"b.jsonl","line":1,"error":"line 1: line too long (more than 16 MiB)"})j"));
  EXPECT_EQ(records[3]["id"], "b2");
}

TEST(JsonlInputCli, ResultsComeOutWhileTheInputIsStillOpen) {
  // The first record's result must reach the consumer long before the
  // producer sends the second one two seconds later (no buffering until EOF).
  RunOutput r = RunShell(
      "start=$(date +%s%N); "
      "{ printf '{\"id\":\"a\",\"text\":\"Dasar penipu\"}\\n'; sleep 2; "
      "printf '{\"id\":\"b\",\"text\":\"Ok\"}\\n'; } | " +
      std::string(SANTUN_BINARY) +
      " check --input jsonl --format jsonl --jobs 2 - | "
      "{ IFS= read -r first; now=$(date +%s%N); echo $(( (now - start) / 1000000 )); echo \"$first\" | cut -c1-12; "
      "cat > /dev/null; }");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const int first_ms = std::stoi(r.out);
  EXPECT_LT(first_ms, 1500) << r.out;
  EXPECT_NE(r.out.find("{\"id\":\"a\""), std::string::npos) << r.out;
}

TEST(JsonlInputCli, CleanInputExitsZeroAndEmptyInputPrintsNothing) {
  RunOutput clean = RunSantun({"check", "--input", "jsonl", "--format", "jsonl", "-"},
                              "{\"id\": \"x\", \"text\": \"Terima kasih atas pembayaran Anda.\"}\n");
  EXPECT_EQ(clean.exit_code, 0);
  RunOutput empty = RunShell(std::string(SANTUN_BINARY) + " check --input jsonl --format jsonl - < /dev/null");
  EXPECT_EQ(empty.exit_code, 0);
  EXPECT_EQ(empty.out, "");
}

}  // namespace
}  // namespace santun::testing
