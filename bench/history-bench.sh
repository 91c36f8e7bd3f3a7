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

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() { # label, LIMBER_HOME, command and args...
  local label=$1 dir=$2
  shift 2
  local walls=() cpus=()
  for ((i = 0; i < RUNS; i++)); do
    local t0 t1 before after
    before=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
    t0=$(date +%s%N)
    LIMBER_HOME="$dir" "$@" >/dev/null
    t1=$(date +%s%N)
    after=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
    walls+=($(((t1 - t0) / 1000000)))
    cpus+=($(((after - before) * 1000 / $(getconf CLK_TCK))))
  done
  printf '  %-20s wall median %5d ms   cpu median %5d ms   (wall: %s)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" "${walls[*]}"
}

for how in launcher java-jar; do
  if [[ $how == launcher ]]; then limber=(target/limber); else limber=(java -jar target/limber.jar); fi
  echo "$how: ${limber[*]}"
  run "history (empty)" "$empty" "${limber[@]}" history
  run "history" "$home" "${limber[@]}" history
  run "history --csv" "$home" "${limber[@]}" history --csv
  run "history --json" "$home" "${limber[@]}" history --json
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
