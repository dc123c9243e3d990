# Warnings and sanitizers live in INTERFACE targets that only our own targets
# link, so they never leak into users' builds or third-party headers.
add_library(iwg_warnings INTERFACE)
target_compile_options(iwg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  -Wmisleading-indentation)
# GCC-only warnings: clang rejects these flags.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(iwg_warnings INTERFACE
    -Wduplicated-cond -Wduplicated-branches -Wlogical-op)
endif()
if(IWG_WERROR)
  target_compile_options(iwg_warnings INTERFACE -Werror)
endif()

add_library(iwg_sanitizers INTERFACE)
if(IWG_FUZZ)
  # The fuzz targets (tests/fuzz) link the core built with coverage for libFuzzer, under
  # AddressSanitizer and UndefinedBehaviorSanitizer; only clang has libFuzzer.
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "IWG_FUZZ=ON needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
                        "configure with CXX=clang++-14 (scripts/fuzz.sh does)")
  endif()
  set(IWG_FUZZ_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
                     -fno-omit-frame-pointer -gline-tables-only)
  target_compile_options(iwg_sanitizers INTERFACE -fsanitize=fuzzer-no-link ${IWG_FUZZ_FLAGS})
  target_link_options(iwg_sanitizers INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
elseif(IWG_SANITIZE)
  target_compile_options(iwg_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(iwg_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
