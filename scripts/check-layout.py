#!/usr/bin/env python3
"""The shape of Sources/, checked: folders inside RotaKit depend only downward, each module imports
only the one below it (the CLI only RotaKit), and no Swift file is over 400 lines.

    scripts/check-layout.py          exits 1 with one line per problem, 0 when the layout holds

RotaKit's folders, from the bottom (a folder may use the types of folders below it, never above):
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KIT = os.path.join(ROOT, "Sources", "RotaKit")

# Bottom first. Folders on one line are siblings: neither may use the other.
LAYERS = [
    ["Support"],  # wording, numbers, text and Markdown tables, HTML escaping, JSON values, seeded random
    ["Calendar"],  # days, holiday calendars
    ["Input"],  # source files, lines and fields, input errors
    ["Scenario"],  # the team, its time away, holidays, pipelines, rules; the scenario reader
    ["Rules"],  # one identity per invariant, shared by the formulation, the pre-checks and the checker
    ["Schedule"],  # a plan: weeks, holiday covers, owners
    ["Formats"],  # each schedule format's reader and writer, side by side
    ["Checker", "Formulation"],  # the independent proof, and the integer program; never each other
    ["Repair", "Loading"],  # what-if on top of the formulation; scenario plus history for a command
    ["Swap"],  # who could take a shift: swaps judged by the checker, diffs from Repair
    ["Report"],  # the reporting views over the checker's metrics
    ["Generator"],  # synthetic scenarios, kept feasible by the formulation's pre-checks
]
MODULES = ["CGLPK", "GLPKGuard", "MIP", "RotaKit", "rota"]  # bottom first
# Each module imports only the one below it: the CLI sees RotaKit alone, RotaKit sees MIP alone.
ALLOWED_IMPORTS = {"CGLPK": [], "GLPKGuard": ["CGLPK"], "MIP": ["CGLPK", "GLPKGuard"], "RotaKit": ["MIP"], "rota": ["RotaKit"]}
MAX_LINES = 400

DECLARATION = re.compile(r"^(?:public |internal |package |final |indirect )*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)", re.M)
IMPORT = re.compile(r"^(?:@\w+ )*import\s+(\w+)", re.M)


def rank(folder):
    for level, names in enumerate(LAYERS):
        if folder in names:
            return level
    return None


def swift_files(top):
    for folder, _, names in os.walk(top):
        for name in sorted(names):
            if name.endswith(".swift"):
                yield os.path.join(folder, name)


def code_of(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r'"""[\s\S]*?"""', '""', text)  # multi-line strings
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)  # strings
    return re.sub(r"//.*", "", text)  # comments


def main():
    problems = []
    owner = {}
    files = list(swift_files(KIT))
    for path in files:
        folder = os.path.relpath(path, KIT).split(os.sep)[0]
        if rank(folder) is None:
            problems.append(f"{os.path.relpath(path, ROOT)}: folder {folder} is not in scripts/check-layout.py's LAYERS")
            continue
        for name in DECLARATION.findall(open(path, encoding="utf-8").read()):
            owner.setdefault(name, folder)
    for path in files:
        folder = os.path.relpath(path, KIT).split(os.sep)[0]
        here = rank(folder)
        if here is None:
            continue
        for name in sorted(set(re.findall(r"\b[A-Z]\w*\b", code_of(path)))):
            there = owner.get(name)
            if there is None or there == folder:
                continue
            if rank(there) >= here:
                problems.append(f"{os.path.relpath(path, ROOT)}: {folder} uses {name} from {there}, which is not below it")
    for path in swift_files(os.path.join(ROOT, "Sources")):
        module = os.path.relpath(path, os.path.join(ROOT, "Sources")).split(os.sep)[0]
        lines = sum(1 for _ in open(path, encoding="utf-8"))
        if lines > MAX_LINES:
            problems.append(f"{os.path.relpath(path, ROOT)}: {lines} lines; split it by concern (at most {MAX_LINES})")
        if module in MODULES:
            for imported in IMPORT.findall(open(path, encoding="utf-8").read()):
                if imported in MODULES and imported not in ALLOWED_IMPORTS.get(module, []):
                    problems.append(
                        f"{os.path.relpath(path, ROOT)}: {module} imports {imported}; it may import only {', '.join(ALLOWED_IMPORTS[module]) or 'no module of ours'}"
                    )
                if imported == "CGLPK" and module == "MIP" and os.sep + "GLPK" + os.sep not in path:
                    problems.append(f"{os.path.relpath(path, ROOT)}: only MIP/GLPK/ imports CGLPK")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check-layout: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"check-layout: {len(files)} RotaKit files in {sum(len(l) for l in LAYERS)} folders depend only downward; no file over {MAX_LINES} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
