#!/usr/bin/env python3
"""Oracle for Rota's US federal holiday rules.

Writes Tests/RotaKitTests/Fixtures/us-federal-holidays.json from the PyPI `holidays` package
(an independent implementation), so that HolidayCalendarTests can compare
`HolidayCalendar.usFederal.holidays(in:observed:)` with it for every year.

    pip install holidays
    python3 Tests/Oracles/holidays_oracle.py            # years 1990-2060, writes the fixture
    python3 Tests/Oracles/holidays_oracle.py 1978 2100 -  # any years, to stdout

For each year the fixture lists, in date order (ties by name):
  actual    the holidays on their actual dates (Christmas Day is 25 December)
  observed  the same holidays on their observed dates, listed under the holiday's own year:
            a Saturday New Year's Day is observed on 31 December of the year before, which the
            `holidays` package files under that earlier year and Rota files under the holiday's.
Names are Rota's (HolidayCalendar.swift); the package's differ for Juneteenth.
"""

import datetime
import os
import sys

import holidays

# The package's names -> Rota's names. Any other name stops the script: a new or renamed
# holiday must be looked at, not silently dropped.
NAMES = {
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
}
OBSERVED_SUFFIX = " (observed)"


def rota_name(package_name):
    if package_name not in NAMES:
        sys.exit(f"holidays_oracle: unknown holiday name {package_name!r}; map it in NAMES")
    return NAMES[package_name]


def entries(year, observed):
    """(date, package name) pairs of one year, as the package files them."""
    table = holidays.country_holidays("US", years=year, observed=observed)
    return [(day, name) for day, names in sorted(table.items()) for name in names.split("; ")]


def year_record(year):
    actual = [(day, rota_name(name)) for day, name in entries(year, observed=False)]
    # Observed shifts of this year's holidays may be filed under the year before (31 December).
    shifted = {}
    for other in (year - 1, year, year + 1):
        for day, name in entries(other, observed=True):
            if name.endswith(OBSERVED_SUFFIX):
                shifted.setdefault(rota_name(name[: -len(OBSERVED_SUFFIX)]), []).append(day)
    observed = []
    for day, name in actual:
        # The observed day of a holiday is within a day of its actual date.
        moves = [d for d in shifted.get(name, []) if abs((d - day).days) == 1]
        if len(moves) > 1:
            sys.exit(f"holidays_oracle: {name} {day} has several observed days {moves}")
        observed.append((moves[0] if moves else day, name))

    def listing(pairs):
        return [{"name": name, "date": day.isoformat()} for day, name in sorted(pairs)]

    return {"year": year, "actual": listing(actual), "observed": listing(observed)}


def render(first, last):
    """The fixture text: stable, one holiday per line, so that diffs are readable."""
    import json

    def item(entry):
        return "{" + f'"name": {json.dumps(entry["name"])}, "date": "{entry["date"]}"' + "}"

    lines = [
        "{",
        f'  "source": "PyPI holidays {holidays.__version__}, country US (federal), via Tests/Oracles/holidays_oracle.py",',
        f'  "first": {first},',
        f'  "last": {last},',
        '  "years": [',
    ]
    for year in range(first, last + 1):
        record = year_record(year)
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
    first, last = (int(arguments[0]), int(arguments[1])) if len(arguments) >= 2 else (1990, 2060)
    text = render(first, last)
    if len(arguments) >= 3 and arguments[2] == "-":
        sys.stdout.write(text)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "RotaKitTests", "Fixtures", "us-federal-holidays.json")
    with open(target, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    print(f"wrote {os.path.normpath(target)}: years {first}-{last}")


if __name__ == "__main__":
    main(sys.argv[1:])
