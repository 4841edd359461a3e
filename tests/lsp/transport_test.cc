#include "lsp/transport.h"

#include <gtest/gtest.h>

#include <sstream>

namespace santun::lsp {
namespace {

TEST(LspTransport, ReadsMessagesOneAfterAnother) {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
      "content-length: 7\r\n\r\n[1,2,3]");
  std::string body, error;
  ASSERT_EQ(ReadMessage(in, &body, &error), ReadStatus::kMessage);
  EXPECT_EQ(body, "{}");
  ASSERT_EQ(ReadMessage(in, &body, &error), ReadStatus::kMessage);  // header names ignore case
  EXPECT_EQ(body, "[1,2,3]");
  EXPECT_EQ(ReadMessage(in, &body, &error), ReadStatus::kEnd);
}

TEST(LspTransport, ContentIsCountedInBytesNotCharacters) {
  std::istringstream in("Content-Length: 6\n\n\"\xC3\xA9\xC3\xA9\"");  // bare \n accepted; two 2-byte characters
  std::string body, error;
  ASSERT_EQ(ReadMessage(in, &body, &error), ReadStatus::kMessage);
  EXPECT_EQ(body, "\"\xC3\xA9\xC3\xA9\"");
}

TEST(LspTransport, BrokenHeadersAndTruncatedContent) {
  std::string body, error;
  std::istringstream no_length("Content-Type: x\r\n\r\n{}");
  EXPECT_EQ(ReadMessage(no_length, &body, &error), ReadStatus::kBadHeader);
  EXPECT_EQ(error, "message without a Content-Length header");
  std::istringstream bad_length("Content-Length: 12abc\r\n\r\n");
  EXPECT_EQ(ReadMessage(bad_length, &body, &error), ReadStatus::kBadHeader);
  EXPECT_EQ(error, "bad Content-Length '12abc'");
  // A length over the limit is skipped as it arrives; one that never
  // arrives ends the stream inside the message.
  std::istringstream huge("Content-Length: 99999999999\r\n\r\n");
  EXPECT_EQ(ReadMessage(huge, &body, &error), ReadStatus::kTruncated);
  std::istringstream over("Content-Length: 7\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}");
  EXPECT_EQ(ReadMessage(over, &body, &error, 5), ReadStatus::kTooLarge);
  EXPECT_EQ(error, "message of 7 bytes is over the limit of 5 bytes (--max-content-length); skipped");
  EXPECT_EQ(body, "");
  EXPECT_EQ(ReadMessage(over, &body, &error, 5), ReadStatus::kMessage);  // still in step
  EXPECT_EQ(body, "{}");
  std::istringstream long_line("X: " + std::string(kMaxHeaderLine, 'a') + "\r\n\r\n");
  EXPECT_EQ(ReadMessage(long_line, &body, &error), ReadStatus::kBadHeader);
  EXPECT_EQ(error, "header line longer than 8192 bytes");
  std::istringstream no_colon("hello\r\n\r\n");
  EXPECT_EQ(ReadMessage(no_colon, &body, &error), ReadStatus::kBadHeader);
  EXPECT_EQ(error, "header line without ':': 'hello'");
  std::istringstream short_body("Content-Length: 10\r\n\r\n{}");
  EXPECT_EQ(ReadMessage(short_body, &body, &error), ReadStatus::kTruncated);
  std::istringstream header_only("Content-Length: 10\r\n");
  EXPECT_EQ(ReadMessage(header_only, &body, &error), ReadStatus::kTruncated);
}

TEST(LspTransport, WritesTheLengthInBytes) {
  std::ostringstream out;
  WriteMessage(out, nlohmann::json{{"m", "\xC3\xA9"}});
  EXPECT_EQ(out.str(), "Content-Length: 10\r\n\r\n{\"m\":\"\xC3\xA9\"}");
}

}  // namespace
}  // namespace santun::lsp
