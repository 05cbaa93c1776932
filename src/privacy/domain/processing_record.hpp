#pragma once
// The record of processing activities (GDPR art. 30) of one controller, generated from the system's own
// configuration (issue 11): what Samordna processes about participants on a lead party's behalf, why, about
// whom, for whom, for how long and under which agreements. The texts are in Swedish, as the record is a
// document for the controller's dataskyddsombud.
#include <string>
#include <vector>

#include "membership/domain/association.hpp"
#include "membership/domain/processing_agreement.hpp"
#include "participants/domain/insats.hpp"

namespace samordna::core {

struct ProcessingRecord {
  Member controller;
  std::string processor;  // the förbund, processing on the controller's behalf
  std::string processor_org_number;
  std::vector<std::string> purposes;
  std::vector<std::string> subject_categories;
  std::vector<std::string> data_categories;
  std::vector<std::string> recipients;
  std::string transfers;
  std::string retention;
  std::vector<std::string> security_measures;
  std::vector<Insats> insatser;  // the controller's (it is their lead party)
  std::vector<ProcessingAgreement> agreements;
};

ProcessingRecord processing_record(const Association& association, const Member& controller,
                                   const std::vector<Insats>& insatser,
                                   const std::vector<ProcessingAgreement>& agreements);

}  // namespace samordna::core
