// The documents of a run, read in order (JSON lines on standard input, or plain-text files and folders), and the work
// done on each: analysis and formatting, which may run on any thread.
#pragma once
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "args.h"

namespace newsmark::cli {

struct Item {
  bool is_file = false;
  long line = 0;      // JSON lines: the line's number, from 1
  std::string name;   // files: the path, which is the document's id
  std::string bytes;  // the line, or the file's content
  bool unreadable = false;
};

struct Result {
  std::string text;  // what to write, possibly nothing (a document without quotes in csv or md)
  bool failed = false;
  std::uint64_t input_bytes = 0;
};

// Reads the next document; false at the end. Folders are listed when reached: their *.txt files, recursively, each
// folder's entries sorted by name (bytewise).
class Reader {
 public:
  Reader(std::istream& in, std::vector<std::string> inputs);
  bool next(Item& item);
  // The total input size when it is known up front (files, or standard input redirected from a file); else 0.
  std::uint64_t known_size() const { return known_size_; }

 private:
  std::istream& in_;
  bool from_stdin_;
  std::vector<std::string> pending_;  // files and folders still to read, the next one last
  long line_ = 0;
  std::uint64_t known_size_ = 0;
};

Result process(const Item& item, const Args& args);

}  // namespace newsmark::cli
