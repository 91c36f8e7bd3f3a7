#!/usr/bin/env bash
# Times `limber list` and `limber show` as whole processes over generated journals of each size in
# $SIZES (default 10,000 and 100,000 sessions), with a routine whose step progresses, so both read
# the journal for its progression: the median wall time and CPU time (user+sys, all threads) of
# $RUNS runs (default 5). "first" runs after the journal index is deleted (a full read of the
# journal, which writes the index again); the others find the index in step with the journal.
# An empty journal gives the JVM's own start-up. Through the launcher target/limber.
# Usage: bench/list-bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
RUNS=${RUNS:-5}

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B package -DskipTests
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/routines"
# Matches the first step of the generated plank-ladder sessions: two sides, two sets.
cat >"$home/routines/plank-ladder.conf" <<'CONF'
title = "Plank ladder"
steps = [
  { name = "Step 0, held", time = 30s, sides = [left, right], sets = 2, progress { add = 1s, max = 10m } }
]
CONF

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() { # label, before-each (a command or :), command and args...
  local label=$1 before=$2
  shift 2
  local walls=() cpus=()
  for ((i = 0; i < RUNS; i++)); do
    local t0 t1 b a
    $before
    b=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
    t0=$(date +%s%N)
    LIMBER_HOME="$home" "$@" >/dev/null
    t1=$(date +%s%N)
    a=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
    walls+=($(((t1 - t0) / 1000000)))
    cpus+=($(((a - b) * 1000 / $(getconf CLK_TCK))))
  done
  printf '  %-24s wall median %5d ms   cpu median %5d ms   (wall: %s)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" "${walls[*]}"
}
drop_index() { rm -f "$home"/journal.jsonl.index; }

echo "$(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$home/journal.jsonl"
run "list (empty journal)" : target/limber list
for n in $SIZES; do
  java -cp target/classes:target/test-classes dev.limber.journal.GenerateJournal "$home/journal.jsonl" "$n"
  drop_index
  echo "journal: $n sessions, $(du -h "$home/journal.jsonl" | cut -f1)"
  LIMBER_HOME="$home" target/limber show plank-ladder | grep -m1 'Step 0' || true
  run "list, first" drop_index target/limber list
  run "list" : target/limber list
  run "show" : target/limber show plank-ladder
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
