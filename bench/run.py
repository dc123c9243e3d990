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

With --worst, every command and built-in format runs on the output budget's worst cases
(tests/python/check_output_budget.py) and on a large generated plan; for each it prints
output bytes per input byte, peak memory per input byte, and the time ratio to a bare
yaml-cpp event parse of the same file (iwg_bench_events), measured in the same run.

    bench/run.py --build build/bench --worst --runs 3
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


# Peak memory comes from GNU time (Debian's `time`): a child's ru_maxrss from wait4 counts the
# pages of the Python process it was forked from (Linux keeps the larger of the two across
# exec), which swamps a small plan's own peak.
GNU_TIME = "/usr/bin/time"


def measure(command, runs, allowed_exit_codes=(0,)):
    best_time, best_rss = float("inf"), 0
    with tempfile.NamedTemporaryFile("r") as rss_file:
        for _ in range(runs):
            start = time.perf_counter()
            wrapped = [GNU_TIME, "-f", "%M", "-o", rss_file.name, *command]
            process = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _, status, _ = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) not in allowed_exit_codes:
                sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
            best_time = min(best_time, elapsed)
            rss_file.seek(0)
            best_rss = max(best_rss, int(rss_file.read().split()[-1]))  # KiB
    return best_time, best_rss


def measure_output(command):
    """Output bytes (stdout and stderr) of one run."""
    process = subprocess.run(command, capture_output=True)
    return len(process.stdout) + len(process.stderr)


def run_worst(args, iwg, events):
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "python"))
    import check_output_budget as budget  # noqa: E402 (the generators the test uses)
    cases = {"long text named often": budget.long_text_named_often(),
             "many rows, one goal": budget.many_rows_one_goal(),
             "many goals, one meeting": budget.many_goals_one_meeting(),
             "one action serves all": budget.one_action_serving_all()}
    print(f"{'plan':<24} {'command':<30} {'in KiB':>7} {'out/in':>7} {'mem/in':>7} "
          f"{'mem MiB':>8} {'time x':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        large = os.path.join(tmp, "large.yaml")
        subprocess.run([sys.executable, os.path.join(HERE, "genplan.py"), large,
                        str(int(args.large * 1024 * 1024))], check=True)
        paths = {f"generated {args.large:g} MiB": large}
        for name, text in cases.items():
            paths[name] = os.path.join(tmp, name.replace(" ", "-").replace(",", "") + ".yaml")
            with open(paths[name], "w") as f:
                f.write(text)
        for name, path in paths.items():
            size = os.path.getsize(path)
            parse_time, _ = measure([events, path], args.runs)
            for command in budget.COMMANDS:
                full = [iwg, "--as-of", "2024-12-31"] + (
                    [*command, path] if command[0] == "validate" else ["--plan", path, *command])
                seconds, rss = measure(full, args.runs, (0, 1))
                out = measure_output(full)
                print(f"{name:<24} {' '.join(command):<30} {size / 1024:>7.0f} "
                      f"{out / size:>7.2f} {rss * 1024 / size:>7.1f} {rss / 1024:>8.1f} "
                      f"{seconds / parse_time:>7.2f}")


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
    parser.add_argument("--worst", action="store_true",
                        help="every command and format on the worst cases and a large plan")
    parser.add_argument("--large", type=float, default=8,
                        help="with --worst: the size of the large plan in MiB")
    args = parser.parse_args()
    iwg = os.path.join(args.build, "iwg")
    baseline = os.path.join(args.build, "bench", "iwg_bench_baseline")
    if args.worst:
        run_worst(args, iwg, os.path.join(args.build, "bench", "iwg_bench_events"))
        return
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
