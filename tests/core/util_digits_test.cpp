// Decimal integers as printf's %d and %0Nd write them (util/digits.h), which date values and labels rely on.
#include <gtest/gtest.h>

#include "util/digits.h"

namespace newsmark::util {
namespace {

TEST(Digits, PaddedWritesWhatPrintfWould) {
  struct Case {
    long v;
    int width;
    const char* want;
  };
  const Case cases[] = {{5, 4, "0005"}, {2022, 4, "2022"}, {12345, 4, "12345"}, {7, 2, "07"}, {0, 0, "0"},
                        {0, 3, "000"}, {-5, 4, "-005"}, {-12345, 2, "-12345"}, {202, 3, "202"}};
  for (const auto& c : cases) EXPECT_EQ(padded(c.v, c.width), c.want) << c.v << " at " << c.width;
}

TEST(Digits, AppendPaddedAddsToWhatIsThere) {
  std::string s = "2022-W";
  EXPECT_EQ(append_padded(s, 2, 2), "2022-W02");
}

}  // namespace
}  // namespace newsmark::util
