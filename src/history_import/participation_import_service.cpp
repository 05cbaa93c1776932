#include "history_import/participation_import_service.hpp"

#include "history_import/domain/import_values.hpp"
#include "history_import/domain/member_names.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "participants/domain/retention.hpp"
#include "participants/person_registry.hpp"

namespace samordna::core {

// What one row comes to.
struct ImportOutcome {
  enum class Kind { problem, already_imported, anonymous, person } kind = Kind::problem;
  ImportedParticipation row;
  std::int64_t insats_id = 0;
  std::string kommun_code;
  std::string row_key;                    // the row's key in the import ledger
  std::optional<std::int64_t> person_id;  // a person already registered (kept as they are)
};
using Outcome = ImportOutcome;

namespace {

std::vector<Member> kommun_members(std::vector<Member> members) {
  std::erase_if(members, [](const Member& m) { return m.kind != PartyKind::kommun; });
  return members;
}

std::string participation_key(const ImportedParticipation& p, std::int64_t insats_id) {
  return std::to_string(insats_id) + "|" + p.started_on.iso() + "|" + (p.ended_on ? p.ended_on->iso() : "") + "|" +
         (p.exit_reason ? std::string(to_string(*p.exit_reason)) : "") + "|" +
         std::string(to_string(p.personnummer->legal_gender()));
}

}  // namespace

// One reading of the file: the förbund's insatser and kommuner to resolve names against, the keys of its ledger
// and of its persons (read once: a row then needs no query unless its person is already registered), and what
// earlier rows of the same file hold (duplicates, overlaps, how often an anonymous row repeats).
class ImportPass {
 public:
  ImportPass(const PersonalScope& scope, std::int64_t association_id, InsatsRepository& insatser,
             AssociationRepository& associations, PersonRepository& persons, ParticipationRepository& participations,
             ImportRepository& imports, const IdentityVault& vault)
      : association_id_(association_id),
        retention_years_(associations.find_association(association_id).value_or(Association{}).retention_years),
        persons_(persons),
        participations_(participations),
        vault_(vault),
        imported_rows_(imports.row_keys(association_id)),
        person_ids_(persons.person_ids_by_key(association_id)),
        kommuner_(kommun_members(associations.list_members(association_id))),
        kommun_names_(kommuner_) {
    for (const auto& insats : insatser.list_insatser(association_id)) {
      if (!scope.covers_insats(insats.id)) continue;  // outside the caller's scope it is as unknown as a typo
      for (const auto& name : {folded(insats.name), std::to_string(insats.id)}) {
        auto [at, added] = insatser_.emplace(name, insats.id);
        if (!added && at->second != insats.id) at->second = 0;  // two insatser with one name: ambiguous
      }
    }
  }

  Outcome examine(int row, const std::vector<std::string>& cells, const ColumnIndex& columns, CivilDate today,
                  std::vector<ImportProblem>& problems) {
    Outcome out;
    const auto before = problems.size();
    auto read = read_participation_row(row, cells, columns, today, problems);
    const auto problem = [&](const char* field, const char* code) { problems.push_back({row, field, code}); };
    if (read) out.row = std::move(*read);
    if (const auto insats_text = import_cell(cells, columns, ImportField::insats); !insats_text.empty()) {
      const auto insats = insatser_.find(folded(insats_text));
      if (insats == insatser_.end()) {
        problem("insats", "unknown");
      } else if (insats->second == 0) {
        problem("insats", "ambiguous");
      } else {
        out.insats_id = insats->second;
      }
    }
    if (const auto kommun_text = import_cell(cells, columns, ImportField::kommun); !kommun_text.empty()) {
      // By name, by name without "kommun" or "stad", or by code, as the insatser sheet names them.
      const auto id = kommun_names_.find(kommun_text);
      const auto kommun = std::find_if(kommuner_.begin(), kommuner_.end(), [&](const Member& m) { return m.id == id; });
      if (kommun == kommuner_.end()) {
        problem("kommun", "unknown");
      } else {
        out.kommun_code = kommun->area_code;
      }
    }
    if (problems.size() != before || !read) return out;

    const auto key = vault_.pseudonym(association_id_, out.row.personnummer->canonical());
    // Earlier rows of the same person in the same insats, by start: they do not overlap one another, so a new
    // period can only meet its neighbours (a file of one person's thousands of rows stays n log n).
    auto& periods = periods_[key + "|" + std::to_string(out.insats_id)];
    auto next = periods.lower_bound(out.row.started_on);
    if (next != periods.end() && next->first == out.row.started_on) {
      problem("row", "duplicate");
      return out;
    }
    const bool meets_next =
        next != periods.end() && periods_overlap(next->first, next->second, out.row.started_on, out.row.ended_on);
    const bool meets_previous =
        next != periods.begin() &&
        periods_overlap(std::prev(next)->first, std::prev(next)->second, out.row.started_on, out.row.ended_on);
    if (meets_next || meets_previous) {
      problem("row", "overlaps");
      return out;
    }
    periods.emplace_hint(next, out.row.started_on, out.row.ended_on);

    // Every imported row is in the ledger by a key of what it holds and its repetition in the file (nothing of
    // the person), so the same file again changes nothing, even after retention has unlinked its people.
    const auto base = participation_key(out.row, out.insats_id);
    out.row_key = base + "|" + std::to_string(++repeats_[base]);
    if (imported_rows_.contains(out.row_key)) {
      out.kind = Outcome::Kind::already_imported;
      return out;
    }
    const auto person_id = person_ids_.find(key);
    if (const auto person = person_id == person_ids_.end() ? std::nullopt : persons_.find_person(person_id->second)) {
      if (person->restricted) {
        problem("personnummer", "restricted");
        return out;
      }
      for (const auto& p : participations_.participations_of_person(person->id)) {
        if (p.insats_id != out.insats_id) continue;
        if (p.started_on == out.row.started_on) {
          out.kind = Outcome::Kind::already_imported;
          return out;
        }
        if (periods_overlap(p.started_on, p.ended_on, out.row.started_on, out.row.ended_on)) {
          problem("row", "overlaps");
          return out;
        }
      }
      out.person_id = person->id;
    }
    // Consent registers the person, unless the participation ended so long ago that retention would already
    // have removed their identity: then it is anonymous, as it would be now had it been recorded then.
    const bool retained = !out.row.ended_on || today < retention_ends(*out.row.ended_on, retention_years_);
    out.kind = out.row.consent && retained ? Outcome::Kind::person : Outcome::Kind::anonymous;
    return out;
  }

 private:
  std::int64_t association_id_;
  int retention_years_;
  PersonRepository& persons_;
  ParticipationRepository& participations_;
  const IdentityVault& vault_;
  std::unordered_set<std::string> imported_rows_;             // the ledger's keys
  std::unordered_map<std::string, std::int64_t> person_ids_;  // person key → id
  std::map<std::string, std::int64_t> insatser_;              // folded name or id → insats id (0: ambiguous)
  std::vector<Member> kommuner_;                              // the förbund's member kommuner
  MemberNames kommun_names_;                                  // how a sheet names them
  std::map<std::string, std::map<CivilDate, std::optional<CivilDate>>> periods_;  // person|insats → start → end
  std::map<std::string, int> repeats_;  // anonymous rows met so far, by participation key
};

Result<ImportReport> ParticipationImportService::read(const PersonalScope& scope, std::int64_t association_id,
                                                      const RowSource& rows, const ImportRequest& request,
                                                      std::vector<ImportOutcome>* keep) {
  ImportReport report;
  const auto today = clock_.today();
  ImportPass pass(scope, association_id, insatser_, associations_, persons_, participations_, imports_, vault_);
  auto read =
      read_sheet(ImportKind::participations, association_id, rows, request.mapping, imports_, today, max_rows_, report,
                 [&](int row, const std::vector<std::string>& cells, const ColumnIndex& columns,
                     std::vector<ImportProblem>& problems) {
                   auto outcome = pass.examine(row, cells, columns, today, problems);
                   if (outcome.kind == Outcome::Kind::already_imported) ++report.already_imported;
                   if (outcome.kind == Outcome::Kind::anonymous || outcome.kind == Outcome::Kind::person) {
                     ++report.to_import;
                   }
                   if (outcome.kind == Outcome::Kind::person) ++report.with_consent;
                   // What an import writes, kept while the rows are clean (one problem and nothing will
                   // be written).
                   if (keep && report.problem_count == 0 && problems.empty() &&
                       (outcome.kind == Outcome::Kind::anonymous || outcome.kind == Outcome::Kind::person)) {
                     keep->push_back(std::move(outcome));
                   }
                 });
  if (!read) return unexpected(read.error());
  std::vector<ImportProblem> problems;
  if (report.with_consent > 0 && request.consent_form_reference.empty()) {
    problems.push_back({0, "consentFormReference", "required"});
  }
  if (request.consent_form_reference.size() > 200) problems.push_back({0, "consentFormReference", "too_long"});
  note_problems(report, problems);
  return report;
}

Result<ImportReport> ParticipationImportService::check(const Actor&, const PersonalScope& scope,
                                                       std::int64_t association_id, const RowSource& rows,
                                                       const ImportRequest& request) {
  return read(scope, association_id, rows, request, nullptr);
}

Result<ImportReport> ParticipationImportService::run(const Actor& actor, const PersonalScope& scope,
                                                     std::int64_t association_id, const RowSource& rows,
                                                     const ImportRequest& request) {
  // One reading of the file checks every row and keeps what is to be written, outside the transaction, so the
  // write lock is held only for the writes.
  std::vector<Outcome> prepared;
  auto report = read(scope, association_id, rows, request, &prepared);
  if (!report || report->problem_count > 0 || report->to_import == 0) return report;
  int imported = 0;
  int registered = 0;
  transactions_.run([&] {
    const auto taken = imports_.row_keys(association_id);  // with the rows another import took meanwhile
    for (const auto& outcome : prepared) {
      if (taken.contains(outcome.row_key)) continue;
      const auto& r = outcome.row;
      Participation p;
      p.association_id = association_id;
      p.insats_id = outcome.insats_id;
      p.gender = r.personnummer->legal_gender();
      p.start_year = r.started_on.year();
      p.started_on = r.started_on;
      p.ended_on = r.ended_on;
      p.exit_reason = r.exit_reason;
      if (outcome.kind == Outcome::Kind::person) {
        // A person already registered keeps the identity they have; a spreadsheet does not rename anyone.
        p.person_id = outcome.person_id
                          ? *outcome.person_id
                          : register_person(persons_, vault_,
                                            {association_id, *r.personnummer, r.name, outcome.kommun_code, false});
      }
      p.id = participations_.add_participation(p);
      imports_.add_row(association_id, outcome.row_key, p.id);
      if (p.person_id) {
        Consent consent;
        consent.participation_id = p.id;
        consent.given_on = r.started_on;
        consent.form_reference = request.consent_form_reference;
        participations_.add_consent(consent);
        audit_.record(actor, association_id, "update", "person", std::to_string(*p.person_id),
                      {{"participation", std::to_string(p.id)}, {"imported", r.started_on.iso()}});
        ++registered;
      }
      ++imported;
    }
    audit_.record(actor, association_id, "import", "participation", "",
                  {{"rows", std::to_string(report->rows)},
                   {"imported", std::to_string(imported)},
                   {"withConsent", std::to_string(registered)},
                   {"alreadyImported", std::to_string(report->rows - imported)}});
  });
  report->with_consent = registered;
  report->to_import = imported;
  report->imported = true;
  return report;
}

}  // namespace samordna::core
