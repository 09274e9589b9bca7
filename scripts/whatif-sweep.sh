#!/usr/bin/env bash
# What-if on many generated teams: for each seed, `rota generate` a team (8–32 people, 26–78
# weeks, 1–2 roles, 10–12 % away), plan it, then repair the plan for its first person leaving on
# 2027-03-15 and its second away 2027-03-15..29; the repair is checked with `rota check`.
# Prints one line per team and a summary; exits 1 if a repair fails its check or exits 2.
#
#   scripts/whatif-sweep.sh          seeds 1–24, 90 s limit per what-if
#   scripts/whatif-sweep.sh 40 30    seeds 1–40, 30 s limit
#
# Needs a release build (`swift build -c release --product rota`).
set -uo pipefail
cd "$(dirname "$0")/.."
rota=.build/release/rota
[ -x "$rota" ] || { echo "whatif-sweep: no release build; run swift build -c release --product rota" >&2; exit 2; }
seeds=${1:-24}
limit=${2:-90}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 optimal=0 feasible=0 infeasible=0 slowest=0
for seed in $(seq 1 "$seeds"); do
    people=$((8 + seed % 5 * 6)); weeks=$((26 + seed % 3 * 26)); roles=$((1 + seed % 2))
    pipelines=$((people + seed % 4 * people / 2))
    scenario="$work/s$seed.yaml"
    "$rota" generate --people $people --weeks $weeks --roles $roles --pipelines $pipelines \
        --away-rate 0.1$((seed % 3)) --seed "$seed" -o "$scenario" || { failed=1; continue; }
    "$rota" plan "$scenario" -o "$work/p$seed.json" 2>/dev/null || { echo "seed $seed: plan failed"; failed=1; continue; }
    first=$(grep -m1 '^  - name:' "$scenario" | sed 's/.*name: //')
    second=$(grep '^  - name:' "$scenario" | sed -n 2p | sed 's/.*name: //')
    started=$(date +%s.%N)
    "$rota" whatif "$scenario" "$work/p$seed.json" --leaves "$first:2027-03-15" --away "$second:2027-03-15..2027-03-29" \
        --time-limit "$limit" -o "$work/r$seed.json" >/dev/null 2>"$work/err.txt"
    code=$?
    seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    slowest=$(awk -v a="$slowest" -v b="$seconds" 'BEGIN { print (b > a ? b : a) }')
    shape="${people}p ${weeks}w ${roles}r ${pipelines}pl"
    case $code in
    0)
        status=$(sed -n 's/.*"status": "\([a-z]*\)".*/\1/p' "$work/r$seed.json" | head -1)
        if [ "$status" = optimal ]; then optimal=$((optimal + 1)); else feasible=$((feasible + 1)); fi
        if "$rota" check "$scenario" "$work/r$seed.json" >/dev/null 2>&1; then verdict=PASS; else verdict=FAIL; failed=1; fi
        echo "seed $seed ($shape): $status in ${seconds}s, check $verdict, $(grep -o '[0-9]* assignments change' "$work/err.txt")"
        ;;
    1)
        infeasible=$((infeasible + 1))
        echo "seed $seed ($shape): no plan in ${seconds}s: $(sed -n 2p "$work/err.txt" | sed 's/^ *- //' | cut -c1-110)"
        ;;
    *)
        failed=1
        echo "seed $seed ($shape): exit $code: $(head -1 "$work/err.txt")"
        ;;
    esac
done
echo "summary: $optimal optimal, $feasible stopped early, $infeasible with no plan (reasons above); slowest ${slowest}s"
exit $failed
