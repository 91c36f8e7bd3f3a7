#!/usr/bin/env bash
# Times `limber history` as a whole process over a generated journal of $SESSIONS sessions
# (default 10,000): the median wall time of $RUNS runs (default 7) for text, --csv and --json.
# Target: under 1 s. Usage: bench/history-bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS=${SESSIONS:-10000}
RUNS=${RUNS:-7}

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B package -DskipTests
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
java -cp target/classes:target/test-classes dev.limber.journal.GenerateJournal "$home/journal.jsonl" "$SESSIONS"
echo "journal: $SESSIONS sessions, $(du -h "$home/journal.jsonl" | cut -f1)"

cmd=(java -jar target/limber.jar history)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for fmt in "" --csv --json; do
  times=()
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N)
    LIMBER_HOME="$home" "${cmd[@]}" $fmt >/dev/null
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
  done
  printf 'history %-7s median %5d ms  (runs: %s)\n' "${fmt:-(text)}" \
    "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
done
