#!/usr/bin/env bash
# Every output a user or a script relies on, written to one folder, one file per command, so that
# two builds can be compared byte for byte (scripts/compare-outputs.sh does that).
#
#   scripts/outputs.sh ROTA OUT [GENERATED]
#
# ROTA is a rota binary, OUT an empty folder. GENERATED is a folder of generated scenarios to
# plan as well; when it is empty or missing, ROTA generates them into it (so two builds can plan
# the very same files). Each command's stdout goes to NAME.out, its stderr to NAME.err and its
# exit status to NAME.code. Help texts are left out: they change on purpose.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
rota=$(realpath "$1")
out=$2
generated=${3:-$out/generated-scenarios}
mkdir -p "$out" "$generated"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# iCalendar DTSTAMP is the time of writing unless SOURCE_DATE_EPOCH fixes it: the same bytes run to run.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1796126400}

# run NAME COMMAND…: stdout, stderr and exit status of one command, with the work folder's
# path and the repository's replaced so that two runs in different folders compare equal.
run() {
    local name=$1
    shift
    (cd "$work" && "$@") >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.code"
    sed -i -e "s|$work|WORK|g" -e "s|$repo|REPO|g" "$out/$name.out" "$out/$name.err"
}

# Generated teams of several shapes, the scenarios written once.
if [ -z "$(ls -A "$generated" 2>/dev/null)" ]; then
    while read -r name args; do
        # shellcheck disable=SC2086
        "$rota" generate $args -o "$generated/$name.yaml"
    done <<'EOF'
g8p26w1r --people 8 --weeks 26 --roles 1 --pipelines 8 --seed 3
g12p52w2r --people 12 --weeks 52 --roles 2 --pipelines 14 --away-rate 0.12 --seed 7
g16p39w1r --people 16 --weeks 39 --roles 1 --pipelines 20 --away-rate 0.08 --seed 11 --fixed-owners 0.5
g24p52w2r --people 24 --weeks 52 --roles 2 --pipelines 30 --away-rate 0.1 --seed 5
g6p13w2r --people 6 --weeks 13 --roles 2 --pipelines 6 --seed 21
g10infeasible --people 10 --weeks 26 --roles 1 --pipelines 10 --seed 4 --infeasible
EOF
fi

# The generator's own bytes, for a few shapes.
run generate-8 "$rota" generate --people 8 --weeks 26 --seed 3
run generate-20 "$rota" generate --people 20 --weeks 52 --roles 2 --pipelines 20 --away-rate 0.15 --seed 9
run generate-infeasible "$rota" generate --people 6 --weeks 13 --seed 2 --infeasible

scenarios=$(ls "$PWD"/Scenarios/*.yaml "$PWD"/Scenarios/infeasible/*.yaml "$generated"/*.yaml)
for scenario in $scenarios; do
    base=$(basename "$scenario" .yaml)
    case $scenario in */infeasible/*) base="infeasible-$base" ;; esac
    case $scenario in "$generated"/*) base="generated-$base" ;; esac
    for format in table json csv md ics; do
        run "$base.plan.$format" "$rota" plan "$scenario" --format "$format"
    done
    run "$base.plan.person" "$rota" plan "$scenario" --format ics --person "$(sed -n 's/^ *- *name: *//p' "$scenario" | head -1)"
    run "$base.model.lp" "$rota" model "$scenario" --format lp
    "$rota" plan "$scenario" -o "$work/$base.json" >/dev/null 2>&1 || continue
    for format in table json md; do
        run "$base.check.$format" "$rota" check "$scenario" "$work/$base.json" --format "$format"
    done
    for format in table json md html ics; do
        run "$base.report.$format" "$rota" report "$work/$base.json" --format "$format"
    done
    run "$base.report-scenario" "$rota" report "$work/$base.json" --scenario "$scenario"
done

# Schedules from elsewhere: the seed's hand-made plan as JSON and CSV, a paging tool's iCalendar.
seed=$PWD/Scenarios/data-pipelines.yaml
for schedule in Scenarios/seed-handmade.json Scenarios/seed-handmade.csv Scenarios/imported/pagerduty-2027.ics Scenarios/plans/data-pipelines-2027.json; do
    name=$(basename "$schedule" | tr . -)
    for format in table json md; do
        run "import-$name.check.$format" "$rota" check "$seed" "$PWD/$schedule" --format "$format"
    done
    for format in table md json html; do
        run "import-$name.report.$format" "$rota" report "$PWD/$schedule" --format "$format"
    done
done

# A hand-kept spreadsheet, refused without --columns and read with it.
sheet=$PWD/Scenarios/imported/spreadsheet-2027.csv
run import-spreadsheet.check "$rota" check "$seed" "$sheet"
run import-spreadsheet.columns "$rota" check "$seed" "$sheet" --columns "week=Week Starting,primary=On Call" --format json
run import-spreadsheet.report "$rota" report "$sheet" --columns "week=Week Starting,primary=On Call"

# What-ifs: the README's, and one on a generated team, with their repaired plans checked.
"$rota" plan "$seed" -o "$work/seed.json" >/dev/null 2>&1
run whatif-seed-away "$rota" whatif "$seed" "$work/seed.json" --away Bob:2027-07-19..2027-08-01 -o "$work/seed-away.json"
cp "$work/seed-away.json" "$out/whatif-seed-away.json"
run whatif-seed-away.check "$rota" check "$seed" "$work/seed-away.json"
run whatif-seed-leaves "$rota" whatif "$seed" "$work/seed.json" --leaves David:2027-07-05 --diff-format json -o "$work/seed-leaves.json"
cp "$work/seed-leaves.json" "$out/whatif-seed-leaves.json"
run whatif-seed-leaves.check "$rota" check "$seed" "$work/seed-leaves.json"
run whatif-seed-joins "$rota" whatif "$seed" "$work/seed.json" --joins Erin:2027-04-05 --swap 10:Charlie
run whatif-seed-from "$rota" whatif "$seed" "$work/seed.json" --from 2027-06-01 --away Alice:2027-06-07..2027-06-20
y2028=$PWD/Scenarios/data-pipelines-2028.yaml
"$rota" plan "$y2028" -o "$work/2028.json" >/dev/null 2>&1
run whatif-2028 "$rota" whatif "$y2028" "$work/2028.json" --away Charlie:2028-03-06..2028-03-19 --leaves David:2028-10-02
run whatif-everyone-away "$rota" whatif "$seed" "$work/seed.json" --away Alice:2027-07-19..2027-07-25 --away Bob:2027-07-19..2027-07-25 --away Charlie:2027-07-19..2027-07-25 --away David:2027-07-19..2027-07-25
g=$generated/g12p52w2r.yaml
if "$rota" plan "$g" -o "$work/g.json" >/dev/null 2>&1; then
    first=$(sed -n 's/^ *- *name: *//p' "$g" | head -1)
    run whatif-generated "$rota" whatif "$g" "$work/g.json" --away "$first:2027-03-15..2027-04-04" -o "$work/g-r.json"
    cp "$work/g-r.json" "$out/whatif-generated.json" 2>/dev/null
fi

# Holidays, and the bad-input corpus (each file's message and exit status).
for year in 2021 2027 2028; do
    run "holidays-$year" "$rota" holidays --year "$year"
    run "holidays-$year.json" "$rota" holidays --year "$year" --format json
    run "holidays-$year.observed" "$rota" holidays --year "$year" --observed --format json
done
for bad in Tests/Corpus/scenarios/*; do
    run "bad-$(basename "$bad")" "$rota" plan "$PWD/$bad"
done
run model-mps-seed "$rota" model "$seed" --format mps
run model-ownership "$rota" model "$seed" --format lp --part ownership
run model-level2 "$rota" model "$PWD/Scenarios/two-roles.yaml" --format lp --level 2
echo "outputs.sh: $(ls "$out" | wc -l) files in $out"
