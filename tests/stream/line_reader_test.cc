#include "stream/line_reader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <thread>

namespace santun {
namespace {

std::vector<std::string> ReadAll(const std::string& data, size_t max_line, std::vector<bool>* long_lines = nullptr) {
  FILE* f = std::tmpfile();
  std::fwrite(data.data(), 1, data.size(), f);
  std::fflush(f);
  std::rewind(f);
  LineReader reader(fileno(f), max_line);
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

TEST(LineReader, ALineIsReturnedAsSoonAsItArrivesOnAPipe) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "first\nsec", 9), 9);
  LineReader reader(fds[0], 100);
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(reader.Next(&line, &too_long));  // does not wait for more input
  EXPECT_EQ(line, "first");
  std::thread writer([&] {
    ASSERT_EQ(write(fds[1], "ond\n", 4), 4);
    close(fds[1]);
  });
  ASSERT_TRUE(reader.Next(&line, &too_long));
  EXPECT_EQ(line, "second");
  EXPECT_FALSE(reader.Next(&line, &too_long));
  writer.join();
  close(fds[0]);
}

}  // namespace
}  // namespace santun
