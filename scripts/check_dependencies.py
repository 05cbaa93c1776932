#!/usr/bin/env python3
"""The dependency rule of src/ (README, "Where things are"), checked by reading every #include "…".

Bounded contexts are ordered; a context may use those below it, never one above:
    kernel < audit < access < membership < finance < participants < privacy < history_import < follow_up < app < cli
platform/ (http server, database, security, report primitives) sits beside them and uses only the kernel.
Inside a context:
  - domain/ holds pure rules: it includes only the kernel and the domain/ of lower contexts;
  - ports.hpp and the services (files directly in the context) add the ports and services of lower contexts;
    never storage/, http/, reports/, security/, testing/ or platform/ (no I/O);
  - storage/, http/, reports/ and security/ are adapters: they may use their own context, lower contexts'
    domain, ports and services, platform/, and (http only) lower contexts' http and reports;
  - testing/ (in-memory ports) is for tests only.
Exits 1 and lists each wrong include."""
import os
import re
import sys

ORDER = ["kernel", "audit", "access", "membership", "finance", "participants", "privacy", "history_import", "follow_up", "app",
         "cli"]
ADAPTERS = {"storage", "http", "reports", "security"}


def part(path):
    """(context, layer) of a path relative to src/: layer is domain, core (ports and services), an adapter,
    testing, or '' for kernel, platform, app and cli."""
    pieces = path.split("/")
    ctx = pieces[0]
    if ctx in ("kernel", "platform", "app", "cli") or len(pieces) == 2:
        return ctx, "core" if ctx not in ("kernel", "platform", "app", "cli") else ""
    return ctx, pieces[1]


def allowed(src, dst):
    sctx, slayer = part(src)
    dctx, dlayer = part(dst)
    is_test = src.endswith("_test.cpp")
    if dctx == "kernel":
        return True
    if sctx == "kernel":
        return False
    if sctx == "platform":
        return dctx == "platform"
    if dctx == "platform":
        return slayer in ADAPTERS or sctx in ("app", "cli") or (is_test and dst.startswith("platform/database/"))
    if sctx in ("app", "cli"):
        return ORDER.index(dctx) <= ORDER.index(sctx)
    if ORDER.index(dctx) > ORDER.index(sctx):
        return False
    if dlayer == "testing":
        return is_test or slayer == "testing"
    if slayer == "domain":
        return dlayer == "domain"
    if slayer in ("core", "testing"):
        return dlayer in ("domain", "core") or (is_test and (dlayer in ADAPTERS and dctx == sctx))
    # adapters
    if dlayer in ("domain", "core"):
        return True
    if dctx == sctx:
        return True
    return slayer == "http" and dlayer in ("http", "reports") or slayer == "reports" and dlayer == "reports"


# Cases the rule must decide as shown (run with --self-test, also in make test).
CASES = [
    ("finance/domain/equity.cpp", "kernel/money.hpp", True),
    ("finance/domain/equity.cpp", "membership/domain/association.hpp", True),
    ("finance/domain/equity.cpp", "membership/ports.hpp", False),
    ("finance/domain/equity.cpp", "finance/storage/budget_store.hpp", False),
    ("finance/domain/equity.cpp", "platform/database/database.hpp", False),
    ("finance/finance_service.cpp", "membership/ports.hpp", True),
    ("finance/finance_service.cpp", "finance/storage/budget_store.hpp", False),
    ("finance/finance_service.cpp", "participants/ports.hpp", False),
    ("membership/membership_service.cpp", "finance/ports.hpp", False),
    ("finance/storage/budget_store.cpp", "platform/database/database.hpp", True),
    ("finance/storage/budget_store.cpp", "membership/storage/charter_store.hpp", False),
    ("finance/http/budget_handlers.cpp", "access/http/router.hpp", True),
    ("access/http/router.cpp", "finance/http/routes.hpp", False),
    ("platform/http/server.cpp", "access/http/router.hpp", False),
    ("kernel/money.cpp", "platform/http/message.hpp", False),
    ("access/auth_service.cpp", "access/testing/fakes.hpp", False),
    ("access/auth_service_test.cpp", "access/testing/fakes.hpp", True),
    ("app/installation.cpp", "follow_up/storage/statistics_store.hpp", True),
    ("follow_up/http/finsam_handlers.cpp", "app/api/api.hpp", False),
]


def self_test():
    wrong = [(s, d, want) for s, d, want in CASES if allowed(s, d) != want]
    for s, d, want in wrong:
        print(f"{s} -> {d}: expected {'allowed' if want else 'refused'}")
    print(f"{len(CASES) - len(wrong)} of {len(CASES)} cases decided as expected")
    return 1 if wrong else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    wrong = []
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith((".cpp", ".hpp")):
                continue
            path = os.path.relpath(os.path.join(folder, name), root)
            if part(path)[0] not in ORDER + ["platform"]:
                wrong.append(f"{path}: outside every context")
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = re.match(r'\s*#include "([^"]+)"', line)
                    if m and not allowed(path, m.group(1)):
                        wrong.append(f"{path}:{number}: includes {m.group(1)}")
    for w in wrong:
        print(w)
    print(f"{len(wrong)} wrong includes" if wrong else "dependency rule holds")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
