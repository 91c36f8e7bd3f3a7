#!/usr/bin/env bash
# Times `limber history` as a whole process over a generated journal of $SESSIONS sessions
# (default 10,000): the median wall time and CPU time (user+sys, all threads) of $RUNS runs
# (default 7) for text, --csv and --json, plus an empty journal for the JVM's own start-up.
# Through the launcher target/limber (its JVM flags and class-data archive), as people run it,
# and through plain `java -jar target/limber.jar` for comparison. Target: text under 1 s wall.
# Usage: bench/history-bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS=${SESSIONS:-10000}
RUNS=${RUNS:-7}

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B package -DskipTests
fi
home=$(mktemp -d)
empty=$(mktemp -d)
trap 'rm -rf "$home" "$empty"' EXIT
java -cp target/classes:target/test-classes dev.limber.journal.GenerateJournal "$home/journal.jsonl" "$SESSIONS"
echo "journal: $SESSIONS sessions, $(du -h "$home/journal.jsonl" | cut -f1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# median and run (label, LIMBER_HOME, command...): the timing shared by the journal benches
source bench/timing.sh

for how in launcher java-jar; do
  if [[ $how == launcher ]]; then limber=(target/limber); else limber=(java -jar target/limber.jar); fi
  echo "$how: ${limber[*]}"
  run "history (empty)" "$empty" "${limber[@]}" history
  run "history" "$home" "${limber[@]}" history
  run "history --csv" "$home" "${limber[@]}" history --csv
  run "history --json" "$home" "${limber[@]}" history --json
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
