# `iwg validate --format json|github|sarif`: golden output of each machine format.
# JSON: one versioned document; the format name is case-insensitive.
$ iwg --as-of 2024-05-01 validate --format JSON tests/fixtures/plan-2024
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 0,
    "warnings": 1,
    "files": 4,
    "accepted": 0
  },
  "plans": [
    {
      "path": "tests/fixtures/plan-2024",
      "errors": 0,
      "warnings": 1,
      "accepted": 0,
      "files": 4
    }
  ],
  "files": [
    "tests/fixtures/plan-2024/actions.yaml",
    "tests/fixtures/plan-2024/goals.yaml",
    "tests/fixtures/plan-2024/meetings.yaml",
    "tests/fixtures/plan-2024/plan.yaml"
  ],
  "findings": [
    {
      "file": "tests/fixtures/plan-2024/meetings.yaml",
      "line": 14,
      "column": 12,
      "end": null,
      "rule": "W204",
      "severity": "warning",
      "message": "row 'Opening data in practice: lessons learned from govtech for h...' has no month",
      "hint": "add its month once it is known; until then agendas show it only with --all",
      "related": null,
      "accepted": false,
      "justification": null
    }
  ]
}
[exit 0]

$ iwg --as-of 2024-05-01 validate --format json tests/fixtures/validate/E201-duplicate-id/fail tests/fixtures/validate/E208-empty-plan/fail
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 2,
    "warnings": 0,
    "files": 3,
    "accepted": 0
  },
  "plans": [
    {
      "path": "tests/fixtures/validate/E201-duplicate-id/fail",
      "errors": 1,
      "warnings": 0,
      "accepted": 0,
      "files": 2
    },
    {
      "path": "tests/fixtures/validate/E208-empty-plan/fail",
      "errors": 1,
      "warnings": 0,
      "accepted": 0,
      "files": 1
    }
  ],
  "files": [
    "tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml",
    "tests/fixtures/validate/E201-duplicate-id/fail/plan.yaml",
    "tests/fixtures/validate/E208-empty-plan/fail/plan.yaml"
  ],
  "findings": [
    {
      "file": "tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml",
      "line": 4,
      "column": 9,
      "end": {
        "line": 4,
        "column": 11
      },
      "rule": "E201",
      "severity": "error",
      "message": "duplicate goal id 'G1'",
      "hint": "give this goal an id of its own",
      "related": {
        "file": "tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml",
        "line": 2,
        "column": 9,
        "message": "first defined"
      },
      "accepted": false,
      "justification": null
    },
    {
      "file": "tests/fixtures/validate/E208-empty-plan/fail/plan.yaml",
      "line": null,
      "column": null,
      "end": null,
      "rule": "E208",
      "severity": "error",
      "message": "the plan has no goals, no actions and no meetings",
      "hint": "add the plan's goals, actions and meetings",
      "related": null,
      "accepted": false,
      "justification": null
    }
  ]
}
[exit 1]

$ iwg --as-of 2024-05-01 validate --format json tests/fixtures/validate/W204-unscheduled-row/pass
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 0,
    "warnings": 0,
    "files": 1,
    "accepted": 0
  },
  "plans": [
    {
      "path": "tests/fixtures/validate/W204-unscheduled-row/pass",
      "errors": 0,
      "warnings": 0,
      "accepted": 0,
      "files": 1
    }
  ],
  "files": [
    "tests/fixtures/validate/W204-unscheduled-row/pass/plan.yaml"
  ],
  "findings": []
}
[exit 0]

# GitHub workflow commands.
$ iwg --as-of 2024-05-01 validate --format github tests/fixtures/plan-2024 tests/fixtures/validate/E202-unknown-goal/fail tests/fixtures/validate/E208-empty-plan/fail
::warning file=tests/fixtures/plan-2024/meetings.yaml,line=14,col=12,title=W204 unscheduled-row::row 'Opening data in practice: lessons learned from govtech for h...' has no month%0Ahint: add its month once it is known; until then agendas show it only with --all
::error file=tests/fixtures/validate/E202-unknown-goal/fail/plan.yaml,line=31,col=17,title=E202 unknown-goal::unknown goal 'G7' (goals are G1..G5)
::error file=tests/fixtures/validate/E208-empty-plan/fail/plan.yaml,title=E208 empty-plan::the plan has no goals, no actions and no meetings%0Ahint: add the plan's goals, actions and meetings
[exit 1]

# Hostile text: %, CR, LF, "::", "," and ":" in a topic and in the file name are escaped as
# the Actions toolkit does; the escape character is made visible. One line per finding.
$ iwg --as-of 2024-05-01 validate --format github tests/fixtures/validate/hostile
::warning file=tests/fixtures/validate/hostile/plan%2Cx%3Ay%25.yaml,line=15,col=12,title=W204 unscheduled-row::row '100%25 done%0D%0A::error file=x::forged, a:b' has no month%0Ahint: add its month once it is known; until then agendas show it only with --all
[exit 0]

# A message quotes plan text as it is; each format escapes it where it prints it: the text
# output for a terminal (<U+202E>, \x1b), JSON as it escapes any text (\u202e, \u001b),
# GitHub's workflow commands by the terminal's rules and then the toolkit's.
$ iwg --as-of 2024-05-01 validate tests/fixtures/validate/hostile-key
tests/fixtures/validate/hostile-key/plan.yaml:17:5: error[E102]: unknown key 'speaker<U+202E>\x1b[2J' in a meeting
   |
17 |     "speaker\u202e\e[2J": Ana
   |     ^
  = hint: expected one of: month, topic, alternative, kind, status, date, time, duration, timezone, link, location, speakers, goals, actions, notes or shares_month

1 error, 0 warnings in 1 file
[exit 1]

$ iwg --as-of 2024-05-01 validate --format json tests/fixtures/validate/hostile-key
{
  "version": 1,
  "tool": {
    "name": "iwg",
    "version": "0.1.0"
  },
  "summary": {
    "errors": 1,
    "warnings": 0,
    "files": 1,
    "accepted": 0
  },
  "plans": [
    {
      "path": "tests/fixtures/validate/hostile-key",
      "errors": 1,
      "warnings": 0,
      "accepted": 0,
      "files": 1
    }
  ],
  "files": [
    "tests/fixtures/validate/hostile-key/plan.yaml"
  ],
  "findings": [
    {
      "file": "tests/fixtures/validate/hostile-key/plan.yaml",
      "line": 17,
      "column": 5,
      "end": null,
      "rule": "E102",
      "severity": "error",
      "message": "unknown key 'speaker\u202e\u001b[2J' in a meeting",
      "hint": "expected one of: month, topic, alternative, kind, status, date, time, duration, timezone, link, location, speakers, goals, actions, notes or shares_month",
      "related": null,
      "accepted": false,
      "justification": null
    }
  ]
}
[exit 1]

$ iwg --as-of 2024-05-01 validate --format github tests/fixtures/validate/hostile-key
::error file=tests/fixtures/validate/hostile-key/plan.yaml,line=17,col=5,title=E102 unknown-key::unknown key 'speaker<U+202E>\x1b[2J' in a meeting%0Ahint: expected one of: month, topic, alternative, kind, status, date, time, duration, timezone, link, location, speakers, goals, actions, notes or shares_month
[exit 1]

# SARIF 2.1.0 (checked against the schema by validate.sarif).
$ iwg --as-of 2024-05-01 validate --format sarif tests/fixtures/validate/E201-duplicate-id/fail tests/fixtures/validate/E208-empty-plan/fail
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "iwg",
          "version": "0.1.0",
          "semanticVersion": "0.1.0",
          "rules": [
            {
              "id": "E001",
              "name": "unreadable-file",
              "shortDescription": {
                "text": "A plan file cannot be read"
              },
              "fullDescription": {
                "text": "A plan file cannot be read. Check the path: it must be a readable regular file (or a directory of .yaml files)."
              },
              "help": {
                "text": "Check the path: it must be a readable regular file (or a directory of .yaml files). See docs/validation.md, rule E001.",
                "markdown": "**E001 unreadable-file**: A plan file cannot be read.\n\nCheck the path: it must be a readable regular file (or a directory of .yaml files).\n\nSee `docs/validation.md`, rule E001, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E002",
              "name": "file-too-large",
              "shortDescription": {
                "text": "A plan file, or a plan's files together, are larger than the size limit"
              },
              "fullDescription": {
                "text": "A plan file, or a plan's files together, are larger than the size limit. Split a large file, or raise the limit: --max-file-size BYTES for one file, --max-plan-size BYTES for all of a plan's files."
              },
              "help": {
                "text": "Split a large file, or raise the limit: --max-file-size BYTES for one file, --max-plan-size BYTES for all of a plan's files. See docs/validation.md, rule E002.",
                "markdown": "**E002 file-too-large**: A plan file, or a plan's files together, are larger than the size limit.\n\nSplit a large file, or raise the limit: --max-file-size BYTES for one file, --max-plan-size BYTES for all of a plan's files.\n\nSee `docs/validation.md`, rule E002, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E003",
              "name": "invalid-utf8",
              "shortDescription": {
                "text": "A plan file is not valid UTF-8"
              },
              "fullDescription": {
                "text": "A plan file is not valid UTF-8. Save the file as UTF-8."
              },
              "help": {
                "text": "Save the file as UTF-8. See docs/validation.md, rule E003.",
                "markdown": "**E003 invalid-utf8**: A plan file is not valid UTF-8.\n\nSave the file as UTF-8.\n\nSee `docs/validation.md`, rule E003, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E004",
              "name": "control-character",
              "shortDescription": {
                "text": "A plan file holds a NUL or other control character"
              },
              "fullDescription": {
                "text": "A plan file holds a NUL or other control character. Remove the character; only tab, line feed and CR+LF line ends are allowed."
              },
              "help": {
                "text": "Remove the character; only tab, line feed and CR+LF line ends are allowed. See docs/validation.md, rule E004.",
                "markdown": "**E004 control-character**: A plan file holds a NUL or other control character.\n\nRemove the character; only tab, line feed and CR+LF line ends are allowed.\n\nSee `docs/validation.md`, rule E004, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E005",
              "name": "yaml-syntax",
              "shortDescription": {
                "text": "The file is not valid YAML"
              },
              "fullDescription": {
                "text": "The file is not valid YAML. Fix the YAML syntax at the position shown."
              },
              "help": {
                "text": "Fix the YAML syntax at the position shown. See docs/validation.md, rule E005.",
                "markdown": "**E005 yaml-syntax**: The file is not valid YAML.\n\nFix the YAML syntax at the position shown.\n\nSee `docs/validation.md`, rule E005, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E006",
              "name": "multiple-documents",
              "shortDescription": {
                "text": "A plan file holds more than one YAML document"
              },
              "fullDescription": {
                "text": "A plan file holds more than one YAML document. Remove the '---' separator, or move the second document to a file of its own."
              },
              "help": {
                "text": "Remove the '---' separator, or move the second document to a file of its own. See docs/validation.md, rule E006.",
                "markdown": "**E006 multiple-documents**: A plan file holds more than one YAML document.\n\nRemove the '---' separator, or move the second document to a file of its own.\n\nSee `docs/validation.md`, rule E006, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E007",
              "name": "duplicate-key",
              "shortDescription": {
                "text": "A key appears twice in one mapping"
              },
              "fullDescription": {
                "text": "A key appears twice in one mapping. Remove one of the two entries, or merge them."
              },
              "help": {
                "text": "Remove one of the two entries, or merge them. See docs/validation.md, rule E007.",
                "markdown": "**E007 duplicate-key**: A key appears twice in one mapping.\n\nRemove one of the two entries, or merge them.\n\nSee `docs/validation.md`, rule E007, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E008",
              "name": "nesting-too-deep",
              "shortDescription": {
                "text": "Collections are nested deeper than the limit"
              },
              "fullDescription": {
                "text": "Collections are nested deeper than the limit. Plans need a few levels at most: flatten the structure."
              },
              "help": {
                "text": "Plans need a few levels at most: flatten the structure. See docs/validation.md, rule E008.",
                "markdown": "**E008 nesting-too-deep**: Collections are nested deeper than the limit.\n\nPlans need a few levels at most: flatten the structure.\n\nSee `docs/validation.md`, rule E008, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E009",
              "name": "alias",
              "shortDescription": {
                "text": "A YAML alias (*name) is used"
              },
              "fullDescription": {
                "text": "A YAML alias (*name) is used. Aliases are not supported in plan files: write the value out."
              },
              "help": {
                "text": "Aliases are not supported in plan files: write the value out. See docs/validation.md, rule E009.",
                "markdown": "**E009 alias**: A YAML alias (\\*name) is used.\n\nAliases are not supported in plan files: write the value out.\n\nSee `docs/validation.md`, rule E009, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E010",
              "name": "no-plan-files",
              "shortDescription": {
                "text": "A plan directory holds no .yaml files"
              },
              "fullDescription": {
                "text": "A plan directory holds no .yaml files. Point --plan at a directory with plan files, or at a single .yaml file."
              },
              "help": {
                "text": "Point --plan at a directory with plan files, or at a single .yaml file. See docs/validation.md, rule E010.",
                "markdown": "**E010 no-plan-files**: A plan directory holds no .yaml files.\n\nPoint --plan at a directory with plan files, or at a single .yaml file.\n\nSee `docs/validation.md`, rule E010, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E101",
              "name": "wrong-type",
              "shortDescription": {
                "text": "A value has the wrong type"
              },
              "fullDescription": {
                "text": "A value has the wrong type. Use the type that docs/plan-format.md gives for the field."
              },
              "help": {
                "text": "Use the type that docs/plan-format.md gives for the field. See docs/validation.md, rule E101.",
                "markdown": "**E101 wrong-type**: A value has the wrong type.\n\nUse the type that docs/plan-format.md gives for the field.\n\nSee `docs/validation.md`, rule E101, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E102",
              "name": "unknown-key",
              "shortDescription": {
                "text": "A key that the plan format does not define"
              },
              "fullDescription": {
                "text": "A key that the plan format does not define. Check the spelling against docs/plan-format.md, or remove the key."
              },
              "help": {
                "text": "Check the spelling against docs/plan-format.md, or remove the key. See docs/validation.md, rule E102.",
                "markdown": "**E102 unknown-key**: A key that the plan format does not define.\n\nCheck the spelling against docs/plan-format.md, or remove the key.\n\nSee `docs/validation.md`, rule E102, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E103",
              "name": "missing-field",
              "shortDescription": {
                "text": "A required field is missing"
              },
              "fullDescription": {
                "text": "A required field is missing. Add the field."
              },
              "help": {
                "text": "Add the field. See docs/validation.md, rule E103.",
                "markdown": "**E103 missing-field**: A required field is missing.\n\nAdd the field.\n\nSee `docs/validation.md`, rule E103, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E104",
              "name": "bad-enum-value",
              "shortDescription": {
                "text": "A value is not one of the allowed words"
              },
              "fullDescription": {
                "text": "A value is not one of the allowed words. Use one of the values listed in the message."
              },
              "help": {
                "text": "Use one of the values listed in the message. See docs/validation.md, rule E104.",
                "markdown": "**E104 bad-enum-value**: A value is not one of the allowed words.\n\nUse one of the values listed in the message.\n\nSee `docs/validation.md`, rule E104, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E105",
              "name": "bad-month",
              "shortDescription": {
                "text": "A month is not a month name"
              },
              "fullDescription": {
                "text": "A month is not a month name. Write the month's English name, e.g. 'may'."
              },
              "help": {
                "text": "Write the month's English name, e.g. 'may'. See docs/validation.md, rule E105.",
                "markdown": "**E105 bad-month**: A month is not a month name.\n\nWrite the month's English name, e.g. 'may'.\n\nSee `docs/validation.md`, rule E105, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E106",
              "name": "bad-id",
              "shortDescription": {
                "text": "An id does not have the expected form"
              },
              "fullDescription": {
                "text": "An id does not have the expected form. Goal ids look like G1, action ids like A1."
              },
              "help": {
                "text": "Goal ids look like G1, action ids like A1. See docs/validation.md, rule E106.",
                "markdown": "**E106 bad-id**: An id does not have the expected form.\n\nGoal ids look like G1, action ids like A1.\n\nSee `docs/validation.md`, rule E106, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E107",
              "name": "bad-date",
              "shortDescription": {
                "text": "A date is malformed or does not exist"
              },
              "fullDescription": {
                "text": "A date is malformed or does not exist. Write dates as YYYY-MM-DD, with a day that exists."
              },
              "help": {
                "text": "Write dates as YYYY-MM-DD, with a day that exists. See docs/validation.md, rule E107.",
                "markdown": "**E107 bad-date**: A date is malformed or does not exist.\n\nWrite dates as YYYY-MM-DD, with a day that exists.\n\nSee `docs/validation.md`, rule E107, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E108",
              "name": "bad-number",
              "shortDescription": {
                "text": "A number is malformed or out of range"
              },
              "fullDescription": {
                "text": "A number is malformed or out of range. Write a plain decimal number without leading zeros."
              },
              "help": {
                "text": "Write a plain decimal number without leading zeros. See docs/validation.md, rule E108.",
                "markdown": "**E108 bad-number**: A number is malformed or out of range.\n\nWrite a plain decimal number without leading zeros.\n\nSee `docs/validation.md`, rule E108, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E109",
              "name": "duplicate-section",
              "shortDescription": {
                "text": "A top-level section appears in two files"
              },
              "fullDescription": {
                "text": "A top-level section appears in two files. Keep each section (goals, actions, meetings, …) in one file."
              },
              "help": {
                "text": "Keep each section (goals, actions, meetings, …) in one file. See docs/validation.md, rule E109.",
                "markdown": "**E109 duplicate-section**: A top-level section appears in two files.\n\nKeep each section (goals, actions, meetings, …) in one file.\n\nSee `docs/validation.md`, rule E109, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E110",
              "name": "unsupported-format",
              "shortDescription": {
                "text": "The plan's format version is not supported"
              },
              "fullDescription": {
                "text": "The plan's format version is not supported. Set 'format: 1', or upgrade iwg."
              },
              "help": {
                "text": "Set 'format: 1', or upgrade iwg. See docs/validation.md, rule E110.",
                "markdown": "**E110 unsupported-format**: The plan's format version is not supported.\n\nSet 'format: 1', or upgrade iwg.\n\nSee `docs/validation.md`, rule E110, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E111",
              "name": "bad-time",
              "shortDescription": {
                "text": "A time or time zone is malformed or unknown"
              },
              "fullDescription": {
                "text": "A time or time zone is malformed or unknown. Write times as HH:MM (24-hour) and time zones as IANA names (Europe/Madrid), UTC or an offset like +02:00."
              },
              "help": {
                "text": "Write times as HH:MM (24-hour) and time zones as IANA names (Europe/Madrid), UTC or an offset like +02:00. See docs/validation.md, rule E111.",
                "markdown": "**E111 bad-time**: A time or time zone is malformed or unknown.\n\nWrite times as HH:MM (24-hour) and time zones as IANA names (Europe/Madrid), UTC or an offset like +02:00.\n\nSee `docs/validation.md`, rule E111, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E112",
              "name": "empty-value",
              "shortDescription": {
                "text": "A text field is empty"
              },
              "fullDescription": {
                "text": "A text field is empty. Write the text, or remove the field."
              },
              "help": {
                "text": "Write the text, or remove the field. See docs/validation.md, rule E112.",
                "markdown": "**E112 empty-value**: A text field is empty.\n\nWrite the text, or remove the field.\n\nSee `docs/validation.md`, rule E112, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E113",
              "name": "bad-link",
              "shortDescription": {
                "text": "A link is not an https: address, or holds a user name or password"
              },
              "fullDescription": {
                "text": "A link is not an https: address, or holds a user name or password. Write the call's address as https://host/path; plan files are public, so leave passwords out of them."
              },
              "help": {
                "text": "Write the call's address as https://host/path; plan files are public, so leave passwords out of them. See docs/validation.md, rule E113.",
                "markdown": "**E113 bad-link**: A link is not an https: address, or holds a user name or password.\n\nWrite the call's address as https&#58;//host/path; plan files are public, so leave passwords out of them.\n\nSee `docs/validation.md`, rule E113, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E114",
              "name": "bad-day-rule",
              "shortDescription": {
                "text": "A schedule's day is not an ordinal and a weekday"
              },
              "fullDescription": {
                "text": "A schedule's day is not an ordinal and a weekday. Write first, second, third, fourth or last and a weekday, e.g. 'last tuesday'."
              },
              "help": {
                "text": "Write first, second, third, fourth or last and a weekday, e.g. 'last tuesday'. See docs/validation.md, rule E114.",
                "markdown": "**E114 bad-day-rule**: A schedule's day is not an ordinal and a weekday.\n\nWrite first, second, third, fourth or last and a weekday, e.g. 'last tuesday'.\n\nSee `docs/validation.md`, rule E114, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E115",
              "name": "too-many-zones",
              "shortDescription": {
                "text": "The plan lists more than 12 display time zones"
              },
              "fullDescription": {
                "text": "The plan lists more than 12 display time zones. Keep the zones most members live in: each one adds a line to every meeting."
              },
              "help": {
                "text": "Keep the zones most members live in: each one adds a line to every meeting. See docs/validation.md, rule E115.",
                "markdown": "**E115 too-many-zones**: The plan lists more than 12 display time zones.\n\nKeep the zones most members live in: each one adds a line to every meeting.\n\nSee `docs/validation.md`, rule E115, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E201",
              "name": "duplicate-id",
              "shortDescription": {
                "text": "Two goals or two actions have the same id"
              },
              "fullDescription": {
                "text": "Two goals or two actions have the same id. Give each goal and each action an id of its own, across all plan files."
              },
              "help": {
                "text": "Give each goal and each action an id of its own, across all plan files. See docs/validation.md, rule E201.",
                "markdown": "**E201 duplicate-id**: Two goals or two actions have the same id.\n\nGive each goal and each action an id of its own, across all plan files.\n\nSee `docs/validation.md`, rule E201, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E202",
              "name": "unknown-goal",
              "shortDescription": {
                "text": "A row or action refers to a goal the plan does not define"
              },
              "fullDescription": {
                "text": "A row or action refers to a goal the plan does not define. Refer to one of the plan's goal ids, or define the goal."
              },
              "help": {
                "text": "Refer to one of the plan's goal ids, or define the goal. See docs/validation.md, rule E202.",
                "markdown": "**E202 unknown-goal**: A row or action refers to a goal the plan does not define.\n\nRefer to one of the plan's goal ids, or define the goal.\n\nSee `docs/validation.md`, rule E202, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E203",
              "name": "unknown-action",
              "shortDescription": {
                "text": "A row refers to an action the plan does not define"
              },
              "fullDescription": {
                "text": "A row refers to an action the plan does not define. Refer to one of the plan's action ids, or define the action."
              },
              "help": {
                "text": "Refer to one of the plan's action ids, or define the action. See docs/validation.md, rule E203.",
                "markdown": "**E203 unknown-action**: A row refers to an action the plan does not define.\n\nRefer to one of the plan's action ids, or define the action.\n\nSee `docs/validation.md`, rule E203, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E204",
              "name": "date-outside-year",
              "shortDescription": {
                "text": "A date lies outside the plan's year"
              },
              "fullDescription": {
                "text": "A date lies outside the plan's year. Correct the year of the date, or move the row to the plan of that year."
              },
              "help": {
                "text": "Correct the year of the date, or move the row to the plan of that year. See docs/validation.md, rule E204.",
                "markdown": "**E204 date-outside-year**: A date lies outside the plan's year.\n\nCorrect the year of the date, or move the row to the plan of that year.\n\nSee `docs/validation.md`, rule E204, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E205",
              "name": "date-month-mismatch",
              "shortDescription": {
                "text": "A row's date lies in another month than the row's"
              },
              "fullDescription": {
                "text": "A row's date lies in another month than the row's. Make the date and the row's month agree."
              },
              "help": {
                "text": "Make the date and the row's month agree. See docs/validation.md, rule E205.",
                "markdown": "**E205 date-month-mismatch**: A row's date lies in another month than the row's.\n\nMake the date and the row's month agree.\n\nSee `docs/validation.md`, rule E205, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E206",
              "name": "date-without-month",
              "shortDescription": {
                "text": "A row has a date but no month"
              },
              "fullDescription": {
                "text": "A row has a date but no month. Add the month the date lies in, so that agendas list the row under it."
              },
              "help": {
                "text": "Add the month the date lies in, so that agendas list the row under it. See docs/validation.md, rule E206.",
                "markdown": "**E206 date-without-month**: A row has a date but no month.\n\nAdd the month the date lies in, so that agendas list the row under it.\n\nSee `docs/validation.md`, rule E206, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E207",
              "name": "meeting-in-break",
              "shortDescription": {
                "text": "A meeting or event is planned in a month marked as a break"
              },
              "fullDescription": {
                "text": "A meeting or event is planned in a month marked as a break. Move the meeting to another month, cancel it, or remove the break row."
              },
              "help": {
                "text": "Move the meeting to another month, cancel it, or remove the break row. See docs/validation.md, rule E207.",
                "markdown": "**E207 meeting-in-break**: A meeting or event is planned in a month marked as a break.\n\nMove the meeting to another month, cancel it, or remove the break row.\n\nSee `docs/validation.md`, rule E207, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E208",
              "name": "empty-plan",
              "shortDescription": {
                "text": "The plan has no goals, no actions and no meetings"
              },
              "fullDescription": {
                "text": "The plan has no goals, no actions and no meetings. Add the plan's goals, actions and meetings."
              },
              "help": {
                "text": "Add the plan's goals, actions and meetings. See docs/validation.md, rule E208.",
                "markdown": "**E208 empty-plan**: The plan has no goals, no actions and no meetings.\n\nAdd the plan's goals, actions and meetings.\n\nSee `docs/validation.md`, rule E208, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E209",
              "name": "nonexistent-time",
              "shortDescription": {
                "text": "A meeting's local time does not exist on its date (the clocks jump over it)"
              },
              "fullDescription": {
                "text": "A meeting's local time does not exist on its date (the clocks jump over it). Move the meeting out of the daylight-saving gap, or give its time in UTC."
              },
              "help": {
                "text": "Move the meeting out of the daylight-saving gap, or give its time in UTC. See docs/validation.md, rule E209.",
                "markdown": "**E209 nonexistent-time**: A meeting's local time does not exist on its date (the clocks jump over it).\n\nMove the meeting out of the daylight-saving gap, or give its time in UTC.\n\nSee `docs/validation.md`, rule E209, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E210",
              "name": "focus-areas-position",
              "shortDescription": {
                "text": "'document.focus_areas_after' names a paragraph the introduction lacks"
              },
              "fullDescription": {
                "text": "'document.focus_areas_after' names a paragraph the introduction lacks. Give the number of the introduction's paragraph that the focus areas follow (1 is the first), or remove it to place them after the introduction."
              },
              "help": {
                "text": "Give the number of the introduction's paragraph that the focus areas follow (1 is the first), or remove it to place them after the introduction. See docs/validation.md, rule E210.",
                "markdown": "**E210 focus-areas-position**: 'document.focus\\_areas\\_after' names a paragraph the introduction lacks.\n\nGive the number of the introduction's paragraph that the focus areas follow (1 is the first), or remove it to place them after the introduction.\n\nSee `docs/validation.md`, rule E210, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E211",
              "name": "repeated-default-too-long",
              "shortDescription": {
                "text": "The plan's link or location is too long for the rows that repeat it"
              },
              "fullDescription": {
                "text": "The plan's link or location is too long for the rows that repeat it. Shorten the plan's link or location: every row that gives none repeats it in agendas, calendars and pages. Or give those rows their own."
              },
              "help": {
                "text": "Shorten the plan's link or location: every row that gives none repeats it in agendas, calendars and pages. Or give those rows their own. See docs/validation.md, rule E211.",
                "markdown": "**E211 repeated-default-too-long**: The plan's link or location is too long for the rows that repeat it.\n\nShorten the plan's link or location: every row that gives none repeats it in agendas, calendars and pages. Or give those rows their own.\n\nSee `docs/validation.md`, rule E211, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "W201",
              "name": "shared-month",
              "shortDescription": {
                "text": "Two rows give topics for the same month"
              },
              "fullDescription": {
                "text": "Two rows give topics for the same month. If both are intended, set 'shares_month: true' on a row of that month; else move one."
              },
              "help": {
                "text": "If both are intended, set 'shares_month: true' on a row of that month; else move one. See docs/validation.md, rule W201.",
                "markdown": "**W201 shared-month**: Two rows give topics for the same month.\n\nIf both are intended, set 'shares\\_month: true' on a row of that month; else move one.\n\nSee `docs/validation.md`, rule W201, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W202",
              "name": "unserved-goal",
              "shortDescription": {
                "text": "No action serves a goal"
              },
              "fullDescription": {
                "text": "No action serves a goal. List the goal under 'goals' of the actions that serve it, or drop the goal."
              },
              "help": {
                "text": "List the goal under 'goals' of the actions that serve it, or drop the goal. See docs/validation.md, rule W202.",
                "markdown": "**W202 unserved-goal**: No action serves a goal.\n\nList the goal under 'goals' of the actions that serve it, or drop the goal.\n\nSee `docs/validation.md`, rule W202, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W203",
              "name": "action-without-goal",
              "shortDescription": {
                "text": "An action serves no goal"
              },
              "fullDescription": {
                "text": "An action serves no goal. List the goals the action serves under its 'goals'."
              },
              "help": {
                "text": "List the goals the action serves under its 'goals'. See docs/validation.md, rule W203.",
                "markdown": "**W203 action-without-goal**: An action serves no goal.\n\nList the goals the action serves under its 'goals'.\n\nSee `docs/validation.md`, rule W203, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W204",
              "name": "unscheduled-row",
              "shortDescription": {
                "text": "A row has no month"
              },
              "fullDescription": {
                "text": "A row has no month. Add the row's month once it is known; until then agendas show it only with --all."
              },
              "help": {
                "text": "Add the row's month once it is known; until then agendas show it only with --all. See docs/validation.md, rule W204.",
                "markdown": "**W204 unscheduled-row**: A row has no month.\n\nAdd the row's month once it is known; until then agendas show it only with --all.\n\nSee `docs/validation.md`, rule W204, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W205",
              "name": "duplicate-reference",
              "shortDescription": {
                "text": "A list of goals or actions names one id twice"
              },
              "fullDescription": {
                "text": "A list of goals or actions names one id twice. Remove the second mention: reports name each goal and action once."
              },
              "help": {
                "text": "Remove the second mention: reports name each goal and action once. See docs/validation.md, rule W205.",
                "markdown": "**W205 duplicate-reference**: A list of goals or actions names one id twice.\n\nRemove the second mention: reports name each goal and action once.\n\nSee `docs/validation.md`, rule W205, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W206",
              "name": "ambiguous-time",
              "shortDescription": {
                "text": "A meeting's local time happens twice on its date (the clocks go back)"
              },
              "fullDescription": {
                "text": "A meeting's local time happens twice on its date (the clocks go back). Move the meeting out of the repeated hour, or give its time in UTC; iwg takes the first of the two."
              },
              "help": {
                "text": "Move the meeting out of the repeated hour, or give its time in UTC; iwg takes the first of the two. See docs/validation.md, rule W206.",
                "markdown": "**W206 ambiguous-time**: A meeting's local time happens twice on its date (the clocks go back).\n\nMove the meeting out of the repeated hour, or give its time in UTC; iwg takes the first of the two.\n\nSee `docs/validation.md`, rule W206, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "E301",
              "name": "year-mismatch",
              "shortDescription": {
                "text": "A plan in a year directory says another year"
              },
              "fullDescription": {
                "text": "A plan in a year directory says another year. Make 'year:' and the directory's name agree: fix the year, or move the plan."
              },
              "help": {
                "text": "Make 'year:' and the directory's name agree: fix the year, or move the plan. See docs/validation.md, rule E301.",
                "markdown": "**E301 year-mismatch**: A plan in a year directory says another year.\n\nMake 'year:' and the directory's name agree: fix the year, or move the plan.\n\nSee `docs/validation.md`, rule E301, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E302",
              "name": "duplicate-plan",
              "shortDescription": {
                "text": "Two plans are for the same group and year"
              },
              "fullDescription": {
                "text": "Two plans are for the same group and year. Keep one plan per group and year: merge the two, or correct a 'year:' or 'group:'."
              },
              "help": {
                "text": "Keep one plan per group and year: merge the two, or correct a 'year:' or 'group:'. See docs/validation.md, rule E302.",
                "markdown": "**E302 duplicate-plan**: Two plans are for the same group and year.\n\nKeep one plan per group and year: merge the two, or correct a 'year:' or 'group:'.\n\nSee `docs/validation.md`, rule E302, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "E303",
              "name": "mixed-layout",
              "shortDescription": {
                "text": "A directory of plans mixes plan files, year directories and group directories"
              },
              "fullDescription": {
                "text": "A directory of plans mixes plan files, year directories and group directories. Keep one layout per directory: move plan files into the year directory they belong to, and year directories into a group directory."
              },
              "help": {
                "text": "Keep one layout per directory: move plan files into the year directory they belong to, and year directories into a group directory. See docs/validation.md, rule E303.",
                "markdown": "**E303 mixed-layout**: A directory of plans mixes plan files, year directories and group directories.\n\nKeep one layout per directory: move plan files into the year directory they belong to, and year directories into a group directory.\n\nSee `docs/validation.md`, rule E303, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "W301",
              "name": "group-mismatch",
              "shortDescription": {
                "text": "The plans of one group directory name different groups"
              },
              "fullDescription": {
                "text": "The plans of one group directory name different groups. Give every plan in the directory the same 'group:', or move the odd one out."
              },
              "help": {
                "text": "Give every plan in the directory the same 'group:', or move the odd one out. See docs/validation.md, rule W301.",
                "markdown": "**W301 group-mismatch**: The plans of one group directory name different groups.\n\nGive every plan in the directory the same 'group:', or move the odd one out.\n\nSee `docs/validation.md`, rule W301, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W302",
              "name": "skipped-path",
              "shortDescription": {
                "text": "A path in a directory of plans was skipped"
              },
              "fullDescription": {
                "text": "A path in a directory of plans was skipped. Name year directories YYYY (e.g. 2025), keep them inside the repository, and move anything else out of the plans directory."
              },
              "help": {
                "text": "Name year directories YYYY (e.g. 2025), keep them inside the repository, and move anything else out of the plans directory. See docs/validation.md, rule W302.",
                "markdown": "**W302 skipped-path**: A path in a directory of plans was skipped.\n\nName year directories YYYY (e.g. 2025), keep them inside the repository, and move anything else out of the plans directory.\n\nSee `docs/validation.md`, rule W302, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W401",
              "name": "bad-allow",
              "shortDescription": {
                "text": "An allow comment is malformed or names a rule it cannot accept"
              },
              "fullDescription": {
                "text": "An allow comment is malformed or names a rule it cannot accept. Write '# iwg: allow RULE -- reason', naming a rule that can be accepted."
              },
              "help": {
                "text": "Write '# iwg: allow RULE -- reason', naming a rule that can be accepted. See docs/validation.md, rule W401.",
                "markdown": "**W401 bad-allow**: An allow comment is malformed or names a rule it cannot accept.\n\nWrite '\\# iwg: allow RULE -- reason', naming a rule that can be accepted.\n\nSee `docs/validation.md`, rule W401, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "W402",
              "name": "unused-allow",
              "shortDescription": {
                "text": "An allow comment accepts no finding"
              },
              "fullDescription": {
                "text": "An allow comment accepts no finding. Remove the comment: the finding it accepted is gone (or it is on the wrong line)."
              },
              "help": {
                "text": "Remove the comment: the finding it accepted is gone (or it is on the wrong line). See docs/validation.md, rule W402.",
                "markdown": "**W402 unused-allow**: An allow comment accepts no finding.\n\nRemove the comment: the finding it accepted is gone (or it is on the wrong line).\n\nSee `docs/validation.md`, rule W402, for a failing and a passing example."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "E201",
          "ruleIndex": 25,
          "level": "error",
          "message": {
            "text": "duplicate goal id 'G1'\nhint: give this goal an id of its own"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 9,
                  "endLine": 4,
                  "endColumn": 11
                }
              }
            }
          ],
          "partialFingerprints": {
            "iwg/v1": "84be7c53cd28615e:1"
          },
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/validate/E201-duplicate-id/fail/goals.yaml"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 9,
                  "endLine": 2,
                  "endColumn": 11
                }
              },
              "id": 1,
              "message": {
                "text": "first defined"
              }
            }
          ]
        },
        {
          "ruleId": "E208",
          "ruleIndex": 32,
          "level": "error",
          "message": {
            "text": "the plan has no goals, no actions and no meetings\nhint: add the plan's goals, actions and meetings"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/fixtures/validate/E208-empty-plan/fail/plan.yaml"
                },
                "region": {
                  "startLine": 1
                }
              }
            }
          ],
          "partialFingerprints": {
            "iwg/v1": "048eb07f4fce8bbc:1"
          }
        }
      ]
    }
  ]
}
[exit 1]
