#include "stream/jsonl_record.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

std::string Decode(const std::string& line, JsonlRecord* r) { return DecodeJsonlRecord(line, r); }

TEST(JsonlRecord, ReadsEveryField) {
  JsonlRecord r;
  EXPECT_EQ(Decode(R"({"id":"m1","text":"Halo","lang":"id","send_at":"2026-12-20T09:30:00+07:00",)"
                   R"("channel":"whatsapp","mode":"template","extra":{"x":1}})",
                   &r),
            "");
  EXPECT_EQ(r.id, "m1");
  EXPECT_EQ(r.text, "Halo");
  EXPECT_EQ(r.lang, "id");
  EXPECT_EQ(r.send_at, "2026-12-20T09:30:00+07:00");
  EXPECT_EQ(r.channel, "whatsapp");
  EXPECT_EQ(r.template_mode, true);

  MessageOptions defaults;
  defaults.lang = "en";
  defaults.template_mode = false;
  MessageOptions o = RecordOptions(r, defaults);
  EXPECT_EQ(o.lang, "id");
  EXPECT_TRUE(o.template_mode);
  EXPECT_EQ(o.channel, "whatsapp");
}

TEST(JsonlRecord, ProfileChoosesTheJurisdiction) {
  JsonlRecord r;
  EXPECT_EQ(Decode(R"({"text":"x","profile":"us"})", &r), "");
  EXPECT_EQ(r.profile, "us");
  MessageOptions defaults;
  defaults.profile = "id";
  EXPECT_EQ(RecordOptions(r, defaults).profile, "us");
  EXPECT_EQ(Decode(R"({"text":"x","profile":"uk"})", &r), R"('profile' must be "id", "us", "generic" or "auto")");
}

TEST(JsonlRecord, DecodesAParsedObject) {
  JsonlRecord r;
  EXPECT_EQ(DecodeRecordJson(nlohmann::json::parse(R"({"id":3,"text":"Halo","channel":"sms"})"), &r), "");
  EXPECT_EQ(r.id, "3");
  EXPECT_EQ(r.channel, "sms");
  EXPECT_EQ(DecodeRecordJson(nlohmann::json::parse("[1]"), &r), "a record must be a JSON object");
  EXPECT_EQ(DecodeRecordJson(nlohmann::json::parse(R"({"text":7})"), &r), "'text' must be a string");
}

TEST(JsonlRecord, NumericIdsAndMissingIds) {
  JsonlRecord r;
  EXPECT_EQ(Decode(R"({"id":17,"text":"x","mode":"send"})", &r), "");
  EXPECT_EQ(r.id, "17");
  EXPECT_EQ(r.template_mode, false);
  EXPECT_EQ(Decode(R"({"text":"x"})", &r), "");
  EXPECT_FALSE(r.id);
  EXPECT_EQ(Decode(R"({"id":null,"text":"x"})", &r), "");
  EXPECT_FALSE(r.id);
}

TEST(JsonlRecord, ProblemsKeepTheIdWhenItCanBeRead) {
  JsonlRecord r;
  EXPECT_EQ(Decode(R"({"id":"a"})", &r), "missing 'text'");
  EXPECT_EQ(r.id, "a");
  EXPECT_EQ(Decode(R"({"id":"b","text":5})", &r), "'text' must be a string");
  EXPECT_EQ(r.id, "b");
  EXPECT_EQ(Decode("{\"id\":\"c\",\"text\":\"ab\xFF\"}", &r), "invalid UTF-8 at byte 20");
  EXPECT_EQ(r.id, "c");
  EXPECT_EQ(Decode(R"({"id":"d","text":"a\u0000b"})", &r), "'text' contains a NUL character");
  EXPECT_EQ(Decode(R"({"id":"e","text":"x","lang":"fr"})", &r), "'lang' must be \"id\", \"en\" or \"auto\"");
  EXPECT_EQ(Decode(R"({"id":"f","text":"x","mode":"draft"})", &r), "'mode' must be \"template\" or \"send\"");
  EXPECT_EQ(Decode(R"({"id":"g","text":"x","send_at":5})", &r), "'send_at' must be a string");
  EXPECT_EQ(r.id, "g");
  EXPECT_EQ(Decode(R"({"id":[1],"text":"x"})", &r), "'id' must be a string or a number");
  EXPECT_FALSE(r.id);
}

TEST(JsonlRecord, UnreadableLines) {
  JsonlRecord r;
  EXPECT_EQ(Decode(R"({"id":"a","text":)", &r), "invalid JSON at byte 17");
  EXPECT_FALSE(r.id);
  EXPECT_EQ(Decode(R"(["a"])", &r), "a record must be a JSON object");
  EXPECT_EQ(Decode("{\"id\":\"a\xC0\",\"text\":\"x\"}", &r), "invalid UTF-8 at byte 8");
  EXPECT_EQ(Decode("\xFF{}", &r), "invalid UTF-8 at byte 0");
  EXPECT_EQ(Decode(R"({"id":"a","text":"\ud800"})", &r).rfind("invalid JSON at byte", 0), 0u);
}

}  // namespace
}  // namespace santun
