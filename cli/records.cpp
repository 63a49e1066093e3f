#include "records.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "format.h"
#include "jsonl.h"
#include "newsmark.h"
#include "text/utf8.h"

namespace newsmark::cli {

namespace fs = std::filesystem;

namespace {

// A folder's *.txt files, depth first, each folder's entries in bytewise name order; wasm/cli.mjs lists the same.
void list_folder(const std::string& dir, std::vector<std::string>& out) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) names.push_back(it->path().filename());
  std::sort(names.begin(), names.end());
  const std::string prefix = dir.ends_with('/') ? dir : dir + '/';
  for (const auto& name : names) {
    const std::string path = prefix + name;
    if (fs::is_directory(path, ec)) list_folder(path, out);
    else if (name.ends_with(".txt") && fs::is_regular_file(path, ec)) out.push_back(path);
  }
}

Result analyse(const json& id, std::string_view text, const Options& options, const Args& args) {
  Analysis a;
  const auto status = analyze(text, options, a);
  if (!status.ok()) return {format_error(id, status.code, status.message, args), true};
  // csv and md quote the text itself, so they need the repaired UTF-8 the offsets index.
  if (args.format == Format::Jsonl) return {format_analysis(id, a, text, args), false};
  return {format_analysis(id, a, text::repair_utf8(text), args), false};
}

Result process_line(const Item& item, const Args& args) {
  LineRecord rec = read_line(item.bytes);
  if (!rec.code.empty())
    return {format_error(rec.id, rec.code, "line " + std::to_string(item.line) + rec.message, args), true};
  Options options{rec.has_dct ? rec.dct : args.dct, rec.has_date_order ? rec.date_order : args.date_order};
  return analyse(rec.id, rec.text, options, args);
}

}  // namespace

Reader::Reader(std::istream& in, std::vector<std::string> inputs) : in_(in), from_stdin_(inputs.empty()) {
  std::error_code ec;
  for (const auto& input : inputs) {
    if (fs::is_directory(input, ec)) list_folder(input, pending_);
    else pending_.push_back(input);
  }
  for (const auto& p : pending_) known_size_ += fs::is_regular_file(p, ec) ? fs::file_size(p, ec) : 0;
  struct stat st {};
  if (from_stdin_ && fstat(0, &st) == 0 && S_ISREG(st.st_mode)) known_size_ = static_cast<std::uint64_t>(st.st_size);
  std::reverse(pending_.begin(), pending_.end());
}

bool Reader::next(Item& item) {
  item = Item{};
  if (from_stdin_) {
    if (!std::getline(in_, item.bytes)) return false;
    item.line = ++line_;
    return true;
  }
  if (pending_.empty()) return false;
  item.is_file = true;
  item.name = std::move(pending_.back());
  pending_.pop_back();
  std::error_code ec;
  std::ifstream file(item.name, std::ios::binary);
  if (!file || fs::is_directory(item.name, ec)) item.unreadable = true;
  else item.bytes.assign(std::istreambuf_iterator<char>(file), {});
  item.unreadable = item.unreadable || file.bad();
  return true;
}

Result process(const Item& item, const Args& args) {
  Result r;
  if (!item.is_file) r = process_line(item, args);
  else if (item.unreadable) r = {format_error(item.name, "unreadable", "cannot read " + item.name, args), true};
  else r = analyse(item.name, item.bytes, Options{args.dct, args.date_order}, args);
  r.input_bytes = item.bytes.size() + (item.is_file ? 0 : 1);
  return r;
}

}  // namespace newsmark::cli
