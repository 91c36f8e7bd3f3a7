#!/usr/bin/env bash
# Drift and CPU of the plain player on a one-step countdown at real speed (default 60 s).
# Prints: the time from the step's start line to its end line (target: within 20 ms of 60 s);
# the CPU the JVM used while counting down, read from /proc/PID/stat at those two lines (target:
# under 0.2 CPU-s per minute of countdown); and the whole process's CPU including JVM start-up.
# Usage: bench/plain-drift.sh [seconds] [extra java flags...]   (run `mvn -q package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/hold.conf" <<CONF
title = "Drift check"
prepare = 0s
rest = 0s
steps = [ { name = "Hold", time = ${secs}s } ]
CONF
mkfifo "$tmp/fifo"
LIMBER_HOME="$tmp/home" java "$@" -jar target/limber.jar run "$tmp/hold.conf" --plain --no-journal --mute \
  </dev/null >"$tmp/fifo" &
pid=$!
# Timestamp each line as it arrives, with the JVM's CPU ticks (utime+stime) at that moment.
perl -MTime::HiRes=time -ne '
  BEGIN { $|=1 }
  my $t = time;
  my @s = (0) x 13;
  if (open(my $f, "<", "/proc/'"$pid"'/stat")) { my $l = <$f>; $l =~ s/^.*\) //; @s = split / /, $l; }
  printf "%.4f %d %s", $t, $s[11] + $s[12], $_' < "$tmp/fifo" > "$tmp/lines"
wait "$pid"
ticks=$(getconf CLK_TCK)
read -r s0 c0 <<<"$(awk '/\[1\/1\] Hold/ {print $1, $2; exit}' "$tmp/lines")"
read -r s1 c1 <<<"$(awk '/Finished:/ {print $1, $2; exit}' "$tmp/lines")"
total=$(awk '{print $2}' "$tmp/lines" | tail -1)
awk -v s="$s0" -v e="$s1" -v n="$secs" -v c0="$c0" -v c1="$c1" -v hz="$ticks" -v tot="$total" 'BEGIN {
  printf "countdown %d s: start line -> end line %.4f s, error %+.1f ms\n", n, e - s, (e - s - n) * 1000
  cd = (c1 - c0) / hz
  printf "cpu while counting down: %.2f CPU-s (%.3f per minute)\n", cd, cd * 60 / n
  printf "cpu of the whole process up to the end line (JVM start-up included): %.2f CPU-s\n", tot / hz
}'
