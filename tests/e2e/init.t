# `iwg init`: next year's plan from this year's, a skeleton, and what init refuses.
# $TMP is a fresh directory for this transcript (see run.py); later cases read what earlier
# ones wrote.

# From the frozen 2024 plan: every goal and every action (none is done or dropped), no meeting.
$ iwg init --from tests/fixtures/plan-2024 $TMP/2025
wrote $TMP/2025 from tests/fixtures/plan-2024: 5 goals, 6 open actions, 12 months to fill in
[exit 0]

# The new plan passes validate, and lists its four files.
$ iwg validate $TMP/2025
ok: no problems in 4 files
[exit 0]

$ iwg validate --format json $TMP/2025
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 0,
    "warnings": 0,
    "files": 4,
    "accepted": 0
  },
  "plans": [
    {
      "path": "$TMP/2025",
      "errors": 0,
      "warnings": 0,
      "accepted": 0,
      "files": 4
    }
  ],
  "files": [
    "$TMP/2025/actions.yaml",
    "$TMP/2025/goals.yaml",
    "$TMP/2025/meetings.yaml",
    "$TMP/2025/plan.yaml"
  ],
  "findings": []
}
[exit 0]

# A directory that holds anything is refused, and left as it was.
$ iwg init --from tests/fixtures/plan-2024 $TMP/2025
[stderr]
iwg: error: $TMP/2025: not empty; init writes a new plan directory and never overwrites one
[exit 2]

$ iwg validate --format json $TMP/2025
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 0,
    "warnings": 0,
    "files": 4,
    "accepted": 0
  },
  "plans": [
    {
      "path": "$TMP/2025",
      "errors": 0,
      "warnings": 0,
      "accepted": 0,
      "files": 4
    }
  ],
  "files": [
    "$TMP/2025/actions.yaml",
    "$TMP/2025/goals.yaml",
    "$TMP/2025/meetings.yaml",
    "$TMP/2025/plan.yaml"
  ],
  "findings": []
}
[exit 0]

$ iwg init tests/fixtures/tiny
[stderr]
iwg: error: tests/fixtures/tiny: not empty; init writes a new plan directory and never overwrites one
[exit 2]

$ iwg init $TMP/2025/plan.yaml
[stderr]
iwg: error: $TMP/2025/plan.yaml: exists and is not a directory; init writes a new plan directory and never overwrites one
[exit 2]

# The parent directory must exist: init makes one directory, not a path.
$ iwg init $TMP/missing/2025
[stderr]
iwg: error: $TMP/missing/2025: cannot create a directory beside it: No such file or directory
[exit 2]

# Done and dropped actions stay behind; hostile text is carried (plan_writer_test checks it
# byte for byte). The warnings are the source plan's own, less its unscheduled meeting row.
$ iwg init --from tests/fixtures/rich --year 2030 $TMP/rich
wrote $TMP/rich from tests/fixtures/rich: 3 goals, 2 open actions, 12 months to fill in
[exit 0]

$ iwg validate $TMP/rich
$TMP/rich/actions.yaml:7:9: warning[W203]: action 'A4' serves no goal
  |
7 |   - id: A4
  |         ^^
  = hint: add 'goals: [...]' with the ids of the goals it serves
$TMP/rich/goals.yaml:8:9: warning[W202]: no action serves goal 'G3'
  |
8 |   - id: G3
  |         ^^
  = hint: add 'G3' to the 'goals' of the actions that serve it

0 errors, 2 warnings in 4 files
[exit 0]

# A directory of years: the latest year, and the new plan is the year after it.
$ iwg init --from tests/fixtures/years $TMP/years
wrote $TMP/years from tests/fixtures/years/2025: 1 goal, 1 open action, 12 months to fill in
[exit 0]

# A plan with errors is not carried: its findings, exit 1, nothing written.
$ iwg init --from tests/fixtures/validate/E202-unknown-goal/fail $TMP/broken
[stderr]
tests/fixtures/validate/E202-unknown-goal/fail/plan.yaml:31:17: error[E202]: unknown goal 'G7' (goals are G1..G5)
   |
31 |     goals: [G5, G7]
   |                 ^^
[exit 1]

$ iwg validate $TMP/broken
$TMP/broken: error[E001]: no such file or directory

1 error, 0 warnings in 0 files
[exit 2]

$ iwg init --from tests/fixtures/no-such-plan $TMP/none
[stderr]
iwg: error: --from: 'tests/fixtures/no-such-plan' does not exist
[exit 2]

# Without --from: a skeleton for the as-of year; validate names each text to fill in.
$ iwg --as-of 2025-03-01 init $TMP/skeleton
wrote $TMP/skeleton: a skeleton plan for 2025; iwg validate names each text to fill in
[exit 0]

$ iwg validate $TMP/skeleton
$TMP/skeleton/actions.yaml:5:11: error[E112]: 'text' is empty
  |
5 |     text: ""
  |           ^
  = hint: write the text, or remove the field
$TMP/skeleton/goals.yaml:5:11: error[E112]: 'text' is empty
  |
5 |     text: ""
  |           ^
  = hint: write the text, or remove the field
$TMP/skeleton/plan.yaml:5:8: error[E112]: 'group' is empty
  |
5 | group: ""
  |        ^
  = hint: write the text, or remove the field
$TMP/skeleton/plan.yaml:6:8: error[E112]: 'title' is empty
  |
6 | title: ""
  |        ^
  = hint: write the text, or remove the field

4 errors, 0 warnings in 4 files
[exit 1]

# --year overrides the year, with or without --from.
$ iwg init --year 2031 $TMP/skeleton-2031
wrote $TMP/skeleton-2031: a skeleton plan for 2031; iwg validate names each text to fill in
[exit 0]

# --year is a whole number from 1000 to 9999; DIR is required.
$ iwg init --year 25 $TMP/x
[stderr]
iwg: error: --year: '25' is not a whole number from 1000 to 9999
  run 'iwg init --help' for usage
[exit 2]

$ iwg init --year 2025.5 $TMP/x
[stderr]
iwg: error: --year: '2025.5' is not a whole number from 1000 to 9999
  run 'iwg init --help' for usage
[exit 2]

$ iwg init --year next $TMP/x
[stderr]
iwg: error: --year: 'next' is not a whole number from 1000 to 9999
  run 'iwg init --help' for usage
[exit 2]

$ iwg init
[stderr]
iwg: error: dir is required
  run 'iwg init --help' for usage
[exit 2]

$ iwg init --help
Start a new plan directory, e.g. next year's
Usage: iwg init [OPTIONS] dir

Positionals:
  dir DIR REQUIRED        The new plan's directory: must not exist, or be empty

Options:
  -h,--help               Print this help message and exit
  --from PATH             Start from this plan (found as --plan is)
  --year YEAR             The new plan's year (default: --from's year + 1)

With --from, the new plan keeps the group, the introduction, the focus areas and the
goals, takes the title with the year changed, and carries the actions that are not
done or dropped, planned again. Meetings are not carried: meetings.yaml has one
commented row per month to fill in. --from may name a directory of years, as --plan
may: it gives the year before --year, else its latest. Without --from, the files are
a skeleton for --year (default: the --as-of year) whose empty texts
'iwg validate DIR' names. DIR is written all at once; an existing file or a
non-empty directory is never overwritten.

Exit codes:
  0  success
  1  the --from plan has errors
  2  bad invocation, unreadable input, DIR not empty, or a write that failed
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]

