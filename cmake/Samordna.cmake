# samordna_sanitizer_defaults(TARGET) — in the sanitizer build, links LeakSanitizer's suppressions of
# third-party caches into an executable (src/lsan_suppressions.cpp).
function(samordna_sanitizer_defaults target)
  if(SAMORDNA_SANITIZE)
    target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/platform/lsan_suppressions.cpp)
  endif()
endfunction()

# samordna_library(NAME SOURCES ... DEPS ...) — a layer library with our warnings.
function(samordna_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${name} PRIVATE ${SAMORDNA_WARNINGS})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
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
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "SAMORDNA_SHARED_DATA=${PROJECT_SOURCE_DIR}/../shared/data")
endfunction()

# samordna_layer(NAME DIRS dir... DEPS ... [TEST_DEPS ...] [EXTRA sources] [EXCLUDE file names]) — one layer of a bounded context (or of the
# platform) as a static library over the .cpp files directly in DIRS (relative to the current folder), and,
# when those folders hold *_test.cpp files, a test executable NAME_tests over them.
function(samordna_layer name)
  cmake_parse_arguments(ARG "" "" "DIRS;DEPS;TEST_DEPS;EXTRA;EXCLUDE" ${ARGN})
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
  samordna_library(${name} SOURCES ${sources} DEPS ${ARG_DEPS})
  if(tests)
    samordna_tests(${name}_tests SOURCES ${tests} DEPS ${name} ${ARG_TEST_DEPS})
  endif()
endfunction()
