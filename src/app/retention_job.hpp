#pragma once
// Retention for every förbund, and the server's daily run of it.
#include <functional>
#include <memory>

#include "app/background_job.hpp"
#include "app/installation.hpp"

namespace samordna::app {

// Runs retention for every förbund once; returns how many identities were removed. `stopping`, when given, is
// asked before each förbund: true ends the run there.
int run_retention_everywhere(Installation& installation, bool dry_run = false,
                             const std::function<bool()>& stopping = {});

// Retention now and then once a day, with the audit log's daily checkpoint, until stopped (when serving ends: the
// server stops it before its shutdown checkpoint, so that checkpoint never waits for a pass holding the audit log).
std::unique_ptr<BackgroundJob> start_retention_job(Installation& installation);

}  // namespace samordna::app
