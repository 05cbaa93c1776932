#include "kernel/csv.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(Csv, ParsesQuotedFieldsBomAndCrlf) {
  auto t = parse_csv(
      "\xEF\xBB\xBF"
      "a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"multi\nline\"\n3,\n",
      nullptr);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(t->rows.size(), 3U);
  EXPECT_EQ(t->rows[0].fields[1], "x, \"y\"");
  EXPECT_EQ(t->rows[0].line, 2);
  EXPECT_EQ(t->rows[1].fields[1], "multi\nline");
  EXPECT_EQ(t->rows[1].line, 4);
  EXPECT_EQ(t->rows[2].line, 6);
  EXPECT_EQ(t->rows[2].fields, (std::vector<std::string>{"3", ""}));
}

TEST(Csv, ReportsUnclosedQuoteLine) {
  int line = 0;
  EXPECT_FALSE(parse_csv("a\n1\n\"oops\n", &line));
  EXPECT_EQ(line, 3);
}

}  // namespace
}  // namespace samordna::core
