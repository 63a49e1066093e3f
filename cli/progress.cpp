#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace newsmark::cli {

using Clock = std::chrono::steady_clock;

Progress::Progress(std::uint64_t total_bytes)
    : on_(isatty(STDERR_FILENO) == 1), total_(total_bytes), start_(Clock::now()), last_(start_) {}

void Progress::add(std::uint64_t bytes, bool failed) {
  bytes_ += bytes;
  ++documents_;
  errors_ += failed;
  if (on_ && Clock::now() - last_ > std::chrono::milliseconds(250)) draw();
}

void Progress::draw() {
  last_ = Clock::now();
  const double seconds = std::chrono::duration<double>(last_ - start_).count();
  const double mb = bytes_ / 1e6, rate = seconds > 0 ? mb / seconds : 0;
  std::fprintf(stderr, "\rnewsmark: %llu documents, %.1f MB, %.1f MB/s, %llu errors",
               static_cast<unsigned long long>(documents_), mb, rate, static_cast<unsigned long long>(errors_));
  if (total_ > bytes_ && rate > 0) {
    const auto eta = static_cast<long long>((total_ - bytes_) / 1e6 / rate);
    std::fprintf(stderr, ", ETA %lld:%02lld", eta / 60, eta % 60);
  }
  std::fputs("\x1b[K", stderr);  // clears what a longer previous line left
}

void Progress::finish() {
  if (!on_) return;
  draw();
  std::fputc('\n', stderr);
}

}  // namespace newsmark::cli
