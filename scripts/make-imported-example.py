#!/usr/bin/env python3
"""Writes Scenarios/imported/pagerduty-2027.ics: the seed team's hand-made round-robin for 2027 as
another on-call tool would export it (one event per weekly shift, "On call: Alice", UTC times),
with one override (Charlie covers the first two days of David's week 20) and the seed's holiday
list as all-day "Holiday cover: …" events. Made with the
independent `icalendar` library (pip install 'icalendar>=6'); deterministic.

    python3 scripts/make-imported-example.py
"""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

ZONE = ZoneInfo("America/New_York")
START = date(2027, 1, 4)
STAMP = datetime(2026, 12, 1, tzinfo=timezone.utc)
PEOPLE = ["Alice", "Bob", "Charlie", "David"]


def handoff(day):
    return datetime.combine(day, time(9, 0), tzinfo=ZONE).astimezone(timezone.utc)


cal = Calendar()
cal.add("prodid", "-//Example Paging Tool//Schedules//EN")
cal.add("version", "2.0")
cal.add("x-wr-calname", "Data Engineering - Primary")
for week in range(1, 53):
    first = START + timedelta(days=7 * (week - 1))
    person = PEOPLE[(week - 1) % 4]
    shift = Event()
    shift.add("uid", f"shift-{first.isoformat()}@paging.example")
    shift.add("dtstamp", STAMP)
    shift.add("summary", f"On call: {person}")
    shift.add("dtstart", handoff(first))
    shift.add("dtend", handoff(first + timedelta(days=7)))
    cal.add_component(shift)
override = Event()
first = START + timedelta(days=7 * 19)
override.add("uid", "override-week20@paging.example")
override.add("dtstamp", STAMP)
override.add("summary", "On call: Charlie (override)")
override.add("dtstart", handoff(first))
override.add("dtend", handoff(first + timedelta(days=2)))
cal.add_component(override)

for name, day, person in [
    ("Memorial Day", date(2027, 5, 31), "Alice"),
    ("Independence Day", date(2027, 7, 4), "Bob"),
    ("Labor Day", date(2027, 9, 6), "Charlie"),
    ("Thanksgiving Day", date(2027, 11, 25), "David"),
    ("Christmas Day", date(2027, 12, 25), "Alice"),
    ("New Year's Day", date(2028, 1, 1), "David"),
]:
    cover = Event()
    cover.add("uid", f"holiday-{day.isoformat()}@paging.example")
    cover.add("dtstamp", STAMP)
    cover.add("summary", f"Holiday cover: {name} - {person}")
    cover.add("dtstart", day)
    cover.add("dtend", day + timedelta(days=1))
    cal.add_component(cover)

with open("Scenarios/imported/pagerduty-2027.ics", "wb") as out:
    out.write(cal.to_ical())
