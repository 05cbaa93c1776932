#pragma once
// The demo förbund: Samordningsförbundet Insjöriket (formed 2006-07-01) with its eight members, the
// reference data for its five kommuner, its charter, budgets and payments 2017–2026, equity, Härryda's
// notice (2020) and Alingsås's notice (2021) and renewal (2023), the superuser `admin`, and one user per role
// (forbundschef, ekonom, insatsansvarig, koordinator, remittent, styrelse, revisor) with the same password.
#include <string>

#include "app/installation.hpp"
#include "platform/database/database.hpp"

namespace samordna::app {

// Writes the demo into a migrated, empty database in one transaction; returns the admin's username.
// Every change goes through the installation's services, so the demo's audit log is a valid chain.
void create_demo(Installation& installation, storage::Database& db, const std::string& admin_password);

}  // namespace samordna::app
