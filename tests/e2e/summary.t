# `iwg summary` in every format. Text on the shipped plan itself, as in docs/reports.md; text,
# Markdown and JSON on the rich fixture (the JSON's months are agenda --all's, which
# agenda_formats.t dumps for the frozen 2024 plan); colour on the tiny fixture.
$ iwg --plan plans/2024 summary --as-of 2024-05-01
Implementation Working Group · Action Plan 2024
Plan year 2024: 5 goals, 6 actions, 8 meetings, 1 break, 1 unscheduled row.

Goals
  Goal  Served by   Text
  G1    A1          Support a shared capabilities framework for public servants
                    committed to developing and maintaining open data.
  G2    A3, A4      Revitalize data governance and capacity by supporting
                    partnerships across data ecosystems promoting cultural
                    diversity, social care, climate change, education, and
                    health.
  G3    A4          Contribute to emerging and transversal open data agendas on
                    humanitarian crises, social projects, and open science.
  G4    A1, A2, A6  Promote the exchange of organizational resources and
                    capabilities among open data professionals, particularly
                    public servants dealing with regulation, privacy, real-time
                    data, and data interoperability.
  G5    A5          Contribute to the debate on open data and digital public
                    infrastructures and the research and development of
                    artificial intelligence in the public sector.

Actions
  Action  Goals   Text
  A1      G1, G4  Onboard our ODC adopters to promote the transfer of knowledge
                  and capabilities among open data professionals.
  A2      G4      Promote the exchange of academic projects that involve
                  training and use of open data, prioritizing the use of open
                  data and smart cities, data interoperability, and open data
                  and SDGs.
  A3      G2      Connect new actors to the IWG and ODC, hosting programs and
                  initiatives resulting from public and private partnerships and
                  involving open data.
  A4      G2, G3  Expand our collaboration with groups involved in data gender
                  issues, open science, climate change and real-time data,
                  humanitarian crises, and anti-corruption initiatives by
                  discussing initiatives and practices.
  A5      G5      Expand engagement in organizations promoting open data and
                  public digital infrastructure and using open data for
                  artificial intelligence research and development.
  A6      G4      Strengthen communication channels and diversify communication
                  content through releases with lessons learned from the
                  community that involves the IWG.

Months
  Month      Kind     Topic
  January    -        (nothing planned)
  February   -        (nothing planned)
  March      -        (nothing planned)
  April      meeting  Capabilities / capacity building for Open Data
                      Professionals
  May        meeting  Data ecosystem and data governance in smart cities. What
                      is the status of open data?
  June       meeting  Data projects fair
  July       meeting  Open Data Ranking/Measurements
  August     break    SUMMER BREAK
  September  meeting  Beneficial Ownership and extractive industries: open data
                      for anti-corruption
  October    meeting  Gender data: indigenous data, database on violent gender
  November   meeting  Opening data in practice: lessons learned from data
                      interoperability in open science (or: connect discussion
                      with UNWDF.)
  December   survey   End of year survey

Unscheduled
  Kind     Topic
  meeting  Opening data in practice: lessons learned from govtech for health,
           and chief data officer for education
[exit 0]
$ iwg --plan tests/fixtures/rich summary --as-of 2024-06-15
Rich Test Group | <b>WG</b> · Plan 2024, with commas; and semicolons
Plan year 2024: 3 goals, 4 actions, 11 meetings, 1 break, 1 unscheduled row.

Goals
  Goal  Served by  Text
  G1    A1, A2     Ship <script>alert(1)</script> safely
  G2    A2, A3     Pipes | and, commas; semicolons \ backslashes
  G3    -          A goal no action serves

Actions
  Action  Goals   Text
  A1      G1      Write the onboarding guide
  A2      G1, G2  Run *two* workshops [link](http://example.com)
  A3      G2      Translate everything
  A4      -       - starts like a list item

Months
  Month      Kind     Topic
  January    meeting  Kick-off
  February   meeting  Cancelled, sadly; see \ notes
  March      meeting  Table | breaker <script>alert('x')</script> (or: Plan B |
                      <i>C</i>)
             survey   Mid-year survey
  April      meeting  Données ouvertes — café ☕ über alles, a topic long enough
                      to fold in the middle of ééééé
  May        meeting  Late-night call across midnight
  June       meeting  A time but no date
  July       break    Summer break
  August     event    Community event
  September  meeting  Escapes such as \e[31m and <U+202E> stay text
  October    meeting  Newline\ninside the topic
  November   -        (nothing planned)
  December   meeting  Year end | 1. review

Unscheduled
  Kind     Topic
  meeting  Someday, maybe
[exit 0]
$ iwg --plan tests/fixtures/rich summary -f MARKDOWN --as-of 2024-06-15
# Rich Test Group \| &lt;b&gt;WG&lt;/b&gt; · Plan 2024, with commas; and semicolons

Plan year 2024: 3 goals, 4 actions, 11 meetings, 1 break, 1 unscheduled row.

## Goals

| Goal | Served by | Text |
| --- | --- | --- |
| G1 | A1, A2 | Ship &lt;script&gt;alert(1)&lt;/script&gt; safely |
| G2 | A2, A3 | Pipes \| and, commas; semicolons \\ backslashes |
| G3 | - | A goal no action serves |

## Actions

| Action | Goals | Text |
| --- | --- | --- |
| A1 | G1 | Write the onboarding guide |
| A2 | G1, G2 | Run \*two\* workshops \[link\](http&#58;//example.com) |
| A3 | G2 | Translate everything |
| A4 | - | - starts like a list item |

## Months

| Month | Kind | Topic |
| --- | --- | --- |
| January | meeting | Kick-off |
| February | meeting | Cancelled, sadly; see \\ notes |
| March | meeting | Table \| breaker &lt;script&gt;alert('x')&lt;/script&gt; (or: Plan B \| &lt;i&gt;C&lt;/i&gt;) |
| | survey | Mid-year survey |
| April | meeting | Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé |
| May | meeting | Late-night call across midnight |
| June | meeting | A time but no date |
| July | break | Summer break |
| August | event | Community event |
| September | meeting | Escapes such as \\e\[31m and &lt;U+202E&gt; stay text |
| October | meeting | Newline inside the topic |
| November | - | (nothing planned) |
| December | meeting | Year end \| 1. review |

## Unscheduled

| Kind | Topic |
| --- | --- |
| meeting | Someday, maybe |
[exit 0]
$ iwg --plan tests/fixtures/rich summary -f json --as-of 2024-06-15
{
  "report": "summary",
  "version": 2,
  "plan": {
    "group": "Rich Test Group | <b>WG</b>",
    "title": "Plan 2024, with commas; and semicolons",
    "year": 2024,
    "path": "tests/fixtures/rich",
    "display_timezones": []
  },
  "goals": [
    {
      "id": "G1",
      "text": "Ship <script>alert(1)</script> safely",
      "actions": [
        "A1",
        "A2"
      ]
    },
    {
      "id": "G2",
      "text": "Pipes | and, commas; semicolons \\ backslashes",
      "actions": [
        "A2",
        "A3"
      ]
    },
    {
      "id": "G3",
      "text": "A goal no action serves",
      "actions": []
    }
  ],
  "actions": [
    {
      "id": "A1",
      "text": "Write the onboarding guide",
      "status": "done",
      "goals": [
        "G1"
      ]
    },
    {
      "id": "A2",
      "text": "Run *two* workshops [link](http://example.com)",
      "status": "in-progress",
      "goals": [
        "G1",
        "G2"
      ]
    },
    {
      "id": "A3",
      "text": "Translate everything",
      "status": "dropped",
      "goals": [
        "G2"
      ]
    },
    {
      "id": "A4",
      "text": "- starts like a list item",
      "status": "planned",
      "goals": []
    }
  ],
  "months": [
    {
      "month": "2024-01",
      "is_break": false,
      "meetings": [
        {
          "row": 0,
          "month": 1,
          "topic": "Kick-off",
          "alternative": null,
          "kind": "meeting",
          "status": "held",
          "date": "2024-01-16",
          "time": "15:00",
          "duration_minutes": 90,
          "timezone": "+02:00",
          "date_source": "row",
          "usual_date": null,
          "start_utc": "2024-01-16T13:00:00Z",
          "utc_offset": "+02:00",
          "link": null,
          "location": null,
          "speakers": [
            "Ana Pérez",
            "Bob | Builder"
          ],
          "goals": [
            "G1"
          ],
          "actions": [
            "A1"
          ],
          "notes": "Minutes are on the wiki.\nSecond line of notes."
        }
      ]
    },
    {
      "month": "2024-02",
      "is_break": false,
      "meetings": [
        {
          "row": 1,
          "month": 2,
          "topic": "Cancelled, sadly; see \\ notes",
          "alternative": null,
          "kind": "meeting",
          "status": "cancelled",
          "date": "2024-02-20",
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": "row",
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-03",
      "is_break": false,
      "meetings": [
        {
          "row": 2,
          "month": 3,
          "topic": "Table | breaker <script>alert('x')</script>",
          "alternative": "Plan B | <i>C</i>",
          "kind": "meeting",
          "status": "confirmed",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        },
        {
          "row": 3,
          "month": 3,
          "topic": "Mid-year survey",
          "alternative": null,
          "kind": "survey",
          "status": "planned",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-04",
      "is_break": false,
      "meetings": [
        {
          "row": 4,
          "month": 4,
          "topic": "Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé",
          "alternative": null,
          "kind": "meeting",
          "status": "held",
          "date": "2024-04-09",
          "time": "09:30",
          "duration_minutes": 60,
          "timezone": "-05:00",
          "date_source": "row",
          "usual_date": null,
          "start_utc": "2024-04-09T14:30:00Z",
          "utc_offset": "-05:00",
          "link": null,
          "location": null,
          "speakers": [
            "Zoë"
          ],
          "goals": [
            "G2"
          ],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-05",
      "is_break": false,
      "meetings": [
        {
          "row": 5,
          "month": 5,
          "topic": "Late-night call across midnight",
          "alternative": null,
          "kind": "meeting",
          "status": "confirmed",
          "date": "2024-05-31",
          "time": "23:30",
          "duration_minutes": 60,
          "timezone": "-02:00",
          "date_source": "row",
          "usual_date": null,
          "start_utc": "2024-06-01T01:30:00Z",
          "utc_offset": "-02:00",
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-06",
      "is_break": false,
      "meetings": [
        {
          "row": 6,
          "month": 6,
          "topic": "A time but no date",
          "alternative": null,
          "kind": "meeting",
          "status": "planned",
          "date": null,
          "time": "10:00",
          "duration_minutes": 60,
          "timezone": "UTC",
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-07",
      "is_break": true,
      "meetings": [
        {
          "row": 7,
          "month": 7,
          "topic": "Summer break",
          "alternative": null,
          "kind": "break",
          "status": "planned",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-08",
      "is_break": false,
      "meetings": [
        {
          "row": 8,
          "month": 8,
          "topic": "Community event",
          "alternative": null,
          "kind": "event",
          "status": "planned",
          "date": "2024-08-20",
          "time": "12:00",
          "duration_minutes": 30,
          "timezone": null,
          "date_source": "row",
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [
            "A2"
          ],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-09",
      "is_break": false,
      "meetings": [
        {
          "row": 9,
          "month": 9,
          "topic": "Escapes such as \\e[31m and <U+202E> stay text",
          "alternative": null,
          "kind": "meeting",
          "status": "planned",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-10",
      "is_break": false,
      "meetings": [
        {
          "row": 10,
          "month": 10,
          "topic": "Newline\ninside the topic",
          "alternative": null,
          "kind": "meeting",
          "status": "planned",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    },
    {
      "month": "2024-11",
      "is_break": false,
      "meetings": []
    },
    {
      "month": "2024-12",
      "is_break": false,
      "meetings": [
        {
          "row": 11,
          "month": 12,
          "topic": "Year end | 1. review",
          "alternative": null,
          "kind": "meeting",
          "status": "planned",
          "date": null,
          "time": null,
          "duration_minutes": null,
          "timezone": null,
          "date_source": null,
          "usual_date": null,
          "start_utc": null,
          "utc_offset": null,
          "link": null,
          "location": null,
          "speakers": [],
          "goals": [],
          "actions": [],
          "notes": null
        }
      ]
    }
  ],
  "unscheduled": [
    {
      "row": 12,
      "month": null,
      "topic": "Someday, maybe",
      "alternative": null,
      "kind": "meeting",
      "status": "planned",
      "date": null,
      "time": null,
      "duration_minutes": null,
      "timezone": null,
      "date_source": null,
      "usual_date": null,
      "start_utc": null,
      "utc_offset": null,
      "link": null,
      "location": null,
      "speakers": [],
      "goals": [],
      "actions": [],
      "notes": null
    }
  ],
  "counts": {
    "goals": 3,
    "actions": 4,
    "meetings": 11,
    "breaks": 1,
    "unscheduled": 1
  }
}
[exit 0]
# Colour only when asked for (or on a terminal); Markdown and JSON never.
$ iwg --plan tests/fixtures/tiny --color always summary --as-of 2024-05-01
\x1b[1mTiny Group \xc2\xb7 Plan 2024\x1b[0m (esc)
Plan year 2024: 1 goal, 1 action, 2 meetings, 1 break, 1 unscheduled row.

\x1b[1mGoals\x1b[0m (esc)
  \x1b[1mGoal  Served by  Text\x1b[0m (esc)
  G1    A1         Keep going

\x1b[1mActions\x1b[0m (esc)
  \x1b[1mAction  Goals  Text\x1b[0m (esc)
  A1      G1     Meet once a season

\x1b[1mMonths\x1b[0m (esc)
  \x1b[1mMonth      Kind     Topic\x1b[0m (esc)
  January    -        (nothing planned)
  February   -        (nothing planned)
  March      -        (nothing planned)
  April      -        (nothing planned)
  May        meeting  Spring meeting
  June       -        (nothing planned)
  July       -        (nothing planned)
  August     break    Summer break
  September  -        (nothing planned)
  October    -        (nothing planned)
  November   meeting  Autumn meeting
  December   -        (nothing planned)

\x1b[1mUnscheduled\x1b[0m (esc)
  \x1b[1mKind     Topic\x1b[0m (esc)
  meeting  Someday, maybe
[exit 0]
$ iwg --plan tests/fixtures/tiny --color always summary -f markdown --as-of 2024-05-01
# Tiny Group · Plan 2024

Plan year 2024: 1 goal, 1 action, 2 meetings, 1 break, 1 unscheduled row.

## Goals

| Goal | Served by | Text |
| --- | --- | --- |
| G1 | A1 | Keep going |

## Actions

| Action | Goals | Text |
| --- | --- | --- |
| A1 | G1 | Meet once a season |

## Months

| Month | Kind | Topic |
| --- | --- | --- |
| January | - | (nothing planned) |
| February | - | (nothing planned) |
| March | - | (nothing planned) |
| April | - | (nothing planned) |
| May | meeting | Spring meeting |
| June | - | (nothing planned) |
| July | - | (nothing planned) |
| August | break | Summer break |
| September | - | (nothing planned) |
| October | - | (nothing planned) |
| November | meeting | Autumn meeting |
| December | - | (nothing planned) |

## Unscheduled

| Kind | Topic |
| --- | --- |
| meeting | Someday, maybe |
[exit 0]
# ics is for agenda only.
$ iwg --plan tests/fixtures/plan-2024 summary --format ics --as-of 2024-05-01
[stderr]
iwg: error: --format: 'ics' is not text, markdown or json
  run 'iwg summary --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/plan-2024 summary --format html --as-of 2024-05-01
[stderr]
iwg: error: --format: 'html' is not text, markdown or json
  run 'iwg summary --help' for usage
[exit 2]
