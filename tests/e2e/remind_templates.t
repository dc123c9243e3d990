# `iwg remind` with dated rows, custom templates and their errors, hostile plan text.
$ iwg --plan tests/fixtures/remind/dated remind --within 6 --as-of 2024-01-10 --verbose
Test Group: January 2024 meeting

Topic: Kick-off
When: Tuesday 2024-01-16 15:00 UTC, 60 minutes
Speakers: Ana Lima, Bo Chen
Goals:
  G1: Share what works.
Actions:
  A1: Run the kick-off.
Notes:
  Bring last year's survey.
  Slides are shared beforehand.
[stderr]
iwg: reminder for January 2024: the meeting dated 2024-01-16 is within 6 days of 2024-01-10
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --within 7 --as-of 2024-03-10 --verbose --template markdown
## Test Group: March 2024 meeting

**Topic:** Main session

**When:** Tuesday 2024-03-12 14:00 +02:00, 60 minutes
[stderr]
iwg: reminder for March 2024: the meeting dated 2024-03-12 is within 7 days of 2024-03-10
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --within 7 --as-of 2024-01-10 --template json
{
  "iwg_reminder": 2,
  "as_of": "2024-01-10",
  "rule": "dated",
  "within_days": 7,
  "plan": {
    "group": "Test Group",
    "title": "Reminder Fixture 2024",
    "year": 2024,
    "path": "tests/fixtures/remind/dated",
    "display_timezones": []
  },
  "month": "2024-01",
  "when": "Tuesday 2024-01-16 15:00 UTC, 60 minutes",
  "your_time": null,
  "elsewhere": null,
  "meeting": {
    "row": 0,
    "month": 1,
    "topic": "Kick-off",
    "alternative": null,
    "kind": "meeting",
    "status": "confirmed",
    "date": "2024-01-16",
    "time": "15:00",
    "duration_minutes": 60,
    "timezone": "UTC",
    "date_source": "row",
    "usual_date": null,
    "start_utc": "2024-01-16T15:00:00Z",
    "utc_offset": "+00:00",
    "link": null,
    "location": null,
    "speakers": [
      "Ana Lima",
      "Bo Chen"
    ],
    "goals": [
      "G1"
    ],
    "actions": [
      "A1"
    ],
    "notes": "Bring last year's survey.\nSlides are shared beforehand."
  },
  "goals": [
    {
      "id": "G1",
      "text": "Share what works."
    }
  ],
  "actions": [
    {
      "id": "A1",
      "text": "Run the kick-off."
    }
  ]
}
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --within 7 --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/chat.txt
:calendar: *January 2024* with the Test Group: Kick-off
On Tuesday 2024-01-16 at 15:00 UTC.
Goals: G1
Literal braces: {topic} and } stay.
Plan: Reminder Fixture 2024, as of 2024-01-10.
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --month april --as-of 2024-03-25 --template-file tests/fixtures/remind/templates/chat.txt
:calendar: *April 2024* with the Test Group: Undated April topic
The date is not set yet.
Literal braces: {topic} and } stay.
Plan: Reminder Fixture 2024, as of 2024-03-25.
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/list.md --template-format markdown
# Kick-off

Goals:

  - G1: Share what works.
> Bring last year's survey.  
> Slides are shared beforehand.

[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/crlf.txt
Topic: Kick-off
Month: January
[exit 0]
# Template errors: exit 2, nothing on stdout, even on a day with nothing to remind.
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/unknown-placeholder.txt
[stderr]
iwg: error: tests/fixtures/remind/templates/unknown-placeholder.txt:2:7: unknown placeholder '{topik}'; did you mean '{topic}'?
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month may --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/unknown-placeholder.txt
[stderr]
iwg: error: tests/fixtures/remind/templates/unknown-placeholder.txt:2:7: unknown placeholder '{topik}'; did you mean '{topic}'?
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/unclosed-section.txt
[stderr]
iwg: error: tests/fixtures/remind/templates/unclosed-section.txt:2:1: section '{#goals}' is not closed (add '{/goals}')
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/unclosed-brace.txt
[stderr]
iwg: error: tests/fixtures/remind/templates/unclosed-brace.txt:1:8: '{' is not closed on its line (write '{{' for a literal '{')
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/bad-utf8.txt
[stderr]
iwg: error: tests/fixtures/remind/templates/bad-utf8.txt:2:1: invalid UTF-8 byte 0xFF; save the template as UTF-8
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates
[stderr]
iwg: error: --template-file: not a regular file: it is a directory
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --as-of 2024-01-10 --template-file tests/fixtures/remind/templates/missing.txt
[stderr]
iwg: error: --template-file: cannot open the file: No such file or directory
[exit 2]
# Bad invocations.
$ iwg --plan tests/fixtures/remind/dated remind --as-of 2024-01-10
[stderr]
iwg: error: say which reminder: --month MONTH (e.g. --month next) or --within DAYS
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --within 3 --as-of 2024-01-10
[stderr]
iwg: error: --month cannot be used with --within
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month smarch --as-of 2024-01-10
[stderr]
iwg: error: --month: 'smarch' is not a month; did you mean 'march'?
  accepted forms: a month name or its first three letters (may, May, MAY, sep), a number (5, 05), a year and month (2024-05), or current, next, previous
  run 'iwg remind --help' for usage
[exit 2]
$ iwg --plan tests/fixtures/remind/dated remind --month jan --template html --as-of 2024-01-10
[stderr]
iwg: error: --template: 'html' is not text, markdown, email or json
  run 'iwg remind --help' for usage
[exit 2]
# Hostile plan text: no second expansion, no terminal control, no header injection.
$ iwg --plan tests/fixtures/remind/hostile remind --month may --as-of 2024-05-01
Hostile <Group> & Co: May 2024 meeting

Topic: Implementação: use {topic} and {{braces}} red *now*
Alternative: first line Subject: injected Bcc: victim@example.org
When: May 2024, date to be announced
Speakers: _Ana_, <script>
Notes:
  - not a list item
  # not a heading
  1. not numbered
[exit 0]
$ iwg --plan tests/fixtures/remind/hostile remind --month may --as-of 2024-05-01 --template markdown
## Hostile &lt;Group&gt; &amp; Co: May 2024 meeting

**Topic:** Implementação: use {topic} and {{braces}} red \*now\*

**Alternative:** first line Subject: injected Bcc: victim@example.org

**When:** May 2024, date to be announced

**Speakers:** \_Ana\_, &lt;script&gt;

**Notes:**

\- not a list item  
\# not a heading  
1\. not numbered
[exit 0]
$ iwg --plan tests/fixtures/remind/hostile remind --month may --as-of 2024-05-01 --template email
Date: Wed, 01 May 2024 00:00:00 +0000
Message-ID: <iwg.2024-05.20240501.e595cf31ff796153@iwg.invalid>
Subject: =?UTF-8?B?SG9zdGlsZSA8R3JvdXA+ICYgQ286IE1heSAyMDI0IG1lZXRpbmc6IEltcGxl?=
 =?UTF-8?B?bWVudGHDp8OjbzogdXNlIHt0b3BpY30gYW5kIHt7YnJhY2VzfX0gcmVkICpu?=
 =?UTF-8?B?b3cq?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Hostile <Group> & Co's meeting in May 2024.

Topic: Implementação: use {topic} and {{braces}} red *now*
Alternative: first line Subject: injected Bcc: victim@example.org
When: May 2024, date to be announced
Speakers: _Ana_, <script>
Notes:
  - not a list item
  # not a heading
  1. not numbered
[exit 0]
$ iwg --plan tests/fixtures/remind/hostile remind --month may --as-of 2024-05-01 --template json
{
  "iwg_reminder": 2,
  "as_of": "2024-05-01",
  "rule": "month",
  "within_days": null,
  "plan": {
    "group": "Hostile <Group> & Co",
    "title": "Hostile 2024",
    "year": 2024,
    "path": "tests/fixtures/remind/hostile",
    "display_timezones": []
  },
  "month": "2024-05",
  "when": "May 2024, date to be announced",
  "your_time": null,
  "elsewhere": null,
  "meeting": {
    "row": 0,
    "month": 5,
    "topic": "Implementação: use {topic} and {{braces}} red *now*",
    "alternative": "first line\nSubject: injected\r\nBcc: victim@example.org",
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
    "speakers": [
      "_Ana_",
      "<script>"
    ],
    "goals": [],
    "actions": [],
    "notes": "- not a list item\n# not a heading\n1. not numbered"
  },
  "goals": [],
  "actions": []
}
[exit 0]
$ iwg --plan tests/fixtures/remind/hostile remind --month june --as-of 2024-05-01 --template email
Date: Wed, 01 May 2024 00:00:00 +0000
Message-ID: <iwg.2024-06.20240501.a468ff927b59c097@iwg.invalid>
Subject: =?UTF-8?B?SG9zdGlsZSA8R3JvdXA+ICYgQ286IEp1bmUgMjAyNCBtZWV0aW5nOiBQbGFp?=
 =?UTF-8?B?biBBU0NJSSBidXQgPT9VVEYtOD9CP1NHaz0/PSBsb29rcyBlbmNvZGVk?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Hostile <Group> & Co's meeting in June 2024.

Topic: Plain ASCII but =?UTF-8?B?SGk=?= looks encoded
When: June 2024, date to be announced
[exit 0]
$ iwg --plan tests/fixtures/remind/hostile remind --month july --as-of 2024-05-01 --template email
Date: Wed, 01 May 2024 00:00:00 +0000
Message-ID: <iwg.2024-07.20240501.ae1e520e7c52c1bb@iwg.invalid>
Subject: Hostile <Group> & Co: July 2024 meeting: A long plain topic that goes
 on and on so that the subject header has to be folded twice over at spaces,
 and then some more words
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

this is a reminder of the Hostile <Group> & Co's meeting in July 2024.

Topic: A long plain topic that goes on and on so that the subject header has to be folded twice over at spaces, and then some more words
When: July 2024, date to be announced
[exit 0]
# A template file in the email format: lines before the first empty line are headers.
$ iwg --plan tests/fixtures/remind/hostile remind --month may --as-of 2024-05-01 --template-file tests/fixtures/remind/templates/crlf.txt --template-format email
Topic: =?UTF-8?B?SW1wbGVtZW50YcOnw6NvOiB1c2Uge3RvcGljfSBhbmQge3ticmFjZXN9fSBy?=
 =?UTF-8?B?ZWQgKm5vdyo=?=
Month: May
[exit 0]
