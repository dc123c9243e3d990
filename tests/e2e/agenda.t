# `iwg agenda` on tests/fixtures/plan-2024 (a frozen copy of plans/2024): every month, the
# month forms, ranges; discovery, which finds the shipped plan itself under ./plans.
$ iwg --plan tests/fixtures/plan-2024 agenda --month january --as-of 2024-05-01
Nothing planned for January 2024.
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month february --as-of 2024-05-01
Nothing planned for February 2024.
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month march --as-of 2024-05-01
Nothing planned for March 2024.
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month april --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

April 2024
  Topic:        Capabilities / capacity building for Open Data Professionals
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month june --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

June 2024
  Topic:        Data projects fair
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month july --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

July 2024
  Topic:        Open Data Ranking/Measurements
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month august --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

August 2024
  Topic:        SUMMER BREAK
  Kind:         break: no meeting this month
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month september --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

September 2024
  Topic:        Beneficial Ownership and extractive industries: open data for
                anti-corruption
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month october --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

October 2024
  Topic:        Gender data: indigenous data, database on violent gender
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month november --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

November 2024
  Topic:        Opening data in practice: lessons learned from data
                interoperability in open science
  Alternative:  connect discussion with UNWDF.
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month december --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

December 2024
  Topic:        End of year survey
  Kind:         survey
  Status:       planned
[exit 0]

# Every month form names May 2024.
$ iwg --plan tests/fixtures/plan-2024 agenda --month May --as-of 2024-01-15
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month MAY --as-of 2024-01-15
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 5 --as-of 2024-01-15
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 05 --as-of 2024-01-15
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 2024-05 --as-of 2024-01-15
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]

# Relative months follow --as-of.
$ iwg --plan tests/fixtures/plan-2024 agenda --month current --as-of 2024-10-31
Implementation Working Group · Action Plan 2024

October 2024
  Topic:        Gender data: indigenous data, database on violent gender
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month next --as-of 2024-10-31
Implementation Working Group · Action Plan 2024

November 2024
  Topic:        Opening data in practice: lessons learned from data
                interoperability in open science
  Alternative:  connect discussion with UNWDF.
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month previous --as-of 2024-10-31
Implementation Working Group · Action Plan 2024

September 2024
  Topic:        Beneficial Ownership and extractive industries: open data for
                anti-corruption
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --as-of 2024-09-02
Implementation Working Group · Action Plan 2024

September 2024
  Topic:        Beneficial Ownership and extractive industries: open data for
                anti-corruption
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month next --as-of 2024-12-20
No plan for January 2025: the plan covers 2024.
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 2023-12 --as-of 2024-05-01
No plan for December 2023: the plan covers 2024.
[exit 0]

# Ranges and the whole year.
$ iwg --plan tests/fixtures/plan-2024 agenda --from jul --to sep --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

July 2024
  Topic:        Open Data Ranking/Measurements
  Kind:         meeting
  Status:       planned

August 2024
  Topic:        SUMMER BREAK
  Kind:         break: no meeting this month

September 2024
  Topic:        Beneficial Ownership and extractive industries: open data for
                anti-corruption
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --from 2024-11 --to 2025-02 --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

November 2024
  Topic:        Opening data in practice: lessons learned from data
                interoperability in open science
  Alternative:  connect discussion with UNWDF.
  Kind:         meeting
  Status:       planned

December 2024
  Topic:        End of year survey
  Kind:         survey
  Status:       planned

  Months outside 2024 are not shown: the plan covers 2024.
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --all --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

January 2024
  Nothing planned.

February 2024
  Nothing planned.

March 2024
  Nothing planned.

April 2024
  Topic:        Capabilities / capacity building for Open Data Professionals
  Kind:         meeting
  Status:       planned

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned

June 2024
  Topic:        Data projects fair
  Kind:         meeting
  Status:       planned

July 2024
  Topic:        Open Data Ranking/Measurements
  Kind:         meeting
  Status:       planned

August 2024
  Topic:        SUMMER BREAK
  Kind:         break: no meeting this month

September 2024
  Topic:        Beneficial Ownership and extractive industries: open data for
                anti-corruption
  Kind:         meeting
  Status:       planned

October 2024
  Topic:        Gender data: indigenous data, database on violent gender
  Kind:         meeting
  Status:       planned

November 2024
  Topic:        Opening data in practice: lessons learned from data
                interoperability in open science
  Alternative:  connect discussion with UNWDF.
  Kind:         meeting
  Status:       planned

December 2024
  Topic:        End of year survey
  Kind:         survey
  Status:       planned

Unscheduled
  These rows have no month in the plan.

  Topic:        Opening data in practice: lessons learned from govtech for
                health, and chief data officer for education
  Kind:         meeting
  Status:       planned
[exit 0]

# Plan discovery: ./plans/<year> for the as-of year, else the latest; IWG_PLAN; --plan.
# The first two read the shipped plan; the first is the README's `iwg agenda --month may`.
$ iwg agenda --month may --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg agenda --month june --as-of 2031-01-01
Implementation Working Group · Action Plan 2024

June 2024
  Topic:        Data projects fair
  Kind:         meeting
  Status:       planned
[exit 0]
$ IWG_PLAN=tests/fixtures/plan-2024 iwg agenda --month july --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

July 2024
  Topic:        Open Data Ranking/Measurements
  Kind:         meeting
  Status:       planned
[exit 0]
# A file of a directory that holds a plan.yaml stands for the whole plan.
$ iwg agenda --plan tests/fixtures/plan-2024/meetings.yaml --month august --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

August 2024
  Topic:        SUMMER BREAK
  Kind:         break: no meeting this month
[exit 0]

# Usage errors exit 2.
$ iwg --plan tests/fixtures/plan-2024 agenda --month mayo --as-of 2024-05-01
[stderr]
iwg: error: --month: 'mayo' is not a month; did you mean 'may'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 13 --as-of 2024-05-01
[stderr]
iwg: error: --month: '13' is not a month number; months are 1 to 12
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --all
[stderr]
iwg: error: --month cannot be used with --all
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --from oct --to may --as-of 2024-05-01
[stderr]
iwg: error: --from oct comes after --to may
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 agenda --as-of 2024-02-30
[stderr]
iwg: error: --as-of: '2024-02-30' does not exist in the calendar
[exit 2]
$ iwg --plan plans/does-not-exist agenda --month may
[stderr]
iwg: error: --plan: 'plans/does-not-exist' does not exist
[exit 2]
$ IWG_PLAN=nowhere iwg agenda --month may
[stderr]
iwg: error: IWG_PLAN: 'nowhere' does not exist
[exit 2]
$ iwg agenda --month may --colour always
[stderr]
iwg: error: unknown option '--colour' for 'iwg agenda'; did you mean '--color'?
  run 'iwg agenda --help' for usage
[exit 2]
$ iwg
[stderr]
iwg: error: no command given; try agenda, validate, summary, status, document, publish, remind, init, schema, version, completions or help
  run 'iwg --help' for usage
[exit 2]

# Colour only when asked (or forced); never for NO_COLOR in auto mode.
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --as-of 2024-05-01 --color always
\x1b[1mImplementation Working Group \xc2\xb7 Action Plan 2024\x1b[0m (esc)

\x1b[1mMay 2024\x1b[0m (esc)
  \x1b[2mTopic:\x1b[0m        \x1b[1mData ecosystem and data governance in smart cities. What is the\x1b[0m (esc)
                \x1b[1mstatus of open data?\x1b[0m (esc)
  \x1b[2mKind:\x1b[0m         meeting (esc)
  \x1b[2mStatus:\x1b[0m       planned (esc)
[exit 0]
$ CLICOLOR_FORCE=1 iwg --plan tests/fixtures/plan-2024 agenda --month dec --as-of 2024-05-01
\x1b[1mImplementation Working Group \xc2\xb7 Action Plan 2024\x1b[0m (esc)

\x1b[1mDecember 2024\x1b[0m (esc)
  \x1b[2mTopic:\x1b[0m        \x1b[1mEnd of year survey\x1b[0m (esc)
  \x1b[2mKind:\x1b[0m         survey (esc)
  \x1b[2mStatus:\x1b[0m       planned (esc)
[exit 0]
$ NO_COLOR=1 iwg --plan tests/fixtures/plan-2024 agenda --month dec --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

December 2024
  Topic:        End of year survey
  Kind:         survey
  Status:       planned
[exit 0]

# A bad month is a usage error (exit 2) even when the plan is broken.
$ iwg --plan tests/fixtures/bad/comma.yaml agenda --month mayo --as-of 2024-05-01
[stderr]
iwg: error: --month: 'mayo' is not a month; did you mean 'may'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg agenda --help' for usage
[exit 2]

# A directory of year directories stands for the as-of year's plan, or the year a month
# argument names, wherever it comes from (--plan, IWG_PLAN, ./plans).
$ iwg --plan tests/fixtures/years agenda --month may --as-of 2025-03-01
Years group · Plan 2025
Plan: tests/fixtures/years/2025.

May 2025
  Topic:        May 2025 topic
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/years agenda --month next --as-of 2024-12-20
Years group · Plan 2025
Plan: tests/fixtures/years/2025.

January 2025
  Topic:        New year 2025
  Kind:         meeting
  Status:       planned
[exit 0]
$ IWG_PLAN=tests/fixtures/years iwg agenda --month 2024-05 --as-of 2025-03-01
Years group · Plan 2024
Plan: tests/fixtures/years/2024.

May 2024
  Topic:        May 2024 topic
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/years agenda --month may --as-of 2031-01-01
Years group · Plan 2025
Plan: tests/fixtures/years/2025.

May 2025
  Topic:        May 2025 topic
  Kind:         meeting
  Status:       planned
[exit 0]

# A write error is reported, not silent.
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --as-of 2024-05-01 > /dev/full
[stderr]
iwg: error: cannot write the output: No space left on device
[exit 2]
