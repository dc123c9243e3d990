# `iwg status` in every format, before, during and after the plan year. One full report per
# format: text on the frozen 2024 plan (as in docs/reports.md), text, Markdown and JSON on the
# rich fixture. Before and after the year run on the tiny fixture, so their output stays short.
$ iwg --plan tests/fixtures/tiny status --as-of 2023-12-01
Tiny Group · Plan 2024
Status as of 2023-12-01.

The 2024 plan year has not started yet.

Held:          0
Cancelled:     0
Upcoming:      2
Stale:         0
Unscheduled:   1
Next meeting:  May 2024 · Spring meeting

Meetings
  When           State     Topic
  May 2024       upcoming  Spring meeting
  November 2024  upcoming  Autumn meeting

Actions
  Planned:      1
  In progress:  0
  Done:         0
  Dropped:      0

  Action  Status   Text
  A1      planned  Meet once a season

Goals
  Goal:           G1 Keep going
  Progress:       0 of 1 action done
  Held meetings:  none yet
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 status --as-of 2024-06-15
Implementation Working Group · Action Plan 2024
Status as of 2024-06-15.

Held:          0
Cancelled:     0
Upcoming:      6
Stale:         2
Unscheduled:   1
Next meeting:  June 2024 · Data projects fair

Stale rows
  - April 2024 is past and still planned: mark it held or cancelled
    (Capabilities / capacity building for Open Data Professionals)
  - May 2024 is past and still planned: mark it held or cancelled (Data
    ecosystem and data governance in smart cities. What is the status of open
    data?)

Meetings
  When            State     Topic
  April 2024      stale     Capabilities / capacity building for Open Data
                            Professionals
  May 2024        stale     Data ecosystem and data governance in smart cities.
                            What is the status of open data?
  June 2024       upcoming  Data projects fair
  July 2024       upcoming  Open Data Ranking/Measurements
  September 2024  upcoming  Beneficial Ownership and extractive industries: open
                            data for anti-corruption
  October 2024    upcoming  Gender data: indigenous data, database on violent
                            gender
  November 2024   upcoming  Opening data in practice: lessons learned from data
                            interoperability in open science
  December 2024   upcoming  End of year survey

Actions
  Planned:      6
  In progress:  0
  Done:         0
  Dropped:      0

  Action  Status   Text
  A1      planned  Onboard our ODC adopters to promote the transfer of knowledge
                   and capabilities among open data professionals.
  A2      planned  Promote the exchange of academic projects that involve
                   training and use of open data, prioritizing the use of open
                   data and smart cities, data interoperability, and open data
                   and SDGs.
  A3      planned  Connect new actors to the IWG and ODC, hosting programs and
                   initiatives resulting from public and private partnerships
                   and involving open data.
  A4      planned  Expand our collaboration with groups involved in data gender
                   issues, open science, climate change and real-time data,
                   humanitarian crises, and anti-corruption initiatives by
                   discussing initiatives and practices.
  A5      planned  Expand engagement in organizations promoting open data and
                   public digital infrastructure and using open data for
                   artificial intelligence research and development.
  A6      planned  Strengthen communication channels and diversify communication
                   content through releases with lessons learned from the
                   community that involves the IWG.

Goals
  Goal:           G1 Support a shared capabilities framework for public servants
                  committed to developing and maintaining open data.
  Progress:       0 of 1 action done
  Held meetings:  none yet

  Goal:           G2 Revitalize data governance and capacity by supporting
                  partnerships across data ecosystems promoting cultural
                  diversity, social care, climate change, education, and health.
  Progress:       0 of 2 actions done
  Held meetings:  none yet

  Goal:           G3 Contribute to emerging and transversal open data agendas on
                  humanitarian crises, social projects, and open science.
  Progress:       0 of 1 action done
  Held meetings:  none yet

  Goal:           G4 Promote the exchange of organizational resources and
                  capabilities among open data professionals, particularly
                  public servants dealing with regulation, privacy, real-time
                  data, and data interoperability.
  Progress:       0 of 3 actions done
  Held meetings:  none yet

  Goal:           G5 Contribute to the debate on open data and digital public
                  infrastructures and the research and development of artificial
                  intelligence in the public sector.
  Progress:       0 of 1 action done
  Held meetings:  none yet
[exit 0]
$ iwg --plan tests/fixtures/tiny status --as-of 2025-01-10
Tiny Group · Plan 2024
Status as of 2025-01-10.

The 2024 plan year is over: 0 of 2 meetings held, 0 cancelled, 2 never marked; 0
of 1 action done.

Held:          0
Cancelled:     0
Upcoming:      0
Stale:         2
Unscheduled:   1
Next meeting:  none

Stale rows
  - May 2024 is past and still planned: mark it held or cancelled (Spring
    meeting)
  - November 2024 is past and still planned: mark it held or cancelled (Autumn
    meeting)

Meetings
  When           State  Topic
  May 2024       stale  Spring meeting
  November 2024  stale  Autumn meeting

Actions
  Planned:      1
  In progress:  0
  Done:         0
  Dropped:      0

  Action  Status   Text
  A1      planned  Meet once a season

Goals
  Goal:           G1 Keep going
  Progress:       0 of 1 action done
  Held meetings:  none yet
[exit 0]
# --fail-on-stale: a scheduled CI job that nags. It prints the usual report (the rich case
# below shows it in full); these two check only the exit code and stderr.
# The last day of April: April is the current month, never past, so nothing is stale.
$ iwg --plan tests/fixtures/plan-2024 status --fail-on-stale --as-of 2024-04-30 > /dev/null
[exit 0]
# The first of June: April and May are past and still planned.
$ iwg --plan tests/fixtures/plan-2024 status --fail-on-stale --as-of 2024-06-01 > /dev/null
[stderr]
iwg: error: 2 rows are past and still planned or confirmed (--fail-on-stale)
[exit 1]
$ iwg --plan tests/fixtures/rich status --as-of 2024-06-15
Rich Test Group | <b>WG</b> · Plan 2024, with commas; and semicolons
Status as of 2024-06-15.

Held:          2
Cancelled:     1
Upcoming:      5
Stale:         3
Unscheduled:   1
Next meeting:  June 2024 · A time but no date

Stale rows
  - March 2024 is past and still confirmed: mark it held or cancelled (Table |
    breaker <script>alert('x')</script>)
  - March 2024 is past and still planned: mark it held or cancelled (Mid-year
    survey)
  - Fri 2024-05-31 23:30 -02:00 is past and still confirmed: mark it held or
    cancelled (Late-night call across midnight)

Meetings
  When                         State      Topic
  Tue 2024-01-16 15:00 +02:00  held       Kick-off
  Tue 2024-02-20               cancelled  Cancelled, sadly; see \ notes
  March 2024                   stale      Table | breaker
                                          <script>alert('x')</script>
  March 2024                   stale      Mid-year survey
  Tue 2024-04-09 09:30 -05:00  held       Données ouvertes — café ☕ über alles,
                                          a topic long enough to fold in the
                                          middle of ééééé
  Fri 2024-05-31 23:30 -02:00  stale      Late-night call across midnight
  June 2024                    upcoming   A time but no date
  Tue 2024-08-20 12:00         upcoming   Community event
  September 2024               upcoming   Escapes such as \e[31m and <U+202E>
                                          stay text
  October 2024                 upcoming   Newline\ninside the topic
  December 2024                upcoming   Year end | 1. review

Actions
  Planned:      1
  In progress:  1
  Done:         1
  Dropped:      1

  Action  Status       Text
  A4      planned      - starts like a list item
  A2      in-progress  Run *two* workshops [link](http://example.com)
  A1      done         Write the onboarding guide
  A3      dropped      Translate everything

Goals
  Goal:           G1 Ship <script>alert(1)</script> safely
  Progress:       1 of 2 actions done
  Held meetings:  Tue 2024-01-16 15:00 +02:00

  Goal:           G2 Pipes | and, commas; semicolons \ backslashes
  Progress:       0 of 2 actions done (1 dropped)
  Held meetings:  Tue 2024-04-09 09:30 -05:00

  Goal:           G3 A goal no action serves
  Progress:       no action serves this goal
  Held meetings:  none yet
[exit 0]
$ iwg --plan tests/fixtures/rich status -f markdown --as-of 2024-06-15
# Rich Test Group \| &lt;b&gt;WG&lt;/b&gt; · Plan 2024, with commas; and semicolons

Status as of 2024-06-15.

- **Held:** 2
- **Cancelled:** 1
- **Upcoming:** 5
- **Stale:** 3
- **Unscheduled:** 1
- **Next meeting:** June 2024 · A time but no date

## Stale rows

- March 2024 is past and still confirmed: mark it held or cancelled (Table \| breaker &lt;script&gt;alert('x')&lt;/script&gt;)
- March 2024 is past and still planned: mark it held or cancelled (Mid-year survey)
- Fri 2024-05-31 23:30 -02:00 is past and still confirmed: mark it held or cancelled (Late-night call across midnight)

## Meetings

| When | State | Topic |
| --- | --- | --- |
| Tue 2024-01-16 15:00 +02:00 | held | Kick-off |
| Tue 2024-02-20 | cancelled | Cancelled, sadly; see \\ notes |
| March 2024 | stale | Table \| breaker &lt;script&gt;alert('x')&lt;/script&gt; |
| March 2024 | stale | Mid-year survey |
| Tue 2024-04-09 09:30 -05:00 | held | Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé |
| Fri 2024-05-31 23:30 -02:00 | stale | Late-night call across midnight |
| June 2024 | upcoming | A time but no date |
| Tue 2024-08-20 12:00 | upcoming | Community event |
| September 2024 | upcoming | Escapes such as \\e\[31m and &lt;U+202E&gt; stay text |
| October 2024 | upcoming | Newline inside the topic |
| December 2024 | upcoming | Year end \| 1. review |

## Actions

- **Planned:** 1
- **In progress:** 1
- **Done:** 1
- **Dropped:** 1

| Action | Status | Text |
| --- | --- | --- |
| A4 | planned | - starts like a list item |
| A2 | in-progress | Run \*two\* workshops \[link\](http&#58;//example.com) |
| A1 | done | Write the onboarding guide |
| A3 | dropped | Translate everything |

## Goals

- **Goal:** G1  Ship &lt;script&gt;alert(1)&lt;/script&gt; safely
- **Progress:** 1 of 2 actions done
- **Held meetings:** Tue 2024-01-16 15:00 +02:00

---

- **Goal:** G2  Pipes \| and, commas; semicolons \\ backslashes
- **Progress:** 0 of 2 actions done (1 dropped)
- **Held meetings:** Tue 2024-04-09 09:30 -05:00

---

- **Goal:** G3  A goal no action serves
- **Progress:** no action serves this goal
- **Held meetings:** none yet
[exit 0]
$ iwg --plan tests/fixtures/rich status -f json --as-of 2024-06-15
{
  "report": "status",
  "version": 2,
  "plan": {
    "group": "Rich Test Group | <b>WG</b>",
    "title": "Plan 2024, with commas; and semicolons",
    "year": 2024,
    "path": "tests/fixtures/rich",
    "display_timezones": []
  },
  "as_of": "2024-06-15",
  "phase": "in-progress",
  "counts": {
    "held": 2,
    "cancelled": 1,
    "upcoming": 5,
    "stale": 3,
    "unscheduled": 1
  },
  "rows": [
    {
      "state": "held",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "cancelled",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "stale",
      "message": "March 2024 is past and still confirmed: mark it held or cancelled",
      "meeting": {
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
      }
    },
    {
      "state": "stale",
      "message": "March 2024 is past and still planned: mark it held or cancelled",
      "meeting": {
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
    },
    {
      "state": "held",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "stale",
      "message": "Fri 2024-05-31 23:30 -02:00 is past and still confirmed: mark it held or cancelled",
      "meeting": {
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
    },
    {
      "state": "upcoming",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "upcoming",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "upcoming",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "upcoming",
      "message": null,
      "meeting": {
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
    },
    {
      "state": "upcoming",
      "message": null,
      "meeting": {
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
    }
  ],
  "next_meeting": {
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
  },
  "actions": [
    {
      "id": "A4",
      "text": "- starts like a list item",
      "status": "planned"
    },
    {
      "id": "A2",
      "text": "Run *two* workshops [link](http://example.com)",
      "status": "in-progress"
    },
    {
      "id": "A1",
      "text": "Write the onboarding guide",
      "status": "done"
    },
    {
      "id": "A3",
      "text": "Translate everything",
      "status": "dropped"
    }
  ],
  "goals": [
    {
      "id": "G1",
      "text": "Ship <script>alert(1)</script> safely",
      "actions_total": 2,
      "actions_done": 1,
      "actions_dropped": 0,
      "held_rows": [
        0
      ],
      "more_held": false
    },
    {
      "id": "G2",
      "text": "Pipes | and, commas; semicolons \\ backslashes",
      "actions_total": 2,
      "actions_done": 0,
      "actions_dropped": 1,
      "held_rows": [
        4
      ],
      "more_held": false
    },
    {
      "id": "G3",
      "text": "A goal no action serves",
      "actions_total": 0,
      "actions_done": 0,
      "actions_dropped": 0,
      "held_rows": [],
      "more_held": false
    }
  ]
}
[exit 0]
$ iwg --plan tests/fixtures/rich status --fail-on-stale --as-of 2025-02-01
Rich Test Group | <b>WG</b> · Plan 2024, with commas; and semicolons
Status as of 2025-02-01.

The 2024 plan year is over: 2 of 11 meetings held, 1 cancelled, 8 never marked;
1 of 4 actions done.

Held:          2
Cancelled:     1
Upcoming:      0
Stale:         8
Unscheduled:   1
Next meeting:  none

Stale rows
  - March 2024 is past and still confirmed: mark it held or cancelled (Table |
    breaker <script>alert('x')</script>)
  - March 2024 is past and still planned: mark it held or cancelled (Mid-year
    survey)
  - Fri 2024-05-31 23:30 -02:00 is past and still confirmed: mark it held or
    cancelled (Late-night call across midnight)
  - June 2024 is past and still planned: mark it held or cancelled (A time but
    no date)
  - Tue 2024-08-20 12:00 is past and still planned: mark it held or cancelled
    (Community event)
  - September 2024 is past and still planned: mark it held or cancelled (Escapes
    such as \e[31m and <U+202E> stay text)
  - October 2024 is past and still planned: mark it held or cancelled (Newline
    inside the topic)
  - December 2024 is past and still planned: mark it held or cancelled (Year end
    | 1. review)

Meetings
  When                         State      Topic
  Tue 2024-01-16 15:00 +02:00  held       Kick-off
  Tue 2024-02-20               cancelled  Cancelled, sadly; see \ notes
  March 2024                   stale      Table | breaker
                                          <script>alert('x')</script>
  March 2024                   stale      Mid-year survey
  Tue 2024-04-09 09:30 -05:00  held       Données ouvertes — café ☕ über alles,
                                          a topic long enough to fold in the
                                          middle of ééééé
  Fri 2024-05-31 23:30 -02:00  stale      Late-night call across midnight
  June 2024                    stale      A time but no date
  Tue 2024-08-20 12:00         stale      Community event
  September 2024               stale      Escapes such as \e[31m and <U+202E>
                                          stay text
  October 2024                 stale      Newline\ninside the topic
  December 2024                stale      Year end | 1. review

Actions
  Planned:      1
  In progress:  1
  Done:         1
  Dropped:      1

  Action  Status       Text
  A4      planned      - starts like a list item
  A2      in-progress  Run *two* workshops [link](http://example.com)
  A1      done         Write the onboarding guide
  A3      dropped      Translate everything

Goals
  Goal:           G1 Ship <script>alert(1)</script> safely
  Progress:       1 of 2 actions done
  Held meetings:  Tue 2024-01-16 15:00 +02:00

  Goal:           G2 Pipes | and, commas; semicolons \ backslashes
  Progress:       0 of 2 actions done (1 dropped)
  Held meetings:  Tue 2024-04-09 09:30 -05:00

  Goal:           G3 A goal no action serves
  Progress:       no action serves this goal
  Held meetings:  none yet
[stderr]
iwg: error: 8 rows are past and still planned or confirmed (--fail-on-stale)
[exit 1]
$ iwg --plan tests/fixtures/rich status --as-of 2024-13-01
[stderr]
iwg: error: --as-of: '2024-13-01' does not exist in the calendar
[exit 2]
