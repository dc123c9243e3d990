# `iwg remind` on tests/fixtures/plan-2024: each built-in template, the month forms, --within.
# The first case is the example of docs/reminders.md, on the shipped plan itself.
$ iwg --plan plans/2024 remind --month may --as-of 2024-04-25
Implementation Working Group: May 2024 meeting

Topic: Data ecosystem and data governance in smart cities. What is the status of open data?
When: May 2024, date to be announced
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month next --as-of 2024-04-25 --template markdown
## Implementation Working Group: May 2024 meeting

**Topic:** Data ecosystem and data governance in smart cities. What is the status of open data?

**When:** May 2024, date to be announced
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month 11 --as-of 2024-10-25 --template email
Date: Fri, 25 Oct 2024 00:00:00 +0000
Message-ID: <iwg.2024-11.20241025.f27fffcd8ba27ce2@iwg.invalid>
Subject: Implementation Working Group: November 2024 meeting: Opening data in
 practice: lessons learned from data interoperability in open science
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Implementation Working Group's meeting in November 2024.

Topic: Opening data in practice: lessons learned from data interoperability in open science
Alternative: connect discussion with UNWDF.
When: November 2024, date to be announced
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month 2024-11 --as-of 2024-10-25 --template json
{
  "iwg_reminder": 2,
  "as_of": "2024-10-25",
  "rule": "month",
  "within_days": null,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "tests/fixtures/plan-2024",
    "display_timezones": []
  },
  "month": "2024-11",
  "when": "November 2024, date to be announced",
  "your_time": null,
  "elsewhere": null,
  "meeting": {
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
  },
  "goals": [],
  "actions": []
}
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month december --as-of 2024-11-25 --template text
Implementation Working Group: December 2024 survey

Topic: End of year survey
When: December 2024, date to be announced
[exit 0]
# --within: the last 14 days of May reach June's undated row.
$ iwg --plan tests/fixtures/plan-2024 remind --within 14 --as-of 2024-05-18 --verbose
Implementation Working Group: June 2024 meeting

Topic: Data projects fair
When: June 2024, date to be announced
[stderr]
iwg: reminder for June 2024: the month's row has no date and 2024-05-18 is in the last 14 days of May
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --within 14 --as-of 2024-05-17 --verbose
[stderr]
iwg: nothing to remind: no dated meeting from 2024-05-17 to 2024-05-31, and 2024-05-17 is not in the last 14 days of May (from 2024-05-18)
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --within 14 --as-of 2024-05-20 --template json
{
  "iwg_reminder": 2,
  "as_of": "2024-05-20",
  "rule": "next-month",
  "within_days": 14,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "tests/fixtures/plan-2024",
    "display_timezones": []
  },
  "month": "2024-06",
  "when": "June 2024, date to be announced",
  "your_time": null,
  "elsewhere": null,
  "meeting": {
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
  },
  "goals": [],
  "actions": []
}
[exit 0]
# Determinism: the same plan and --as-of give the same bytes (this case and the next are equal).
$ iwg --plan tests/fixtures/plan-2024 remind --month next --as-of 2024-08-25 --template email
Date: Sun, 25 Aug 2024 00:00:00 +0000
Message-ID: <iwg.2024-09.20240825.ef0c97ce99466a78@iwg.invalid>
Subject: Implementation Working Group: September 2024 meeting: Beneficial
 Ownership and extractive industries: open data for anti-corruption
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Implementation Working Group's meeting in September 2024.

Topic: Beneficial Ownership and extractive industries: open data for anti-corruption
When: September 2024, date to be announced
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month next --as-of 2024-08-25 --template email
Date: Sun, 25 Aug 2024 00:00:00 +0000
Message-ID: <iwg.2024-09.20240825.ef0c97ce99466a78@iwg.invalid>
Subject: Implementation Working Group: September 2024 meeting: Beneficial
 Ownership and extractive industries: open data for anti-corruption
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Implementation Working Group's meeting in September 2024.

Topic: Beneficial Ownership and extractive industries: open data for anti-corruption
When: September 2024, date to be announced
[exit 0]

# In December, "--month next" reads next year's plan when ./plans (or --plan) holds one per year.
$ iwg --plan tests/fixtures/years remind --month next --as-of 2024-12-25
Years group: January 2025 meeting

Topic: New year 2025
When: January 2025, date to be announced
[exit 0]
