#!/usr/bin/env python3
"""Oracle for Rota's holiday calendars.

Writes Tests/RotaKitTests/Fixtures/<calendar>-holidays.json from the PyPI `holidays` package
(an independent implementation), so that HolidayCalendarTests and CountryCalendarTests can
compare `HolidayCalendar.<calendar>.holidays(in:observed:)` with it for every year.

    pip install holidays
    python3 Tests/Oracles/holidays_oracle.py                      # every calendar, years 1990-2060
    python3 Tests/Oracles/holidays_oracle.py uk-scotland          # one calendar
    python3 Tests/Oracles/holidays_oracle.py us-federal 1978 2100 -  # any years, to stdout

For each year the fixture lists, in date order (ties by name):
  actual    the holidays on their actual dates (Christmas Day is 25 December)
  observed  the same holidays on their observed dates, listed under the holiday's own year:
            a substitute day ("Christmas Day (observed)") replaces the actual date, and a day the
            package moves under its own name (the Dutch King's Day on a Sunday) is taken where it
            moved. A US Saturday New Year's Day is observed on 31 December of the year before,
            which the package files under that earlier year and Rota under the holiday's.
Names are Rota's (Sources/RotaKit/Calendar/HolidayCalendar+*.swift); NAMES maps the package's.
Differences Rota documents on purpose are listed in Tests/RotaKitTests/CountryCalendarTests.swift,
not hidden here: this script only renames.
"""

import json
import os
import sys

import holidays

# Rota calendar -> (package country, subdivision, first year the package covers, names).
# Any name missing from a map stops the script: a new or renamed holiday must be looked at.
COMMON = {
    "New Year's Day": "New Year's Day",
    "Good Friday": "Good Friday",
    "Easter Monday": "Easter Monday",
    "Christmas Day": "Christmas Day",
}
UK_ONE_OFF = {
    "Millennium Celebrations": "Millennium Celebrations",
    "Golden Jubilee of Elizabeth II": "Golden Jubilee of Elizabeth II",
    "Wedding of William and Catherine": "Wedding of William and Catherine",
    "Diamond Jubilee of Elizabeth II": "Diamond Jubilee of Elizabeth II",
    "Platinum Jubilee of Elizabeth II": "Platinum Jubilee of Elizabeth II",
    "State Funeral of Queen Elizabeth II": "State Funeral of Queen Elizabeth II",
    "Coronation of Charles III": "Coronation of Charles III",
}
CALENDARS = {
    "us-federal": ("US", None, 1990, {
        "New Year's Day": "New Year's Day",
        "Martin Luther King Jr. Day": "Martin Luther King Jr. Day",
        "Washington's Birthday": "Washington's Birthday",
        "Memorial Day": "Memorial Day",
        "Juneteenth National Independence Day": "Juneteenth",
        "Independence Day": "Independence Day",
        "Labor Day": "Labor Day",
        "Columbus Day": "Columbus Day",
        "Veterans Day": "Veterans Day",
        "Thanksgiving Day": "Thanksgiving Day",
        "Christmas Day": "Christmas Day",
    }),
    "uk-england-wales": ("GB", "ENG", 1990, {
        **COMMON, **UK_ONE_OFF,
        "May Day": "May Day",
        "Spring Bank Holiday": "Spring Bank Holiday",
        "Late Summer Bank Holiday": "Late Summer Bank Holiday",
        "Boxing Day": "Boxing Day",
    }),
    "uk-scotland": ("GB", "SCT", 1990, {
        **COMMON, **UK_ONE_OFF,
        "New Year Holiday": "New Year Holiday",
        "May Day": "May Day",
        "Spring Bank Holiday": "Spring Bank Holiday",
        "Summer Bank Holiday": "Summer Bank Holiday",
        "Saint Andrew's Day": "Saint Andrew's Day",
        "Boxing Day": "Boxing Day",
        "Scotland's participation in the FIFA World Cup final": "Scotland's participation in the FIFA World Cup final",
    }),
    "ireland": ("IE", None, 1990, {
        **COMMON,
        "Saint Brigid's Day": "Saint Brigid's Day",
        "Saint Patrick's Day": "Saint Patrick's Day",
        "May Bank Holiday": "May Bank Holiday",
        "June Bank Holiday": "June Bank Holiday",
        "August Bank Holiday": "August Bank Holiday",
        "October Bank Holiday": "October Bank Holiday",
        "Saint Stephen's Day": "Saint Stephen's Day",
        "Millennium Celebrations": "Millennium Celebrations",
        "National Day of Mourning": "National Day of Mourning",
        "Day of Remembrance and Recognition": "Day of Remembrance and Recognition",
    }),
    # The package's Germany starts in 1991, the first year of the united Germany's calendar.
    "germany": ("DE", None, 1991, {
        **COMMON,
        "Labor Day": "Labour Day",
        "Ascension Day": "Ascension Day",
        "Pentecost Monday": "Whit Monday",
        "German Unity Day": "German Unity Day",
        "Reformation Day": "Reformation Day",
        "Repentance and Prayer Day": "Day of Repentance and Prayer",
        "Second Day of Christmas": "Second Day of Christmas",
    }),
    "france": ("FR", None, 1990, {
        **COMMON,
        "Labor Day": "Labour Day",
        "Victory Day": "Victory in Europe Day",
        "Ascension Day": "Ascension Day",
        "Pentecost Monday": "Whit Monday",
        "National Day": "Bastille Day",
        "Assumption Day": "Assumption Day",
        "All Saints' Day": "All Saints' Day",
        "Armistice Day": "Armistice Day",
    }),
    "netherlands": ("NL", None, 1990, {
        **COMMON,
        "Easter Sunday": "Easter Sunday",
        "Queen's Day": "Queen's Day",
        "King's Day": "King's Day",
        "Liberation Day": "Liberation Day",
        "Ascension Day": "Ascension Day",
        "Pentecost": "Whit Sunday",
        "Pentecost Monday": "Whit Monday",
        "Second Day of Christmas": "Second Day of Christmas",
    }),
    "canada": ("CA", None, 1990, {
        **COMMON,
        "Canada Day": "Canada Day",
        "Labor Day": "Labour Day",
        "Labour Day": "Labour Day",
    }),
    "australia": ("AU", None, 1990, {
        **COMMON,
        "Australia Day": "Australia Day",
        "ANZAC Day": "ANZAC Day",
        "National Day of Mourning for Queen Elizabeth II": "National Day of Mourning for Queen Elizabeth II",
        "Boxing Day": "Boxing Day",
    }),
}
OBSERVED_SUFFIX = " (observed)"


def rota_name(calendar, package_name):
    names = CALENDARS[calendar][3]
    if package_name not in names:
        sys.exit(f"holidays_oracle: {calendar}: unknown holiday name {package_name!r}; map it in CALENDARS")
    return names[package_name]


def entries(calendar, year, observed):
    """(date, package name) pairs of one year, as the package files them."""
    country, subdivision, _, _ = CALENDARS[calendar]
    table = holidays.country_holidays(country, subdiv=subdivision, years=year, observed=observed)
    return [(day, name) for day, names in sorted(table.items()) for name in names.split("; ")]


def year_record(calendar, year):
    actual = [(day, rota_name(calendar, name)) for day, name in entries(calendar, year, observed=False)]
    # Observed days of this year's holidays may be filed under the year before (31 December).
    nearby = [pair for other in (year - 1, year, year + 1) for pair in entries(calendar, other, observed=True)]
    substitutes, kept = {}, {}
    for day, name in nearby:
        if name.endswith(OBSERVED_SUFFIX):
            substitutes.setdefault(rota_name(calendar, name[: -len(OBSERVED_SUFFIX)]), []).append(day)
        else:
            kept.setdefault(rota_name(calendar, name), []).append(day)
    observed = []
    for day, name in actual:
        # A holiday's observed day is within three days of its actual date (Boxing Day on a
        # Sunday after a Saturday Christmas moves to Tuesday).
        moves = [d for d in substitutes.get(name, []) if 0 < abs((d - day).days) <= 3]
        if not moves and day not in kept.get(name, []):
            moves = [d for d in kept.get(name, []) if 0 < abs((d - day).days) <= 3]
        if len(moves) > 1:
            sys.exit(f"holidays_oracle: {calendar}: {name} {day} has several observed days {moves}")
        observed.append((moves[0] if moves else day, name))

    def listing(pairs):
        return [{"name": name, "date": day.isoformat()} for day, name in sorted(pairs)]

    return {"year": year, "actual": listing(actual), "observed": listing(observed)}


def render(calendar, first, last):
    """The fixture text: stable, one holiday per line, so that diffs are readable."""
    country, subdivision, _, _ = CALENDARS[calendar]

    def item(entry):
        return "{" + f'"name": {json.dumps(entry["name"])}, "date": "{entry["date"]}"' + "}"

    if calendar == "us-federal":
        what = "country US (federal)"
    else:
        what = f"country {country}" + (f", subdivision {subdivision}" if subdivision else "")
    lines = [
        "{",
        f'  "source": "PyPI holidays {holidays.__version__}, {what}, via Tests/Oracles/holidays_oracle.py",',
        f'  "first": {first},',
        f'  "last": {last},',
        '  "years": [',
    ]
    for year in range(first, last + 1):
        record = year_record(calendar, year)
        lines.append(f'    {{"year": {year},')
        for key in ("actual", "observed"):
            lines.append(f'     "{key}": [')
            body = record[key]
            for index, entry in enumerate(body):
                lines.append("       " + item(entry) + ("," if index + 1 < len(body) else ""))
            lines.append("     ]" + ("," if key == "actual" else ""))
        lines.append("    }" + ("," if year < last else ""))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main(arguments):
    chosen = list(CALENDARS)
    if arguments and not arguments[0].isdigit():
        if arguments[0] not in CALENDARS:
            sys.exit(f"holidays_oracle: unknown calendar {arguments[0]!r}; known: {', '.join(CALENDARS)}")
        chosen, arguments = [arguments[0]], arguments[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    for calendar in chosen:
        first, last = (int(arguments[0]), int(arguments[1])) if len(arguments) >= 2 else (CALENDARS[calendar][2], 2060)
        text = render(calendar, first, last)
        if len(arguments) >= 3 and arguments[2] == "-":
            sys.stdout.write(text)
            continue
        target = os.path.join(here, "..", "RotaKitTests", "Fixtures", f"{calendar}-holidays.json")
        with open(target, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        print(f"wrote {os.path.normpath(target)}: years {first}-{last}")


if __name__ == "__main__":
    main(sys.argv[1:])
