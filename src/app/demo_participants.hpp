#pragma once
// The demo's insatser, referrals, queues and participants, generated deterministically (fixed seed).
// Alingsås residents' participations from 2017-01-01 to 2020-03-14 are exactly the counts of seed 000
// (163 women, 92 men, 255 in all, by insats), with 83 people in the extensive insatser (Balder,
// Individsamverkansteamet); people from the other kommuner take part too; Balder and
// Individsamverkansteamet have queues of 8–12 months; about 100 people attended open activities.
#include "app/installation.hpp"

namespace samordna::app {

void create_demo_participants(Installation& installation, std::int64_t association_id);

}  // namespace samordna::app
