#!/usr/bin/env python3
"""Independent check of a calendar written by `Schedule.icalendar`, with the `icalendar` library.

    python3 Tests/Oracles/ics_check.py CALENDAR.ics SCHEDULE.json [--person NAME] [--stamp SECONDS]

SCHEDULE.json is the same schedule as rota.schedule/1 JSON. Exits 0 when every check passes,
1 with one line per mismatch otherwise, 2 when it cannot run (missing library, bad arguments).

Checks: CRLF line ends and no physical line over 75 octets; PRODID and VERSION; one event per
filled week and role plus one per covered holiday (only the person's, with --person); UIDs
unique and equal to <team-slug>-<week start>-<role>@rota and <team-slug>-holiday-<date>@rota;
DTSTART/DTEND at the handoff in the schedule's zone (TZID) from each week's first day to the day
after its last, and all-day dates for holidays; the VTIMEZONE giving the same UTC offsets as the
IANA database at every event time (at the instant, and for the wall-clock time unless a change of
clocks skips or repeats it); SUMMARY text; DTSTAMP one UTC time for every event (SECONDS after
1970-01-01T00:00Z with --stamp, as SOURCE_DATE_EPOCH sets it); SEQUENCE the schedule's
"sequence" for the event (0 when it has none); the DESCRIPTION naming every pipeline the holder owns.
"""
import json
import re
import sys
import unicodedata
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

try:
    import icalendar
except ImportError:
    print("ics_check: the icalendar package is missing (pip install 'icalendar>=6')", file=sys.stderr)
    sys.exit(2)
if int(icalendar.__version__.split(".")[0]) < 6:
    print(f"ics_check: icalendar {icalendar.__version__} is too old; 6 or later is needed (pip install 'icalendar>=6')", file=sys.stderr)
    sys.exit(2)

PRODID = "-//Rota//Rota on-call planner//EN"


def slug(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", folded)
    return "-".join(words) or "rota"


def main(argv):
    args = argv[1:]
    person = None
    stamp = None
    if "--stamp" in args:
        at = args.index("--stamp")
        if at + 1 >= len(args) or not args[at + 1].isdigit():
            print("ics_check: --stamp needs seconds since 1970", file=sys.stderr)
            return 2
        stamp = datetime.fromtimestamp(int(args[at + 1]), tz=timezone.utc)
        del args[at:at + 2]
    if "--person" in args:
        at = args.index("--person")
        if at + 1 >= len(args):
            print("ics_check: --person needs a name", file=sys.stderr)
            return 2
        person = args[at + 1]
        del args[at:at + 2]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(args[0], "rb") as file:
        raw = file.read()
    with open(args[1], encoding="utf-8") as file:
        schedule = json.load(file)

    problems = []

    # Lines: CRLF only, at most 75 octets, continuation lines not empty.
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    physical = raw.split(b"\r\n")
    if physical and physical[-1] == b"":
        physical = physical[:-1]
    for number, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        if line in (b" ", b"\t"):
            problems.append(f"line {number}: an empty continuation line")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"not UTF-8: {error}")

    cal = icalendar.Calendar.from_ical(raw)
    if str(cal.get("PRODID", "")) != PRODID:
        problems.append(f"PRODID is {cal.get('PRODID')!r}, expected {PRODID!r}")
    if str(cal.get("VERSION", "")) != "2.0":
        problems.append(f"VERSION is {cal.get('VERSION')!r}, expected '2.0'")
    if not str(cal.get("X-WR-CALNAME", "")):
        problems.append("no X-WR-CALNAME")

    period = schedule["period"]
    zone_name = period["timezone"]
    hour, minute = (int(part) for part in period["handoff"].split(":"))
    team = slug(schedule["team"])

    # The file's own VTIMEZONE, read by the library, against the IANA database.
    zone = ZoneInfo(zone_name)
    definitions = [component for component in cal.walk("VTIMEZONE") if str(component["TZID"]) == zone_name]
    defined = None
    if len(definitions) != 1:
        problems.append(f"{len(definitions)} VTIMEZONE components for {zone_name}, expected 1")
    else:
        defined = definitions[0].to_tz(lookup_tzid=False)

    # What the schedule says the calendar must hold.
    expected = {}
    owned = {}
    for pipeline in schedule.get("pipelines", []):
        for role in ("primary", "secondary"):
            owned.setdefault(pipeline[role], []).append(pipeline)
    for week in schedule["weeks"]:
        for role, holder in week["oncall"].items():
            if person is not None and holder != person:
                continue
            start = datetime.combine(date.fromisoformat(week["start"]), time(hour, minute))
            end = datetime.combine(date.fromisoformat(week["end"]) + timedelta(days=1), time(hour, minute))
            sequence = week.get("sequence", {}).get(role, 0)
            expected[f"{team}-{week['start']}-{role}@rota"] = ("week", start, end, f"On call ({role}): {holder}", holder, sequence)
    holiday_dates = [holiday["date"] for holiday in schedule["holidays"] if holiday["cover"]]
    for holiday in schedule["holidays"]:
        if not holiday["cover"] or (person is not None and holiday["cover"] != person):
            continue
        day = date.fromisoformat(holiday["date"])
        uid = f"{team}-holiday-{holiday['date']}"
        if holiday_dates.count(holiday["date"]) > 1:
            uid += "-" + slug(holiday["name"])
        expected[uid + "@rota"] = ("holiday", day, day + timedelta(days=1),
                                   f"Holiday cover: {holiday['name']} — {holiday['cover']}", holiday["cover"], holiday.get("sequence", 0))

    events = list(cal.walk("VEVENT"))
    uids = [str(event.get("UID")) for event in events]
    if len(events) != len(expected):
        problems.append(f"{len(events)} events, expected {len(expected)}")
    if len(set(uids)) != len(uids):
        problems.append("UIDs are not unique: " + ", ".join(sorted({u for u in uids if uids.count(u) > 1})))
    for missing in sorted(set(expected) - set(uids)):
        problems.append(f"no event with UID {missing}")
    for extra in sorted(set(uids) - set(expected)):
        problems.append(f"unexpected event with UID {extra}")

    for event in events:
        uid = str(event.get("UID"))
        if uid not in expected:
            continue
        kind, start, end, summary, holder, sequence = expected[uid]
        if str(event.get("SUMMARY")) != summary:
            problems.append(f"{uid}: SUMMARY {str(event.get('SUMMARY'))!r}, expected {summary!r}")
        dtstamp = event.get("DTSTAMP")
        if dtstamp is None or not isinstance(dtstamp.dt, datetime) or dtstamp.dt.utcoffset() != timedelta(0):
            problems.append(f"{uid}: DTSTAMP {dtstamp and dtstamp.dt}, expected a UTC time")
        elif stamp is None:
            stamp = dtstamp.dt
        elif dtstamp.dt != stamp:
            problems.append(f"{uid}: DTSTAMP {dtstamp.dt}, expected {stamp}")
        if int(event.get("SEQUENCE", -1)) != sequence:
            problems.append(f"{uid}: SEQUENCE {event.get('SEQUENCE')}, expected {sequence}")
        dtstart, dtend = event.get("DTSTART"), event.get("DTEND")
        if dtstart is None or dtend is None:
            problems.append(f"{uid}: no DTSTART or DTEND")
            continue
        if kind == "holiday":
            for name, value, want in (("DTSTART", dtstart, start), ("DTEND", dtend, end)):
                if isinstance(value.dt, datetime) or value.dt != want:
                    problems.append(f"{uid}: {name} {value.dt!r}, expected the date {want}")
            continue
        for name, value, want in (("DTSTART", dtstart, start), ("DTEND", dtend, end)):
            got = value.dt
            if not isinstance(got, datetime) or got.tzinfo is None:
                problems.append(f"{uid}: {name} {got!r} is not a zoned date-time")
                continue
            if value.params.get("TZID") != zone_name:
                problems.append(f"{uid}: {name} TZID {value.params.get('TZID')!r}, expected {zone_name!r}")
            if got.replace(tzinfo=None) != want:
                problems.append(f"{uid}: {name} {got.replace(tzinfo=None)}, expected {want} ({zone_name})")
            if defined is None:
                continue
            # The instant RFC 5545 gives the wall-clock time: a time skipped by a change of clocks
            # takes the offset from before it, a repeated one its first occurrence (fold=0).
            instant = want.replace(tzinfo=zone).astimezone(timezone.utc)
            iana = instant.astimezone(zone).utcoffset()
            if instant.astimezone(defined).utcoffset() != iana:
                problems.append(
                    f"{uid}: {name} {want}: at {instant:%Y-%m-%d %H:%M}Z the file's VTIMEZONE gives UTC offset "
                    f"{instant.astimezone(defined).utcoffset()}, the IANA database {iana}")
            unambiguous = want.replace(tzinfo=zone, fold=0).utcoffset() == want.replace(tzinfo=zone, fold=1).utcoffset()
            if unambiguous and want.replace(tzinfo=defined).utcoffset() != want.replace(tzinfo=zone).utcoffset():
                problems.append(
                    f"{uid}: {name} {want}: the file's VTIMEZONE reads it with UTC offset "
                    f"{want.replace(tzinfo=defined).utcoffset()}, the IANA database with {want.replace(tzinfo=zone).utcoffset()}")
        description = str(event.get("DESCRIPTION", ""))
        for pipeline in owned.get(holder, []):
            if pipeline["name"] not in description:
                problems.append(f"{uid}: DESCRIPTION does not name {holder}'s pipeline {pipeline['name']!r}")
        investor = any(pipeline["investors"] for pipeline in owned.get(holder, []))
        if investor != ("reports to investors" in description):
            problems.append(f"{uid}: DESCRIPTION marks investor pipelines wrongly")

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok: {len(events)} events, {len(physical)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
