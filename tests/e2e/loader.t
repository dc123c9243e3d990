# Hostile and broken plan files: a clear error with file:line:col, never a crash or a hang.
# Exit 1 for a plan with errors, 2 for input that cannot be read.
$ iwg --plan tests/fixtures/bad/invalid-utf8.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/invalid-utf8.yaml:6:15: error[E003]: invalid UTF-8 byte 0xE9
  |
6 |     topic: caf\xe9 talk
  |               ^^^^
  = hint: save the file as UTF-8
[exit 1]
$ iwg --plan tests/fixtures/bad/nul.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/nul.yaml:6:15: error[E004]: NUL byte (U+0000) is not allowed
  |
6 |     topic: nul\x00here
  |               ^^^^
[exit 1]
$ iwg --plan tests/fixtures/bad/control.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/control.yaml:6:13: error[E004]: control character U+001B is not allowed
  |
6 |     topic: "\x1b]0;pwned\x07\x1b[2J"
  |             ^^^^
tests/fixtures/bad/control.yaml:6:22: error[E004]: control character U+0007 is not allowed
  |
6 |     topic: "\x1b]0;pwned\x07\x1b[2J"
  |                         ^^^^
tests/fixtures/bad/control.yaml:6:23: error[E004]: control character U+001B is not allowed
  |
6 |     topic: "\x1b]0;pwned\x07\x1b[2J"
  |                             ^^^^
[exit 1]
$ iwg --plan tests/fixtures/bad/escaped-control.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/escaped-control.yaml:6:12: error[E004]: 'topic' holds control character U+001B
  |
6 |     topic: "Red \e[31malert"
  |            ^
  = hint: remove it; plan text is printed to terminals and CI logs
tests/fixtures/bad/escaped-control.yaml:7:12: error[E004]: 'notes' holds layout control U+202E
  |
7 |     notes: "right-to-left \u202Eevil"
  |            ^
  = hint: remove it; plan text is printed to terminals and CI logs
tests/fixtures/bad/escaped-control.yaml:9:12: error[E004]: 'topic' holds control character U+009B
  |
9 |     topic: "C1 \x9b control"
  |            ^
  = hint: remove it; plan text is printed to terminals and CI logs
[exit 1]
$ iwg --plan tests/fixtures/bad/multi-doc.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/multi-doc.yaml:4:1: error[E006]: a second YAML document starts here; a plan file holds one
  |
4 | ---
  | ^
[exit 1]
$ iwg --plan tests/fixtures/bad/duplicate-keys.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/duplicate-keys.yaml:7:5: error[E007]: duplicate key 'topic'
  |
7 |     topic: Second
  |     ^^^^^
  = note: first defined at tests/fixtures/bad/duplicate-keys.yaml:6:5
  = hint: remove one of the two 'topic' entries
[exit 1]
$ iwg --plan tests/fixtures/bad/syntax.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/syntax.yaml:6:12: error[E005]: YAML syntax error: '[' is never closed
  |
6 |     topic: [unclosed
  |            ^
  = hint: add the missing ']'
[exit 1]
$ iwg --plan tests/fixtures/bad/deep.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/deep.yaml:2:75: error[E008]: collections nested more than 64 levels deep
  |
2 | ...[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...
  |                                            ^
[exit 1]
$ iwg --plan tests/fixtures/bad/billion-laughs.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/billion-laughs.yaml: error[E009]: 67 more aliases in this file not shown
tests/fixtures/bad/billion-laughs.yaml:4:1: error[E102]: unknown key 'lol' in the plan
  |
4 | lol:
  | ^^^
  = hint: expected one of: format, group, title, year, introduction, focus_areas, document, timezone, duration, schedule, link, location, display_timezones, goals, actions or meetings
tests/fixtures/bad/billion-laughs.yaml:6:10: error[E009]: aliases (*name) are not supported in plan files
  |
6 |   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  |          ^
  = hint: write the value out instead of referring to an anchor
tests/fixtures/bad/billion-laughs.yaml:6:14: error[E009]: aliases (*name) are not supported in plan files
  |
6 |   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  |              ^
  = hint: write the value out instead of referring to an anchor
tests/fixtures/bad/billion-laughs.yaml:6:18: error[E009]: aliases (*name) are not supported in plan files
  |
6 |   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  |                  ^
  = hint: write the value out instead of referring to an anchor
tests/fixtures/bad/billion-laughs.yaml:6:22: error[E009]: aliases (*name) are not supported in plan files
  |
6 |   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  |                      ^
  = hint: write the value out instead of referring to an anchor
tests/fixtures/bad/billion-laughs.yaml:6:26: error[E009]: aliases (*name) are not supported in plan files
  |
6 |   b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  |                          ^
  = hint: write the value out instead of referring to an anchor
[exit 1]
$ iwg --plan tests/fixtures/bad/comma.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/comma.yaml:1:1: error[E005]: YAML syntax error: unexpected ','
  |
1 | ,
  | ^
[exit 1]
$ iwg --plan tests/fixtures/bad/typed-errors.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/typed-errors.yaml:5:12: error[E105]: 'month' must be a month name (january … december, or jan, sept, …), not '5'
  |
5 |   - month: 5
  |            ^
  = hint: write the month's name: 'may'
tests/fixtures/bad/typed-errors.yaml:6:5: error[E102]: unknown key 'topc' in a meeting
  |
6 |     topc: Typo
  |     ^^^^
  = hint: did you mean 'topic'?
tests/fixtures/bad/typed-errors.yaml:7:13: error[E104]: 'status' must be planned, confirmed, held or cancelled, not 'canceled'
  |
7 |     status: canceled
  |             ^^^^^^^^
  = hint: did you mean 'cancelled'?
tests/fixtures/bad/typed-errors.yaml:8:12: error[E105]: 'month' must be a month name (january … december, or jan, sept, …), not 'no'
  |
8 |   - month: no
  |            ^^
  = hint: did you mean 'november'? (write the whole name)
tests/fixtures/bad/typed-errors.yaml:10:11: error[E107]: date '2024-02-30' does not exist
   |
10 |     date: 2024-02-30
   |           ^^^^^^^^^^
  = hint: check the day against the month's length
[exit 1]
$ iwg --plan tests/fixtures/bad/missing-year.yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/missing-year.yaml: error[E103]: the plan has no 'year'
  = hint: add 'year: …' to one of its files
[exit 1]
$ iwg --plan tests/fixtures/bad/bom-crlf.yaml agenda --month may --as-of 2024-05-01
Test group · Test plan

May 2024
  Topic:        BOM and CRLF are fine
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/bad/dir-named-yaml agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/dir-named-yaml/sub.yaml: error[E001]: not a regular file: it is a directory
[exit 2]
$ iwg --plan tests/fixtures/bad/duplicate-section agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/bad/duplicate-section/b.yaml:1:1: error[E109]: section 'goals' is defined twice
  |
1 | goals: []
  | ^
  = note: first defined at tests/fixtures/bad/duplicate-section/a.yaml:4:1
  = hint: keep each section in one file
[exit 1]
$ iwg --plan tests/fixtures/bad/empty-dir agenda --month may --as-of 2024-05-01
[stderr]
iwg: error: tests/fixtures/bad/empty-dir: no plan files (*.yaml or *.yml), year directories or group directories in this directory
[exit 2]
$ iwg --plan /dev/null agenda --month may --as-of 2024-05-01
[stderr]
/dev/null: error[E001]: not a regular file: it is a device
[exit 2]
# The size limit is checked before reading, and can be raised.
$ iwg --plan tests/fixtures/plan-2024 --max-file-size 1000 agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/plan-2024/actions.yaml: error[E002]: the file is 2078 bytes, more than the limit of 1000 bytes
  = hint: raise the limit with --max-file-size 2078
tests/fixtures/plan-2024/goals.yaml: error[E002]: the file is 1084 bytes, more than the limit of 1000 bytes
  = hint: raise the limit with --max-file-size 1084
tests/fixtures/plan-2024/meetings.yaml: error[E002]: the file is 1584 bytes, more than the limit of 1000 bytes
  = hint: raise the limit with --max-file-size 1584
tests/fixtures/plan-2024/plan.yaml: error[E002]: the file is 2341 bytes, more than the limit of 1000 bytes
  = hint: raise the limit with --max-file-size 2341
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --max-file-size 0 agenda --month may --as-of 2024-05-01
[stderr]
iwg: error: --max-file-size: '0' is not a whole number of bytes, at least 1
  run 'iwg agenda --help' for usage
[exit 2]
# All of a plan's files together have a limit too, checked before any is read.
$ iwg --plan tests/fixtures/plan-2024 --max-plan-size 7086 agenda --month may --as-of 2024-05-01
[stderr]
tests/fixtures/plan-2024: error[E002]: the plan's files are 7087 bytes together, more than the limit of 7086 bytes
  = hint: raise the limit with --max-plan-size 7087
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --max-plan-size 7087 validate > /dev/null
[exit 0]
