// Reads the data files' shared format: one record per line, fields split by tabs, '#' comments and blank lines skipped.
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

namespace newsmark::util {

template <typename F>
void for_each_record(std::string_view data, F&& f) {
  std::vector<std::string_view> fields;
  while (!data.empty()) {
    const auto nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    for (std::size_t start = 0;;) {
      const auto tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    f(fields);
  }
}

// An upper bound on the records of data (its lines), for sizing the tables a list is read into.
inline std::size_t count_lines(std::string_view data) {
  return 1 + static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n'));
}

// Calls f for each comma-separated item of a field ("said,says,saying"); empty items are skipped.
template <typename F>
void for_each_item(std::string_view field, F&& f) {
  while (!field.empty()) {
    const auto comma = field.find(',');
    if (comma != 0) f(field.substr(0, comma));
    field = comma == std::string_view::npos ? std::string_view{} : field.substr(comma + 1);
  }
}

}  // namespace newsmark::util
