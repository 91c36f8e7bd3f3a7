#!/usr/bin/env bash
# What the full-screen player costs on a countdown (default 60 s) in an 80x24 tmux pane:
#   first frame   time from launch to the first frame on the terminal (script's timing log), and
#                 the CPU the JVM had used by then (on a busy machine the better guide)
#   cpu           utime+stime of the JVM while counting down, per minute (from the first frame
#                 to the end screen), and for the whole process including JVM start-up
#   bytes         written to the terminal per second while counting down (script's typescript)
#   memory        peak resident set (VmHWM)
# Targets (issue 4): first frame < 250 ms (< 120 ms with the CDS archive), < 0.2 CPU-s per
# minute, < 150 bytes/s, < 64 MB.
# Usage: bench/tui-efficiency.sh [seconds] [launcher]
#   launcher defaults to target/limber if it exists, else plain `java -jar target/limber.jar`.
#   Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
secs=${1:-60}
launcher=${2:-}
if [ -z "$launcher" ]; then
    if [ -x target/limber ]; then launcher="$root/target/limber"; else launcher="java -jar $root/target/limber.jar"; fi
fi
command -v tmux >/dev/null || { echo "bench: needs tmux" >&2; exit 2; }
work=$(mktemp -d)
sock="limber-bench-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
pid=""
# the JVM is ended by its id too: under `script` it can outlive the tmux server
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; tm kill-server 2>/dev/null; rm -rf "$work"' EXIT

cat > "$work/hold.conf" <<CONF
title = "Efficiency check"
prepare = 0s
rest = 0s
steps = [ { name = "Hold", time = ${secs}s, how = "Keep still and breathe." } ]
CONF
tm new-session -d -s bench -x 80 -y 24 -c "$work" \
    "env TERM=tmux-256color LANG=C.UTF-8 LIMBER_HOME='$work/home' bash --norc --noprofile"
tm send-keys -t bench "script -q -f -T timing -c \"$launcher run $work/hold.conf --mute --no-journal\" typescript" Enter

# Not looked for at once: on two cores, polling with pgrep and grep while the player starts takes
# CPU from the start being measured (the first frame's time comes from script's log regardless).
sleep 0.4
# the JVM running this run's routine (a JVM of an earlier run may still be winding down)
for _ in $(seq 1 200); do
    for p in $(pgrep -f "^[^ ]*java .*run $work/hold.conf" || true); do
        # the JVM, not a shell on its way to exec it
        if [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ]; then pid=$p; fi
    done
    [ -n "$pid" ] && break
    sleep 0.05
done
[ -n "$pid" ] || { echo "bench: the player did not start" >&2; exit 1; }
ticks() { awk '{ sub(/^.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "/proc/$pid/stat"; }

for _ in $(seq 1 200); do grep -q 'Hold' "$work/typescript" 2>/dev/null && break; sleep 0.05; done
c0=$(ticks); b0=$(stat -c %s "$work/typescript"); t0=$(date +%s.%N)
for _ in $(seq 1 $((secs * 10 + 200))); do grep -q 'Efficiency check — done' "$work/typescript" && break; sleep 0.1; done
c1=$(ticks) || { echo "bench: the player exited early; its pane:" >&2; tm capture-pane -p -t bench >&2; exit 1; }; t1=$(date +%s.%N)
# bytes up to the end screen (which is drawn in full, once)
b1=$(grep -abo 'Efficiency check — done' "$work/typescript" | head -1 | cut -d: -f1)
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
tm send-keys -t bench Enter
hz=$(getconf CLK_TCK)

# first frame: the timing log's chunk that holds the first "Hold", counted from script's start
header=$(head -1 "$work/typescript" | wc -c)
first=$(grep -abo 'Hold' "$work/typescript" | head -1 | cut -d: -f1)
first_ms=$(awk -v want=$((first - header)) '{ t += $1; n += $2; if (n > want) { printf "%.0f", t * 1000; exit } }' "$work/timing")

awk -v s="$t0" -v e="$t1" -v c0="$c0" -v c1="$c1" -v b0="$b0" -v b1="$b1" -v hz="$hz" -v hwm="$hwm" \
    -v ff="$first_ms" -v launcher="$launcher" 'BEGIN {
  d = e - s
  printf "launcher: %s\n", launcher
  printf "first frame: %s ms after launch (the JVM had used %.0f ms of CPU by then)\n", ff, c0 / hz * 1000
  printf "countdown: %.1f s; cpu %.2f CPU-s = %.3f CPU-s per minute; whole process %.2f CPU-s\n", d, (c1 - c0) / hz, (c1 - c0) / hz * 60 / d, c1 / hz
  printf "bytes to the terminal while counting down: %d = %.1f bytes/s\n", b1 - b0, (b1 - b0) / d
  printf "peak resident memory: %.1f MB\n", hwm / 1024
}'
