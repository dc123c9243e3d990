# `iwg remind` stays silent (nothing on stdout, exit 0) when there is nothing to remind;
# --verbose says why on stderr.
$ iwg --plan tests/fixtures/plan-2024 remind --month august --as-of 2024-07-25
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month august --as-of 2024-07-25 --verbose
[stderr]
iwg: nothing to remind: August 2024 is a break
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month january --as-of 2024-01-01 --verbose
[stderr]
iwg: nothing to remind: the plan has no row for January 2024 (1 row has no month and is never reminded)
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --month next --as-of 2024-12-25 --verbose --template json
[stderr]
iwg: nothing to remind: January 2025 is outside the plan's year 2024
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --within 7 --as-of 2024-07-25 --verbose
[stderr]
iwg: nothing to remind: no dated meeting from 2024-07-25 to 2024-08-01, and August 2024 is a break
[exit 0]
$ iwg --plan tests/fixtures/plan-2024 remind --within 0 --as-of 2024-05-01 --verbose
[stderr]
iwg: nothing to remind: no dated meeting on 2024-05-01, and --within 0 never reaches the next month
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --month february --as-of 2024-01-25 --verbose
[stderr]
iwg: nothing to remind: the meeting of February 2024 is cancelled
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --within 7 --as-of 2024-05-31 --verbose
[stderr]
iwg: nothing to remind: no dated meeting from 2024-05-31 to 2024-06-07, and the meeting of June 2024 is cancelled
[exit 0]
$ iwg --plan tests/fixtures/remind/dated remind --within 5 --as-of 2024-06-28 --verbose
[stderr]
iwg: nothing to remind: no dated meeting from 2024-06-28 to 2024-07-03, and July 2024's meeting is dated 2024-07-20, outside the window
[exit 0]
