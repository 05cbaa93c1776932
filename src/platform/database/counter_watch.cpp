#include "platform/database/counter_watch.hpp"

#include <stdexcept>

namespace samordna::storage {

CounterWatch::CounterWatch(std::vector<std::string> tables)
    : tables_(std::move(tables)), values_(std::make_unique<std::atomic<std::int64_t>[]>(tables_.size())) {}

std::optional<std::int64_t> CounterWatch::known(std::size_t counter) const {
  if (counter >= tables_.size()) return std::nullopt;
  const auto epoch = epoch_.load();
  if (known_at_.load() != epoch) return std::nullopt;
  const auto value = values_[counter].load();
  if (epoch_.load() != epoch) return std::nullopt;  // a write or a change came while the value was taken
  return value;
}

void CounterWatch::written() {
  epoch_.fetch_add(1);
  std::lock_guard lock(waking_);
  if (wake_) wake_();
}

void CounterWatch::on_written(std::function<void()> wake) {
  std::lock_guard lock(waking_);
  wake_ = std::move(wake);
}

void CounterWatch::unknown() { epoch_.fetch_add(1); }

bool CounterWatch::read(std::uint64_t begun, const std::vector<std::int64_t>& values) {
  if (values.size() != tables_.size()) throw std::invalid_argument("CounterWatch::read: one value per table");
  std::lock_guard lock(reading_);
  if (epoch_.load() != begun) return false;
  for (std::size_t i = 0; i < values.size(); ++i) values_[i].store(values[i]);
  known_at_.store(begun);
  return epoch_.load() == begun;
}

}  // namespace samordna::storage
