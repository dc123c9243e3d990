# The command line itself: parse errors in iwg's words (exit 2), `iwg help`, and --help texts.
# Every parse error ends with the usage line of the command it was for.

# Unknown options: a suggestion from the command's options and the global ones.
$ iwg --as-of 2024-05-01 agenda --mnth may
[stderr]
iwg: error: unknown option '--mnth' for 'iwg agenda'; did you mean '--month'?
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda --mnth=may
[stderr]
iwg: error: unknown option '--mnth' for 'iwg agenda'; did you mean '--month'?
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda --plna tests/fixtures/plan-2024
[stderr]
iwg: error: unknown option '--plna' for 'iwg agenda'; did you mean '--plan'?
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 remind --templat markdown --month may
[stderr]
iwg: error: unknown option '--templat' for 'iwg remind'; did you mean '--template'?
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda --zzzzzz
[stderr]
iwg: error: unknown option '--zzzzzz' for 'iwg agenda'
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda -x
[stderr]
iwg: error: unknown option '-x' for 'iwg agenda'
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 --mnth may
[stderr]
iwg: error: unknown option '--mnth' for 'iwg'
  run 'iwg --help' for usage
[exit 2]
# Plan text is not the only hostile input: arguments are sanitised too.
$ iwg --as-of 2024-05-01 agenda --mo‮nth may
[stderr]
iwg: error: unknown option '--mo<U+202E>nth' for 'iwg agenda'
  run 'iwg agenda --help' for usage
[exit 2]

# Unknown commands: a suggestion, else the list; no command at all.
$ iwg agneda --month may
[stderr]
iwg: error: unknown command 'agneda'; did you mean 'agenda'?
  run 'iwg --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 xyzzy
[stderr]
iwg: error: unknown command 'xyzzy'; try agenda, validate, summary, status, document, publish, remind, init, schema, version, completions or help
  run 'iwg --help' for usage
[exit 2]
$ iwg
[stderr]
iwg: error: no command given; try agenda, validate, summary, status, document, publish, remind, init, schema, version, completions or help
  run 'iwg --help' for usage
[exit 2]
$ iwg --color never
[stderr]
iwg: error: no command given; try agenda, validate, summary, status, document, publish, remind, init, schema, version, completions or help
  run 'iwg --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda validate
[stderr]
iwg: error: unexpected argument 'validate' for 'iwg agenda'
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --as-of 2024-05-01 agenda may
[stderr]
iwg: error: unexpected argument 'may' for 'iwg agenda'
  run 'iwg agenda --help' for usage
[exit 2]

# Choice options: any case, only the named choices (no CLI11 numbers for --color).
# The accepted ones below pass parsing and stop at the missing plan.
$ iwg --plan tests/fixtures/plan-2024 --color alwyas agenda --month may --as-of 2024-05-01
[stderr]
iwg: error: --color: 'alwyas' is not auto, always or never
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --color 1 agenda --month may --as-of 2024-05-01
[stderr]
iwg: error: --color: '1' is not auto, always or never
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan nowhere --color NEVER summary --format JSON --as-of 2024-05-01
[stderr]
iwg: error: --plan: 'nowhere' does not exist
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --format jsn --as-of 2024-05-01
[stderr]
iwg: error: --format: 'jsn' is not text, markdown, json or ics
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan nowhere validate --format SARIF --as-of 2024-05-01
[stderr]
iwg: error: --plan: 'nowhere' does not exist
[exit 2]
$ iwg --plan nowhere remind --month may --template Email --as-of 2024-05-01
[stderr]
iwg: error: --plan: 'nowhere' does not exist
[exit 2]
$ iwg --plan nowhere remind --month may --template-file x.txt --template-format EMAIL --as-of 2024-05-01
[stderr]
iwg: error: --template-file: cannot open the file: No such file or directory
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --month may --template-file x.txt --template-format html --as-of 2024-05-01
[stderr]
iwg: error: --template-format: 'html' is not text, markdown or email
  run 'iwg remind --help' for usage
[exit 2]

# Options given twice, or without their value.
$ iwg --plan tests/fixtures/plan-2024 agenda -m may -m jun --as-of 2024-05-01
[stderr]
iwg: error: --month given twice
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --as-of 2024-05-01 agenda --as-of 2024-06-01
[stderr]
iwg: error: --as-of given twice
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --as-of 2024-05-01 agenda --month
[stderr]
iwg: error: --month needs a value (MONTH)
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --as-of 2024-05-01 --color
[stderr]
iwg: error: --color needs a value (WHEN)
  run 'iwg --help' for usage
[exit 2]

# Numbers.
$ iwg --plan tests/fixtures/plan-2024 remind --within 1.5 --as-of 2024-05-01
[stderr]
iwg: error: --within: '1.5' is not a whole number of days from 0 to 366
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --within -1 --as-of 2024-05-01
[stderr]
iwg: error: --within: '-1' is not a whole number of days from 0 to 366
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --within 367 --as-of 2024-05-01
[stderr]
iwg: error: --within: '367' is not a whole number of days from 0 to 366
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 --max-file-size 12abc agenda --as-of 2024-05-01
[stderr]
iwg: error: --max-file-size: '12abc' is not a whole number of bytes, at least 1
  run 'iwg agenda --help' for usage
[exit 2]

# Options that exclude or need another.
$ iwg --plan tests/fixtures/plan-2024 agenda --from may --all --as-of 2024-05-01
[stderr]
iwg: error: --from cannot be used with --all
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --template-format markdown --month may --as-of 2024-05-01
[stderr]
iwg: error: --template-format needs --template-file
  run 'iwg remind --help' for usage
[exit 2]

# An empty value is an error, never "not given" (which would mean the current month).
$ iwg --plan tests/fixtures/plan-2024 agenda --month '' --as-of 2024-05-01
[stderr]
iwg: error: --month: '' is not a month
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --from '' --to may --as-of 2024-05-01
[stderr]
iwg: error: --from: '' is not a month
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --from may --to '' --as-of 2024-05-01
[stderr]
iwg: error: --to: '' is not a month
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --month '' --as-of 2024-05-01
[stderr]
iwg: error: --month: '' is not a month
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan '' agenda --month may --as-of 2024-05-01
[stderr]
iwg: error: --plan: the value is empty
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --as-of ''
[stderr]
iwg: error: --as-of: the value is empty
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --month may --template-file '' --as-of 2024-05-01
[stderr]
iwg: error: --template-file: the value is empty
  run 'iwg remind --help' for usage
[exit 2]

# A misspelt month gets the same kind of suggestion as in a plan file.
$ iwg --plan tests/fixtures/plan-2024 agenda --month mai --as-of 2024-05-01
[stderr]
iwg: error: --month: 'mai' is not a month; did you mean 'may'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --from jnu --as-of 2024-05-01
[stderr]
iwg: error: --from: 'jnu' is not a month; did you mean 'june'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 remind --month Juli --as-of 2024-05-01
[stderr]
iwg: error: --month: 'Juli' is not a month; did you mean 'july'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg remind --help' for usage
[exit 2]
# The month as given is escaped where it is printed: a bidi override shows as <U+202E>.
$ iwg --plan tests/fixtures/plan-2024 agenda --month 'ma‮y' --as-of 2024-05-01
[stderr]
iwg: error: --month: 'ma<U+202E>y' is not a month
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]

# `iwg help` prints the same text as --help, exit 0.
$ iwg help
iwg: plan, check and report a working group's yearly action plan.
Usage: iwg [OPTIONS] SUBCOMMAND

Options:
  -h,--help               Print this help message and exit
  -V,--version            Display program version information and exit
  --plan PATH             Plan directory or file (default: $IWG_PLAN, ./plans)
  --group NAME            Reports: the group directory whose plan to show
                          (plans/GROUP/YEAR)
  --as-of DATE            Take this date as today (YYYY-MM-DD)
  --color WHEN            Colour: auto (default), always or never
  --max-file-size BYTES   Refuse larger plan files (default: 1048576)
  --max-plan-size BYTES   Refuse plans whose files are larger together
                          (default: 4194304)

Subcommands:
  agenda                  What a month holds (default: this month)
  validate                Check plans and report every finding
  summary                 The whole plan at a glance
  status                  Where the plan stands today (or --as-of)
  document                The whole plan as a document: introduction, goals,
                          actions, meetings
  publish                 Write the plan (or every plan) as a static site:
                          index.html, plan.ics, plan.json, README.md
  remind                  The reminder for a month's meeting, if there is one
  init                    Start a new plan directory, e.g. next year's
  schema                  Print the JSON Schema for plan files
  version                 Print the version (also: iwg --version)
  completions             Print the completion script for a shell
  help                    Show the help of iwg or of one command

Environment:
  IWG_PLAN        the plan to use when --plan is not given
  NO_COLOR        set and not empty: no colour (unless --color always)
  CLICOLOR_FORCE  set and not 0: colour off a terminal too (NO_COLOR wins)

Exit codes:
  0  success
  1  the plan has errors (or warnings, with validate --strict)
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Documentation: docs/ in the iwg repository.
[exit 0]
$ iwg help agenda
What a month holds (default: this month)
Usage: iwg agenda [OPTIONS]

Options:
  -h,--help               Print this help message and exit
  -m,--month MONTH Excludes: --from --to --all
                          The month: may, 5, 2024-05, current, next, previous
  --from MONTH Excludes: --month --all
                          First month of a range
  --to MONTH Excludes: --month --all
                          Last month of a range
  --all Excludes: --month --from --to
                          The whole year, with unscheduled rows
  -f,--format FORMAT      Output: text, markdown, json, ics (default: text)
  --tz ZONE               Also show meeting times in this zone
                          (Europe/Madrid, UTC, +02:00)

Exit codes:
  0  success
  1  the plan has errors
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg help agneda
[stderr]
iwg: error: unknown command 'agneda'; did you mean 'agenda'?
[exit 2]
$ iwg help nothing-like-it
[stderr]
iwg: error: unknown command 'nothing-like-it'; try agenda, validate, summary, status, document, publish, remind, init, schema, version, completions or help
[exit 2]

# Each command's help ends with its own exit codes and the global options line.
$ iwg agenda --help
What a month holds (default: this month)
Usage: iwg agenda [OPTIONS]

Options:
  -h,--help               Print this help message and exit
  -m,--month MONTH Excludes: --from --to --all
                          The month: may, 5, 2024-05, current, next, previous
  --from MONTH Excludes: --month --all
                          First month of a range
  --to MONTH Excludes: --month --all
                          Last month of a range
  --all Excludes: --month --from --to
                          The whole year, with unscheduled rows
  -f,--format FORMAT      Output: text, markdown, json, ics (default: text)
  --tz ZONE               Also show meeting times in this zone
                          (Europe/Madrid, UTC, +02:00)

Exit codes:
  0  success
  1  the plan has errors
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg validate --help
Check plans and report every finding
Usage: iwg validate [OPTIONS] [paths...]

Positionals:
  paths PATH ...          Plans, plan files or directories of plans
                          (default: --plan, $IWG_PLAN, then ./plans)

Options:
  -h,--help               Print this help message and exit
  -f,--format FORMAT      Output: text (default), json, github (workflow
                          commands) or sarif
  --strict                Exit 1 on warnings too
  -q,--quiet              Text format: no summary line
  -j,--jobs N             Check this many plans at once (default: one
                          per core)

Rules and their ids: docs/validation.md.

Exit codes:
  0  no errors (and no warnings, under --strict)
  1  errors, or warnings under --strict
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg summary --help
The whole plan at a glance
Usage: iwg summary [OPTIONS]

Options:
  -h,--help               Print this help message and exit
  -f,--format FORMAT      Output: text, markdown, json (default: text)
  -a,--all                One line per plan found (group, year, meetings,
                          open actions), as of --as-of

Exit codes:
  0  success
  1  the plan has errors
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg status --help
Where the plan stands today (or --as-of)
Usage: iwg status [OPTIONS]

Options:
  -h,--help               Print this help message and exit
  -f,--format FORMAT      Output: text, markdown, json (default: text)
  --fail-on-stale         Exit 1 when a past row is still planned or
                          confirmed (for scheduled CI)

Exit codes:
  0  success
  1  the plan has errors, or under --fail-on-stale a past row
     is still planned or confirmed
  2  bad invocation, unreadable input, or output that cannot be written
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg remind --help
The reminder for a month's meeting, if there is one
Usage: iwg remind [OPTIONS]

Options:
  -h,--help               Print this help message and exit
  -m,--month MONTH Excludes: --within
                          The month: may, 5, 2024-05, current, next, previous
  --within DAYS Excludes: --month
                          A meeting from the as-of date to DAYS later, or
                          next month's undated one when the month ends
                          within DAYS
  -t,--template NAME Excludes: --template-file
                          Built-in template: text (default), markdown,
                          email or json
  --template-file PATH Excludes: --template
                          A template with {placeholders} (docs/reminders.md)
  --template-format FORMAT Needs: --template-file
                          How --template-file escapes plan text: text
                          (default), markdown or email
  --tz ZONE               Also show meeting times in this zone
                          (Europe/Madrid, UTC, +02:00)
  --mail-from ADDRESS     The e-mail's From: header: "IWG <iwg@example.org>"
  --mail-to ADDRESSES     The e-mail's To: header: one address or several,
                          separated by commas
  -v,--verbose            Say on stderr which rule picked the reminder,
                          or why there is none

Prints nothing when there is nothing to remind (a break, a cancelled meeting,
no row); --verbose says why on stderr. Templates and rules: docs/reminders.md.

Exit codes:
  0  a reminder was printed, or there is nothing to remind
  1  the plan has errors
  2  bad invocation, a broken template (or one whose output
     is past its budget), or unreadable input
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg schema --help
Print the JSON Schema for plan files
Usage: iwg schema [OPTIONS] [name]

Positionals:
  name NAME Excludes: --list
                          Which schema (default: plan)

Options:
  -h,--help               Print this help message and exit
  --list Excludes: name   List the schemas by name and path

The schema (JSON Schema draft-07) is the one in schema/ of the repository.
Editors with the YAML language server use it through a first line such as
  # yaml-language-server: $schema=../../schema/plan.schema.json

Exit codes:
  0  success
  2  bad invocation, e.g. no schema of that name
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
$ iwg help --help
Show the help of iwg or of one command
Usage: iwg help [OPTIONS] [command]

Positionals:
  command COMMAND         The command (default: iwg itself)

Options:
  -h,--help               Print this help message and exit

Exit codes:
  0  success
  2  no such command
  141  (from the shell) the reader closed the pipe early, e.g. | head:
       iwg ends quietly, by SIGPIPE

Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,
--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)
[exit 0]
