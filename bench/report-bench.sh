#!/usr/bin/env bash
# Times `limber report` as a whole process over a generated journal of $SESSIONS sessions
# (default 10,000, made by dev.limber.journal.GenerateJournal as for history-bench.sh): the median
# wall time and CPU time (user+sys, all threads) of $RUNS runs (default 7), and an empty journal
# for the JVM's own start-up. Target: under 1 s wall for 10,000 sessions.
# Usage: bench/report-bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS=${SESSIONS:-10000}
RUNS=${RUNS:-7}

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B package -DskipTests
fi
home=$(mktemp -d)
empty=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$home" "$empty" "$out"' EXIT
java -cp target/classes:target/test-classes dev.limber.journal.GenerateJournal "$home/journal.jsonl" "$SESSIONS"
echo "journal: $SESSIONS sessions, $(du -h "$home/journal.jsonl" | cut -f1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# median and run (label, LIMBER_HOME, command...): the timing shared by the journal benches
source bench/timing.sh

run "report (empty)" "$empty" target/limber report -o "$out/empty.html"
run "report" "$home" target/limber report -o "$out/report.html"
echo "report: $(du -h "$out/report.html" | cut -f1)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
