# `iwg agenda --format`: Markdown, JSON and iCalendar, on the frozen 2024 plan and the rich fixture.
# One whole year per format: JSON on the frozen 2024 plan, text, Markdown and iCalendar on the
# rich fixture; the other cases select one month.
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --format markdown --as-of 2024-05-01
# Implementation Working Group · Action Plan 2024

## May 2024

- **Topic:** Data ecosystem and data governance in smart cities. What is the status of open data?
- **Kind:** meeting
- **Status:** planned
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month august --format markdown --as-of 2024-05-01
# Implementation Working Group · Action Plan 2024

## August 2024

- **Topic:** SUMMER BREAK
- **Kind:** break: no meeting this month
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --format json --as-of 2024-05-01
{
  "report": "agenda",
  "version": 2,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "tests/fixtures/plan-2024",
    "display_timezones": []
  },
  "from": "2024-05",
  "to": "2024-05",
  "outside_plan_year": false,
  "months": [
    {
      "month": "2024-05",
      "is_break": false,
      "meetings": [
        {
          "row": 1,
          "month": 5,
          "topic": "Data ecosystem and data governance in smart cities. What is the status of open data?",
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
  "unscheduled": null,
  "goals": [],
  "actions": []
}
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --all --format json --as-of 2024-05-01
{
  "report": "agenda",
  "version": 2,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "tests/fixtures/plan-2024",
    "display_timezones": []
  },
  "from": "2024-01",
  "to": "2024-12",
  "outside_plan_year": false,
  "months": [
    {
      "month": "2024-01",
      "is_break": false,
      "meetings": []
    },
    {
      "month": "2024-02",
      "is_break": false,
      "meetings": []
    },
    {
      "month": "2024-03",
      "is_break": false,
      "meetings": []
    },
    {
      "month": "2024-04",
      "is_break": false,
      "meetings": [
        {
          "row": 0,
          "month": 4,
          "topic": "Capabilities / capacity building for Open Data Professionals",
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
      "month": "2024-05",
      "is_break": false,
      "meetings": [
        {
          "row": 1,
          "month": 5,
          "topic": "Data ecosystem and data governance in smart cities. What is the status of open data?",
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
      "month": "2024-06",
      "is_break": false,
      "meetings": [
        {
          "row": 2,
          "month": 6,
          "topic": "Data projects fair",
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
      "month": "2024-07",
      "is_break": false,
      "meetings": [
        {
          "row": 4,
          "month": 7,
          "topic": "Open Data Ranking/Measurements",
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
      "month": "2024-08",
      "is_break": true,
      "meetings": [
        {
          "row": 5,
          "month": 8,
          "topic": "SUMMER BREAK",
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
      "month": "2024-09",
      "is_break": false,
      "meetings": [
        {
          "row": 6,
          "month": 9,
          "topic": "Beneficial Ownership and extractive industries: open data for anti-corruption",
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
          "row": 7,
          "month": 10,
          "topic": "Gender data: indigenous data, database on violent gender",
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
      "meetings": [
        {
          "row": 8,
          "month": 11,
          "topic": "Opening data in practice: lessons learned from data interoperability in open science",
          "alternative": "connect discussion with UNWDF.",
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
      "month": "2024-12",
      "is_break": false,
      "meetings": [
        {
          "row": 9,
          "month": 12,
          "topic": "End of year survey",
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
    }
  ],
  "unscheduled": [
    {
      "row": 3,
      "month": null,
      "topic": "Opening data in practice: lessons learned from govtech for health, and chief data officer for education",
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
  "goals": [],
  "actions": []
}
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month 2025-01 --format json --as-of 2024-05-01
{
  "report": "agenda",
  "version": 2,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "tests/fixtures/plan-2024",
    "display_timezones": []
  },
  "from": "2025-01",
  "to": "2025-01",
  "outside_plan_year": true,
  "months": [],
  "unscheduled": null,
  "goals": [],
  "actions": []
}
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month august --format ics --as-of 2024-05-01
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//iwg//iwg 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Implementation Working Group \xc2\xb7 Action Plan 2024\r (esc)
BEGIN:VTIMEZONE\r (esc)
TZID:UTC\r (esc)
BEGIN:STANDARD\r (esc)
DTSTART:19700101T000000\r (esc)
TZOFFSETFROM:+0000\r (esc)
TZOFFSETTO:+0000\r (esc)
TZNAME:UTC\r (esc)
END:STANDARD\r (esc)
END:VTIMEZONE\r (esc)
END:VCALENDAR\r (esc)
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --format Text --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

May 2024
  Topic:        Data ecosystem and data governance in smart cities. What is the
                status of open data?
  Kind:         meeting
  Status:       planned
[exit 0]
$ iwg --plan tests/fixtures/rich agenda --all --as-of 2024-06-15
Rich Test Group | <b>WG</b> · Plan 2024, with commas; and semicolons

January 2024
  Topic:        Kick-off
  Kind:         meeting
  Status:       held
  When:         Tuesday 2024-01-16 15:00 +02:00, 90 minutes
  Speakers:     Ana Pérez, Bob | Builder
  Goals:        G1
  Actions:      A1
  Notes:        Minutes are on the wiki.
                Second line of notes.

February 2024
  Topic:        Cancelled, sadly; see \ notes
  Kind:         meeting
  Status:       cancelled
  When:         Tuesday 2024-02-20

March 2024
  Topic:        Table | breaker <script>alert('x')</script>
  Alternative:  Plan B | <i>C</i>
  Kind:         meeting
  Status:       confirmed

  Topic:        Mid-year survey
  Kind:         survey
  Status:       planned

April 2024
  Topic:        Données ouvertes — café ☕ über alles, a topic long enough to
                fold in the middle of ééééé
  Kind:         meeting
  Status:       held
  When:         Tuesday 2024-04-09 09:30 -05:00, 60 minutes
  Speakers:     Zoë
  Goals:        G2

May 2024
  Topic:        Late-night call across midnight
  Kind:         meeting
  Status:       confirmed
  When:         Friday 2024-05-31 23:30 -02:00, 60 minutes

June 2024
  Topic:        A time but no date
  Kind:         meeting
  Status:       planned
  When:         10:00 UTC, 60 minutes

July 2024
  Topic:        Summer break
  Kind:         break: no meeting this month

August 2024
  Topic:        Community event
  Kind:         event
  Status:       planned
  When:         Tuesday 2024-08-20 12:00, 30 minutes
  Actions:      A2

September 2024
  Topic:        Escapes such as \e[31m and <U+202E> stay text
  Kind:         meeting
  Status:       planned

October 2024
  Topic:        Newline
                inside the topic
  Kind:         meeting
  Status:       planned

November 2024
  Nothing planned.

December 2024
  Topic:        Year end | 1. review
  Kind:         meeting
  Status:       planned

Unscheduled
  These rows have no month in the plan.

  Topic:        Someday, maybe
  Kind:         meeting
  Status:       planned

Goals named above
  Goal  Text
  G1    Ship <script>alert(1)</script> safely
  G2    Pipes | and, commas; semicolons \ backslashes

Actions named above
  Action  Text
  A1      Write the onboarding guide
  A2      Run *two* workshops [link](http://example.com)
[exit 0]
$ iwg --plan tests/fixtures/rich agenda --all -f markdown --as-of 2024-06-15
# Rich Test Group \| &lt;b&gt;WG&lt;/b&gt; · Plan 2024, with commas; and semicolons

## January 2024

- **Topic:** Kick-off
- **Kind:** meeting
- **Status:** held
- **When:** Tuesday 2024-01-16 15:00 +02:00, 90 minutes
- **Speakers:** Ana Pérez, Bob \| Builder
- **Goals:** G1
- **Actions:** A1
- **Notes:** Minutes are on the wiki.  
  Second line of notes.

## February 2024

- **Topic:** Cancelled, sadly; see \\ notes
- **Kind:** meeting
- **Status:** cancelled
- **When:** Tuesday 2024-02-20

## March 2024

- **Topic:** Table \| breaker &lt;script&gt;alert('x')&lt;/script&gt;
- **Alternative:** Plan B \| &lt;i&gt;C&lt;/i&gt;
- **Kind:** meeting
- **Status:** confirmed

---

- **Topic:** Mid-year survey
- **Kind:** survey
- **Status:** planned

## April 2024

- **Topic:** Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé
- **Kind:** meeting
- **Status:** held
- **When:** Tuesday 2024-04-09 09:30 -05:00, 60 minutes
- **Speakers:** Zoë
- **Goals:** G2

## May 2024

- **Topic:** Late-night call across midnight
- **Kind:** meeting
- **Status:** confirmed
- **When:** Friday 2024-05-31 23:30 -02:00, 60 minutes

## June 2024

- **Topic:** A time but no date
- **Kind:** meeting
- **Status:** planned
- **When:** 10:00 UTC, 60 minutes

## July 2024

- **Topic:** Summer break
- **Kind:** break: no meeting this month

## August 2024

- **Topic:** Community event
- **Kind:** event
- **Status:** planned
- **When:** Tuesday 2024-08-20 12:00, 30 minutes
- **Actions:** A2

## September 2024

- **Topic:** Escapes such as \\e\[31m and &lt;U+202E&gt; stay text
- **Kind:** meeting
- **Status:** planned

## October 2024

- **Topic:** Newline  
  inside the topic
- **Kind:** meeting
- **Status:** planned

## November 2024

Nothing planned.

## December 2024

- **Topic:** Year end \| 1. review
- **Kind:** meeting
- **Status:** planned

## Unscheduled

These rows have no month in the plan.

- **Topic:** Someday, maybe
- **Kind:** meeting
- **Status:** planned

## Goals named above

| Goal | Text |
| --- | --- |
| G1 | Ship &lt;script&gt;alert(1)&lt;/script&gt; safely |
| G2 | Pipes \| and, commas; semicolons \\ backslashes |

## Actions named above

| Action | Text |
| --- | --- |
| A1 | Write the onboarding guide |
| A2 | Run \*two\* workshops \[link\](http&#58;//example.com) |
[exit 0]
$ iwg --plan tests/fixtures/rich agenda --all -f ics --as-of 2024-06-15
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//iwg//iwg 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Rich Test Group | <b>WG</b> \xc2\xb7 Plan 2024\\, with commas\\; and s\r (esc)
 emicolons\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-01-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART:20240116T130000Z\r (esc)
DTEND:20240116T143000Z\r (esc)
SUMMARY:Kick-off\r (esc)
DESCRIPTION:Status: held\\nWhen: Tuesday 2024-01-16 15:00 +02:00\\, 90 minute\r (esc)
 s\\nSpeakers: Ana P\xc3\xa9rez\\, Bob | Builder\\nGoals: G1\\nActions: A1\\nNotes: Mi\r (esc)
 nutes are on the wiki.\\nSecond line of notes.\r (esc)
STATUS:CONFIRMED\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-02-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20240220\r (esc)
DTEND;VALUE=DATE:20240221\r (esc)
SUMMARY:Cancelled\\, sadly\\; see \\\\ notes\r (esc)
DESCRIPTION:Status: cancelled\r (esc)
STATUS:CANCELLED\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-03-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20240301\r (esc)
DTEND;VALUE=DATE:20240401\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:Table | breaker <script>alert('x')</script>\r (esc)
DESCRIPTION:Status: confirmed\\nAlternative topic: Plan B | <i>C</i>\r (esc)
STATUS:CONFIRMED\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-03-2-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20240301\r (esc)
DTEND;VALUE=DATE:20240401\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:Mid-year survey\r (esc)
DESCRIPTION:Status: planned\\nKind: survey\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-04-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART:20240409T143000Z\r (esc)
DTEND:20240409T153000Z\r (esc)
SUMMARY:Donn\xc3\xa9es ouvertes \xe2\x80\x94 caf\xc3\xa9 \xe2\x98\x95 \xc3\xbcber alles\\, a topic long enough t\r (esc)
 o fold in the middle of \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\r (esc)
DESCRIPTION:Status: held\\nWhen: Tuesday 2024-04-09 09:30 -05:00\\, 60 minute\r (esc)
 s\\nSpeakers: Zo\xc3\xab\\nGoals: G2\r (esc)
STATUS:CONFIRMED\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-05-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART:20240601T013000Z\r (esc)
DTEND:20240601T023000Z\r (esc)
SUMMARY:Late-night call across midnight\r (esc)
DESCRIPTION:Status: confirmed\\nWhen: Friday 2024-05-31 23:30 -02:00\\, 60 mi\r (esc)
 nutes\r (esc)
STATUS:CONFIRMED\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-06-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20240601\r (esc)
DTEND;VALUE=DATE:20240701\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:A time but no date\r (esc)
DESCRIPTION:Status: planned\\nTime: 10:00 UTC\\, 60 minutes\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-08-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART:20240820T120000\r (esc)
DTEND:20240820T123000\r (esc)
SUMMARY:Community event\r (esc)
DESCRIPTION:Status: planned\\nKind: event\\nActions: A2\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-09-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20240901\r (esc)
DTEND;VALUE=DATE:20241001\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:Escapes such as \\\\e[31m and <U+202E> stay text\r (esc)
DESCRIPTION:Status: planned\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-10-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20241001\r (esc)
DTEND;VALUE=DATE:20241101\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:Newline\\ninside the topic\r (esc)
DESCRIPTION:Status: planned\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-12-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART;VALUE=DATE:20241201\r (esc)
DTEND;VALUE=DATE:20250101\r (esc)
TRANSP:TRANSPARENT\r (esc)
SUMMARY:Year end | 1. review\r (esc)
DESCRIPTION:Status: planned\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
END:VCALENDAR\r (esc)
[exit 0]
$ iwg --plan tests/fixtures/rich agenda --month january -f ICS --as-of 2024-06-15
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//iwg//iwg 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Rich Test Group | <b>WG</b> \xc2\xb7 Plan 2024\\, with commas\\; and s\r (esc)
 emicolons\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-01-1-54ea08b6d266d905@iwg\r (esc)
DTSTAMP:20240615T000000Z\r (esc)
SEQUENCE:8932\r (esc)
DTSTART:20240116T130000Z\r (esc)
DTEND:20240116T143000Z\r (esc)
SUMMARY:Kick-off\r (esc)
DESCRIPTION:Status: held\\nWhen: Tuesday 2024-01-16 15:00 +02:00\\, 90 minute\r (esc)
 s\\nSpeakers: Ana P\xc3\xa9rez\\, Bob | Builder\\nGoals: G1\\nActions: A1\\nNotes: Mi\r (esc)
 nutes are on the wiki.\\nSecond line of notes.\r (esc)
STATUS:CONFIRMED\r (esc)
END:VEVENT\r (esc)
END:VCALENDAR\r (esc)
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 agenda --month may --format yaml --as-of 2024-05-01
[stderr]
iwg: error: --format: 'yaml' is not text, markdown, json or ics
  run 'iwg agenda --help' for usage
[exit 2]
