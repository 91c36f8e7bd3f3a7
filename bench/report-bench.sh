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

run "report (empty)" "$empty" target/limber report -o "$out/empty.html"
run "report" "$home" target/limber report -o "$out/report.html"
echo "report: $(du -h "$out/report.html" | cut -f1)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
