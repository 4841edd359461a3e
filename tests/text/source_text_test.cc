#include "text/source_text.h"

#include <gtest/gtest.h>

namespace santun {
namespace {

TEST(SourceText, PositionsInAsciiText) {
  SourceText s("m.txt", "ab\ncd\r\nef\rgh");
  EXPECT_TRUE(s.is_ascii());
  EXPECT_EQ(s.line_count(), 4u);
  Position p = s.PositionOf(4);  // 'd'
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 2u);
  EXPECT_EQ(s.Line(2), "cd");
  EXPECT_EQ(s.Line(3), "ef");
  EXPECT_EQ(s.PositionOf(10).line, 4u);  // 'g' after a lone \r
  EXPECT_EQ(s.Line(4), "gh");
}

TEST(SourceText, ColumnsInBytesUtf16AndCharacters) {
  // "🙂 é penipu": emoji (4 bytes, 2 UTF-16 units), space, é (2 bytes, 1 unit).
  SourceText s("m.txt", "\xF0\x9F\x99\x82 \xC3\xA9 penipu");
  Position p = s.PositionOf(8);  // 'p'
  EXPECT_EQ(p.offset, 8u);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 9u);
  EXPECT_EQ(p.column_utf16, 6u);
  EXPECT_EQ(p.column_chars, 5u);
}

TEST(SourceText, EndOfTextAndEmptyText) {
  SourceText s("m.txt", "ab\n");
  EXPECT_EQ(s.PositionOf(3).line, 2u);
  EXPECT_EQ(s.PositionOf(3).column, 1u);
  EXPECT_EQ(s.PositionOf(99).offset, 3u);
  SourceText empty("e.txt", "");
  EXPECT_EQ(empty.line_count(), 1u);
  EXPECT_EQ(empty.Line(1), "");
}

}  // namespace
}  // namespace santun
