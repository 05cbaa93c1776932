// Linked into every executable of the sanitizer build: LeakSanitizer's built-in suppressions for
// third-party libraries' process-lifetime caches (not our leaks). fontconfig, used by cairo's text in PDF
// reports, keeps its configuration until exit.
extern "C" const char* __lsan_default_suppressions();  // NOLINT(bugprone-reserved-identifier)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }  // NOLINT
