# Time zones on tests/fixtures/zones: a schedule (last tuesday, 15:00 Europe/Madrid, 90 minutes)
# that dates each month's meeting, rows with their own date, time and zone, display zones,
# --tz, links and locations, in every output that shows them; and the mistakes iwg refuses.
# Checked by hand against Python's zoneinfo and calendar.

# March: the schedule's last Tuesday (the 26th, still +01:00 in Madrid), in Tokyo too.
$ iwg --plan tests/fixtures/zones agenda --month march --tz Asia/Tokyo
Zones Group · Action Plan 2024

March 2024
  Topic:        Spring review
  Kind:         meeting
  Status:       planned
  When:         Tuesday 2024-03-26 15:00 Europe/Madrid (+01:00), 90 minutes
  Your time:    Tuesday 2024-03-26 23:00 Asia/Tokyo (+09:00)
  Elsewhere:    11:00 America/Sao_Paulo, 17:00 Africa/Nairobi, 19:30
                Asia/Kolkata, 01:00 Australia/Sydney (Wednesday)
  Join:         https://meet.example.org/zones
[exit 0]

# April's row moved a week earlier; May's row has its own time and zone in Nairobi.
$ iwg --plan tests/fixtures/zones agenda --from apr --to may -f markdown
# Zones Group · Action Plan 2024

## April 2024

- **Topic:** Moved for Easter
- **Kind:** meeting
- **Status:** planned
- **When:** Tuesday 2024-04-23 15:00 Europe/Madrid (+02:00), 90 minutes, moved from Tuesday 2024-04-30
- **Elsewhere:** 10:00 America/Sao\_Paulo, 16:00 Africa/Nairobi, 18:30 Asia/Kolkata, 23:00 Australia/Sydney
- **Join:** <https://meet.example.org/zones>
- **Location:** Room 4, Calle Mayor 1, Madrid

## May 2024

- **Topic:** In person in Nairobi
- **Kind:** meeting
- **Status:** planned
- **When:** Tuesday 2024-05-28 10:00 Africa/Nairobi (+03:00), 180 minutes
- **Elsewhere:** 04:00 America/Sao\_Paulo, 10:00 Africa/Nairobi, 12:30 Asia/Kolkata, 17:00 Australia/Sydney
- **Join:** <https://meet.example.org/nairobi?room=4#audio>
[exit 0]

# October: the last Tuesday (29th) is after the clocks went back (+01:00): 14:00 UTC.
$ iwg --plan tests/fixtures/zones agenda --month oct -f ics --as-of 2024-10-01
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//iwg//iwg 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Zones Group \xc2\xb7 Action Plan 2024\r (esc)
BEGIN:VEVENT\r (esc)
UID:2024-10-1-b7f378e12d7df30b@iwg\r (esc)
DTSTAMP:20241001T000000Z\r (esc)
SEQUENCE:9040\r (esc)
DTSTART:20241029T140000Z\r (esc)
DTEND:20241029T153000Z\r (esc)
SUMMARY:After the clocks change\r (esc)
DESCRIPTION:Status: planned\\nWhen: Tuesday 2024-10-29 15:00 Europe/Madrid (\r (esc)
 +01:00)\\, 90 minutes\\nElsewhere: 11:00 America/Sao_Paulo\\, 17:00 Africa/Na\r (esc)
 irobi\\, 19:30 Asia/Kolkata\\, 01:00 Australia/Sydney (Wednesday)\\nJoin: htt\r (esc)
 ps://meet.example.org/zones\r (esc)
URL:https://meet.example.org/zones\r (esc)
STATUS:TENTATIVE\r (esc)
END:VEVENT\r (esc)
END:VCALENDAR\r (esc)
[exit 0]

# The e-mail reminder with From and To; the Date is the as-of day.
$ iwg --plan tests/fixtures/zones remind --month april -t email --as-of 2024-04-16 --mail-from "IWG <iwg@example.org>" --mail-to "members@example.org"
From: IWG <iwg@example.org>
To: members@example.org
Date: Tue, 16 Apr 2024 00:00:00 +0000
Message-ID: <iwg.2024-04.20240416.5f7b3325e3ac8413@example.org>
Subject: Zones Group: April 2024 meeting: Moved for Easter
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Zones Group's meeting in April 2024.

Topic: Moved for Easter
When: Tuesday 2024-04-23 15:00 Europe/Madrid (+02:00), 90 minutes, moved from Tuesday 2024-04-30
Elsewhere: 10:00 America/Sao_Paulo, 16:00 Africa/Nairobi, 18:30 Asia/Kolkata, 23:00 Australia/Sydney
Join: https://meet.example.org/zones
Location: Room 4, Calle Mayor 1, Madrid
[exit 0]

$ iwg --plan tests/fixtures/zones remind --month april -t markdown --as-of 2024-04-16
## Zones Group: April 2024 meeting

**Topic:** Moved for Easter

**When:** Tuesday 2024-04-23 15:00 Europe/Madrid (+02:00), 90 minutes, moved from Tuesday 2024-04-30

**Elsewhere:** 10:00 America/Sao\_Paulo, 16:00 Africa/Nairobi, 18:30 Asia/Kolkata, 23:00 Australia/Sydney

**Join:** <https://meet.example.org/zones>

**Location:** Room 4, Calle Mayor 1, Madrid
[exit 0]

$ iwg --plan tests/fixtures/zones status --as-of 2024-06-01
Zones Group · Action Plan 2024
Status as of 2024-06-01.

Held:          1
Cancelled:     0
Upcoming:      3
Stale:         3
Next meeting:  September 2024 · Survey of members

Stale rows
  - Tue 2024-03-26 15:00 Europe/Madrid (+01:00) is past and still planned: mark
    it held or cancelled (Spring review)
  - Tue 2024-04-23 15:00 Europe/Madrid (+02:00) is past and still planned: mark
    it held or cancelled (Moved for Easter)
  - Tue 2024-05-28 10:00 Africa/Nairobi (+03:00) is past and still planned: mark
    it held or cancelled (In person in Nairobi)

Meetings
  When                                          State     Topic
  Tue 2024-01-30 15:00 Europe/Madrid (+01:00)   held      Kick-off
  Tue 2024-03-26 15:00 Europe/Madrid (+01:00)   stale     Spring review
  Tue 2024-04-23 15:00 Europe/Madrid (+02:00)   stale     Moved for Easter
  Tue 2024-05-28 10:00 Africa/Nairobi (+03:00)  stale     In person in Nairobi
  September 2024                                upcoming  Survey of members
  Tue 2024-10-29 15:00 Europe/Madrid (+01:00)   upcoming  After the clocks
                                                          change
  Tue 2024-11-12 09:30 -03:00                   upcoming  Fixed offset row

Actions
  Planned:      1
  In progress:  0
  Done:         0
  Dropped:      0

  Action  Status   Text
  A1      planned  Keep the cadence

Goals
  Goal:           G1 Meet every month
  Progress:       0 of 1 action done
  Held meetings:  Tue 2024-01-30 15:00 Europe/Madrid (+01:00)
[exit 0]

# Mistakes on the command line: exit 2 before the plan is read.
$ iwg --plan tests/fixtures/zones agenda --tz Europe/Madird
[stderr]
iwg: error: --tz: 'Europe/Madird' is not a time zone: write an IANA name such as Europe/Madrid, UTC, or an offset such as +02:00 (did you mean 'Europe/Madrid'?)
  run 'iwg agenda --help' for usage
[exit 2]

$ iwg --plan tests/fixtures/zones remind --month may --mail-to "a@b.org"
[stderr]
iwg: error: --mail-from and --mail-to go with --template email (or a --template-file that uses {mail_from} and {mail_to})
[exit 2]

# A second header smuggled in after a comma. (A line break in the value cannot be written in a
# transcript, one line per command: tests/unit/render/email_header_test.cpp has that case.)
$ iwg --plan tests/fixtures/zones remind --month may -t email --mail-to "a@b.org, Bcc: z@w.org"
[stderr]
iwg: error: --mail-to: 'Bcc: z@w.org' is not an e-mail address: write name@example.org or Name <name@example.org> (plain ASCII; letters, digits, spaces, '-' and ' in a name)
  run 'iwg remind --help' for usage
[exit 2]

# Mistakes in a plan: an abbreviation for a zone, a misspelt zone, a day rule without its
# weekday spelt out, a link with a password; a meeting in the spring gap and one in the
# repeated autumn hour.
$ iwg validate tests/fixtures/zones-bad
tests/fixtures/zones-bad/plan.yaml:6:11: error[E111]: 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such as +02:00, not 'CET'
  |
6 | timezone: CET
  |           ^^^
  = hint: 'CET' is an abbreviation, not a zone: write the zone it stands for, e.g. Europe/Madrid, Europe/Berlin, Europe/Paris, … (+01:00 in winter, +02:00 in summer)
tests/fixtures/zones-bad/plan.yaml:8:8: error[E114]: 'day' must be first, second, third, fourth or last and a weekday, not '2nd tue'
  |
8 |   day: 2nd tue
  |        ^^^^^^^
  = hint: did you mean 'second tuesday'?
tests/fixtures/zones-bad/plan.yaml:10:7: error[E113]: 'link' 'https://***@meet.example.org/zones': a link must not hold a user name or password (user@host)
   |
10 | link: https://***********@meet.example.org/zones
   |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = hint: e.g. link: https://meet.example.org/iwg
tests/fixtures/zones-bad/plan.yaml:22:11: error[E209]: 02:30 Europe/Madrid on Sunday 2024-03-31 does not exist: the clocks jump forward an hour then (from +01:00 to +02:00)
   |
22 |     time: "02:30"
   |           ^
  = hint: move the meeting out of the gap, or give its time in UTC
tests/fixtures/zones-bad/plan.yaml:27:11: warning[W206]: 02:30 Europe/Madrid on Sunday 2024-10-27 happens twice: the clocks go back an hour then (from +02:00 to +01:00); iwg takes the first
   |
27 |     time: "02:30"
   |           ^
  = hint: move the meeting out of the repeated hour, or give its time in UTC
tests/fixtures/zones-bad/plan.yaml:33:15: error[E111]: 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such as +02:00, not 'Europe/Madird'
   |
33 |     timezone: Europe/Madird
   |               ^^^^^^^^^^^^^
  = hint: did you mean 'Europe/Madrid'?

5 errors, 1 warning in 1 file
[exit 1]

# After 2037 (tests/fixtures/zones-2038): June 15:00 UTC is 17:00 in Madrid (summer time),
# 11:00 in Santiago and 01:00 in Sydney (their winter); December 15:00 Madrid is 14:00 UTC.
# As Python's zoneinfo says: the zone files' footer rules.
$ iwg --plan tests/fixtures/zones-2038 agenda --all --tz Europe/Madrid --as-of 2038-01-01
Zones Group · Action Plan 2038

January 2038
  Nothing planned.

February 2038
  Nothing planned.

March 2038
  Nothing planned.

April 2038
  Nothing planned.

May 2038
  Nothing planned.

June 2038
  Topic:        Midsummer
  Kind:         meeting
  Status:       planned
  When:         Tuesday 2038-06-15 15:00 UTC, 60 minutes
  Your time:    Tuesday 2038-06-15 17:00 Europe/Madrid (+02:00)
  Elsewhere:    17:00 Europe/Madrid, 11:00 America/Santiago, 01:00
                Australia/Sydney (Wednesday), 11:00 America/New_York

July 2038
  Nothing planned.

August 2038
  Nothing planned.

September 2038
  Nothing planned.

October 2038
  Nothing planned.

November 2038
  Nothing planned.

December 2038
  Topic:        Year end
  Kind:         meeting
  Status:       planned
  When:         Tuesday 2038-12-14 15:00 Europe/Madrid (+01:00), 60 minutes
  Your time:    Tuesday 2038-12-14 15:00 Europe/Madrid (+01:00)
  Elsewhere:    15:00 Europe/Madrid, 11:00 America/Santiago, 01:00
                Australia/Sydney (Wednesday), 09:00 America/New_York
[exit 0]
