# Samordna — two commands do everything on a fresh Debian 12 machine (as root):
#   make run    install what is missing, build, create the demo database, serve on http://127.0.0.1:8080
#   make test   install what is missing, run every test (C++ under ASan/UBSan, API, web unit, browser + axe)
SHELL := /bin/bash
JOBS ?= 2
DB ?= data/samordna.db
LISTEN ?= 127.0.0.1:8080
DEMO_PASSWORD ?= demo-losenord-2026
BIN := build/release/bin/samordna
ASAN_BIN := build/asan/bin/samordna

.PHONY: run build test test-postgres soak bench bench-web deps web web-deps cpp-release cpp-asan test-cpp test-web test-e2e test-dates test-fuzz fuzz fuzz-build format tidy clean

deps:
	@bash scripts/install-deps.sh

web-deps: deps
	@cd web && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; fi

web: web-deps
	cd web && npm run build

cpp-release: deps
	cmake --preset release >/dev/null
	cmake --build build/release -j$(JOBS)

cpp-asan: deps
	cmake --preset asan >/dev/null
	cmake --build build/asan -j$(JOBS)

build: web cpp-release
	@echo "Built $(BIN) and web/dist"

run: build
	@if [ ! -f "$(DB)" ]; then $(BIN) --db "$(DB)" demo --admin-password "$(DEMO_PASSWORD)"; fi
	@echo "Open http://$(LISTEN)/ and log in as admin / $(DEMO_PASSWORD) (if the demo was created with it)"
	$(BIN) --db "$(DB)" serve --listen "$(LISTEN)"

# The API tests record every exchange (tests/api/recording_client.hpp); each answer, and each request the server
# accepted, must match openapi.json (web/scripts/check-api-answers.mjs).
API_RECORD := $(CURDIR)/build/asan/api-exchanges.jsonl
test-cpp: cpp-asan web
	rm -f $(API_RECORD)
	cd build/asan && SAMORDNA_API_RECORD=$(API_RECORD) ctest --output-on-failure -j$(JOBS)
	cd web && node scripts/check-api-answers.mjs ../src/app/api/openapi.json $(API_RECORD) --require-all

# The first visit (login and start page) may fetch at most FIRST_VISIT_KIB of script as sent (brotli).
FIRST_VISIT_KIB ?= 135
# The TypeScript types of the API (web/src/api/schema.d.ts) are generated from openapi.json and must be current.
test-web: web
	cd web && npm run api-types:check && npm run lint && npm test
	cd web && node scripts/check-bundle-size.mjs dist --budget-kib $(FIRST_VISIT_KIB)

test-e2e: cpp-asan web
	bash scripts/e2e.sh $(ASAN_BIN)

# Nothing may depend on the day the tests run (the demo's history is fixed; see README, "The demo and the
# date"): the API tests and the browser tests again as if it were later. Test builds move their clock, and the
# browser's, by SAMORDNA_TODAY; release builds ignore it.
LATER_DATES ?= $(shell date -d '+1 year' +%F) $(shell date -d '+5 years' +%F)
NEW_YEAR ?= $(shell date -d "$$(date +%Y)-12-31 +2 days" +%F)
# make test keeps under 30 minutes on 2 cores by running the API tests again only once, on 2 January next year
# in test-postgres (on PostgreSQL), and the browser specs whose pages show this year's figures five years ahead;
# make soak runs the API tests at every date and every date-dependent browser spec at every later date.
API_DATES ?=
# Suites that cannot depend on the date (crashes, resources, the malformed-input sweep, HTTP framing and media
# types, file permissions, proxies) run once, in test-cpp.
DATELESS_SUITES := CrashSafety*:Resources*:Sweep*:Hardening*:BehindProxy*:NoProxy*
BROWSER_DATES ?= $(lastword $(LATER_DATES))
DATE_SPECS ?= start finsam contributions equity
ALL_DATE_SPECS := startRoles $(DATE_SPECS) withdrawal members remittent participant
test-dates: cpp-asan web
	@for d in $(API_DATES); do \
	  echo "== API tests as if it were $$d"; \
	  rm -f $(API_RECORD).$$d; \
	  SAMORDNA_API_RECORD=$(API_RECORD).$$d SAMORDNA_TODAY=$$d build/asan/tests/api/api_tests --gtest_brief=1 \
	    --gtest_filter='-$(DATELESS_SUITES)' || exit 1; \
	  (cd web && node scripts/check-api-answers.mjs ../src/app/api/openapi.json $(API_RECORD).$$d) || exit 1; \
	done
	@for d in $(BROWSER_DATES); do \
	  echo "== Browser tests as if it were $$d"; \
	  SAMORDNA_TODAY=$$d bash scripts/e2e.sh $(ASAN_BIN) $(addprefix e2e/,$(addsuffix .spec.ts,$(DATE_SPECS))) || exit 1; \
	done

# The same tests against PostgreSQL (scripts/postgres.sh starts a throwaway PostgreSQL 15 server and stops it):
# the C++ tests that use a database (stores, the backend's own, the app's; each on a schema of its own), every
# API test on a database per server with the contract check, a smoke set of browser specs, and (with a streaming
# replica beside the server) the tests of reading statistics from the replica. The API tests
# run here as if it were 2 January next year, which is also test-dates' first date: on PostgreSQL instead of a
# second SQLite run, to keep make test under 30 minutes.
PG_SPECS ?= login start members participant
PG_CPP_TESTS := Store|Storage|Postgres|ChangeListener|AppTest|DatabaseCopy
test-postgres: cpp-asan web
	rm -f $(API_RECORD).pg
	bash scripts/postgres.sh run bash -c '\
	  set -e; \
	  echo "== C++ tests of the database on PostgreSQL"; \
	  (cd build/asan && ctest --output-on-failure -j$(JOBS) -R "$(PG_CPP_TESTS)"); \
	  echo "== API tests on PostgreSQL, as if it were $(NEW_YEAR)"; \
	  (cd build/asan && SAMORDNA_TODAY=$(NEW_YEAR) SAMORDNA_API_RECORD=$(API_RECORD).pg \
	    ctest --output-on-failure -j$(JOBS) -L api); \
	  (cd web && node scripts/check-api-answers.mjs ../src/app/api/openapi.json $(API_RECORD).pg); \
	  echo "== Browser tests on PostgreSQL"; \
	  bash scripts/e2e.sh $(ASAN_BIN) $(addprefix e2e/,$(addsuffix .spec.ts,$(PG_SPECS)))'
	bash scripts/postgres.sh run --replica bash -c '\
	  echo "== A streaming replica for reads"; \
	  build/asan/tests/api/api_tests --gtest_brief=1 --gtest_filter="Replica*"'

test: test-cpp test-web test-e2e test-dates test-postgres test-fuzz

# Fuzzers (fuzz/README.md): clang's libFuzzer with ASan and UBSan over every parser of untrusted input. make
# test replays the regression inputs and runs each briefly; make fuzz runs each for ten minutes.
FUZZERS := fuzz_personnummer fuzz_scb_import fuzz_json_body fuzz_request_target fuzz_content_coding fuzz_sheet fuzz_import_rows fuzz_kept_facts
FUZZ_SECONDS ?= 5
fuzz-build: deps
	CC=clang CXX=clang++ cmake -S fuzz -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
	cmake --build build/fuzz -j$(JOBS)

test-fuzz: fuzz-build
	@for f in $(FUZZERS); do \
	  build/fuzz/$$f fuzz/regressions/$$f/* >/dev/null 2>build/fuzz/$$f.replay.log || { cat build/fuzz/$$f.replay.log; exit 1; }; \
	  rm -rf build/fuzz/corpus-$$f && mkdir -p build/fuzz/corpus-$$f; \
	  build/fuzz/$$f build/fuzz/corpus-$$f fuzz/corpus/$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/$$f- >build/fuzz/$$f.log 2>&1 || { tail -40 build/fuzz/$$f.log; exit 1; }; \
	  echo "$$f: $$(grep -o 'number_of_executed_units: [0-9]*' build/fuzz/$$f.log | grep -o '[0-9]*') executions in $(FUZZ_SECONDS) s, regressions replayed"; \
	done

fuzz:
	$(MAKE) test-fuzz FUZZ_SECONDS=600

# Longer runs than make test allows: the API tests and every date-dependent browser spec at every later date,
# and the server killed 100 times mid-write (make test: 20).
soak:
	$(MAKE) test-dates API_DATES="$(NEW_YEAR) $(LATER_DATES)" BROWSER_DATES="$(LATER_DATES)" DATE_SPECS="$(ALL_DATE_SPECS)"
	SAMORDNA_KILL_ROUNDS=100 build/asan/tests/api/api_tests --gtest_filter='CrashSafety*'


# Lighthouse (bench/web, not installed by make test) over each role's main pages, signed in, against the
# release build and the demo: scores and timings on a simulated phone on 4G and on a desktop (README).
bench-web: build
	@cd bench/web && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; fi
	bash scripts/bench-web.sh $(BIN) $(BENCH_WEB_ARGS)

# National-scale benchmark (75 förbund, 350 000 participations): times of the main pivots, a CSV export, the
# database size and the server's peak memory; then bench/ratios.py serves that database from SQLite and from
# PostgreSQL (copied there) and prints each figure as a ratio to its anchor run in the same invocation (nginx
# for HTTP reads, the sqlite3 or psql CLI for pivots and exports). Not part of `make test`.
bench: cpp-release
	bash scripts/install-deps.sh --bench
	$(BIN) version >/dev/null
	build/release/bench/national_bench --shared ../shared/data --out /tmp/samordna-bench --server $(BIN)
	bash scripts/postgres.sh run bash -c 'python3 bench/ratios.py --server $(BIN) \
	  --sqlite /tmp/samordna-bench/national.db --postgres "$$SAMORDNA_TEST_POSTGRES" --out /tmp/samordna-bench/ratios.md'

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

tidy: cpp-asan
	clang-tidy -p build/asan --quiet $$(git ls-files 'src/*.cpp')

clean:
	rm -rf build web/dist
