# samordna_sanitizer_defaults(TARGET) — in the sanitizer build, links LeakSanitizer's suppressions of
# third-party caches into an executable (src/lsan_suppressions.cpp).
function(samordna_sanitizer_defaults target)
  if(SAMORDNA_SANITIZE)
    target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/platform/lsan_suppressions.cpp)
    # A file of a few lines: loading the precompiled headers would take longer than compiling it (2 s against 0.03).
    set_source_files_properties(${PROJECT_SOURCE_DIR}/src/platform/lsan_suppressions.cpp PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()

# Precompiled headers (SAMORDNA_PCH): the standard and third-party headers most files include, parsed once per build
# instead of once per file. One for the product's code (samordna_pch) and one for the tests, which are built with
# other flags (samordna_test_pch, with GoogleTest); every library and test reuses the one of its kind. Measured in a
# build from nothing under ASan: 3–4 s less for a file that reads or writes JSON (of 8–12 s), but about 1 s more
# for a small one, which only loads them; the libraries of small files (the kernel, the app's wiring) go without
# (samordna_library NO_PCH).
set(SAMORDNA_PCH_HEADERS <algorithm> <cstdint> <functional> <map> <memory> <optional> <string> <string_view> <vector>
  <nlohmann/json.hpp> <tl/expected.hpp>)
if(SAMORDNA_PCH)
  add_library(samordna_pch STATIC ${PROJECT_SOURCE_DIR}/cmake/precompiled.cpp)
  target_compile_options(samordna_pch PRIVATE ${SAMORDNA_WARNINGS})
  target_link_libraries(samordna_pch PRIVATE nlohmann_json::nlohmann_json tl::expected)
  target_precompile_headers(samordna_pch PRIVATE ${SAMORDNA_PCH_HEADERS})
  if(SAMORDNA_TESTS)
    add_library(samordna_test_pch STATIC ${PROJECT_SOURCE_DIR}/cmake/precompiled.cpp)
    target_compile_options(samordna_test_pch PRIVATE ${SAMORDNA_WARNINGS} ${SAMORDNA_TEST_SANITIZE})
    target_link_libraries(samordna_test_pch PRIVATE nlohmann_json::nlohmann_json tl::expected GTest::gtest GTest::gmock)
    target_precompile_headers(samordna_test_pch PRIVATE ${SAMORDNA_PCH_HEADERS} <gtest/gtest.h> <gmock/gmock.h>)
  endif()
endif()

# samordna_use_pch(TARGET [TEST]) — TARGET reuses the precompiled headers of the product (or, with TEST, the tests').
function(samordna_use_pch target)
  if(NOT SAMORDNA_PCH)
    return()
  endif()
  if(ARGV1 STREQUAL "TEST")
    target_precompile_headers(${target} REUSE_FROM samordna_test_pch)
  else()
    target_precompile_headers(${target} REUSE_FROM samordna_pch)
  endif()
endfunction()

# samordna_library(NAME [NO_PCH] SOURCES ... DEPS ...) — a layer library with our warnings.
function(samordna_library name)
  cmake_parse_arguments(ARG "NO_PCH" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${name} PRIVATE ${SAMORDNA_WARNINGS})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  if(NOT ARG_NO_PCH)
    samordna_use_pch(${name})
  endif()
endfunction()

# samordna_tests(NAME SOURCES ... DEPS ...) — a GoogleTest executable registered with ctest.
function(samordna_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  if(NOT SAMORDNA_TESTS)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  samordna_sanitizer_defaults(${name})
  target_compile_options(${name} PRIVATE ${SAMORDNA_WARNINGS} ${SAMORDNA_TEST_SANITIZE})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  samordna_use_pch(${name} TEST)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "SAMORDNA_SHARED_DATA=${PROJECT_SOURCE_DIR}/../shared/data")
endfunction()

# samordna_layer(NAME [NO_PCH] DIRS dir... DEPS ... [TEST_DEPS ...] [EXTRA sources] [EXCLUDE file names]) — one layer of a bounded context (or of the
# platform) as a static library over the .cpp files directly in DIRS (relative to the current folder), and,
# when those folders hold *_test.cpp files, a test executable NAME_tests over them.
function(samordna_layer name)
  cmake_parse_arguments(ARG "NO_PCH" "" "DIRS;DEPS;TEST_DEPS;EXTRA;EXCLUDE" ${ARGN})
  set(sources ${ARG_EXTRA})
  set(tests)
  foreach(dir IN LISTS ARG_DIRS)
    file(GLOB found CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp)
    foreach(file IN LISTS found)
      get_filename_component(base ${file} NAME)
      if(base IN_LIST ARG_EXCLUDE)
        continue()
      elseif(file MATCHES "_test\\.cpp$")
        list(APPEND tests ${file})
      else()
        list(APPEND sources ${file})
      endif()
    endforeach()
  endforeach()
  if(ARG_NO_PCH)
    samordna_library(${name} NO_PCH SOURCES ${sources} DEPS ${ARG_DEPS})
  else()
    samordna_library(${name} SOURCES ${sources} DEPS ${ARG_DEPS})
  endif()
  if(tests)
    samordna_tests(${name}_tests SOURCES ${tests} DEPS ${name} ${ARG_TEST_DEPS})
  endif()
endfunction()
