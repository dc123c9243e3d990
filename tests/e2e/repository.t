# A repository of plans (tests/fixtures/repo/): discovery, every plan validated, the year and
# group checks, skipped paths, choosing one plan for a report, summary --all.

# Two years, one finding accepted by an allow comment: every plan checked, one summary.
$ iwg validate tests/fixtures/repo/two-years
tests/fixtures/repo/two-years/2024 ok; tests/fixtures/repo/two-years/2025 ok; 2 files (1 finding accepted)
[exit 0]

# The same in every format: one document each, every plan in it.
$ iwg validate --format json tests/fixtures/repo/two-years
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 0,
    "warnings": 0,
    "files": 2,
    "accepted": 1
  },
  "plans": [
    {
      "path": "tests/fixtures/repo/two-years/2024",
      "errors": 0,
      "warnings": 0,
      "accepted": 0,
      "files": 1
    },
    {
      "path": "tests/fixtures/repo/two-years/2025",
      "errors": 0,
      "warnings": 0,
      "accepted": 1,
      "files": 1
    }
  ],
  "files": [
    "tests/fixtures/repo/two-years/2024/plan.yaml",
    "tests/fixtures/repo/two-years/2025/plan.yaml"
  ],
  "findings": [
    {
      "file": "tests/fixtures/repo/two-years/2025/plan.yaml",
      "line": 17,
      "column": 12,
      "end": {
        "line": 17,
        "column": 25
      },
      "rule": "W204",
      "severity": "warning",
      "message": "row 'Open data day' has no month",
      "hint": "add its month once it is known; until then agendas show it only with --all",
      "related": null,
      "accepted": true,
      "justification": "the month is decided at the kick-off"
    }
  ]
}
[exit 0]
$ iwg validate --format github tests/fixtures/repo/two-years
[exit 0]
$ iwg validate --format github tests/fixtures/repo/broken
::warning file=tests/fixtures/repo/broken/2024.bak,title=W302 skipped-path::skipped: '2024.bak' is not a year directory (a year is four digits, e.g. 2024)
::warning file=tests/fixtures/repo/broken/2024/plan.yaml,line=7,col=9,title=W202 unserved-goal::no action serves goal 'G1'%0Ahint: add 'G1' to the 'goals' of the actions that serve it
::error file=tests/fixtures/repo/broken/2024/plan.yaml,line=12,col=13,title=E202 unknown-goal::unknown goal 'G7' (the only goal is G1)
::error file=tests/fixtures/repo/broken/2025/plan.yaml,line=5,col=7,title=E301 year-mismatch::the plan says year 2024, but its directory is '2025'%0Ahint: set 'year: 2025' if this is the 2025 plan (copied forward from 2024?), or move it to a directory named 2024
::error file=tests/fixtures/repo/broken/2026,title=E010 no-plan-files::no plan files (*.yaml or *.yml) in this directory
::warning file=tests/fixtures/repo/broken/2027,title=W302 skipped-path::skipped: the same directory as 'tests/fixtures/repo/broken/2024'
::warning file=tests/fixtures/repo/broken/loop,title=W302 skipped-path::skipped: a symbolic link that cannot be followed (a loop, or its target is missing)
::warning file=tests/fixtures/repo/broken/notes,title=W302 skipped-path::skipped: neither a year directory (YYYY) nor a group directory that holds year directories
::warning file=tests/fixtures/repo/broken/outside,title=W302 skipped-path::skipped: a symbolic link to a directory outside the repository
[exit 2]

# Everything that can go wrong in one directory of plans: an error in 2024, a plan copied
# forward with its old year, a backup and a notes directory, links outside, in a loop and to
# a directory already read, and an empty year directory (unreadable input: exit 2).
$ iwg validate tests/fixtures/repo/broken
tests/fixtures/repo/broken/2024.bak: warning[W302]: skipped: '2024.bak' is not a year directory (a year is four digits, e.g. 2024)
tests/fixtures/repo/broken/2024/plan.yaml:7:9: warning[W202]: no action serves goal 'G1'
  |
7 |   - id: G1
  |         ^^
  = hint: add 'G1' to the 'goals' of the actions that serve it
tests/fixtures/repo/broken/2024/plan.yaml:12:13: error[E202]: unknown goal 'G7' (the only goal is G1)
   |
12 |     goals: [G7]
   |             ^^
tests/fixtures/repo/broken/2025/plan.yaml:5:7: error[E301]: the plan says year 2024, but its directory is '2025'
  |
5 | year: 2024
  |       ^^^^
  = hint: set 'year: 2025' if this is the 2025 plan (copied forward from 2024?), or move it to a directory named 2024
tests/fixtures/repo/broken/2026: error[E010]: no plan files (*.yaml or *.yml) in this directory
tests/fixtures/repo/broken/2027: warning[W302]: skipped: the same directory as 'tests/fixtures/repo/broken/2024'
tests/fixtures/repo/broken/loop: warning[W302]: skipped: a symbolic link that cannot be followed (a loop, or its target is missing)
tests/fixtures/repo/broken/notes: warning[W302]: skipped: neither a year directory (YYYY) nor a group directory that holds year directories
tests/fixtures/repo/broken/outside: warning[W302]: skipped: a symbolic link to a directory outside the repository

1 error, 1 warning in tests/fixtures/repo/broken/2024; 1 error in tests/fixtures/repo/broken/2025; 1 error in tests/fixtures/repo/broken/2026; 5 warnings in the layout; 2 files
[exit 2]

# Groups: validate checks every group; --group keeps one.
$ iwg validate tests/fixtures/repo/groups
tests/fixtures/repo/groups/iwg/2025 ok; tests/fixtures/repo/groups/odc/2024 ok; tests/fixtures/repo/groups/odc/2025 ok; 3 files
[exit 0]
$ iwg --group odc validate tests/fixtures/repo/groups
tests/fixtures/repo/groups/odc/2024 ok; tests/fixtures/repo/groups/odc/2025 ok; 2 files
[exit 0]
$ iwg --group odd validate tests/fixtures/repo/groups
[stderr]
iwg: error: --group: no group 'odd' (did you mean 'odc'?); the groups are iwg, odc
[exit 2]

# Plan files beside year directories.
$ iwg validate tests/fixtures/repo/mixed
tests/fixtures/repo/mixed: error[E303]: this directory holds plan files and year directories (such as '2024'); each is checked as a plan of its own

tests/fixtures/repo/mixed ok; tests/fixtures/repo/mixed/2024 ok; 1 error in the layout; 2 files
[exit 1]

# A file of a plan directory stands for the whole plan, from --plan as from validate.
$ iwg --plan tests/fixtures/repo/two-years/2025/plan.yaml summary --as-of 2025-01-10
Test Group · Plan 2025
Plan year 2025: 1 goal, 1 action, 1 meeting, 0 breaks, 1 unscheduled row.

Goals
  Goal  Served by  Text
  G1    A1         Share what works

Actions
  Action  Goals  Text
  A1      G1     Run monthly meetings

Months
  Month      Kind     Topic
  January    -        (nothing planned)
  February   -        (nothing planned)
  March      -        (nothing planned)
  April      -        (nothing planned)
  May        meeting  Kick-off 2025
  June       -        (nothing planned)
  July       -        (nothing planned)
  August     -        (nothing planned)
  September  -        (nothing planned)
  October    -        (nothing planned)
  November   -        (nothing planned)
  December   -        (nothing planned)

Unscheduled
  Kind     Topic
  meeting  Open data day
[exit 0]
$ iwg validate tests/fixtures/repo/two-years/2025/plan.yaml
ok: no problems in 1 file (1 finding accepted)
[exit 0]

# Reports pick one plan: the year a month names, else the as-of year, else the latest; they
# name it when there were several. With several groups, --group is needed.
$ iwg --plan tests/fixtures/repo/two-years agenda --month 2024-05 --as-of 2025-03-01
Test Group · Plan 2024
Plan: tests/fixtures/repo/two-years/2024.

May 2024
  Topic:        Kick-off 2024
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/repo/two-years agenda --month may --as-of 2031-03-01
Test Group · Plan 2025
Plan: tests/fixtures/repo/two-years/2025.

May 2025
  Topic:        Kick-off 2025
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/repo/groups agenda --month may --as-of 2025-03-01
[stderr]
iwg: error: the plans are of several groups; pick one with --group (iwg, odc)
[exit 2]
$ iwg --plan tests/fixtures/repo/groups --group odc agenda --month may --as-of 2025-03-01
Open Data Charter · Plan 2025
Plan: tests/fixtures/repo/groups/odc/2025.

May 2025
  Topic:        Kick-off 2025
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/repo/groups --group ocd agenda --month may --as-of 2025-03-01
[stderr]
iwg: error: --group: no group 'ocd' (did you mean 'odc'?); the groups are iwg, odc
[exit 2]

# A plan whose year contradicts its directory is refused by the reports, not misread.
$ iwg --plan tests/fixtures/repo/broken agenda --month 2025-05 --as-of 2025-03-01
[stderr]
tests/fixtures/repo/broken/2025/plan.yaml:5:7: error[E301]: the plan says year 2024, but its directory is '2025'
  |
5 | year: 2024
  |       ^^^^
  = hint: set 'year: 2025' if this is the 2025 plan (copied forward from 2024?), or move it to a directory named 2024
[exit 1]

# Every command lists a plan's findings in position order: E301 (where the plan is, checked
# last) before E202 (a check), in the reports as in validate.
$ iwg --plan tests/fixtures/repo/unsorted agenda --as-of 2025-05-01
[stderr]
tests/fixtures/repo/unsorted/2025/plan.yaml:3:7: error[E301]: the plan says year 2024, but its directory is '2025'
  |
3 | year: 2024
  |       ^^^^
  = hint: set 'year: 2025' if this is the 2025 plan (copied forward from 2024?), or move it to a directory named 2024
tests/fixtures/repo/unsorted/2025/plan.yaml:7:28: error[E202]: unknown goal 'G7' (the only goal is G1)
  |
7 | actions: [{id: A1, goals: [G7], text: Run monthly meetings}]
  |                            ^^
[exit 1]
$ iwg validate tests/fixtures/repo/unsorted
tests/fixtures/repo/unsorted/2025/plan.yaml:3:7: error[E301]: the plan says year 2024, but its directory is '2025'
  |
3 | year: 2024
  |       ^^^^
  = hint: set 'year: 2025' if this is the 2025 plan (copied forward from 2024?), or move it to a directory named 2024
tests/fixtures/repo/unsorted/2025/plan.yaml:6:10: warning[W202]: no action serves goal 'G1'
  |
6 |   - {id: G1, text: Share what works}
  |          ^^
  = hint: add 'G1' to the 'goals' of the actions that serve it
tests/fixtures/repo/unsorted/2025/plan.yaml:7:28: error[E202]: unknown goal 'G7' (the only goal is G1)
  |
7 | actions: [{id: A1, goals: [G7], text: Run monthly meetings}]
  |                            ^^

2 errors, 1 warning in 1 file
[exit 1]

# summary --all: one line per plan.
$ iwg --plan tests/fixtures/repo/groups summary --all --as-of 2024-06-01
Plans
As of 2024-06-01: 3 plans.

Group                         Year  Held  Upcoming  Stale  Open actions  Plan
Implementation Working Group  2025  0     1         0      1             tests/fixtures/repo/groups/iwg/2025
Open Data Charter             2024  0     0         1      1             tests/fixtures/repo/groups/odc/2024
Open Data Charter             2025  0     1         0      1             tests/fixtures/repo/groups/odc/2025
[exit 0]
$ iwg --plan tests/fixtures/repo/groups summary --all --as-of 2024-06-01 --format markdown
# Plans

As of 2024-06-01: 3 plans.

| Group | Year | Held | Upcoming | Stale | Open actions | Plan |
| --- | --- | --- | --- | --- | --- | --- |
| Implementation Working Group | 2025 | 0 | 1 | 0 | 1 | tests/fixtures/repo/groups/iwg/2025 |
| Open Data Charter | 2024 | 0 | 0 | 1 | 1 | tests/fixtures/repo/groups/odc/2024 |
| Open Data Charter | 2025 | 0 | 1 | 0 | 1 | tests/fixtures/repo/groups/odc/2025 |
[exit 0]
$ iwg --plan tests/fixtures/repo/two-years summary --all --as-of 2024-06-01 --format json
{
  "report": "plans",
  "version": 2,
  "as_of": "2024-06-01",
  "plans": [
    {
      "path": "tests/fixtures/repo/two-years/2024",
      "group": "Test Group",
      "title": "Plan 2024",
      "year": 2024,
      "errors": 0,
      "held": 0,
      "upcoming": 0,
      "stale": 1,
      "open_actions": 1
    },
    {
      "path": "tests/fixtures/repo/two-years/2025",
      "group": "Test Group",
      "title": "Plan 2025",
      "year": 2025,
      "errors": 0,
      "held": 0,
      "upcoming": 1,
      "stale": 0,
      "open_actions": 1
    }
  ]
}
[exit 0]
$ iwg --plan tests/fixtures/repo/broken summary --all --as-of 2024-06-01
Plans
As of 2024-06-01: 3 plans.

Group       Year  Held  Upcoming  Stale  Open actions                Plan
Test Group  2024                         1 error (run iwg validate)  tests/fixtures/repo/broken/2024
Test Group  2025                         1 error (run iwg validate)  tests/fixtures/repo/broken/2025
            2026                         1 error (run iwg validate)  tests/fixtures/repo/broken/2026
[exit 1]
$ iwg --plan tests/fixtures/repo/groups --group odc summary --all --as-of 2024-06-01
Plans
As of 2024-06-01: 2 plans.

Group              Year  Held  Upcoming  Stale  Open actions  Plan
Open Data Charter  2024  0     0         1      1             tests/fixtures/repo/groups/odc/2024
Open Data Charter  2025  0     1         0      1             tests/fixtures/repo/groups/odc/2025
[exit 0]
$ iwg --plan tests/fixtures/repo/groups --group ocd summary --all --as-of 2024-06-01
[stderr]
iwg: error: --group: no group 'ocd' (did you mean 'odc'?); the groups are iwg, odc
[exit 2]

# No plan hides from validate: a plan file beside group directories is E303, and every
# group's plans are still checked (odc's error reported).
$ iwg validate tests/fixtures/repo/stray
tests/fixtures/repo/stray: error[E303]: this directory holds plan files and group directories (such as 'iwg'); every plan in it is checked
  = hint: move the plan files into the year directory of their group ('tests/fixtures/repo/stray/GROUP/YEAR')
tests/fixtures/repo/stray/odc/2025/plan.yaml:7:9: warning[W202]: no action serves goal 'G1'
  |
7 |   - id: G1
  |         ^^
  = hint: add 'G1' to the 'goals' of the actions that serve it
tests/fixtures/repo/stray/odc/2025/plan.yaml:12:13: error[E202]: unknown goal 'G7' (the only goal is G1)
   |
12 |     goals: [G7]
   |             ^^

1 error, 1 warning in tests/fixtures/repo/stray/odc/2025; tests/fixtures/repo/stray ok; tests/fixtures/repo/stray/iwg/2024 ok; 1 error in the layout; 3 files
[exit 1]
$ iwg --plan tests/fixtures/repo/stray summary --all --as-of 2025-06-01
[stderr]
tests/fixtures/repo/stray: error[E303]: this directory holds plan files and group directories (such as 'iwg'); every plan in it is checked
  = hint: move the plan files into the year directory of their group ('tests/fixtures/repo/stray/GROUP/YEAR')
[exit 1]
$ iwg --plan tests/fixtures/repo/stray --group iwg agenda --as-of 2024-05-01
[stderr]
tests/fixtures/repo/stray: error[E303]: this directory holds plan files and group directories (such as 'iwg'); every plan in it is checked
  = hint: move the plan files into the year directory of their group ('tests/fixtures/repo/stray/GROUP/YEAR')
[exit 1]

# Year directories beside group directories: E303, every plan checked; every command refuses
# the layout, as validate does.
$ iwg validate tests/fixtures/repo/years-and-groups
tests/fixtures/repo/years-and-groups: error[E303]: this directory holds year directories (such as '2024') and group directories (such as 'odc'); every plan in it is checked
  = hint: move the year directories into a group directory ('tests/fixtures/repo/years-and-groups/GROUP/2024'), so that --group can name them

tests/fixtures/repo/years-and-groups/2024 ok; tests/fixtures/repo/years-and-groups/odc/2024 ok; 1 error in the layout; 2 files
[exit 1]
$ iwg --plan tests/fixtures/repo/years-and-groups --group odc status --as-of 2024-06-01
[stderr]
tests/fixtures/repo/years-and-groups: error[E303]: this directory holds year directories (such as '2024') and group directories (such as 'odc'); every plan in it is checked
  = hint: move the year directories into a group directory ('tests/fixtures/repo/years-and-groups/GROUP/2024'), so that --group can name them
[exit 1]
$ iwg --plan tests/fixtures/repo/years-and-groups document
[stderr]
tests/fixtures/repo/years-and-groups: error[E303]: this directory holds year directories (such as '2024') and group directories (such as 'odc'); every plan in it is checked
  = hint: move the year directories into a group directory ('tests/fixtures/repo/years-and-groups/GROUP/2024'), so that --group can name them
[exit 1]

# Plan files that are links out of the plans' path (/proc/self/environ, /etc/passwd, the
# repository's README) are not read: E001 names the link and nothing of its target. A hidden
# directory and a plan directory's subdirectory with plan files are named (W302).
$ iwg validate tests/fixtures/repo/links
tests/fixtures/repo/links/.drafts: warning[W302]: skipped: a hidden directory that holds plan files (such as '2025/plan.yaml'); no command reads them
tests/fixtures/repo/links/2024/drafts: warning[W302]: skipped: a directory inside the plan directory 'tests/fixtures/repo/links/2024' that holds plan files (such as 'goals.yaml'); no command reads them
tests/fixtures/repo/links/2024/env.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
tests/fixtures/repo/links/2024/passwd.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
tests/fixtures/repo/links/2024/readme.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'

3 errors, 2 warnings in 1 file
[exit 2]
$ iwg validate --format github tests/fixtures/repo/links
::warning file=tests/fixtures/repo/links/.drafts,title=W302 skipped-path::skipped: a hidden directory that holds plan files (such as '2025/plan.yaml'); no command reads them
::warning file=tests/fixtures/repo/links/2024/drafts,title=W302 skipped-path::skipped: a directory inside the plan directory 'tests/fixtures/repo/links/2024' that holds plan files (such as 'goals.yaml'); no command reads them
::error file=tests/fixtures/repo/links/2024/env.yaml,title=E001 unreadable-file::not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it%0Ahint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
::error file=tests/fixtures/repo/links/2024/passwd.yaml,title=E001 unreadable-file::not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it%0Ahint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
::error file=tests/fixtures/repo/links/2024/readme.yaml,title=E001 unreadable-file::not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it%0Ahint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
[exit 2]
$ iwg --plan tests/fixtures/repo/links agenda --all
[stderr]
tests/fixtures/repo/links/2024/env.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
tests/fixtures/repo/links/2024/passwd.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
tests/fixtures/repo/links/2024/readme.yaml: error[E001]: not read: with its links followed it lies outside 'tests/fixtures/repo/links', and iwg reads no file outside it
  = hint: put the file itself, not a link to it, inside 'tests/fixtures/repo/links'
[exit 2]
