#!/usr/bin/env python3
"""Checks Rota's paging-tool exports against the vendors' published API descriptions, and renders
them the way the vendors document to see that the result is the plan.

    scripts/paging_check.py --plan PLAN.json --ids IDS.json [--pagerduty PD.json] [--opsgenie OG.json]
                            [--terraform SCHEDULES.tf --terraform-overrides SCHEDULES.overrides.json]

PLAN.json is the `rota.schedule/1` plan; IDS.json maps each person's name to {"pagerduty": id,
"opsgenie": username}. Exit 0 when every check holds, 1 with a line per problem, 3 when a Python
module is missing (jsonschema; python-hcl2 for --terraform).

- Schemas: Tests/RotaKitTests/Fixtures/paging/ (PagerDuty's OpenAPI 3 and Opsgenie's Swagger
  definitions, subsets with their source). Each request body is validated with jsonschema.
- PagerDuty rendering (as PagerDuty documents a layer): turn k starts at rotation_virtual_start +
  k x rotation_turn_length_seconds (a whole number of days is counted in calendar days of the
  schedule's time zone, so the local handoff time holds across changes of clocks) and goes to
  users[k mod n]; the layer holds from its start to its end; overrides are laid on top in order,
  the last one winning.
- Opsgenie rendering: a weekly rotation of length 1 gives week k from startDate to participants[k
  mod n], until endDate; an override with rotations applies to those rotations, later ones winning.
- With --responses DIR, writes what the tools would answer once the exports are in them, each
  validated against the vendor's response schema: pagerduty-schedule-ROLE.json (GET /schedules/{id}
  with final_schedule.rendered_schedule_entries), pagerduty-oncalls.json (GET /oncalls, escalation
  level 1 primary, 2 secondary) and opsgenie-timeline.json (GET /v2/schedules/{identifier}/timeline),
  so that Rota can read them back and judge them as it judged the plan.
- The plan, as paging tools hold it: each week's holder of each role from the week's first day at
  the handoff to the next week's; each holiday cover from 00:00 to 24:00 of its date, on the first role.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
from zoneinfo import ZoneInfo

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "RotaKitTests", "Fixtures", "paging")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ROLES = ["primary", "secondary"]

problems = []


def problem(text):
    problems.append(text)


def instant(text, where):
    if not isinstance(text, str) or not RFC3339.match(text):
        problem(f"{where}: {text!r} is not an RFC 3339 time with an offset")
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local(day, hour, minute, zone):
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def merged(segments):
    """Adjacent segments of one person joined, empty ones dropped; times as UTC."""
    out = []
    for start, end, who in segments:
        start, end = start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)
        if end <= start:
            continue
        if out and out[-1][2] == who and out[-1][1] == start:
            out[-1] = (out[-1][0], end, who)
        else:
            out.append((start, end, who))
    return out


def overlay(segments, start, end, who):
    """`segments` with [start, end) given to `who`."""
    out = []
    for s, e, w in segments:
        if e <= start or s >= end:
            out.append((s, e, w))
            continue
        if s < start:
            out.append((s, start, w))
        if e > end:
            out.append((end, e, w))
    out.append((start, end, who))
    return sorted(out, key=lambda x: x[0])


def expected(plan, ids, key):
    """Per role, the plan's segments by the tool's ids."""
    period = plan["period"]
    zone = ZoneInfo(period["timezone"])
    hour, minute = map(int, period["handoff"].split(":"))
    roles = [r for r in ROLES if any(r in w["oncall"] for w in plan["weeks"])]
    result = {}
    for role in roles:
        segments = []
        for week in plan["weeks"]:
            if role not in week["oncall"]:
                continue
            first = dt.date.fromisoformat(week["start"])
            after = dt.date.fromisoformat(week["end"]) + dt.timedelta(days=1)
            segments.append((local(first, hour, minute, zone), local(after, hour, minute, zone), ids[week["oncall"][role]][key]))
        if role == roles[0]:
            for holiday in plan["holidays"]:
                date = dt.date.fromisoformat(holiday["date"])
                segments = overlay(segments, local(date, 0, 0, zone), local(date + dt.timedelta(days=1), 0, 0, zone), ids[holiday["cover"]][key])
        result[role] = merged(segments)
    return result


def validator(schema, root):
    import jsonschema

    document = dict(schema)
    for section in ("components", "definitions"):
        if section in root:
            document[section] = root[section]
    return jsonschema.Draft7Validator(document)


def validate(value, schema, root, where):
    for error in validator(schema, root).iter_errors(value):
        path = "/".join(str(p) for p in error.absolute_path)
        problem(f"{where}: {path or '(top)'}: {error.message}")


def render_layer(layer, time_zone, where):
    zone = ZoneInfo(time_zone)
    users = [u["user"]["id"] if isinstance(u, dict) else u for u in layer["users"]]
    virtual = instant(layer["rotation_virtual_start"], where + " rotation_virtual_start")
    start = instant(layer["start"], where + " start")
    end = instant(layer["end"], where + " end")
    turn = layer["rotation_turn_length_seconds"]
    if None in (virtual, start, end) or not users or turn <= 0:
        problem(f"{where}: the layer cannot be rendered")
        return []
    wall = virtual.astimezone(zone).replace(tzinfo=None)

    def turn_start(k):
        if turn % 86400 == 0:
            return (wall + dt.timedelta(days=k * turn // 86400)).replace(tzinfo=zone)
        return virtual + dt.timedelta(seconds=k * turn)

    segments = []
    k = 0
    while turn_start(k + 1) <= start:
        k += 1
    while turn_start(k) < end:
        s, e = max(turn_start(k), start), min(turn_start(k + 1), end)
        segments.append((s, e, users[k % len(users)]))
        k += 1
    return segments


def apply_overrides(segments, overrides, where):
    for index, override in enumerate(overrides):
        s = instant(override.get("start", override.get("startDate")), f"{where} override {index} start")
        e = instant(override.get("end", override.get("endDate")), f"{where} override {index} end")
        if s is None or e is None:
            continue
        who = override["user"]["id"] if "id" in override["user"] else override["user"].get("username")
        segments = overlay(segments, s, e, who)
    return segments


def compare(rendered, wanted, where):
    if rendered == wanted:
        return
    for index, (got, want) in enumerate(zip(rendered, wanted)):
        if got != want:
            problem(f"{where}: rendered segment {index} is {fmt(got)}, the plan has {fmt(want)}")
            return
    problem(f"{where}: rendered {len(rendered)} segments, the plan has {len(wanted)}")


def fmt(segment):
    return f"{segment[0].isoformat()}–{segment[1].isoformat()} {segment[2]}"


RENDERED = {}  # what each export renders to: ("pagerduty"|"opsgenie", role) -> segments


def names_by_id(ids, key):
    return {value[key]: name for name, value in ids.items()}


def write_responses(folder, plan, ids, pd_schema, og_schema):
    os.makedirs(folder, exist_ok=True)
    ops = pd_schema["operations"]
    pd_names = names_by_id(ids, "pagerduty")

    def user(pid):
        return {"id": pid, "type": "user_reference", "summary": pd_names.get(pid, pid), "self": f"https://api.pagerduty.com/users/{pid}"}

    def iso(moment, zone):
        return moment.astimezone(zone).isoformat()

    zone = ZoneInfo(plan["period"]["timezone"])
    oncalls = []
    for (tool, role), segments in RENDERED.items():
        if tool != "pagerduty":
            continue
        schedule_id = f"PSCHED{ROLES.index(role) + 1}"
        response = {"schedule": {
            "id": schedule_id, "type": "schedule", "summary": f"{plan['team']} {role}", "name": f"{plan['team']} {role}",
            "time_zone": plan["period"]["timezone"],
            "final_schedule": {"name": "Final Schedule", "rendered_coverage_percentage": 100.0, "rendered_schedule_entries": [
                {"start": iso(s, zone), "end": iso(e, zone), "user": user(who)} for s, e, who in segments]},
        }}
        validate(response, ops["GET /schedules/{id}"], pd_schema, f"pagerduty GET /schedules/{{id}} {role}")
        with open(os.path.join(folder, f"pagerduty-schedule-{role}.json"), "w") as handle:
            json.dump(response, handle, indent=2, ensure_ascii=False)
        for s, e, who in segments:
            oncalls.append({"user": user(who), "schedule": {"id": schedule_id, "type": "schedule_reference"},
                            "escalation_policy": {"id": "PPOLICY", "type": "escalation_policy_reference"},
                            "escalation_level": ROLES.index(role) + 1, "start": iso(s, zone), "end": iso(e, zone)})
    oncalls.sort(key=lambda o: (o["start"], o["escalation_level"]))
    response = {"oncalls": oncalls, "limit": len(oncalls), "offset": 0, "more": False, "total": len(oncalls)}
    validate(response, ops["GET /oncalls"], pd_schema, "pagerduty GET /oncalls")
    with open(os.path.join(folder, "pagerduty-oncalls.json"), "w") as handle:
        json.dump(response, handle, indent=2, ensure_ascii=False)
    rotations = []
    for (tool, role), segments in RENDERED.items():
        if tool != "opsgenie":
            continue
        rotations.append({"id": f"rotation-{role}", "name": role, "order": float(ROLES.index(role)), "periods": [
            {"startDate": s.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z"),
             "endDate": e.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z"),
             "type": "default",
             "recipient": {"id": f"uuid-{who}", "name": who, "type": "user"}} for s, e, who in segments]})
    if rotations:
        first = min(s for r in RENDERED.values() for s, _, _ in r[:1])
        last = max(e for r in RENDERED.values() for _, e, _ in r[-1:])
        response = {"data": {"_parent": {"id": "schedule-1", "name": plan["team"], "enabled": True},
                             "startDate": first.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z"),
                             "endDate": last.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z"),
                             "finalTimeline": {"rotations": rotations}},
                    "expandable": ["base", "forwarding", "override"], "took": 0.05, "requestId": "rota-paging-check"}
        validate(response, og_schema["operations"]["GET /v2/schedules/{identifier}/timeline"], og_schema, "opsgenie timeline")
        with open(os.path.join(folder, "opsgenie-timeline.json"), "w") as handle:
            json.dump(response, handle, indent=2, ensure_ascii=False)


def check_pagerduty(export, plan, ids, pd_schema):
    if export.get("format") != "rota.pagerduty/1":
        problem(f"pagerduty: format is {export.get('format')!r}")
    ops = pd_schema["operations"]
    wanted = expected(plan, ids, "pagerduty")
    roles = [s["role"] for s in export["schedules"]]
    if roles != list(wanted):
        problem(f"pagerduty: schedules for {roles}, the plan has roles {list(wanted)}")
    for entry in export["schedules"]:
        where = f"pagerduty {entry['role']}"
        validate(entry["create"], ops["POST /schedules"], pd_schema, where + " create")
        validate(entry["overrides"], ops["POST /schedules/{id}/overrides"], pd_schema, where + " overrides")
        schedule = entry["create"]["schedule"]
        layers = schedule["schedule_layers"]
        if len(layers) != 1:
            problem(f"{where}: {len(layers)} layers, not one")
            continue
        segments = render_layer(layers[0], schedule["time_zone"], where)
        segments = apply_overrides(segments, entry["overrides"]["overrides"], where)
        RENDERED[("pagerduty", entry["role"])] = merged(segments)
        compare(merged(segments), wanted.get(entry["role"], []), where)


def check_opsgenie(export, plan, ids, og_schema):
    if export.get("format") != "rota.opsgenie/1":
        problem(f"opsgenie: format is {export.get('format')!r}")
    ops = og_schema["operations"]
    schedule = export["schedule"]
    validate(schedule, ops["POST /v2/schedules"], og_schema, "opsgenie schedule")
    user_schema = {"$ref": "#/definitions/UserRecipient"}
    for override in export["overrides"]:
        validate(override, ops["POST /v2/schedules/{identifier}/overrides"], og_schema, "opsgenie override")
        validate(override["user"], user_schema, og_schema, "opsgenie override user")
    wanted = expected(plan, ids, "opsgenie")
    zone = ZoneInfo(schedule["timezone"])
    names = [r["name"] for r in schedule["rotations"]]
    if names != list(wanted):
        problem(f"opsgenie: rotations {names}, the plan has roles {list(wanted)}")
    for rotation in schedule["rotations"]:
        where = f"opsgenie {rotation['name']}"
        for p in rotation["participants"]:
            validate(p, user_schema, og_schema, where + " participant")
        start = instant(rotation["startDate"], where + " startDate")
        end = instant(rotation.get("endDate"), where + " endDate")
        if start is None or end is None:
            continue
        for label, moment in (("startDate", start), ("endDate", end)):
            if moment.astimezone(zone).minute not in (0, 30) or moment.second:
                problem(f"{where}: {label} {moment.isoformat()} is not on :00 or :30 (Opsgenie would move it)")
        if rotation["type"] != "weekly" or rotation.get("length", 1) != 1:
            problem(f"{where}: rotation {rotation['type']} × {rotation.get('length')}, not weekly × 1")
            continue
        layer = {
            "users": [p["username"] for p in rotation["participants"]],
            "rotation_virtual_start": rotation["startDate"], "start": rotation["startDate"], "end": rotation["endDate"],
            "rotation_turn_length_seconds": 7 * 86400,
        }
        if len(layer["users"]) < round((end - start).total_seconds() / (7 * 86400)):
            problem(f"{where}: fewer participants than weeks; the rotation would wrap round")
        segments = render_layer(layer, schedule["timezone"], where)
        mine = [o for o in export["overrides"] if not o.get("rotations") or any(r.get("name") == rotation["name"] for r in o["rotations"])]
        segments = apply_overrides(segments, mine, where)
        RENDERED[("opsgenie", rotation["name"])] = merged(segments)
        compare(merged(segments), wanted.get(rotation["name"], []), where)


def unquote(value):
    """A string as python-hcl2 gives it (newer versions keep the quotes and escapes) as its text."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return json.loads(value).replace("$${", "${").replace("%%{", "%{")
    return value


def check_terraform(path, overrides_path, plan, ids, pd_schema):
    import hcl2

    with open(path) as handle:
        document = hcl2.load(handle)
    with open(overrides_path) as handle:
        companion = json.load(handle)
    resources = []
    for block in document.get("resource", []):
        for kind, named in block.items():
            if unquote(kind) != "pagerduty_schedule":
                problem(f"terraform: unexpected resource type {kind}")
                continue
            resources += [(unquote(name), body) for name, body in named.items()]
    wanted = expected(plan, ids, "pagerduty")
    if len(resources) != len(wanted):
        problem(f"terraform: {len(resources)} pagerduty_schedule resources, the plan has {len(wanted)} roles")
    by_role = {entry["role"]: entry for entry in companion["schedules"]}
    for (name, body), role in zip(resources, wanted):
        where = f"terraform {name}"
        create = by_role[role]["create"]["schedule"]
        for field in ("name", "time_zone", "description"):
            if unquote(body.get(field)) != create[field]:
                problem(f"{where}: {field} {body.get(field)!r}, the PagerDuty export has {create[field]!r}")
        layers = body.get("layer", [])
        if len(layers) != 1:
            problem(f"{where}: {len(layers)} layer blocks, not one")
            continue
        layer = {k: unquote(v) for k, v in layers[0].items()}
        layer["users"] = [unquote(u) for u in layer["users"]]
        want_layer = create["schedule_layers"][0]
        for field in ("start", "end", "rotation_virtual_start", "rotation_turn_length_seconds", "name"):
            if layer.get(field) != want_layer[field]:
                problem(f"{where}: layer {field} {layer.get(field)!r}, the PagerDuty export has {want_layer[field]!r}")
        if layer["users"] != [u["user"]["id"] for u in want_layer["users"]]:
            problem(f"{where}: layer users {layer['users']} differ from the PagerDuty export's")
        segments = render_layer(layer, unquote(body["time_zone"]), where)
        segments = apply_overrides(segments, by_role[role]["overrides"]["overrides"], where)
        compare(merged(segments), wanted[role], where)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plan", required=True)
    parser.add_argument("--ids", required=True)
    parser.add_argument("--pagerduty")
    parser.add_argument("--opsgenie")
    parser.add_argument("--terraform")
    parser.add_argument("--terraform-overrides")
    parser.add_argument("--responses", help="write the tools' GET responses for the rendered schedules here")
    args = parser.parse_args()
    try:
        import jsonschema  # noqa: F401

        if args.terraform:
            import hcl2  # noqa: F401
    except ImportError as error:
        print(f"missing Python module: {error.name} (pip install jsonschema python-hcl2)")
        return 3
    with open(args.plan) as handle:
        plan = json.load(handle)
    with open(args.ids) as handle:
        ids = json.load(handle)
    with open(os.path.join(FIXTURES, "pagerduty-openapiv3-schedules.json")) as handle:
        pd_schema = json.load(handle)
    with open(os.path.join(FIXTURES, "opsgenie-oas-schedules.json")) as handle:
        og_schema = json.load(handle)
    if args.pagerduty:
        with open(args.pagerduty) as handle:
            check_pagerduty(json.load(handle), plan, ids, pd_schema)
    if args.opsgenie:
        with open(args.opsgenie) as handle:
            check_opsgenie(json.load(handle), plan, ids, og_schema)
    if args.terraform:
        check_terraform(args.terraform, args.terraform_overrides, plan, ids, pd_schema)
    if args.responses:
        write_responses(args.responses, plan, ids, pd_schema, og_schema)
    for line in problems:
        print(line)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
