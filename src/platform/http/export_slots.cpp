#include "platform/http/export_slots.hpp"

#include <chrono>
#include <semaphore>

#include "platform/http/problem.hpp"

namespace samordna::http {
namespace {

std::counting_semaphore<2> slots(2);

}  // namespace

std::shared_ptr<void> acquire_export_slot() {
  if (!slots.try_acquire_for(std::chrono::seconds(10))) return nullptr;
  return {static_cast<void*>(&slots), [](void*) { slots.release(); }};
}

Response exports_busy() {
  Response busy = problem(429, "exports_busy");
  busy.headers.emplace_back("Retry-After", "5");
  return busy;
}

}  // namespace samordna::http
