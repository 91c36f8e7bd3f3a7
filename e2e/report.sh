#!/usr/bin/env bash
# End-to-end check of `limber report` in a real browser: a month of synthetic journal (made from
# the built-in routines' plans by dev.limber.report.MonthJournal) becomes a report, which headless
# Chromium renders to PNG and prints to PDF. Fails when the page refers to anything outside
# itself, when Chromium logs a console message or a network request (its NetLog is kept, and a
# proxy pointing nowhere stands in for the network), or when the PDF has more than MAX_PAGES pages.
# Usage: e2e/report.sh [--picture FILE]   (after `mvn -B package`, which also builds the test
# classes; needs chromium-headless-shell or chromium). --picture copies the top of the rendered
# page to FILE (the README's picture is made this way: e2e/report.sh --picture docs/report.png).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
MAX_PAGES=${MAX_PAGES:-5}
picture=""
if [ "${1:-}" = "--picture" ]; then picture=$2; fi
jar="$root/target/limber.jar"
[ -f "$jar" ] && [ -d "$root/target/test-classes" ] || { echo "e2e: build first: mvn -B package" >&2; exit 2; }
browser=""
for b in chromium-headless-shell chromium chromium-browser; do
    if command -v "$b" >/dev/null; then browser=$b; break; fi
done
[ -n "$browser" ] || { echo "e2e: no headless Chromium: apt-get install chromium-headless-shell" >&2; exit 2; }
if [ -x "$root/target/limber" ]; then limber=("$root/target/limber"); else limber=(java -jar "$jar"); fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
pass() { echo "ok   $1"; }

export TZ=Europe/Berlin LIMBER_HOME="$work/home"
mkdir -p "$LIMBER_HOME"
java -cp "$root/target/test-classes:$jar" dev.limber.report.MonthJournal "$LIMBER_HOME/journal.jsonl" 2026-11-30 \
    || { echo "e2e: could not make the journal" >&2; exit 1; }
out=$(cd "$work" && "${limber[@]}" report --since 2026-11-01 --until 2026-11-30 2>"$work/report.err")
page="$work/$out"
if [ -s "$page" ] && [ ! -s "$work/report.err" ]; then pass "report written: $out"; else
    fail "report: printed '$out', stderr: $(cat "$work/report.err")"; fi

# Nothing the page could load: no address, no source, no stylesheet or script.
if grep -Eio 'https?:|//[a-z0-9.-]+\.[a-z]{2,}|src=|url\(|@import|<link|<script|<iframe|<object|<embed' "$page" \
        | sort -u | head -5 | grep .; then
    fail "the page refers to something outside itself (above)"
else pass "the page is self-contained"; fi

# Headless Chromium: its own sandbox needs namespaces a root container may not have.
render() { # extra args...
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --proxy-server=127.0.0.1:9 --enable-logging=stderr --v=0 "$@" "file://$page" 2>>"$work/chromium.log"
}
render --log-net-log="$work/net-png.json" --window-size=800,1175 --screenshot="$work/report.png" >/dev/null
render --log-net-log="$work/net-pdf.json" --no-pdf-header-footer --print-to-pdf="$work/report.pdf" >/dev/null
for f in report.png report.pdf; do
    if [ -s "$work/$f" ]; then pass "Chromium made $f"; else fail "Chromium made no $f; its log:"; tail -20 "$work/chromium.log"; fi
done
if grep -F "CONSOLE" "$work/chromium.log"; then fail "console messages (above)"; else pass "no console messages"; fi
requests=$(cat "$work"/net-*.json 2>/dev/null | grep -Eo '"url":"[a-z-]+:[^"]*"' | grep -v '"url":"file:' | sort -u)
if [ -n "$requests" ]; then fail "network requests: $requests"; else pass "no network requests"; fi

pages=$(grep -aoE '/Type */Page\b' "$work/report.pdf" 2>/dev/null | wc -l)
if [ "$pages" -ge 1 ] && [ "$pages" -le "$MAX_PAGES" ]; then pass "PDF of a month: $pages pages (at most $MAX_PAGES)"
else fail "PDF of a month: $pages pages, expected 1 to $MAX_PAGES"; fi

if [ -n "$picture" ] && [ -s "$work/report.png" ]; then
    cp "$work/report.png" "$picture" && echo "picture: $picture"
fi
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$page" "$work/report.png" "$work/report.pdf" "$KEEP/"; fi
echo "e2e report: $failures failed"
[ "$failures" -eq 0 ]
