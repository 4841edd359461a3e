#include "stream/line_reader.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace santun {
namespace {

std::vector<std::string> ReadAll(const std::string& data, size_t max_line, std::vector<bool>* long_lines = nullptr) {
  FILE* f = fmemopen(const_cast<char*>(data.data()), data.size(), "rb");
  if (data.empty()) f = std::fopen("/dev/null", "rb");
  LineReader reader(f, max_line);
  std::vector<std::string> lines;
  std::string line;
  bool too_long = false;
  while (reader.Next(&line, &too_long)) {
    lines.push_back(line);
    if (long_lines) long_lines->push_back(too_long);
    EXPECT_EQ(reader.line_number(), static_cast<int>(lines.size()));
  }
  EXPECT_EQ(reader.error(), 0);
  std::fclose(f);
  return lines;
}

TEST(LineReader, SplitsOnNewlinesAndKeepsALastLineWithoutOne) {
  EXPECT_EQ(ReadAll("a\nbb\n\nccc", 100), (std::vector<std::string>{"a", "bb", "", "ccc"}));
  EXPECT_EQ(ReadAll("a\r\n", 100), (std::vector<std::string>{"a\r"}));
  EXPECT_TRUE(ReadAll("", 100).empty());
}

TEST(LineReader, LinesLongerThanTheBufferAreJoined) {
  const std::string big(200000, 'x');
  EXPECT_EQ(ReadAll(big + "\nok\n", 1 << 20), (std::vector<std::string>{big, "ok"}));
}

TEST(LineReader, TooLongLinesAreSkippedToTheirEnd) {
  std::vector<bool> too_long;
  const std::string big(150000, 'y');
  EXPECT_EQ(ReadAll("short\n" + big + "\nnext\n", 1000, &too_long), (std::vector<std::string>{"short", "", "next"}));
  EXPECT_EQ(too_long, (std::vector<bool>{false, true, false}));
}

}  // namespace
}  // namespace santun
