#!/usr/bin/env bash
# Benchmarks in CI: a short subset of Benchmarks/RotaBenchmarks (the seed team and the 20-person
# generated team: generate, read, formulate, export-mps, plan) compared with the committed
# baseline Benchmarks/Baselines/ci/results.json, using the thresholds in the suite (generous for
# time on a shared 2-core machine, tight for allocations, model size, plan status and fairness).
#
#   scripts/bench-ci.sh            run and compare; exit 1 on a regression, 0 otherwise
#   scripts/bench-ci.sh --update   run and store the result as the new committed baseline
#
# Takes about a minute after the release build of the suite (about two minutes from clean).
# Benchmarks/README.md explains the suite, the thresholds and how to read a failure.
set -uo pipefail
cd "$(dirname "$0")/.."

filter='.*/(seed|20p-52w-1r-20pl)$'
committed=Benchmarks/Baselines/ci/results.json
# The benchmark plugin keeps baselines in .benchmarkBaselines/<target>/<name>/ at the package
# root; the committed copy is put there for the run and removed afterwards.
store=.benchmarkBaselines/RotaBenchmarks/ci
cleanup() { rm -rf "$store"; rmdir .benchmarkBaselines/RotaBenchmarks .benchmarkBaselines 2>/dev/null || true; }
trap cleanup EXIT

started=$(date +%s)
if [ "${1:-}" = "--update" ]; then
    swift package --allow-writing-to-package-directory benchmark baseline update ci \
        --target RotaBenchmarks --filter "$filter" --no-progress || exit 2
    mkdir -p "$(dirname "$committed")"
    cp "$store/results.json" "$committed"
    echo "bench-ci: baseline updated in $committed ($(( $(date +%s) - started ))s)"
    exit 0
fi

if [ ! -f "$committed" ]; then
    echo "bench-ci: no baseline at $committed; make one with scripts/bench-ci.sh --update" >&2
    exit 2
fi
mkdir -p "$store"
cp "$committed" "$store/results.json"

# `baseline check` runs the benchmarks and compares them with the stored baseline. Through
# `swift package` every outcome other than "equal" exits 1, so the verdict is read from the
# plugin's error: benchmarkThresholdRegression or benchmarkThresholdImprovement.
log=$(mktemp)
swift package benchmark baseline check ci --target RotaBenchmarks --filter "$filter" --no-progress 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
elapsed=$(( $(date +%s) - started ))
if [ "$code" -eq 0 ]; then
    verdict=equal
elif grep -q "benchmarkThresholdRegression" "$log"; then
    verdict=regression
elif grep -q "benchmarkThresholdImprovement" "$log"; then
    verdict=improvement
else
    verdict=failed
fi
rm -f "$log"
case $verdict in
    equal) echo "bench-ci: within the baseline's thresholds (${elapsed}s)" ;;
    improvement) echo "bench-ci: improvements only (${elapsed}s); consider scripts/bench-ci.sh --update" ;;
    regression) echo "bench-ci: REGRESSION against $committed (${elapsed}s); see the table above" >&2; exit 1 ;;
    *) echo "bench-ci: the benchmark run failed (exit $code)" >&2; exit 2 ;;
esac
exit 0
