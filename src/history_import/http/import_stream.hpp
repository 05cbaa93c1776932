#pragma once
// An import's answer streamed while it works, for a client that asks for it (Accept: application/x-ndjson): the
// import runs on a thread of its own while the response sends a line {"rowsRead": N} about four times a second,
// then one last line {"status": S, "answer": {...}} holding the answer the plain request would have had (the report,
// 422 import_refused with it, or a problem). Two imports at a time; a third is 429 imports_busy at once.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>

#include "history_import/ports.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {

// Whether the client asked for the answer as a stream of progress lines.
bool wants_import_progress(const Request& request);

class ImportRunner {
 public:
  using Work = std::function<Response(const core::RowSource& rows)>;
  ImportRunner() = default;
  ImportRunner(const ImportRunner&) = delete;
  ImportRunner& operator=(const ImportRunner&) = delete;
  // Stops every running import where it reads (nothing half-written: a transaction is all or nothing) and waits
  // for them; later imports are busy. The server calls it once it stops serving, before its last writes, so an
  // import's transaction never holds the database then; the destructor too, so none outlives its services.
  void stop();
  ~ImportRunner() { stop(); }

  // Runs `work` over the spreadsheet `file` on a thread of its own, counting the rows it reads, and streams the
  // progress and the answer; 429 imports_busy when two imports run.
  Response start(std::string file, Work work);

 private:
  void finished();
  std::mutex mutex_;
  std::condition_variable idle_;
  int running_ = 0;
  std::atomic<bool> stopping_{false};
};

}  // namespace samordna::http
