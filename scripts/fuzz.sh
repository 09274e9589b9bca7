#!/usr/bin/env bash
# Fuzzes every reader (scenario YAML/JSON, schedule JSON, CSV; iCalendar schedules, holiday feeds
# and leave calendars; paging tools' responses) with libFuzzer and AddressSanitizer, each for a
# bounded time, starting from the seed corpora in Fuzz/corpus/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 30)
#
# Crashes are written to out/fuzz/<target>/ and make the script exit nonzero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
export ROTA_FUZZ=1
swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
    --product FuzzScenario 2>&1 | tail -1
for target in FuzzScheduleJSON FuzzScheduleCSV FuzzICalendar FuzzPaging; do
    swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
        --product "$target" 2>&1 | tail -1
done
status=0
for target in FuzzScenario FuzzScheduleJSON FuzzScheduleCSV FuzzICalendar FuzzPaging; do
    corpus=Fuzz/corpus/${target#Fuzz}
    work=out/fuzz/$target
    mkdir -p "$work/corpus"
    cp -n "$corpus"/* "$work/corpus/" 2>/dev/null || true
    echo "=== $target for ${seconds}s"
    if ! .build-fuzz/debug/"$target" "$work/corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -timeout=10 -artifact_prefix="$work/" -print_final_stats=1 2>"$work/log.txt"; then
        echo "$target: crash or leak found; see $work/" >&2
        tail -30 "$work/log.txt" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$work/log.txt" | tail -2
done
exit $status
