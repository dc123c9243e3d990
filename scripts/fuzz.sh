#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (docs/security.md, "Fuzzing").
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]   build, then fuzz each target (default: all) for
#                                         SECONDS (default 60) with its dictionary, seeded by
#                                         tests/fuzz/corpus/<target> and regressions/<target>;
#                                         new inputs go to build/fuzz/corpus/<target>, crashes
#                                         to build/fuzz/artifacts/<target>/
#   scripts/fuzz.sh --ci                  replay every committed corpus and regression input,
#                                         then fuzz each target for a fixed number of runs
#                                         from -seed=1 (about a minute in all; seeded, but
#                                         libFuzzer is not bit-for-bit deterministic)
#
# Builds with clang 14 in build/fuzz (IWG_FUZZ=ON); CMAKE_BUILD_PARALLEL_LEVEL sets the jobs.
# Extra libFuzzer flags can be given in IWG_FUZZ_FLAGS (e.g. "-jobs=2").
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

TARGETS_ALL=(plan_fuzz template_fuzz small_fuzz)
# Longest input each target makes: plan files and templates are small in practice, and short
# inputs keep the runs fast (the committed seeds are replayed whole, whatever their size).
declare -A MAX_LEN=([plan_fuzz]=16384 [template_fuzz]=4096 [small_fuzz]=1024)
# --ci: runs per target after the replay, about 20 s each on a shared 2-core machine.
declare -A CI_RUNS=([plan_fuzz]=5000 [template_fuzz]=150000 [small_fuzz]=60000)

ci=0
seconds=60
if [ "${1:-}" = --ci ]; then
  ci=1
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${TARGETS_ALL[@]}")
fi
for target in "${targets[@]}"; do
  if [ -z "${MAX_LEN[$target]:-}" ]; then
    echo "fuzz.sh: unknown target '$target' (targets: ${TARGETS_ALL[*]})" >&2
    exit 2
  fi
done

iwg_install "${IWG_BUILD_PACKAGES[@]}" clang libclang-rt-14-dev
cd "$IWG_ROOT"
echo "==> building the fuzz targets in build/fuzz"
CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DIWG_FUZZ=ON \
  -DIWG_BUILD_TESTS=OFF >/dev/null
cmake --build build/fuzz --target iwg_fuzz

bin=$IWG_ROOT/build/fuzz/tests/fuzz
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
read -r -a extra <<<"${IWG_FUZZ_FLAGS:-}"

for target in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$target
  regressions=tests/fuzz/regressions/$target
  scratch=build/fuzz/corpus/$target
  artifacts=build/fuzz/artifacts/$target/
  mkdir -p "$scratch" "$artifacts"
  flags=(-dict="tests/fuzz/$target.dict" -max_len="${MAX_LEN[$target]}" -timeout=10
    -print_final_stats=1 -artifact_prefix="$artifacts" "${extra[@]}")
  corpora=("$scratch" "$seeds")
  if [ -d "$regressions" ]; then
    corpora+=("$regressions")
  fi
  if [ $ci = 1 ]; then
    inputs=()
    while IFS= read -r -d '' file; do
      inputs+=("$file")
    done < <(find "${corpora[@]:1}" -type f ! -name README.md -print0 | sort -z)
    log=build/fuzz/$target.log
    echo "==> $target: replaying ${#inputs[@]} committed inputs"
    if ! "$bin/$target" -runs=1 "${flags[@]}" "${inputs[@]}" >"$log" 2>&1; then
      grep -v '^Running: \|^Executed ' "$log" | tail -60
      exit 1
    fi
    rm -rf "$scratch" && mkdir -p "$scratch"
    echo "==> $target: fuzzing ${CI_RUNS[$target]} runs from -seed=1"
    if ! "$bin/$target" -seed=1 -runs="${CI_RUNS[$target]}" "${flags[@]}" "${corpora[@]}" \
      >"$log" 2>&1; then
      tail -60 "$log"
      exit 1
    fi
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::number_of_executed_units|^Done' "$log"
  else
    echo "==> $target: fuzzing for $seconds s (new inputs in $scratch)"
    "$bin/$target" -max_total_time="$seconds" "${flags[@]}" "${corpora[@]}"
  fi
done
