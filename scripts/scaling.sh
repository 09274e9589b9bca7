#!/usr/bin/env bash
# How `rota plan` time and memory grow with people and weeks, on generated scenarios
# (`rota generate`, 2 roles, two pipelines per person, 8% away, seed 1), as a Markdown table.
#
#   scripts/scaling.sh                 the default series (a few minutes)
#   scripts/scaling.sh 50x52 100x104   chosen sizes, PEOPLExWEEKS
#
# Each size is planned once with the release build and a 120 s limit; wall time and peak memory
# are the whole process (/usr/bin/time), per-part times come from ROTA_TRACE. Needs a release
# build (`swift build -c release --product rota`). Run it on a quiet machine: numbers from a
# machine with a build running on the other core are up to 5× slower.
set -euo pipefail
cd "$(dirname "$0")/.."
rota=.build/release/rota
[ -x "$rota" ] || { echo "scaling: no release build; run swift build -c release --product rota" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scaling: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25x52 50x52 100x52 50x26 50x104 100x104)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| people × weeks | pipelines | status | rotation s | ownership s | total s | peak MB | ms per person-week |"
echo "|---|---|---|---|---|---|---|---|"
for size in "${sizes[@]}"; do
    people=${size%x*}
    weeks=${size#*x}
    pipelines=$((people * 2))
    scenario="$work/$size.yaml"
    "$rota" generate --people "$people" --weeks "$weeks" --roles 2 --pipelines "$pipelines" \
        --away-rate 0.08 --seed 1 -o "$scenario"
    set +e
    ROTA_TRACE=1 /usr/bin/time -f "TIME %e %M" "$rota" plan "$scenario" --format json --time-limit 120 \
        -o "$work/plan.json" 2> "$work/trace.txt"
    code=$?
    set -e
    read -r total kilobytes < <(awk '/^TIME/ { print $2, $3 }' "$work/trace.txt")
    part() { # the seconds of every level of a part, summed, plus its first plan
        awk -v part="$1" '$1 == part":" {
            n = split($0, fields, /[;]/); sum = 0
            for (i = 1; i <= n; i++) if (match(fields[i], / [0-9.]+s$/)) sum += substr(fields[i], RSTART + 1, RLENGTH - 2)
            printf "%.2f", sum }' "$work/trace.txt"
    }
    if [ $code -eq 0 ]; then
        status=$(sed -n 's/.*"status": "\([a-z]*\)".*/\1/p' "$work/plan.json" | head -1)
    else
        status="exit $code"
    fi
    perweek=$(awk -v t="$total" -v p="$people" -v w="$weeks" 'BEGIN { printf "%.2f", t * 1000 / (p * w) }')
    echo "| $people × $weeks | $pipelines | $status | $(part rotation) | $(part ownership) | $total | $((kilobytes / 1024)) | $perweek |"
done
