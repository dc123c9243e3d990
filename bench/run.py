#!/usr/bin/python3
"""Benchmarks iwg's plan loading against a baseline measured in the same run.

For each generated plan size, runs `iwg agenda --month may` (load, check, report) and the
baseline (yaml-cpp's YAML::LoadFile plus a walk, what a naive loader does) several times,
and prints the best wall time and peak memory of each, and iwg's ratio to the baseline.
Ratios, not absolute times, are what to compare between runs and machines.

    bench/run.py --build build/bench [--sizes 0.01,1,4] [--runs 5]

Plans are generated as four files (genplan.py), within iwg's default limits (1 MiB per file,
4 MiB per plan) up to 4 MiB; a larger plan, or a shape's file past 1 MiB, is run with both
limits raised to its size and marked "raised limits: outside the goals".

With --shape (see shapes.py), plans of that shape with N items each (--counts) are checked
instead: `iwg validate` (`iwg status` for the reports shape). A time ratio that grows with N
means iwg's work grows faster than the file's size.

    bench/run.py --build build/bench --shape refs --counts 1000,2000,4000 --runs 3

With --worst, every command and built-in format runs on the output budget's worst cases
(tests/python/check_output_budget.py: among them the plan-wide link and location at E211's
edge) and on a large generated plan; for each it prints output bytes per input byte, peak
memory per input byte, and the time ratio to a bare yaml-cpp event parse of the same file
(iwg_bench_events), measured in the same run. Then custom templates that repeat what they
can (input: the plan and the template; "refused" when remind exits 2 at the budget) and
validate on 300 plans of 300 findings and on 300 empty files (input: the files read and
their names), in every validation format.

    bench/run.py --build build/bench --worst --runs 3

Wall time on a shared machine varies by more than the differences worth measuring. Two modes
compare iwg with the bare event parse (iwg_bench_events) more steadily:

--cpu measures user + system CPU time (from wait4) of `iwg validate` (or --command) and of the
bare parse on a generated plan of --large MiB, interleaved (parse, iwg, parse, iwg, ...: both
see the same load), --runs pairs, and prints the best of each and their ratio. --compare adds
other iwg binaries (e.g. a build of an earlier commit) to the same interleave.

    bench/run.py --build build/bench --cpu --runs 9 --large 4 [--compare OTHER/iwg]

--instructions counts the instructions each executes under valgrind's callgrind, which does
not depend on the load and repeats exactly from run to run; it runs each program once on a
plan of --large MiB (about a minute per MiB for iwg; 1 or 2 is enough). It measures work, not
time: cache misses, page faults and system calls cost time that no instruction count shows.

    bench/run.py --build build/bench --instructions --large 1 [--compare OTHER/iwg]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# iwg's default input limits (docs/security.md): the goals hold within them. A larger plan is
# run with both limits raised to its size, and marked: outside the goals, where cost only has to
# stay linear.
MAX_FILE_SIZE = 1024 * 1024
MAX_PLAN_SIZE = 4 * 1024 * 1024


def plan_size(path):
    """Bytes of a plan: a file, or a directory's files."""
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    return os.path.getsize(path)


def largest_file(path):
    if os.path.isdir(path):
        return max(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    return os.path.getsize(path)


def limit_options(path):
    """Global options that let iwg read `path`: none within the default limits."""
    size = plan_size(path)
    if size <= MAX_PLAN_SIZE and largest_file(path) <= MAX_FILE_SIZE:
        return []
    return ["--max-file-size", str(size), "--max-plan-size", str(size)]


def within_limits(path):
    return "" if limit_options(path) == [] else " (raised limits: outside the goals)"


def generate_plan(directory, mib):
    """A genplan.py plan directory of `mib` MiB."""
    subprocess.run([sys.executable, os.path.join(HERE, "genplan.py"), directory,
                    str(int(mib * 1024 * 1024))], check=True)
    return directory


SHAPE_COMMANDS = {
    "refs": ["validate"],
    "coverage": ["validate"],
    "errors": ["validate"],
    "reports": ["status"],
    "longline": ["validate"],
    "scalars": ["validate"],
    "defaults": ["agenda", "--all", "-f", "ics"],
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


def cpu_seconds(command, allowed_exit_codes=(0,)):
    """User + system CPU time of one run, from the child's own rusage."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in allowed_exit_codes:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    process.stderr.close()
    return usage.ru_utime + usage.ru_stime


def instructions(command, allowed_exit_codes=(0,)):
    """Instructions executed by one run under callgrind (the program's, not valgrind's)."""
    process = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if process.returncode not in allowed_exit_codes:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.decode()}")
    found = re.search(r"Collected : (\d+)", process.stderr.decode())
    if not found:
        sys.exit(f"no instruction count from callgrind:\n{process.stderr.decode()}")
    return int(found.group(1))


def iwg_command(iwg, command, path):
    limits = limit_options(path)
    if command[0] == "validate":
        return [iwg, *limits, "--as-of", "2024-12-31", *command, path]
    return [iwg, *limits, "--plan", path, "--as-of", "2024-12-31", *command]


def run_against_parse(args, iwgs, events):
    """--cpu and --instructions: iwg binaries against the bare event parse, same plan."""
    command = args.command.split()
    with tempfile.TemporaryDirectory() as tmp:
        path = generate_plan(os.path.join(tmp, "plan"), args.large)
        programs = [("bare event parse", [events, path])] + [
            (iwg, iwg_command(iwg, command, path)) for iwg in iwgs]
        print(f"plan: {plan_size(path)} bytes in 4 files (genplan.py){within_limits(path)}; "
              f"iwg command: {args.command}")
        if args.instructions:
            counts = [instructions(full, (0, 1)) for _, full in programs]
            print(f"{'program':<40} {'instructions':>14} {'x parse':>8}")
            for (name, _), count in zip(programs, counts):
                print(f"{name:<40} {count:>14} {count / counts[0]:>8.3f}")
            return
        best = [float("inf")] * len(programs)
        for _ in range(args.runs):
            for i, (_, full) in enumerate(programs):
                best[i] = min(best[i], cpu_seconds(full, (0, 1)))
        print(f"CPU seconds (user + system), best of {args.runs}, interleaved")
        print(f"{'program':<40} {'CPU s':>8} {'x parse':>8}")
        for (name, _), seconds in zip(programs, best):
            print(f"{name:<40} {seconds:>8.3f} {seconds / best[0]:>8.3f}")


def run_worst(args, iwg, events):
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "python"))
    import check_output_budget as budget  # noqa: E402 (the generators the test uses)
    cases = budget.worst_cases()
    print(f"{'plan':<32} {'command':<30} {'in KiB':>7} {'out/in':>7} {'mem/in':>7} "
          f"{'mem MiB':>8} {'time x':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        large = generate_plan(os.path.join(tmp, "large"), args.large)
        paths = {f"generated {args.large:g} MiB{within_limits(large)}": large}
        for name, text in cases.items():
            paths[name] = os.path.join(tmp, name.replace(" ", "-").replace(",", "") + ".yaml")
            with open(paths[name], "w") as f:
                f.write(text)
        for name, path in paths.items():
            size = plan_size(path)
            parse_time, _ = measure([events, path], args.runs)
            for command in budget.COMMANDS:
                full = [iwg, *limit_options(path), "--as-of", "2024-12-31"] + (
                    [*command, path] if command[0] == "validate" else ["--plan", path, *command])
                seconds, rss = measure(full, args.runs, (0, 1))
                out = measure_output(full)
                print(f"{name:<32} {' '.join(command):<30} {size / 1024:>7.0f} "
                      f"{out / size:>7.2f} {rss * 1024 / size:>7.1f} {rss / 1024:>8.1f} "
                      f"{seconds / parse_time:>7.2f}")
            # publish writes files: its output is the site's bytes.
            site = os.path.join(tmp, "site-" + os.path.basename(path))
            full = [iwg, *limit_options(path), "--as-of", "2024-12-31", "publish", site, "--plan",
                    path]
            seconds, rss = measure(full, args.runs, (0, 1))
            out = sum(os.path.getsize(os.path.join(site, f)) for f in os.listdir(site))
            print(f"{name:<32} {'publish DIR':<30} {size / 1024:>7.0f} "
                  f"{out / size:>7.2f} {rss * 1024 / size:>7.1f} {rss / 1024:>8.1f} "
                  f"{seconds / parse_time:>7.2f}")
        run_worst_templates_and_findings(args, iwg, tmp, budget)


def run_worst_templates_and_findings(args, iwg, tmp, budget):
    """Custom templates (input: the plan and the template) and the findings of many plans
    (input: the files read and their names): output per byte of input, memory, and whether
    the template was refused (exit 2). Time is not compared with a parse here."""
    plan = os.path.join(tmp, "template-plan.yaml")
    with open(plan, "w") as f:
        f.write(budget.template_plan())
    for name, text in budget.template_cases().items():
        template = os.path.join(tmp, name.replace(" ", "-") + ".txt")
        with open(template, "w") as f:
            f.write(text)
        size = os.path.getsize(plan) + os.path.getsize(template)
        for template_format in ("text", "markdown", "email"):
            full = [iwg, "--plan", plan, "--as-of", "2024-05-01", "remind", "--month", "may",
                    "--template-file", template, "--template-format", template_format]
            seconds, rss = measure(full, args.runs, (0, 2))
            process = subprocess.run(full, capture_output=True)
            out = len(process.stdout) + len(process.stderr)
            print(f"{'template: ' + name:<32} {'remind ' + template_format:<30} "
                  f"{size / 1024:>7.0f} {out / size:>7.2f} {rss * 1024 / size:>7.1f} "
                  f"{rss / 1024:>8.1f} {'refused' if process.returncode == 2 else '':>7}")
    for name, make in (("300 plans, 300 findings", budget.repository_of_findings),
                       ("300 empty files", budget.empty_files)):
        root = os.path.join(tmp, name.replace(" ", "-").replace(",", ""))
        size = make(root)
        for validate_format in ("text", "json", "github", "sarif"):
            full = [iwg, "validate", "-f", validate_format, root]
            seconds, rss = measure(full, args.runs, (1,))
            out = measure_output(full)
            print(f"{name:<32} {'validate -f ' + validate_format:<30} {size / 1024:>7.0f} "
                  f"{out / max(size, 1):>7.2f} {rss * 1024 / max(size, 1):>7.1f} "
                  f"{rss / 1024:>8.1f} {seconds:>6.2f}s")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True,
                        help="a build directory configured with -DIWG_BUILD_BENCH=ON")
    parser.add_argument("--sizes", default="0.01,1,4",
                        help="plan sizes in MiB (past 4: run with raised limits)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shape", choices=sorted(SHAPE_COMMANDS),
                        help="measure plans of this shape (shapes.py) instead of sizes")
    parser.add_argument("--counts", default="1000,4000,16000",
                        help="with --shape: items per plan")
    parser.add_argument("--worst", action="store_true",
                        help="every command and format on the worst cases and a large plan")
    parser.add_argument("--large", type=float, default=4,
                        help="with --worst, --cpu or --instructions: the size of the "
                        "(large) plan in MiB; the default limit is 4 (past it: run with "
                        "raised limits, outside the goals)")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU time of iwg and the bare event parse, interleaved")
    parser.add_argument("--instructions", action="store_true",
                        help="instructions (callgrind) of iwg and the bare event parse")
    parser.add_argument("--command", default="validate",
                        help="with --cpu or --instructions: the iwg command, e.g. 'status'")
    parser.add_argument("--compare", action="append", default=[], metavar="IWG",
                        help="with --cpu or --instructions: another iwg binary to measure too")
    args = parser.parse_args()
    iwg = os.path.join(args.build, "iwg")
    if args.cpu or args.instructions:
        run_against_parse(args, [iwg, *args.compare],
                          os.path.join(args.build, "bench", "iwg_bench_events"))
        return
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
            path = generate_plan(os.path.join(tmp, f"plan-{size:g}"), size)
            ours = measure([iwg, *limit_options(path), "--plan", path, "--as-of", "2024-05-01",
                            "agenda", "--month", "may"], args.runs)
            base = measure([baseline, path], args.runs)
            print(f"{size:>5g}M {ours[0]:>8.3f} {base[0]:>8.3f} {ours[0] / base[0]:>7.2f} "
                  f"{ours[1] / 1024:>8.1f} {base[1] / 1024:>9.1f} {ours[1] / base[1]:>6.2f}"
                  f"{within_limits(path)}")


def run_shape(args, iwg, baseline):
    print(f"{'items':>7} {'iwg s':>8} {'base s':>8} {'time x':>7} {'iwg MiB':>8} "
          f"{'base MiB':>9} {'mem x':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(c) for c in args.counts.split(",")):
            path = os.path.join(tmp, f"{args.shape}-{count}.yaml")
            subprocess.run([sys.executable, os.path.join(HERE, "shapes.py"), args.shape,
                            str(count), path], check=True)
            # Plans with findings exit 1 from validate.
            ours = measure([iwg, *limit_options(path), "--plan", path, "--as-of", "2024-12-01"] +
                           SHAPE_COMMANDS[args.shape], args.runs, (0, 1))
            base = measure([baseline, path], args.runs)
            print(f"{count:>7} {ours[0]:>8.3f} {base[0]:>8.3f} {ours[0] / base[0]:>7.2f} "
                  f"{ours[1] / 1024:>8.1f} {base[1] / 1024:>9.1f} {ours[1] / base[1]:>6.2f}"
                  f"{within_limits(path)}")


if __name__ == "__main__":
    main()
