#!/usr/bin/python3
"""Expected offsets after 2037, from Python's zoneinfo (which reads the zone files' POSIX TZ
footer), for the unit test "time zones after 2037 agree with zoneinfo". One case a line:

    utc ZONE UTC_MINUTES OFFSET_MINUTES
    local ZONE LOCAL_MINUTES KIND UTC_MINUTES OFFSET_MINUTES OTHER_OFFSET_MINUTES
    rule TZ_STRING UTC_SECONDS OFFSET_SECONDS

`utc`: the offset at an instant, one minute before each change, at it, and mid-year; `local`:
a local time before, inside and after each change's gap or repeat (KIND unique, nonexistent or
ambiguous; the earlier instant and the offset before the change first, as PEP 495's fold=0);
`rule`: synthetic footers in the forms tzdata no longer uses (Jn, n, negative and past-24h
times), from zoneinfo reading a TZif file without transitions; for the zero-based n form and
J59, which zoneinfo reads a day off (unlike tzcode), from glibc's reading of TZ.
"""
import io
import os
import re
import struct
import sys
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ZONES = ["Europe/Madrid", "Europe/London", "Europe/Dublin", "America/New_York",
         "America/Santiago", "America/Asuncion", "America/Sao_Paulo", "America/Nuuk",
         "America/St_Johns", "America/Havana", "Australia/Sydney", "Australia/Lord_Howe",
         "Pacific/Auckland", "Pacific/Chatham", "Asia/Jerusalem", "Asia/Tehran",
         "Asia/Kolkata", "Asia/Tokyo", "Africa/Casablanca", "Africa/Cairo", "Pacific/Honolulu"]
YEARS = range(2037, 2101)


def minutes(dt):
    return int((dt - EPOCH).total_seconds() // 60)


def offset_minutes(zone, instant):
    return int(instant.astimezone(zone).utcoffset().total_seconds() // 60)


def changes(zone, year):
    """The instants (UTC, to the minute) at which the offset changes in `year`."""
    out = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)
    t = start
    while t.year == year:
        if offset_minutes(zone, t) != offset_minutes(zone, t + step):
            lo, hi = t, t + step
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    mid = lo + timedelta(minutes=1)
                if offset_minutes(zone, mid) == offset_minutes(zone, lo):
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
        t += step
    return out


def local_case(name, zone, local):
    naive = datetime(1970, 1, 1) + timedelta(minutes=local)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    off0 = int(first.utcoffset().total_seconds() // 60)
    off1 = int(second.utcoffset().total_seconds() // 60)
    if off0 == off1:
        kind, other = "unique", off0
    else:
        back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        kind = "ambiguous" if back == naive else "nonexistent"
        other = off1
    return f"local {name} {local} {kind} {local - off0} {off0} {other}"


def tzif(footer):
    """A version 2 TZif file without transitions: zoneinfo reads the footer for every time."""
    header = b"TZif2" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    data = struct.pack(">lBB", 0, 0, 0) + b"XXX\0"
    return header + data + header + data + b"\n" + footer.encode() + b"\n"


RULES = ["EST5EDT,J59/2,J60/2", "EST5EDT,0/12,365/-12", "EST5EDT,59/2,60/2", "EST5EDT,J60/2,J300/2", "EST5EDT,59/2,299/2", "<-03>3<-02>,J1/0,J365/25",
         "<+0530>-5:30<+0630>-6:30,M4.1.0/-1,M10.5.0/26", "<+10>-10<+11>,M10.1.0,M4.1.0/3",
         "CET-1CEST,M3.5.0,M10.5.0/3", "XXX3:30YYY2:30,J59/1,J300/1", "ABC-14"]


def main():
    out = []
    for name in ZONES:
        zone = ZoneInfo(name)
        for year in YEARS:
            for mid in (datetime(year, 1, 15, 12, tzinfo=UTC), datetime(year, 7, 15, 12, tzinfo=UTC)):
                out.append(f"utc {name} {minutes(mid)} {offset_minutes(zone, mid)}")
            for change in changes(zone, year):
                for t in (change - timedelta(minutes=1), change):
                    out.append(f"utc {name} {minutes(t)} {offset_minutes(zone, t)}")
                before = offset_minutes(zone, change - timedelta(minutes=1))
                after = offset_minutes(zone, change)
                lo, hi = sorted((minutes(change) + before, minutes(change) + after))
                for local in (lo - 1, lo, (lo + hi) // 2, hi - 1, hi):
                    out.append(local_case(name, zone, local))
    for rule in RULES:
        # zoneinfo (CPython 3.11) reads the zero-based "n" form one day late and a leap year's
        # J59 as February 29; for those, glibc, which reads them as tzcode does (but takes the
        # year of a change from UTC, so those rules keep away from the new year).
        os.environ["TZ"] = rule
        time.tzset()
        zone = ZoneInfo.from_file(io.BytesIO(tzif(rule)), key=rule)
        for year in (2038, 2040, 2051, 2100):
            t = datetime(year, 1, 1, tzinfo=UTC)
            while t.year == year:
                seconds = int((t - EPOCH).total_seconds())
                offset = int(t.astimezone(zone).utcoffset().total_seconds())
                if re.search(r",(J59\b|\d)", rule):
                    offset = time.localtime(seconds).tm_gmtoff
                out.append(f"rule {rule} {seconds} {offset}")
                t += timedelta(hours=7, minutes=13)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
