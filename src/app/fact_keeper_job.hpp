#pragma once
// The server's fact keeper: each changed förbund's statistics facts kept in the database (follow_up/fact_keeper.hpp)
// now, then every `interval`, at a lower priority than requests, until stopped.
#include <chrono>
#include <memory>

#include "app/background_job.hpp"
#include "app/installation.hpp"

namespace samordna::app {

std::unique_ptr<BackgroundJob> start_fact_keeper_job(Installation& installation, std::chrono::seconds interval);

}  // namespace samordna::app
