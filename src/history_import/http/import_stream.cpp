#include "history_import/http/import_stream.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "history_import/http/sheet_source.hpp"
#include "kernel/error.hpp"
#include "platform/http/problem.hpp"

namespace samordna::http {
namespace {

constexpr int kMaxRunning = 2;

struct Stopped : std::runtime_error {
  Stopped() : std::runtime_error("the server is stopping") {}
};

// The rows of a file, counted as the import reads them; reading ends (by an exception) when the server stops.
class CountedRows final : public core::RowSource {
 public:
  CountedRows(const core::RowSource& rows, std::atomic<int>& count, const std::atomic<bool>& stopping)
      : rows_(rows), count_(count), stopping_(stopping) {}
  core::Result<void> read(const core::ImportRowVisitor& visit) const override {
    return rows_.read([this, &visit](int row, const std::vector<std::string>& cells) {
      if (stopping_.load(std::memory_order_relaxed)) throw Stopped();
      count_.fetch_add(1, std::memory_order_relaxed);
      return visit(row, cells);
    });
  }

 private:
  const core::RowSource& rows_;
  std::atomic<int>& count_;
  const std::atomic<bool>& stopping_;
};

// One streamed import, shared by its thread and the response's producer: the file, the rows read so far, and
// the answer once the work ended.
struct ImportRun {
  std::string file;
  std::atomic<int> rows{0};
  std::mutex mutex;
  std::condition_variable ended;
  bool done = false;
  Response answer;
  bool begun = false;     // the first line went out (touched by the producer only)
  bool answered = false;  // the last line went out (touched by the producer only)
};

std::string last_line(const Response& answer) {
  // Every answer of the import routes is a JSON document (a report or a problem).
  return "{\"status\":" + std::to_string(answer.status) +
         ",\"answer\":" + (answer.body.empty() ? "null" : answer.body) + "}\n";
}

}  // namespace

bool wants_import_progress(const Request& request) {
  return request.header("accept").find("application/x-ndjson") != std::string::npos;
}

void ImportRunner::stop() {
  stopping_ = true;
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [this] { return running_ == 0; });
}

void ImportRunner::finished() {
  // The last thing a thread does with the runner: once the lock is released, the runner may be gone.
  std::lock_guard lock(mutex_);
  --running_;
  idle_.notify_all();
}

Response ImportRunner::start(std::string file, Work work) {
  {
    std::lock_guard lock(mutex_);
    if (running_ >= kMaxRunning || stopping_) {
      Response busy = problem(429, "imports_busy");
      busy.headers.emplace_back("Retry-After", "5");
      return busy;
    }
    ++running_;
  }
  auto run = std::make_shared<ImportRun>();
  run->file = std::move(file);
  std::thread worker;
  try {
    worker = std::thread([this, run, work = std::move(work)] {
      Response answer;
      try {
        const SheetSource sheet(run->file);
        const CountedRows counted(sheet, run->rows, stopping_);
        answer = work(counted);
      } catch (const Stopped&) {
        answer = problem(503, "server_stopping");
      } catch (const core::Unavailable& e) {
        spdlog::warn("busy: import: {}", e.what());
        answer = problem(503, e.code());
      } catch (const std::exception& e) {
        spdlog::error("unhandled error in an import: {}", e.what());
        answer = problem(500, "internal_error");
      }
      {
        std::lock_guard lock(run->mutex);
        run->answer = std::move(answer);
        run->done = true;
      }
      run->ended.notify_all();
      finished();
    });
  } catch (const std::system_error& e) {
    // No thread to be had: its place is given back, or every later import would be busy for good.
    spdlog::error("no thread for an import: {}", e.what());
    finished();
    Response busy = problem(503, "server_busy");
    busy.headers.emplace_back("Retry-After", "5");
    return busy;
  }
  worker.detach();

  Response r{200, "application/x-ndjson", {}, {{"Cache-Control", "no-store"}}, {}};
  r.stream = [run]() -> std::string {
    if (run->answered) return "";
    if (!run->begun) {
      run->begun = true;  // a first line at once: the client sees the import has started
      return "{\"rowsRead\":0}\n";
    }
    std::unique_lock lock(run->mutex);
    if (run->ended.wait_for(lock, std::chrono::milliseconds(250), [&] { return run->done; })) {
      run->answered = true;
      return last_line(run->answer);
    }
    return "{\"rowsRead\":" + std::to_string(run->rows.load(std::memory_order_relaxed)) + "}\n";
  };
  return r;
}

}  // namespace samordna::http
