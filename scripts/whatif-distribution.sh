#!/usr/bin/env bash
# The distribution of what-if times on generated teams of 8–100 people: for each team size, `rota
# generate` a team (52 weeks, 2 roles from 20 people, twice as many pipelines as people), plan it,
# then run seven what-ifs on the plan: absences of 1, 2, 3, 4 and 6 weeks (different people, from
# 2027-06-07), someone leaving on 2027-06-07 and someone joining then. Each what-if runs with the
# default time limit (60 s) and its repair is checked with `rota check`.
# Prints one line per what-if (size, change, outcome, wall-clock seconds, level it stopped in) and
# a summary: median, 90th percentile and largest time of the proven ones, and how many were
# proven, stopped at the limit, or infeasible. Exits 1 if a repair fails its check or exits 2.
#
#   scripts/whatif-distribution.sh                 sizes 8 12 20 30 50 75 100
#   scripts/whatif-distribution.sh 8 20 50         those sizes
#
# Needs a release build (`swift build -c release --product rota`).
set -uo pipefail
cd "$(dirname "$0")/.."
rota=.build/release/rota
[ -x "$rota" ] || { echo "whatif-distribution: no release build; run swift build -c release --product rota" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(8 12 20 30 50 75 100)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
: >"$work/times"
for people in "${sizes[@]}"; do
    roles=$((people >= 20 ? 2 : 1))
    scenario="$work/s$people.yaml"
    "$rota" generate --people "$people" --weeks 52 --roles $roles --pipelines $((2 * people)) --seed "$people" -o "$scenario" || { failed=1; continue; }
    "$rota" plan "$scenario" -o "$work/p$people.json" 2>/dev/null || { echo "$people people: plan failed"; failed=1; continue; }
    mapfile -t names < <(grep '^- name:\|^  - name:\|^- {name:\|^  - {name:' "$scenario" | sed 's/.*name: *//; s/[,}].*//' | head -8)
    changes=(
        "--away|${names[0]}:2027-06-07..2027-06-13"
        "--away|${names[1]}:2027-06-07..2027-06-20"
        "--away|${names[2]}:2027-06-07..2027-06-27"
        "--away|${names[3]}:2027-06-07..2027-07-04"
        "--away|${names[4]}:2027-06-07..2027-07-18"
        "--leaves|${names[5]}:2027-06-07"
        "--joins|Newcomer Person:2027-06-07"
    )
    for change in "${changes[@]}"; do
        flag=${change%%|*}
        value=${change#*|}
        started=$(date +%s.%N)
        ROTA_TRACE=1 "$rota" whatif "$scenario" "$work/p$people.json" "$flag" "$value" -o "$work/r.json" >/dev/null 2>"$work/err.txt"
        code=$?
        seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
        label="$people people, $flag $value"
        case $code in
        0)
            if grep -q '"status": "optimal"' "$work/r.json"; then outcome=proven; else outcome=stopped; fi
            "$rota" check "$scenario" "$work/r.json" >/dev/null 2>&1 || { outcome="$outcome, CHECK FAILED"; failed=1; }
            where=$(grep -o 'while [^;]*' "$work/err.txt" | head -1)
            echo "$label: $outcome in ${seconds}s ${where}"
            echo "$outcome $seconds" >>"$work/times"
            ;;
        1)
            echo "$label: infeasible in ${seconds}s: $(grep -v '^rotation\|^ownership\|^starting' "$work/err.txt" | sed -n 2p | sed 's/^ *- //' | cut -c1-100)"
            echo "infeasible $seconds" >>"$work/times"
            ;;
        *)
            failed=1
            echo "$label: exit $code: $(grep -v '^rotation\|^ownership\|^starting' "$work/err.txt" | head -1)"
            ;;
        esac
    done
done
awk '
    { count[$1]++ }
    $1 == "proven" { proven[++n] = $2 }
    END {
        # sort the proven times (few values: insertion sort)
        for (i = 2; i <= n; i++) { v = proven[i]; j = i - 1; while (j > 0 && proven[j] > v) { proven[j + 1] = proven[j]; j-- } proven[j + 1] = v }
        median = n ? (n % 2 ? proven[(n + 1) / 2] : (proven[n / 2] + proven[n / 2 + 1]) / 2) : 0
        p90 = n ? proven[int(0.9 * n + 0.999)] : 0
        printf "summary: %d what-ifs: %d proven (median %.2fs, p90 %.2fs, max %.2fs), %d stopped at the time limit, %d infeasible\n",
            NR, count["proven"], median, p90, (n ? proven[n] : 0), count["stopped"], count["infeasible"]
    }' "$work/times"
exit $failed
