#include "ordered.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace newsmark::cli {

namespace {

struct Slot {
  Item item;
  Result result;
  bool done = false;
};

}  // namespace

void run_ordered(Reader& reader, int jobs, const std::function<Result(const Item&)>& work,
                 const std::function<void(const Result&)>& emit) {
  if (jobs <= 1) {
    for (Item item; reader.next(item);) emit(work(item));
    return;
  }
  // Documents read, taken by a worker and written are counted by read, taken and written; document i sits in
  // slots[i % window] from being read until it is written.
  const std::size_t window = static_cast<std::size_t>(jobs) * 4;
  std::vector<Slot> slots(window);
  std::size_t read = 0, taken = 0, written = 0;
  bool finished = false;
  std::mutex m;
  std::condition_variable work_ready, result_ready;

  std::vector<std::thread> workers;
  for (int j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      std::unique_lock lock(m);
      for (;;) {
        work_ready.wait(lock, [&] { return taken < read || finished; });
        if (taken == read) return;
        Slot& slot = slots[taken++ % window];
        lock.unlock();
        Result r = work(slot.item);
        lock.lock();
        slot.result = std::move(r);
        slot.done = true;
        result_ready.notify_all();
      }
    });
  }
  // Writes the next result, waiting for it; the lock is not held while writing.
  const auto write_next = [&](std::unique_lock<std::mutex>& lock) {
    Slot& slot = slots[written % window];
    result_ready.wait(lock, [&] { return slot.done; });
    Result r = std::move(slot.result);
    slot = Slot{};
    ++written;
    lock.unlock();
    emit(r);
    lock.lock();
  };

  Item item;
  std::unique_lock lock(m);
  for (;;) {
    lock.unlock();
    const bool more = reader.next(item);
    lock.lock();
    if (!more) break;
    while (read - written >= window) write_next(lock);
    slots[read++ % window].item = std::move(item);
    work_ready.notify_one();
    while (written < read && slots[written % window].done) write_next(lock);
  }
  finished = true;
  work_ready.notify_all();
  while (written < read) write_next(lock);
  lock.unlock();
  for (auto& w : workers) w.join();
}

}  // namespace newsmark::cli
