#!/usr/bin/python3
"""Benchmarks iwg's plan loading against a baseline measured in the same run.

For each generated plan size, runs `iwg agenda --month may` (load, check, report) and the
baseline (yaml-cpp's YAML::LoadFile plus a walk, what a naive loader does) several times,
and prints the best wall time and peak memory of each, and iwg's ratio to the baseline.
Ratios, not absolute times, are what to compare between runs and machines.

    bench/run.py --build build/bench [--sizes 1,4,16] [--runs 5]

With --shape (see shapes.py), plans of that shape with N items each (--counts) are checked
instead: `iwg validate` (`iwg status` for the reports shape). A time ratio that grows with N
means iwg's work grows faster than the file's size.

    bench/run.py --build build/bench --shape refs --counts 1000,2000,4000 --runs 3
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


SHAPE_COMMANDS = {
    "refs": ["validate"],
    "coverage": ["validate"],
    "errors": ["validate"],
    "reports": ["status"],
}


def measure(command, runs, allowed_exit_codes=(0,)):
    best_time, best_rss = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in allowed_exit_codes:
            sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
        best_time = min(best_time, elapsed)
        best_rss = max(best_rss, usage.ru_maxrss)  # KiB on Linux
    return best_time, best_rss


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True,
                        help="a build directory configured with -DIWG_BUILD_BENCH=ON")
    parser.add_argument("--sizes", default="1,4,16", help="plan sizes in MiB")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shape", choices=sorted(SHAPE_COMMANDS),
                        help="measure plans of this shape (shapes.py) instead of sizes")
    parser.add_argument("--counts", default="1000,4000,16000",
                        help="with --shape: items per plan")
    args = parser.parse_args()
    iwg = os.path.join(args.build, "iwg")
    baseline = os.path.join(args.build, "bench", "iwg_bench_baseline")
    if args.shape:
        run_shape(args, iwg, baseline)
        return
    print(f"{'size':>6} {'iwg s':>8} {'base s':>8} {'time x':>7} {'iwg MiB':>8} "
          f"{'base MiB':>9} {'mem x':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (float(s) for s in args.sizes.split(",")):
            path = os.path.join(tmp, f"plan-{size:g}.yaml")
            subprocess.run([sys.executable, os.path.join(HERE, "genplan.py"), path,
                            str(int(size * 1024 * 1024))], check=True)
            ours = measure([iwg, "--plan", path, "--as-of", "2024-05-01", "agenda",
                            "--month", "may"], args.runs)
            base = measure([baseline, path], args.runs)
            print(f"{size:>5g}M {ours[0]:>8.3f} {base[0]:>8.3f} {ours[0] / base[0]:>7.2f} "
                  f"{ours[1] / 1024:>8.1f} {base[1] / 1024:>9.1f} {ours[1] / base[1]:>6.2f}")


def run_shape(args, iwg, baseline):
    print(f"{'items':>7} {'iwg s':>8} {'base s':>8} {'time x':>7} {'iwg MiB':>8} "
          f"{'base MiB':>9} {'mem x':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(c) for c in args.counts.split(",")):
            path = os.path.join(tmp, f"{args.shape}-{count}.yaml")
            subprocess.run([sys.executable, os.path.join(HERE, "shapes.py"), args.shape,
                            str(count), path], check=True)
            # Plans with findings exit 1 from validate.
            ours = measure([iwg, "--plan", path, "--as-of", "2024-12-01"] +
                           SHAPE_COMMANDS[args.shape], args.runs, (0, 1))
            base = measure([baseline, path], args.runs)
            print(f"{count:>7} {ours[0]:>8.3f} {base[0]:>8.3f} {ours[0] / base[0]:>7.2f} "
                  f"{ours[1] / 1024:>8.1f} {base[1] / 1024:>9.1f} {ours[1] / base[1]:>6.2f}")


if __name__ == "__main__":
    main()
