#!/usr/bin/env bash
# Renders a Rota HTML report to PNG with headless Chromium, so that CI (and people) can look at it.
#
#   scripts/render-report.sh [INPUT] [OUT.png]
#
# INPUT is an HTML report, or a schedule (JSON or CSV) that `rota report --format html` turns into
# one first; default Scenarios/seed-handmade.json. OUT defaults to out/report.png.
# Environment: ROTA (the rota binary; default .build/debug/rota, else .build/release/rota),
# CHROMIUM (default: chromium, chromium-browser or google-chrome, whichever exists),
# WIDTH/HEIGHT (window size; default 1400×2000), MIN_BYTES (smallest acceptable PNG; default 20000).
# Exits nonzero when the PNG is missing, not a PNG, or smaller than MIN_BYTES.
# scripts/check-report-layout.py checks the layout itself (4 to 100 people, several widths, print).
set -euo pipefail
cd "$(dirname "$0")/.."

input=${1:-Scenarios/seed-handmade.json}
out=${2:-out/report.png}
width=${WIDTH:-1400}
height=${HEIGHT:-2000}
min_bytes=${MIN_BYTES:-20000}

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
    done
fi
if [ -z "$browser" ]; then
    echo "render-report: no Chromium found (apt-get install -y chromium, or set CHROMIUM)" >&2
    exit 2
fi

mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$input" in
    *.html|*.htm)
        html=$input
        ;;
    *)
        rota=${ROTA:-}
        if [ -z "$rota" ]; then
            for candidate in .build/debug/rota .build/release/rota; do
                if [ -x "$candidate" ]; then rota=$candidate; break; fi
            done
        fi
        if [ -z "$rota" ]; then
            echo "render-report: no rota binary; run swift build first, or set ROTA" >&2
            exit 2
        fi
        html=$work/report.html
        "$rota" report "$input" --format html -o "$html"
        ;;
esac

rm -f "$out"
# --no-sandbox: CI runs as root; a fresh profile directory keeps runs independent.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --screenshot="$(realpath -m "$out")" --window-size="$width,$height" "file://$(realpath "$html")" \
    >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; echo "render-report: chromium failed" >&2; exit 1; }

if [ ! -f "$out" ]; then
    cat "$work/chromium.log" >&2
    echo "render-report: $out was not written" >&2
    exit 1
fi
if [ "$(head -c 8 "$out" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "render-report: $out is not a PNG" >&2
    exit 1
fi
size=$(wc -c <"$out")
if [ "$size" -lt "$min_bytes" ]; then
    echo "render-report: $out is only $size bytes (expected at least $min_bytes); the page probably did not render" >&2
    exit 1
fi
echo "render-report: wrote $out ($size bytes, ${width}x${height})"
