// A progress line on standard error (documents, MB/s, errors, ETA when the input size is known), redrawn at most
// four times a second, and only when standard error is a terminal: logs and pipes never see it.
#pragma once
#include <chrono>
#include <cstdint>

namespace newsmark::cli {

class Progress {
 public:
  explicit Progress(std::uint64_t total_bytes);
  void add(std::uint64_t bytes, bool failed);
  void finish();

 private:
  void draw();
  bool on_ = false;
  std::uint64_t total_, bytes_ = 0, documents_ = 0, errors_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace newsmark::cli
