# `iwg validate`, text format: the shipped plan, defaults, several plans, options, exit codes.
# The shipped plan: one warning, true of the source (its table gives one row no month).
$ iwg --as-of 2024-05-01 validate plans/2024
ok: no problems in 4 files (1 finding accepted)
[exit 0]

# Without PATH: the discovered plan (./plans, the as-of year's directory).
$ iwg --as-of 2024-05-01 validate
ok: no problems in 4 files (1 finding accepted)
[exit 0]

# --strict: warnings fail.
$ iwg --as-of 2024-05-01 validate --strict tests/fixtures/validate/W204-unscheduled-row/fail
tests/fixtures/validate/W204-unscheduled-row/fail/plan.yaml:15:12: warning[W204]: row 'Data fair' has no month
   |
15 |   - topic: Data fair
   |            ^^^^^^^^^
  = hint: add its month once it is known; until then agendas show it only with --all

0 errors, 1 warning in 1 file
[exit 1]

# Clean: a one-line ok summary; --quiet silences it.
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/W204-unscheduled-row/pass
ok: no problems in 1 file
[exit 0]

$ iwg --as-of 2024-05-01 validate --quiet tests/fixtures/validate/W204-unscheduled-row/pass
[exit 0]

# Several plans at once: every finding, sorted by file and position, one summary.
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/E202-unknown-goal/fail tests/fixtures/validate/E201-duplicate-id/fail tests/fixtures/validate/W201-shared-month/fail tests/fixtures/validate/E205-date-month-mismatch/fail tests/fixtures/validate/E207-meeting-in-break/fail
tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml:4:9: error[E201]: duplicate goal id 'G1'
  |
4 |   - id: G1
  |         ^^
  = note: first defined at tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml:2:9
  = hint: give this goal an id of its own
tests/fixtures/validate/E202-unknown-goal/fail/plan.yaml:31:17: error[E202]: unknown goal 'G7' (goals are G1..G5)
   |
31 |     goals: [G5, G7]
   |                 ^^
tests/fixtures/validate/E205-date-month-mismatch/fail/plan.yaml:14:11: error[E205]: date 2024-06-14 lies in June, but the row's month is May
   |
14 |     date: 2024-06-14
   |           ^^^^^^^^^^
  = note: the row's month at tests/fixtures/validate/E205-date-month-mismatch/fail/plan.yaml:13:12
  = hint: make the date and 'month' agree
tests/fixtures/validate/E207-meeting-in-break/fail/plan.yaml:18:12: error[E207]: meeting 'Data fair' is planned in August, which the plan marks as a break
   |
18 |   - month: august
   |            ^^^^^^
  = note: the break at tests/fixtures/validate/E207-meeting-in-break/fail/plan.yaml:15:12
  = hint: move it to another month, or set 'status: cancelled'
tests/fixtures/validate/W201-shared-month/fail/plan.yaml:15:12: warning[W201]: May already has a topic: 'Kick-off'
   |
15 |   - month: may
   |            ^^^
  = note: the month's first topic at tests/fixtures/validate/W201-shared-month/fail/plan.yaml:13:12
  = hint: if both are intended, set 'shares_month: true' on a row of May; else move one

1 error in tests/fixtures/validate/E201-duplicate-id/fail; 1 error in tests/fixtures/validate/E202-unknown-goal/fail; 1 error in tests/fixtures/validate/E205-date-month-mismatch/fail; 1 error in tests/fixtures/validate/E207-meeting-in-break/fail; 1 warning in tests/fixtures/validate/W201-shared-month/fail; 6 files
[exit 1]

# A typo in a structure field and its meaning: each reported once, no cascade.
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/E106-bad-id/fail tests/fixtures/validate/E105-bad-month/fail tests/fixtures/validate/E109-duplicate-section/fail
tests/fixtures/validate/E105-bad-month/fail/plan.yaml:13:12: error[E105]: 'month' must be a month name (january … december, or jan, sept, …), not 'mai'
   |
13 |   - month: mai
   |            ^^^
  = hint: did you mean 'may'?
tests/fixtures/validate/E106-bad-id/fail/plan.yaml:6:9: error[E106]: goal id 'g1' must look like G1
  |
6 |   - id: g1
  |         ^^
  = hint: did you mean 'G1'?
tests/fixtures/validate/E109-duplicate-section/fail/plan.yaml:5:1: error[E109]: section 'goals' is defined twice
  |
5 | goals:
  | ^
  = note: first defined at tests/fixtures/validate/E109-duplicate-section/fail/more.yaml:1:1
  = hint: keep each section in one file

1 error in tests/fixtures/validate/E105-bad-month/fail; 1 error in tests/fixtures/validate/E106-bad-id/fail; 1 error in tests/fixtures/validate/E109-duplicate-section/fail; 4 files
[exit 1]

# --quiet keeps the findings, drops the summary.
$ iwg --as-of 2024-05-01 validate --quiet tests/fixtures/validate/W203-action-without-goal/fail
tests/fixtures/validate/W203-action-without-goal/fail/plan.yaml:12:9: warning[W203]: action 'A2' serves no goal
   |
12 |   - id: A2
   |         ^^
  = hint: add 'goals: [...]' with the ids of the goals it serves
[exit 0]

# File-level findings, and unreadable input (exit 2).
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/E208-empty-plan/fail tests/fixtures/validate/E010-no-plan-files/fail
tests/fixtures/validate/E010-no-plan-files/fail: error[E010]: no plan files (*.yaml or *.yml), year directories or group directories in this directory
tests/fixtures/validate/E208-empty-plan/fail/plan.yaml: error[E208]: the plan has no goals, no actions and no meetings
  = hint: add the plan's goals, actions and meetings

2 errors, 0 warnings in 1 file
[exit 2]

$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/E001-unreadable-file/fail/missing.yaml
tests/fixtures/validate/E001-unreadable-file/fail/missing.yaml: error[E001]: no such file or directory

1 error, 0 warnings in 0 files
[exit 2]

# Bad invocations.
$ iwg --as-of 2024-05-01 validate --format xml tests/fixtures/plan-2024
[stderr]
iwg: error: --format: 'xml' is not text, json, github or sarif
  run 'iwg validate --help' for usage
[exit 2]

$ iwg --as-of 2024-05-01 --plan nowhere validate
[stderr]
iwg: error: --plan: 'nowhere' does not exist
[exit 2]

# Hostile plan text in the text format: control characters are shown, not obeyed.
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/hostile
tests/fixtures/validate/hostile/plan,x:y%.yaml:15:12: warning[W204]: row '100% done\x0d\n::error file=x::forged, a:b' has no month
   |
15 |   - topic: "100% done\r\n::error file=x::forged, a:b"
   |            ^
  = hint: add its month once it is known; until then agendas show it only with --all

0 errors, 1 warning in 1 file
[exit 0]

# A file next to a plan.yaml is validated as part of its directory's plan (as pre-commit
# hooks pass the files a change touched); other files stand alone.
$ iwg validate tests/fixtures/plan-2024/goals.yaml tests/fixtures/plan-2024/meetings.yaml tests/fixtures/plan-2024/plan.yaml
tests/fixtures/plan-2024/meetings.yaml:14:12: warning[W204]: row 'Opening data in practice: lessons learned from govtech for h...' has no month
   |
14 |   - topic: "Opening data in practice: lessons learned from govtech for health, and chief data office...
   |            ^
  = hint: add its month once it is known; until then agendas show it only with --all

0 errors, 1 warning in 4 files
[exit 0]
$ iwg validate tests/fixtures/bad/bom-crlf.yaml tests/fixtures/bad/missing-year.yaml
tests/fixtures/bad/missing-year.yaml: error[E103]: the plan has no 'year'
  = hint: add 'year: …' to one of its files

1 error in tests/fixtures/bad/missing-year.yaml; tests/fixtures/bad/bom-crlf.yaml ok; 2 files
[exit 1]
