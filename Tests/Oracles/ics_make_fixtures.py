#!/usr/bin/env python3
"""Writes the iCalendar import fixtures of Tests/RotaKitTests/Fixtures/ics with the independent
`icalendar` library, version 6 or later (pip install 'icalendar>=6'), in the shapes other
on-call tools export.

    python3 Tests/Oracles/ics_make_fixtures.py [OUTPUT_DIR]

Every fixture is for the team of ICalendarImportTests: Alice, Bob, Charlie and David
(alice@example.com, ...), weeks from Monday 2027-01-04 with a 09:00 handoff in America/New_York.
The output is deterministic: run it again and git shows no change.
"""
import os
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur

ZONE = ZoneInfo("America/New_York")
START = date(2027, 1, 4)
STAMP = datetime(2027, 1, 1, tzinfo=timezone.utc)
PEOPLE = ["Alice", "Bob", "Charlie", "David"]


def handoff(day, hour=9, minute=0):
    """The local handoff instant on `day` in New York."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def week_start(number):
    return START + timedelta(days=7 * (number - 1))


def calendar(name, prodid):
    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    return cal


def event(uid, summary, start, end, **extra):
    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", STAMP)
    item.add("summary", summary)
    item.add("dtstart", start)
    item.add("dtend", end)
    for key, value in extra.items():
        item.add(key.replace("_", "-"), value)
    return item


def attendee(name, email):
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = name
    return address


def pagerduty_weekly():
    """PagerDuty style: one event per weekly shift, times in UTC, summary "On call: Alice";
    a holiday cover; a long folded description full of characters TEXT must escape."""
    cal = calendar("Data Engineering (PagerDuty)", "-//PagerDuty Inc.//Fixture for Rota//EN")
    for number in range(1, 23):
        person = PEOPLE[(number - 1) % 4]
        start = handoff(week_start(number)).astimezone(timezone.utc)
        end = handoff(week_start(number + 1)).astimezone(timezone.utc)
        cal.add_component(event(
            f"Q1PD{number:04d}@pagerduty.example", f"On call: {person}", start, end,
            description=(f"Escalation policy: Data Engineering; level 1, shift {number} of 22. "
                         "Runbook: https://runbooks.example/data-engineering?team=de&level=1, "
                         "escalate after 30 minutes; page \\ call the secondary.")))
    cal.add_component(event(
        "holiday-2027-05-31@pagerduty.example", "Holiday cover: Memorial Day — Charlie",
        date(2027, 5, 31), date(2027, 6, 1)))
    return cal


def opsgenie_daily():
    """Opsgenie style: one event per daily shift with the person as ATTENDEE (mailto), times with
    TZID and a VTIMEZONE. Week 2 is split between Bob and Charlie; week 4 misses its last day."""
    cal = calendar("Data Engineering schedule", "-//Opsgenie//Fixture for Rota//EN")
    days = {1: ["Alice"] * 7, 2: ["Bob"] * 5 + ["Charlie"] * 2, 3: ["Charlie"] * 7, 4: ["David"] * 6}
    emails = {"Alice": "alice@example.com", "Bob": "Bob@Example.com", "Charlie": "charlie@example.com",
              "David": "david@example.com"}
    for number, people in days.items():
        for offset, person in enumerate(people):
            day = week_start(number) + timedelta(days=offset)
            item = event(f"og-{day.isoformat()}@opsgenie.example", "Data Engineering schedule",
                         handoff(day), handoff(day + timedelta(days=1)))
            item.add("attendee", attendee(f"{person} Example", emails[person]))
            cal.add_component(item)
    cal.add_missing_timezones(first_date=date(2026, 1, 1), last_date=date(2028, 1, 1))
    return cal


def rrule_interval4():
    """One weekly rule per person and level with INTERVAL=4 ("[L0] alice", "[L1] charlie"),
    ended by COUNT or UNTIL; Charlie's primary week 11 is taken out with EXDATE and given to David."""
    cal = calendar("Data Engineering rotation", "-//Rota fixtures//Recurring shifts//EN")
    for index, person in enumerate(PEOPLE):
        first = week_start(index + 1)
        rule = {"freq": "weekly", "interval": 4}
        if person == "Bob":
            # Bob's fourth shift starts 2027-04-19 09:00 EDT, 13:00Z: UNTIL includes it.
            rule["until"] = datetime(2027, 4, 19, 13, 0, tzinfo=timezone.utc)
        else:
            rule["count"] = 4
        item = event(f"primary-{person.lower()}@rota-fixtures.example", f"[L0] {person.lower()}",
                     handoff(first), handoff(first + timedelta(days=7)), rrule=vRecur(rule))
        if person == "Charlie":
            item.add("exdate", handoff(week_start(11)))
        cal.add_component(item)
        secondary = PEOPLE[(index + 2) % 4]
        cal.add_component(event(
            f"secondary-{secondary.lower()}@rota-fixtures.example", f"[L1] {secondary.lower()}",
            handoff(first), handoff(first + timedelta(days=7)), rrule=vRecur({"freq": "weekly", "interval": 4, "count": 4})))
    cal.add_component(event("swap-week-11@rota-fixtures.example", "On call: David",
                            handoff(week_start(11)), handoff(week_start(12))))
    cal.add_missing_timezones(first_date=date(2026, 1, 1), last_date=date(2028, 1, 1))
    return cal


def override_partial():
    """Weekly shifts with overrides on top: Bob takes two days of Charlie's week 3, David four and
    a half days of Bob's week 6."""
    cal = calendar("Data Engineering on call", "-//Rota fixtures//Overrides//EN")
    for number in range(1, 9):
        person = PEOPLE[(number - 1) % 4]
        cal.add_component(event(f"week-{number}@rota-fixtures.example", f"On call (primary): {person}",
                                handoff(week_start(number)), handoff(week_start(number + 1))))
    wednesday = week_start(3) + timedelta(days=2)
    cal.add_component(event("override-1@rota-fixtures.example", "On call: Bob",
                            handoff(wednesday), handoff(wednesday + timedelta(days=2))))
    monday = week_start(6)
    cal.add_component(event("override-2@rota-fixtures.example", "Override: David",
                            handoff(monday), handoff(monday + timedelta(days=4), hour=21)))
    cal.add_missing_timezones(first_date=date(2026, 1, 1), last_date=date(2028, 1, 1))
    return cal


FIXTURES = {
    "pagerduty-weekly.ics": pagerduty_weekly,
    "opsgenie-daily.ics": opsgenie_daily,
    "rrule-interval4.ics": rrule_interval4,
    "override-partial.ics": override_partial,
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "RotaKitTests", "Fixtures", "ics")
    output = sys.argv[1] if len(sys.argv) > 1 else default
    os.makedirs(output, exist_ok=True)
    for name, build in FIXTURES.items():
        with open(os.path.join(output, name), "wb") as file:
            file.write(build().to_ical())
        print(f"wrote {os.path.normpath(os.path.join(output, name))}")


if __name__ == "__main__":
    main()
