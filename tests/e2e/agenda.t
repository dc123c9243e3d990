# `iwg agenda` on the shipped 2024 plan: every month, the month forms, ranges.
$ iwg --plan plans/2024 agenda --month may --as-of 2024-05-01
Implementation Working Group · Action Plan 2024

May 2024
  Topic:   Data ecosystem and data governance in smart cities. What is the
           status of open data?
  Kind:    meeting
  Status:  planned
[exit 0]
