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
if(IWG_SANITIZE)
  target_compile_options(iwg_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(iwg_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
