# `iwg schema`: the embedded JSON Schemas (validate.fixtures_and_schema compares the bytes).
$ iwg --as-of 2024-05-01 schema --list
plan  schema/plan.schema.json
[exit 0]

$ iwg --as-of 2024-05-01 schema plan --list
[stderr]
iwg: error: the argument 'plan' cannot be used with --list
  run 'iwg schema --help' for usage
[exit 2]

$ iwg --as-of 2024-05-01 schema goals
[stderr]
iwg: error: no schema named 'goals'; schemas: plan
[exit 2]
