#!/usr/bin/env bash
# Command two: install what is missing, build with warnings as errors, run every test, build
# and test again with clang (the code stays warning-free with both compilers), then run the
# tests under AddressSanitizer and UndefinedBehaviorSanitizer, then replay the fuzz corpora and
# fuzz each target briefly (scripts/fuzz.sh --ci).
# Set IWG_SKIP_SANITIZERS=1 to skip the sanitizer build, IWG_SKIP_CLANG=1 the clang one,
# IWG_SKIP_FUZZ=1 the fuzzing.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

iwg_install "${IWG_BUILD_PACKAGES[@]}" "${IWG_TEST_PACKAGES[@]}"
cd "$IWG_ROOT"

echo "==> clang-format --dry-run"
git ls-files -z -- '*.cpp' '*.hpp' 2>/dev/null | xargs -0 -r clang-format --dry-run -Werror

iwg_build "$IWG_ROOT/build/check" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIWG_WERROR=ON
echo "==> build/check/iwg agenda --month may"
"$IWG_ROOT/build/check/iwg" agenda --month may
echo "==> ctest"
ctest --test-dir "$IWG_ROOT/build/check" --output-on-failure -j2

if [ "${IWG_SKIP_CLANG:-0}" != 1 ]; then
  CXX=clang++-14 iwg_build "$IWG_ROOT/build/clang" -DCMAKE_BUILD_TYPE=Release -DIWG_WERROR=ON
  echo "==> ctest (clang)"
  ctest --test-dir "$IWG_ROOT/build/clang" --output-on-failure -j2
fi

if [ "${IWG_SKIP_SANITIZERS:-0}" != 1 ]; then
  iwg_build "$IWG_ROOT/build/sanitize" -DCMAKE_BUILD_TYPE=Debug -DIWG_WERROR=ON -DIWG_SANITIZE=ON
  echo "==> ctest (ASan + UBSan)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$IWG_ROOT/build/sanitize" --output-on-failure -j2
fi

if [ "${IWG_SKIP_FUZZ:-0}" != 1 ]; then
  echo "==> fuzz targets (scripts/fuzz.sh --ci)"
  "$IWG_ROOT/scripts/fuzz.sh" --ci
fi
