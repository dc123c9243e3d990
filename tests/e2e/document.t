# `iwg document`: the shipped plan as the document it came from, in every format (HTML in
# publish.t and reports.document_html), and the layout's defaults on the rich fixture.
$ iwg --plan plans/2024 document
Implementation Working Group

Action Plan 2024
  † marks what the plan's maintainers added to the source document: the ids of
  goals and actions, the goals each action serves, and the kind of each meeting
  row.

  Since 2023, the ODC IW has consolidated its commitment to continue working to
  advance the open data agenda and mainly supporting the government's mission of
  collecting, sharing, and using data to respond to emerging issues and
  challenges, social, economic, and environmental.

  The accelerated adoption of artificial intelligence in the public sector,
  whether for service delivery or internal operations and adoption by default in
  the private sector, has accumulated new expectations about data and
  technologies towards accelerating the digital agenda for sustainable
  development.

  It is known that digital can play a crucial role in providing data and
  knowledge for broader progress. However, there are potential risks and harms
  in terms of surveillance, privacy breaches and vulnerability, and digital
  sovereignty that require a comprehensive view of open data approaches to

  - Expand and improve the capabilities of public servants to deal with data and
    the applications of digital technologies.
  - Promote debate on open data and information on humanitarian crises, science,
    and development of artificial intelligence,
  - Advance with robust governance models and policies centered on human beings
    and diversity.

  In 2024, the Implementation Working Group (IWG) is committed to integrating
  isolated efforts and actors toward the sustainability of open data approaches,
  policies, plans, and actions.

  Therefore, as we did in previous years, we prepared a survey to receive
  contributions from our collaborators and then held a meeting to discuss this
  new Action Plan. This year, we also gathered insights into the IWG format and
  proposed ways to improve our performance for the community. At the meeting, we
  discuss topics, projects, and events and receive speaker suggestions.

  Goals
    Id†  Goal
    G1   Support a shared capabilities framework for public servants committed
         to developing and maintaining open data.
    G2   Revitalize data governance and capacity by supporting partnerships
         across data ecosystems promoting cultural diversity, social care,
         climate change, education, and health.
    G3   Contribute to emerging and transversal open data agendas on
         humanitarian crises, social projects, and open science.
    G4   Promote the exchange of organizational resources and capabilities among
         open data professionals, particularly public servants dealing with
         regulation, privacy, real-time data, and data interoperability.
    G5   Contribute to the debate on open data and digital public
         infrastructures and the research and development of artificial
         intelligence in the public sector.

  Specific actions
    To meet our goals for 2024, we propose the following actions:

    Id†  Goals†  Action
    A1   G1, G4  Onboard our ODC adopters to promote the transfer of knowledge
                 and capabilities among open data professionals.
    A2   G4      Promote the exchange of academic projects that involve training
                 and use of open data, prioritizing the use of open data and
                 smart cities, data interoperability, and open data and SDGs.
    A3   G2      Connect new actors to the IWG and ODC, hosting programs and
                 initiatives resulting from public and private partnerships and
                 involving open data.
    A4   G2, G3  Expand our collaboration with groups involved in data gender
                 issues, open science, climate change and real-time data,
                 humanitarian crises, and anti-corruption initiatives by
                 discussing initiatives and practices.
    A5   G5      Expand engagement in organizations promoting open data and
                 public digital infrastructure and using open data for
                 artificial intelligence research and development.
    A6   G4      Strengthen communication channels and diversify communication
                 content through releases with lessons learned from the
                 community that involves the IWG.

  IWG meeting scheduled for 2024
    Month      Kind†    Topic
    April      meeting  Capabilities / capacity building for Open Data
                        Professionals
    May        meeting  Data ecosystem and data governance in smart cities. What
                        is the status of open data?
    June       meeting  Data projects fair
               meeting  Opening data in practice: lessons learned from govtech
                        for health, and chief data officer for education
    July       meeting  Open Data Ranking/Measurements
    August     break    SUMMER BREAK
    September  meeting  Beneficial Ownership and extractive industries: open
                        data for anti-corruption
    October    meeting  Gender data: indigenous data, database on violent gender
    November   meeting  Opening data in practice: lessons learned from data
                        interoperability in open science Or connect discussion
                        with UNWDF.
    December   survey   End of year survey
[exit 0]
$ iwg --plan plans/2024 document --format markdown
# Implementation Working Group

## Action Plan 2024

† marks what the plan's maintainers added to the source document: the ids of goals and actions, the goals each action serves, and the kind of each meeting row.

Since 2023, the ODC IW has consolidated its commitment to continue working to advance the open data agenda and mainly supporting the government's mission of collecting, sharing, and using data to respond to emerging issues and challenges, social, economic, and environmental.

The accelerated adoption of artificial intelligence in the public sector, whether for service delivery or internal operations and adoption by default in the private sector, has accumulated new expectations about data and technologies towards accelerating the digital agenda for sustainable development.

It is known that digital can play a crucial role in providing data and knowledge for broader progress. However, there are potential risks and harms in terms of surveillance, privacy breaches and vulnerability, and digital sovereignty that require a comprehensive view of open data approaches to

- Expand and improve the capabilities of public servants to deal with data and the applications of digital technologies.
- Promote debate on open data and information on humanitarian crises, science, and development of artificial intelligence,
- Advance with robust governance models and policies centered on human beings and diversity.

In 2024, the Implementation Working Group (IWG) is committed to integrating isolated efforts and actors toward the sustainability of open data approaches, policies, plans, and actions.

Therefore, as we did in previous years, we prepared a survey to receive contributions from our collaborators and then held a meeting to discuss this new Action Plan. This year, we also gathered insights into the IWG format and proposed ways to improve our performance for the community. At the meeting, we discuss topics, projects, and events and receive speaker suggestions.

### Goals

| Id† | Goal |
| --- | --- |
| G1 | Support a shared capabilities framework for public servants committed to developing and maintaining open data. |
| G2 | Revitalize data governance and capacity by supporting partnerships across data ecosystems promoting cultural diversity, social care, climate change, education, and health. |
| G3 | Contribute to emerging and transversal open data agendas on humanitarian crises, social projects, and open science. |
| G4 | Promote the exchange of organizational resources and capabilities among open data professionals, particularly public servants dealing with regulation, privacy, real-time data, and data interoperability. |
| G5 | Contribute to the debate on open data and digital public infrastructures and the research and development of artificial intelligence in the public sector. |

### Specific actions

To meet our goals for 2024, we propose the following actions:

| Id† | Goals† | Action |
| --- | --- | --- |
| A1 | G1, G4 | Onboard our ODC adopters to promote the transfer of knowledge and capabilities among open data professionals. |
| A2 | G4 | Promote the exchange of academic projects that involve training and use of open data, prioritizing the use of open data and smart cities, data interoperability, and open data and SDGs. |
| A3 | G2 | Connect new actors to the IWG and ODC, hosting programs and initiatives resulting from public and private partnerships and involving open data. |
| A4 | G2, G3 | Expand our collaboration with groups involved in data gender issues, open science, climate change and real-time data, humanitarian crises, and anti-corruption initiatives by discussing initiatives and practices. |
| A5 | G5 | Expand engagement in organizations promoting open data and public digital infrastructure and using open data for artificial intelligence research and development. |
| A6 | G4 | Strengthen communication channels and diversify communication content through releases with lessons learned from the community that involves the IWG. |

### IWG meeting scheduled for 2024

| Month | Kind† | Topic |
| --- | --- | --- |
| April | meeting | Capabilities / capacity building for Open Data Professionals |
| May | meeting | Data ecosystem and data governance in smart cities. What is the status of open data? |
| June | meeting | Data projects fair |
| | meeting | Opening data in practice: lessons learned from govtech for health, and chief data officer for education |
| July | meeting | Open Data Ranking/Measurements |
| August | break | SUMMER BREAK |
| September | meeting | Beneficial Ownership and extractive industries: open data for anti-corruption |
| October | meeting | Gender data: indigenous data, database on violent gender |
| November | meeting | Opening data in practice: lessons learned from data interoperability in open science Or connect discussion with UNWDF. |
| December | survey | End of year survey |
[exit 0]
$ iwg --plan plans/2024 document --format json
{
  "report": "document",
  "version": 2,
  "plan": {
    "group": "Implementation Working Group",
    "title": "Action Plan 2024",
    "year": 2024,
    "path": "plans/2024",
    "display_timezones": []
  },
  "introduction": [
    "Since 2023, the ODC IW has consolidated its commitment to continue working to advance the open data agenda and mainly supporting the government's mission of collecting, sharing, and using data to respond to emerging issues and challenges, social, economic, and environmental.",
    "The accelerated adoption of artificial intelligence in the public sector, whether for service delivery or internal operations and adoption by default in the private sector, has accumulated new expectations about data and technologies towards accelerating the digital agenda for sustainable development.",
    "It is known that digital can play a crucial role in providing data and knowledge for broader progress. However, there are potential risks and harms in terms of surveillance, privacy breaches and vulnerability, and digital sovereignty that require a comprehensive view of open data approaches to",
    "In 2024, the Implementation Working Group (IWG) is committed to integrating isolated efforts and actors toward the sustainability of open data approaches, policies, plans, and actions.",
    "Therefore, as we did in previous years, we prepared a survey to receive contributions from our collaborators and then held a meeting to discuss this new Action Plan. This year, we also gathered insights into the IWG format and proposed ways to improve our performance for the community. At the meeting, we discuss topics, projects, and events and receive speaker suggestions."
  ],
  "focus_areas": [
    "Expand and improve the capabilities of public servants to deal with data and the applications of digital technologies.",
    "Promote debate on open data and information on humanitarian crises, science, and development of artificial intelligence,",
    "Advance with robust governance models and policies centered on human beings and diversity."
  ],
  "focus_areas_after": 3,
  "titles": {
    "goals": "Goals",
    "actions": "Specific actions",
    "meetings": "IWG meeting scheduled for 2024"
  },
  "actions_intro": "To meet our goals for 2024, we propose the following actions:",
  "editorial": [
    "ids",
    "action_goals",
    "meeting_kinds"
  ],
  "goals": [
    {
      "id": "G1",
      "text": "Support a shared capabilities framework for public servants committed to developing and maintaining open data."
    },
    {
      "id": "G2",
      "text": "Revitalize data governance and capacity by supporting partnerships across data ecosystems promoting cultural diversity, social care, climate change, education, and health."
    },
    {
      "id": "G3",
      "text": "Contribute to emerging and transversal open data agendas on humanitarian crises, social projects, and open science."
    },
    {
      "id": "G4",
      "text": "Promote the exchange of organizational resources and capabilities among open data professionals, particularly public servants dealing with regulation, privacy, real-time data, and data interoperability."
    },
    {
      "id": "G5",
      "text": "Contribute to the debate on open data and digital public infrastructures and the research and development of artificial intelligence in the public sector."
    }
  ],
  "actions": [
    {
      "id": "A1",
      "text": "Onboard our ODC adopters to promote the transfer of knowledge and capabilities among open data professionals.",
      "status": "planned",
      "goals": [
        "G1",
        "G4"
      ]
    },
    {
      "id": "A2",
      "text": "Promote the exchange of academic projects that involve training and use of open data, prioritizing the use of open data and smart cities, data interoperability, and open data and SDGs.",
      "status": "planned",
      "goals": [
        "G4"
      ]
    },
    {
      "id": "A3",
      "text": "Connect new actors to the IWG and ODC, hosting programs and initiatives resulting from public and private partnerships and involving open data.",
      "status": "planned",
      "goals": [
        "G2"
      ]
    },
    {
      "id": "A4",
      "text": "Expand our collaboration with groups involved in data gender issues, open science, climate change and real-time data, humanitarian crises, and anti-corruption initiatives by discussing initiatives and practices.",
      "status": "planned",
      "goals": [
        "G2",
        "G3"
      ]
    },
    {
      "id": "A5",
      "text": "Expand engagement in organizations promoting open data and public digital infrastructure and using open data for artificial intelligence research and development.",
      "status": "planned",
      "goals": [
        "G5"
      ]
    },
    {
      "id": "A6",
      "text": "Strengthen communication channels and diversify communication content through releases with lessons learned from the community that involves the IWG.",
      "status": "planned",
      "goals": [
        "G4"
      ]
    }
  ],
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
    },
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
    },
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
    },
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
    },
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
    },
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
    },
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
    },
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
    },
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
    },
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
[exit 0]
$ iwg --plan tests/fixtures/rich document
Rich Test Group | <b>WG</b>

Plan 2024, with commas; and semicolons

  Goals
    Id  Goal
    G1  Ship <script>alert(1)</script> safely
    G2  Pipes | and, commas; semicolons \ backslashes
    G3  A goal no action serves

  Actions
    Id  Goals   Action
    A1  G1      Write the onboarding guide
    A2  G1, G2  Run *two* workshops [link](http://example.com)
    A3  G2      Translate everything
    A4          - starts like a list item

  Meetings
    Month      Kind     Status     Date                         Goals   Topic
    January    meeting  held       Tue 2024-01-16 15:00 +02:00  G1, A1  Kick-off
    February   meeting  cancelled  Tue 2024-02-20                       Cancelled,
                                                                        sadly;
                                                                        see \
                                                                        notes
    March      meeting  confirmed                                       Table |
                                                                        breaker
                                                                        <script>alert('x')</script>
                                                                        Or Plan
                                                                        B |
                                                                        <i>C</i>
    March      survey   planned                                         Mid-year
                                                                        survey
    April      meeting  held       Tue 2024-04-09 09:30 -05:00  G2      Données
                                                                        ouvertes
                                                                        — café ☕
                                                                        über
                                                                        alles, a
                                                                        topic
                                                                        long
                                                                        enough
                                                                        to fold
                                                                        in the
                                                                        middle
                                                                        of ééééé
    May        meeting  confirmed  Fri 2024-05-31 23:30 -02:00          Late-night
                                                                        call
                                                                        across
                                                                        midnight
    June       meeting  planned                                         A time
                                                                        but no
                                                                        date
    July       break    planned                                         Summer
                                                                        break
    August     event    planned    Tue 2024-08-20 12:00         A2      Community
                                                                        event
    September  meeting  planned                                         Escapes
                                                                        such as
                                                                        \e[31m
                                                                        and
                                                                        <U+202E>
                                                                        stay
                                                                        text
    October    meeting  planned                                         Newline\ninside
                                                                        the
                                                                        topic
    December   meeting  planned                                         Year end
                                                                        | 1.
                                                                        review
               meeting  planned                                         Someday,
                                                                        maybe
[exit 0]
$ iwg --plan tests/fixtures/rich document -f markdown
# Rich Test Group \| &lt;b&gt;WG&lt;/b&gt;

## Plan 2024, with commas; and semicolons

### Goals

| Id | Goal |
| --- | --- |
| G1 | Ship &lt;script&gt;alert(1)&lt;/script&gt; safely |
| G2 | Pipes \| and, commas; semicolons \\ backslashes |
| G3 | A goal no action serves |

### Actions

| Id | Goals | Action |
| --- | --- | --- |
| A1 | G1 | Write the onboarding guide |
| A2 | G1, G2 | Run \*two\* workshops \[link\](http&#58;//example.com) |
| A3 | G2 | Translate everything |
| A4 | | - starts like a list item |

### Meetings

| Month | Kind | Status | Date | Goals | Topic |
| --- | --- | --- | --- | --- | --- |
| January | meeting | held | Tue 2024-01-16 15:00 +02:00 | G1, A1 | Kick-off |
| February | meeting | cancelled | Tue 2024-02-20 | | Cancelled, sadly; see \\ notes |
| March | meeting | confirmed | | | Table \| breaker &lt;script&gt;alert('x')&lt;/script&gt; Or Plan B \| &lt;i&gt;C&lt;/i&gt; |
| March | survey | planned | | | Mid-year survey |
| April | meeting | held | Tue 2024-04-09 09:30 -05:00 | G2 | Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé |
| May | meeting | confirmed | Fri 2024-05-31 23:30 -02:00 | | Late-night call across midnight |
| June | meeting | planned | | | A time but no date |
| July | break | planned | | | Summer break |
| August | event | planned | Tue 2024-08-20 12:00 | A2 | Community event |
| September | meeting | planned | | | Escapes such as \\e\[31m and &lt;U+202E&gt; stay text |
| October | meeting | planned | | | Newline inside the topic |
| December | meeting | planned | | | Year end \| 1. review |
| | meeting | planned | | | Someday, maybe |
[exit 0]
$ iwg --plan tests/fixtures/rich document -f html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Rich Test Group | &lt;b&gt;WG&lt;/b&gt; · Plan 2024, with commas; and semicolons</title>
<style>
:root {
  color-scheme: light dark;
  --bg: #ffffff; --header-bg: #f3f4f6; --text: #1f2328; --muted: #57606a;
  --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --header-bg: #161b22; --text: #e6edf3; --muted: #9ea7b3;
    --good: #56d364; --warn: #e3b341; --bad: #ff7b72; --link: #79c0ff; --border: #6e7681;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
  font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere;
}
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5rem 0 0.5rem; }
h1 { font-size: 1.75rem; margin-top: 0.5rem; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.125rem; }
p, ul, dl { margin: 0 0 1rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip {
  position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem;
  background: var(--bg); border: 2px solid var(--link);
}
.skip:focus { top: 0.5rem; }
dl {
  display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: 0.25rem 1rem;
}
dt { font-weight: 600; }
dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td {
  padding: 0.375rem 0.5rem; text-align: start; vertical-align: top; overflow-wrap: break-word;
  border-bottom: 1px solid var(--border);
}
th { background: var(--header-bg); }
/* On a phone a row reads as one line of its cells ("April · meeting · planned · Topic"):
   a table as wide as its longest column would hide its last one, the topic, off screen. */
@media (max-width: 30rem) {
  dl { display: block; }
  dd { margin: 0 0 0.5rem; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr { display: block; }
  .table-wrap thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  }
  .table-wrap tr { padding: 0.375rem 0; border-bottom: 1px solid var(--border); }
  .table-wrap td, .table-wrap tbody th { display: inline; padding: 0; border: 0; }
  .table-wrap td:empty { display: none; }
  .table-wrap td + td::before, .table-wrap th + td::before {
    content: " \00b7  "; color: var(--muted);
  }
}
.muted { color: var(--muted); }
.strong { font-weight: 600; }
.good { color: var(--good); }
.warn { color: var(--warn); }
.bad { color: var(--bad); }
@media print {
  @page { size: A4; margin: 15mm; }
  :root {
    color-scheme: light;
    --bg: #ffffff; --header-bg: #ffffff; --text: #000000; --muted: #57606a;
    --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
  }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  .table-wrap { overflow: visible; }
  table { table-layout: fixed; }
  th, td { overflow-wrap: anywhere; }
  tr, dt, dd, li { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<main id="main">
<h1>Rich Test Group | &lt;b&gt;WG&lt;/b&gt;</h1>
<h2>Plan 2024, with commas; and semicolons</h2>
<h3>Goals</h3>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Id</th><th scope="col">Goal</th></tr>
</thead>
<tbody>
<tr><td>G1</td><td>Ship &lt;script&gt;alert(1)&lt;/script&gt; safely</td></tr>
<tr><td>G2</td><td>Pipes | and, commas; semicolons \ backslashes</td></tr>
<tr><td>G3</td><td>A goal no action serves</td></tr>
</tbody>
</table></div>
<h3>Actions</h3>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Id</th><th scope="col">Goals</th><th scope="col">Action</th></tr>
</thead>
<tbody>
<tr><td>A1</td><td>G1</td><td>Write the onboarding guide</td></tr>
<tr><td>A2</td><td>G1, G2</td><td>Run *two* workshops [link](http://example.com)</td></tr>
<tr><td>A3</td><td>G2</td><td>Translate everything</td></tr>
<tr><td>A4</td><td></td><td>- starts like a list item</td></tr>
</tbody>
</table></div>
<h3>Meetings</h3>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Month</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col">Goals</th><th scope="col">Topic</th></tr>
</thead>
<tbody>
<tr><td>January</td><td>meeting</td><td>held</td><td>Tue 2024-01-16 15:00 +02:00</td><td>G1, A1</td><td>Kick-off</td></tr>
<tr><td>February</td><td>meeting</td><td>cancelled</td><td>Tue 2024-02-20</td><td></td><td>Cancelled, sadly; see \ notes</td></tr>
<tr><td>March</td><td>meeting</td><td>confirmed</td><td></td><td></td><td>Table | breaker &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Or Plan B | &lt;i&gt;C&lt;/i&gt;</td></tr>
<tr><td>March</td><td>survey</td><td>planned</td><td></td><td></td><td>Mid-year survey</td></tr>
<tr><td>April</td><td>meeting</td><td>held</td><td>Tue 2024-04-09 09:30 -05:00</td><td>G2</td><td>Données ouvertes — café ☕ über alles, a topic long enough to fold in the middle of ééééé</td></tr>
<tr><td>May</td><td>meeting</td><td>confirmed</td><td>Fri 2024-05-31 23:30 -02:00</td><td></td><td>Late-night call across midnight</td></tr>
<tr><td>June</td><td>meeting</td><td>planned</td><td></td><td></td><td>A time but no date</td></tr>
<tr><td>July</td><td>break</td><td>planned</td><td></td><td></td><td>Summer break</td></tr>
<tr><td>August</td><td>event</td><td>planned</td><td>Tue 2024-08-20 12:00</td><td>A2</td><td>Community event</td></tr>
<tr><td>September</td><td>meeting</td><td>planned</td><td></td><td></td><td>Escapes such as \e[31m and &lt;U+202E&gt; stay text</td></tr>
<tr><td>October</td><td>meeting</td><td>planned</td><td></td><td></td><td>Newline<br>inside the topic</td></tr>
<tr><td>December</td><td>meeting</td><td>planned</td><td></td><td></td><td>Year end | 1. review</td></tr>
<tr><td></td><td>meeting</td><td>planned</td><td></td><td></td><td>Someday, maybe</td></tr>
</tbody>
</table></div>
</main>
</body>
</html>
[exit 0]
$ iwg --plan plans/2024 document -f html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Implementation Working Group · Action Plan 2024</title>
<style>
:root {
  color-scheme: light dark;
  --bg: #ffffff; --header-bg: #f3f4f6; --text: #1f2328; --muted: #57606a;
  --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --header-bg: #161b22; --text: #e6edf3; --muted: #9ea7b3;
    --good: #56d364; --warn: #e3b341; --bad: #ff7b72; --link: #79c0ff; --border: #6e7681;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
  font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere;
}
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5rem 0 0.5rem; }
h1 { font-size: 1.75rem; margin-top: 0.5rem; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.125rem; }
p, ul, dl { margin: 0 0 1rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip {
  position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem;
  background: var(--bg); border: 2px solid var(--link);
}
.skip:focus { top: 0.5rem; }
dl {
  display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: 0.25rem 1rem;
}
dt { font-weight: 600; }
dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td {
  padding: 0.375rem 0.5rem; text-align: start; vertical-align: top; overflow-wrap: break-word;
  border-bottom: 1px solid var(--border);
}
th { background: var(--header-bg); }
/* On a phone a row reads as one line of its cells ("April · meeting · planned · Topic"):
   a table as wide as its longest column would hide its last one, the topic, off screen. */
@media (max-width: 30rem) {
  dl { display: block; }
  dd { margin: 0 0 0.5rem; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr { display: block; }
  .table-wrap thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  }
  .table-wrap tr { padding: 0.375rem 0; border-bottom: 1px solid var(--border); }
  .table-wrap td, .table-wrap tbody th { display: inline; padding: 0; border: 0; }
  .table-wrap td:empty { display: none; }
  .table-wrap td + td::before, .table-wrap th + td::before {
    content: " \00b7  "; color: var(--muted);
  }
}
.muted { color: var(--muted); }
.strong { font-weight: 600; }
.good { color: var(--good); }
.warn { color: var(--warn); }
.bad { color: var(--bad); }
@media print {
  @page { size: A4; margin: 15mm; }
  :root {
    color-scheme: light;
    --bg: #ffffff; --header-bg: #ffffff; --text: #000000; --muted: #57606a;
    --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
  }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  .table-wrap { overflow: visible; }
  table { table-layout: fixed; }
  th, td { overflow-wrap: anywhere; }
  tr, dt, dd, li { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<main id="main">
<h1>Implementation Working Group</h1>
<h2>Action Plan 2024</h2>
<p class="muted">† marks what the plan&#39;s maintainers added to the source document: the ids of goals and actions, the goals each action serves, and the kind of each meeting row.</p>
<p>Since 2023, the ODC IW has consolidated its commitment to continue working to advance the open data agenda and mainly supporting the government&#39;s mission of collecting, sharing, and using data to respond to emerging issues and challenges, social, economic, and environmental.</p>
<p>The accelerated adoption of artificial intelligence in the public sector, whether for service delivery or internal operations and adoption by default in the private sector, has accumulated new expectations about data and technologies towards accelerating the digital agenda for sustainable development.</p>
<p>It is known that digital can play a crucial role in providing data and knowledge for broader progress. However, there are potential risks and harms in terms of surveillance, privacy breaches and vulnerability, and digital sovereignty that require a comprehensive view of open data approaches to</p>
<ul>
<li>Expand and improve the capabilities of public servants to deal with data and the applications of digital technologies.</li>
<li>Promote debate on open data and information on humanitarian crises, science, and development of artificial intelligence,</li>
<li>Advance with robust governance models and policies centered on human beings and diversity.</li>
</ul>
<p>In 2024, the Implementation Working Group (IWG) is committed to integrating isolated efforts and actors toward the sustainability of open data approaches, policies, plans, and actions.</p>
<p>Therefore, as we did in previous years, we prepared a survey to receive contributions from our collaborators and then held a meeting to discuss this new Action Plan. This year, we also gathered insights into the IWG format and proposed ways to improve our performance for the community. At the meeting, we discuss topics, projects, and events and receive speaker suggestions.</p>
<h3>Goals</h3>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Id†</th><th scope="col">Goal</th></tr>
</thead>
<tbody>
<tr><td>G1</td><td>Support a shared capabilities framework for public servants committed to developing and maintaining open data.</td></tr>
<tr><td>G2</td><td>Revitalize data governance and capacity by supporting partnerships across data ecosystems promoting cultural diversity, social care, climate change, education, and health.</td></tr>
<tr><td>G3</td><td>Contribute to emerging and transversal open data agendas on humanitarian crises, social projects, and open science.</td></tr>
<tr><td>G4</td><td>Promote the exchange of organizational resources and capabilities among open data professionals, particularly public servants dealing with regulation, privacy, real-time data, and data interoperability.</td></tr>
<tr><td>G5</td><td>Contribute to the debate on open data and digital public infrastructures and the research and development of artificial intelligence in the public sector.</td></tr>
</tbody>
</table></div>
<h3>Specific actions</h3>
<p>To meet our goals for 2024, we propose the following actions:</p>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Id†</th><th scope="col">Goals†</th><th scope="col">Action</th></tr>
</thead>
<tbody>
<tr><td>A1</td><td>G1, G4</td><td>Onboard our ODC adopters to promote the transfer of knowledge and capabilities among open data professionals.</td></tr>
<tr><td>A2</td><td>G4</td><td>Promote the exchange of academic projects that involve training and use of open data, prioritizing the use of open data and smart cities, data interoperability, and open data and SDGs.</td></tr>
<tr><td>A3</td><td>G2</td><td>Connect new actors to the IWG and ODC, hosting programs and initiatives resulting from public and private partnerships and involving open data.</td></tr>
<tr><td>A4</td><td>G2, G3</td><td>Expand our collaboration with groups involved in data gender issues, open science, climate change and real-time data, humanitarian crises, and anti-corruption initiatives by discussing initiatives and practices.</td></tr>
<tr><td>A5</td><td>G5</td><td>Expand engagement in organizations promoting open data and public digital infrastructure and using open data for artificial intelligence research and development.</td></tr>
<tr><td>A6</td><td>G4</td><td>Strengthen communication channels and diversify communication content through releases with lessons learned from the community that involves the IWG.</td></tr>
</tbody>
</table></div>
<h3>IWG meeting scheduled for 2024</h3>
<div class="table-wrap"><table>
<thead>
<tr><th scope="col">Month</th><th scope="col">Kind†</th><th scope="col">Topic</th></tr>
</thead>
<tbody>
<tr><td>April</td><td>meeting</td><td>Capabilities / capacity building for Open Data Professionals</td></tr>
<tr><td>May</td><td>meeting</td><td>Data ecosystem and data governance in smart cities. What is the status of open data?</td></tr>
<tr><td>June</td><td>meeting</td><td>Data projects fair</td></tr>
<tr><td></td><td>meeting</td><td>Opening data in practice: lessons learned from govtech for health, and chief data officer for education</td></tr>
<tr><td>July</td><td>meeting</td><td>Open Data Ranking/Measurements</td></tr>
<tr><td>August</td><td>break</td><td>SUMMER BREAK</td></tr>
<tr><td>September</td><td>meeting</td><td>Beneficial Ownership and extractive industries: open data for anti-corruption</td></tr>
<tr><td>October</td><td>meeting</td><td>Gender data: indigenous data, database on violent gender</td></tr>
<tr><td>November</td><td>meeting</td><td>Opening data in practice: lessons learned from data interoperability in open science Or connect discussion with UNWDF.</td></tr>
<tr><td>December</td><td>survey</td><td>End of year survey</td></tr>
</tbody>
</table></div>
</main>
</body>
</html>
[exit 0]
