#include "util/sort_by.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct Item {
  uint32_t key;
  std::string name;
};

std::vector<std::string> names(const std::vector<Item>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.name);
  return out;
}

TEST(StableSortBy, OrdersByKeyAndKeepsEqualKeysInTheirOrder) {
  std::vector<Item> items = {{3, "c1"}, {1, "a1"}, {3, "c2"}, {2, "b"}, {1, "a2"}, {0, "z"}};
  newsmark::util::stable_sort_by(items, [](const Item& i) { return i.key; });
  EXPECT_EQ(names(items), (std::vector<std::string>{"z", "a1", "a2", "b", "c1", "c2"}));
}

TEST(StableSortBy, LeavesSortedAndEmptyVectorsAlone) {
  std::vector<Item> sorted = {{1, "a"}, {1, "b"}, {2, "c"}};
  newsmark::util::stable_sort_by(sorted, [](const Item& i) { return i.key; });
  EXPECT_EQ(names(sorted), (std::vector<std::string>{"a", "b", "c"}));
  std::vector<Item> none;
  newsmark::util::stable_sort_by(none, [](const Item& i) { return i.key; });
  EXPECT_TRUE(none.empty());
}

TEST(StableSortBy, ReversedKeysSortLongestFirst) {
  std::vector<uint32_t> lengths = {2, 5, 1, 5, 3};
  std::vector<uint32_t> order = {0, 1, 2, 3, 4};
  newsmark::util::stable_sort_by(order, [&](uint32_t i) { return UINT32_MAX - lengths[i]; });
  EXPECT_EQ(order, (std::vector<uint32_t>{1, 3, 4, 0, 2}));
}

}  // namespace
