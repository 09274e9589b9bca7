#!/usr/bin/env bash
# Before and after: every plan, check, report, export, what-if, model and error message of two
# builds, compared byte for byte (the outputs are listed in scripts/outputs.sh).
#
#   scripts/compare-outputs.sh REV       REV's build against the working tree's
#   scripts/compare-outputs.sh A B       two rota binaries
#
# REV is built in a worktree under .build-compare/ (release, reused between runs). Both builds plan
# the same generated scenarios (written by the first). Exits 0 when every output is identical, 1
# with the list of files that differ (and the first lines of each difference) otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 2 ]; then
    before=$1 after=$2
else
    rev=${1:?usage: scripts/compare-outputs.sh REV | BEFORE AFTER}
    tree=.build-compare/$(git rev-parse --short "$rev")
    if [ ! -d "$tree" ]; then
        git worktree add --detach "$tree" "$rev" >/dev/null || exit 2
    fi
    (cd "$tree" && swift build -c release --product rota >/dev/null) || { echo "compare-outputs: $rev does not build" >&2; exit 2; }
    swift build -c release --product rota >/dev/null || { echo "compare-outputs: the working tree does not build" >&2; exit 2; }
    before=$tree/.build/release/rota after=.build/release/rota
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/outputs.sh "$before" "$work/before" "$work/generated" >/dev/null
scripts/outputs.sh "$after" "$work/after" "$work/generated" >/dev/null
count=$(ls "$work/before" | wc -l)
if diff -rq "$work/before" "$work/after" >"$work/differ"; then
    echo "compare-outputs: all $count outputs identical"
    exit 0
fi
echo "compare-outputs: $(wc -l <"$work/differ") of $count outputs differ"
while read -r line; do
    echo "  $line"
done <"$work/differ"
diff -r "$work/before" "$work/after" | head -60
exit 1
