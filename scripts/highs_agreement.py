#!/usr/bin/env python3
"""Does GLPK, through Rota, reach the optimum another solver proves on the same integer program?

For every scenario under Scenarios/ (files `rota plan` rejects as input, exit 2, are not
scenarios; files it proves infeasible, exit 1, are infeasible on purpose: both are skipped) and a
set of generated scenarios (`rota generate`):

  level 0   `rota plan S --format json` gives solver.objective, the largest deviation from a fair
            share that GLPK proved optimal; `rota model S --format mps --level 0` exports the same
            program with that level as its objective, which HiGHS (highspy) solves on its own.
            The two optima must agree within 1e-6.
  level 1+  (--levels 0,1) `rota model --level 1` exports the program with the total deviation as
            the objective but without level 0 held at its optimum, so Rota's own plan cannot be
            compared with it; instead GLPK alone (glpsol --freemps) and HiGHS solve that same
            exported program and must agree.

Prints a table with both solvers' times and exits 1 on any disagreement (2 on a usage or tool
error). A solver that stops at its time limit is reported, not counted as a disagreement.

Usage: scripts/highs_agreement.py [--rota PATH] [--levels 0,1] [--time-limit 60] [--no-generated]
Needs: pip install highspy; glpsol (Debian's glpk-utils) for levels above 0.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOLERANCE = 1e-6

# Generated scenarios: (people, weeks, roles, pipelines, away rate, seed), small enough for every
# solver to prove optimal in seconds.
GENERATED = [
    (6, 26, 1, 4, 0.10, 1),
    (8, 52, 1, 8, 0.10, 2),
    (10, 52, 2, 8, 0.08, 3),
    (12, 52, 1, 12, 0.15, 4),
    (16, 52, 2, 12, 0.10, 5),
    (20, 52, 1, 20, 0.10, 6),
]


def find_rota(explicit):
    if explicit:
        return explicit
    for build in ("release", "debug"):
        path = os.path.join(ROOT, ".build", build, "rota")
        if os.access(path, os.X_OK):
            return path
    sys.exit("highs_agreement: no rota binary; run `swift build -c release` or pass --rota PATH")


def run(command, timeout):
    started = time.monotonic()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started
    return result, time.monotonic() - started


def solve_highs(mps, time_limit):
    """The optimum HiGHS proves for the exported program: (objective or None, status, seconds)."""
    import highspy

    # The constructor prints a banner on stdout before output_flag can be set: silence it.
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 1)
        try:
            highs = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("threads", 1)  # GLPK is single-threaded too
    started = time.monotonic()
    if highs.readModel(mps) != highspy.HighsStatus.kOk:
        return None, "unreadable", time.monotonic() - started
    highs.run()
    seconds = time.monotonic() - started
    status = highs.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal:
        return highs.getInfo().objective_function_value, "optimal", seconds
    return None, highs.modelStatusToString(status), seconds


def solve_glpsol(mps, time_limit):
    """The optimum glpsol proves for the exported program: (objective or None, status, seconds)."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as report:
        result, seconds = run(["glpsol", "--freemps", mps, "--tmlim", str(int(time_limit)), "-o", report.name], time_limit + 30)
        if result is None:
            return None, "killed", seconds
        if "INTEGER OPTIMAL SOLUTION FOUND" not in result.stdout:
            last = [line for line in result.stdout.splitlines() if line.strip()][-3:]
            return None, " / ".join(last) or "failed", seconds
        text = open(report.name).read()
    match = re.search(r"^Objective:\s+\S+\s+=\s+(\S+)", text, re.MULTILINE)
    if not match:
        return None, "no objective in the report", seconds
    return float(match.group(1)), "optimal", seconds


def agree(a, b):
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def scenarios(folder):
    for directory, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if name.endswith((".yaml", ".yml", ".json")):
                yield os.path.relpath(os.path.join(directory, name), ROOT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rota", help="the rota binary (default: .build/release/rota, else .build/debug/rota)")
    parser.add_argument("--levels", default="0", help="objective levels to compare, e.g. 0,1 (default 0)")
    parser.add_argument("--time-limit", type=float, default=60, help="seconds per solve (default 60)")
    parser.add_argument("--no-generated", action="store_true", help="only the scenarios under Scenarios/")
    parser.add_argument("--only", help="only scenarios whose path contains this text")
    options = parser.parse_args()
    try:
        import highspy  # noqa: F401
    except ImportError:
        sys.exit("highs_agreement: highspy is missing; pip install highspy")
    levels = sorted({int(level) for level in options.levels.split(",")})
    if any(level > 0 for level in levels) and not shutil.which("glpsol"):
        sys.exit("highs_agreement: levels above 0 need glpsol (apt-get install glpk-utils)")
    rota = find_rota(options.rota)

    work = tempfile.mkdtemp(prefix="rota-highs-")
    paths = list(scenarios(os.path.join(ROOT, "Scenarios")))
    if not options.no_generated:
        for people, weeks, roles, pipelines, away, seed in GENERATED:
            name = f"gen-{people}p-{weeks}w-{roles}r-{pipelines}pl-s{seed}.yaml"
            path = os.path.join(work, name)
            command = [rota, "generate", "--people", str(people), "--weeks", str(weeks), "--roles", str(roles),
                       "--pipelines", str(pipelines), "--away-rate", str(away), "--seed", str(seed), "-o", path]
            result, _ = run(command, 60)
            if result is None or result.returncode != 0:
                sys.exit(f"highs_agreement: rota generate failed: {result.stderr if result else 'timeout'}")
            paths.append(path)
    if options.only:
        paths = [path for path in paths if options.only in path]

    rows = []
    disagreements = 0
    unverified = 0
    skipped = []
    for path in paths:
        shown = os.path.basename(path) if path.startswith(work) else path
        plan, plan_seconds = run([rota, "plan", path, "--format", "json", "--time-limit", str(options.time_limit)],
                                 options.time_limit * 3 + 30)
        if plan is None:
            rows.append((shown, "-", "rota killed", "", "", f"{plan_seconds:.2f}", "", "UNVERIFIED"))
            unverified += 1
            continue
        if plan.returncode == 2:
            skipped.append(f"{shown}: not a scenario")
            continue
        timed_out = plan.returncode == 1 and "search stopped" in plan.stderr
        if plan.returncode == 1 and not timed_out:
            skipped.append(f"{shown}: no feasible plan (infeasible on purpose)")
            continue
        if plan.returncode != 0 and not timed_out:
            sys.exit(f"highs_agreement: rota plan {shown} exited {plan.returncode}: {plan.stderr}")
        # No plan before the time limit: HiGHS still solves level 0, for its time.
        solver = {"status": "no plan in time"} if timed_out else json.loads(plan.stdout).get("solver", {})
        for level in levels:
            mps = os.path.join(work, f"level{level}.mps")
            export, _ = run([rota, "model", path, "--format", "mps", "--level", str(level), "-o", mps], 300)
            if export is None or export.returncode != 0:
                if export is not None and "--level must be" in export.stderr:
                    continue  # the scenario has fewer levels
                sys.exit(f"highs_agreement: rota model {shown} --level {level} failed: {export.stderr if export else 'timeout'}")
            highs, highs_status, highs_seconds = solve_highs(mps, options.time_limit)
            if level == 0:
                glpk, glpk_status, glpk_seconds = solver.get("objective"), solver.get("status", "?"), plan_seconds
                glpk_label = "rota plan"
            else:
                glpk, glpk_status, glpk_seconds = solve_glpsol(mps, options.time_limit)
                glpk_label = "glpsol"
            if glpk_status != "optimal" or highs is None:
                verdict = "UNVERIFIED"
                unverified += 1
            elif agree(glpk, highs):
                verdict = "agree"
            else:
                verdict = "DISAGREE"
                disagreements += 1
            fmt = lambda value: "-" if value is None else f"{value:.6f}"
            rows.append((shown, str(level), f"{glpk_label}: {glpk_status}", fmt(glpk),
                         f"{fmt(highs)} ({highs_status})", f"{glpk_seconds:.2f}", f"{highs_seconds:.2f}", verdict))

    header = ("scenario", "level", "GLPK", "GLPK objective", "HiGHS objective", "GLPK s", "HiGHS s", "verdict")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
    line = lambda row: "  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
    print(line(header))
    print(line(["-" * width for width in widths]))
    for row in rows:
        print(line(row))
    print()
    print("GLPK s: level 0, the whole `rota plan` process (every level, every part); above 0, glpsol on the exported level alone.")
    print("HiGHS s: reading and solving the exported level alone, one thread.")
    for note in skipped:
        print(f"skipped {note}")
    print(f"{len(rows)} comparisons: {len(rows) - disagreements - unverified} agree, {disagreements} disagree, {unverified} unverified")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
