#!/usr/bin/env bash
# What the full-screen player costs on a countdown (default 60 s) in an 80x24 tmux pane:
#   first frame   time from launch to the first frame on the terminal (script's timing log), and
#                 the CPU the JVM had used by then (on a busy machine the better guide)
#   cpu           utime+stime of the JVM while counting down, per minute (from the first frame
#                 to the end screen), for each whole minute of a longer countdown, and for the
#                 whole process including JVM start-up
#   bytes         written to the terminal per second while counting down (script's typescript)
#   memory        peak resident set (VmHWM)
#   threads       with --threads: CPU ms and times scheduled per minute of each thread of the
#                 JVM, from /proc/PID/task/*/schedstat at the first frame and at the end, split into
#                 wake-ups (voluntary_ctxt_switches in its status: it slept and something woke it)
#                 and preemptions (nonvoluntary_ctxt_switches: it was running and lost the core)
#   tty-clock     when installed, the same harness runs `tty-clock -s` (a C clock redrawn every
#                 second) for as long, and the player's figures are printed as ratios to it
#   --paused      presses space at the first frame, so the figures are those of a paused countdown
#   --note        the step is a note (text that waits for Enter): nothing on screen changes
#   --summary     a 1 s countdown, then the figures are those of the end summary, shown for seconds
#   --picker      `limber` without a routine: the figures are those of the routine list
#   --question    the routine asks for pain first: the figures are those of the question box
#                 (the last four, like --paused, watch a screen that does not change for seconds)
#   --picture F   the step shows built-in figure F beside the countdown (issue 16)
#   --paced       the step is paced reps (up 2s, hold 1s, down 2s) instead of a countdown, so a
#                 moving figure (--picture ab-curl) animates
#   --size WxH    the pane's size (default 80x24)
#   --no-clock    skips the tty-clock run
# Goals (issue 18): < 0.08 CPU-s per minute on a 5-minute countdown, < 0.05 from minute 2 on,
# < 0.02 paused; peak memory < 42 MB on JDK 17.
# Usage: bench/tui-efficiency.sh [--threads] [--paused|--note|--summary|--picker|--question] [--picture F]
#                                [--paced] [--size WxH] [--no-clock] [seconds] [launcher]
#   launcher defaults to target/limber if it exists, else plain `java -jar target/limber.jar`.
#   Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
threads=false
# what is measured: countdown, or a screen that stays as it is (paused, note, summary, picker, question)
state=countdown
picture=""
paced=false
clock=true
cols=80
rows=24
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads=true; shift ;;
        --paused|--note|--summary|--picker|--question) state=${1#--}; shift ;;
        --picture) picture="picture = $2"; shift 2 ;;
        --paced) paced=true; shift ;;
        --no-clock) clock=false; shift ;;
        --size) cols=${2%x*}; rows=${2#*x}; shift 2 ;;
        *) break ;;
    esac
done
secs=${1:-60}
# a screen that stays as it is never ends by itself: it is watched for as long as a countdown would run
idle=false
[ "$state" != countdown ] && idle=true
paused=false
[ "$state" = paused ] && paused=true
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
hz=$(getconf CLK_TCK)

ticks() { awk '{ sub(/^.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
# one line per thread: tid name cpu-ns wait-ns times-scheduled wake-ups preemptions
schedstats() {
    for t in /proc/"$1"/task/*; do
        printf '%s %s %s %s\n' "${t##*/}" "$(tr ' ' '_' < "$t/comm")" "$(cat "$t/schedstat")" \
            "$(awk '/^voluntary_ctxt/ { v = $2 } /^nonvoluntary_ctxt/ { n = $2 } END { print v, n }' "$t/status")"
    done 2>/dev/null
}

# A countdown of $secs in the player, or $secs of a screen that stays as it is: sets first_ms c0 c1
# t0 t1 b0 b1 hwm and the per-minute list
run_player() {
    local work_of="time = ${secs}s" routine="$work/hold.conf" args="--mute --no-journal" check=""
    $paced && work_of="reps = $((secs / 5)), tempo { up = 2s, hold = 1s, down = 2s }"
    # what the first frame shows, and what shows that the screen to measure is up
    local first_text='Hold' ready='Hold'
    case $state in
        paused) ready='PAUSED|Paused' ;;
        note) work_of="" ;;
        summary) work_of="time = 1s"; ready='Efficiency check — (done|finished)' ;;
        picker) mkdir -p "$work/home/routines"; routine="$work/home/routines/hold.conf"; first_text='Efficiency'; ready=$first_text ;;
        # the pain question is asked only of a session the journal keeps
        question) check="pain-check = true"; args="--mute"; first_text='how much does it hurt'; ready=$first_text ;;
    esac
    cat > "$routine" <<CONF
title = "Efficiency check"
$check
prepare = 0s
rest = 0s
steps = [ { name = "Hold", ${work_of:+$work_of, }how = "Keep still and breathe." ${picture:+, $picture} } ]
CONF
    local command="$launcher run $routine $args"
    [ "$state" = picker ] && command="$launcher"
    tm new-session -d -s bench -x "$cols" -y "$rows" -c "$work" \
        "env TERM=tmux-256color LANG=C.UTF-8 LIMBER_HOME='$work/home' bash --norc --noprofile"
    tm send-keys -t bench "script -q -f -T timing -c \"$command\" typescript" Enter

    # Not looked for at once: on two cores, polling with pgrep and grep while the player starts takes
    # CPU from the start being measured (the first frame's time comes from script's log regardless).
    sleep 0.4
    # the JVM of this run: started in its folder (a JVM of an earlier run may still be winding down)
    for _ in $(seq 1 200); do
        for p in $(pgrep -x java || true); do
            if [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = "$work" ]; then pid=$p; fi
        done
        [ -n "$pid" ] && break
        sleep 0.05
    done
    [ -n "$pid" ] || { echo "bench: the player did not start" >&2; exit 1; }

    for _ in $(seq 1 200); do grep -q "$first_text" "$work/typescript" 2>/dev/null && break; sleep 0.05; done
    $paused && tm send-keys -t bench Space
    if $idle; then
        for _ in $(seq 1 100); do grep -qE "$ready" "$work/typescript" && break; sleep 0.05; done
        grep -qE "$ready" "$work/typescript" || { echo "bench: no $state screen; its pane:" >&2; tm capture-pane -p -t bench >&2; exit 1; }
        # the last frame of the change to it is out
        sleep 0.5
    fi
    c0=$(ticks "$pid"); b0=$(stat -c %s "$work/typescript"); t0=$(date +%s.%N)
    schedstats "$pid" > "$work/threads0"
    minutes=""
    local mark=$c0 next=60
    local limit=$((secs * 10 + 200)) elapsed=0
    for _ in $(seq 1 $limit); do
        if ! $idle && grep -qE 'Efficiency check — (done|finished)' "$work/typescript"; then break; fi
        if $idle && [ "$elapsed" -ge "$secs" ]; then break; fi
        sleep 0.1
        elapsed=$(awk -v s="$t0" -v n="$(date +%s.%N)" 'BEGIN { print int(n - s) }')
        if [ "$elapsed" -ge "$next" ]; then
            local c; c=$(ticks "$pid")
            minutes="$minutes $(awk -v a="$mark" -v b="$c" -v hz="$hz" 'BEGIN { printf "%.3f", (b - a) / hz }')"
            mark=$c; next=$((next + 60))
        fi
    done
    c1=$(ticks "$pid") || { echo "bench: the player exited early; its pane:" >&2; tm capture-pane -p -t bench >&2; exit 1; }
    t1=$(date +%s.%N)
    schedstats "$pid" > "$work/threads1"
    # bytes up to the end screen (which is drawn in full, once), or to now on a screen that stays
    if $idle; then
        b1=$(stat -c %s "$work/typescript")
    else
        b1=$(grep -abEo 'Efficiency check — (done|finished)' "$work/typescript" | head -1 | cut -d: -f1)
    fi
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    # a screen that stays is left as Ctrl-C would leave it; the end summary by Enter
    if $idle; then kill -TERM "$pid" 2>/dev/null || true; fi
    tm send-keys -t bench Enter

    # first frame: the timing log's chunk that holds the first text shown, counted from script's start
    local header first
    header=$(head -1 "$work/typescript" | wc -c)
    first=$(grep -abo "$first_text" "$work/typescript" | head -1 | cut -d: -f1)
    first_ms=$(awk -v want=$((first - header)) '{ t += $1; n += $2; if (n > want) { printf "%.0f", t * 1000; exit } }' "$work/timing")
    # let the player end before anything else is measured
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    pid=""
}

# tty-clock for the same time in the same harness: sets clock_cpu clock_bytes (per minute, per second)
run_clock() {
    tm new-session -d -s clock -x 80 -y 24 -c "$work" "env TERM=tmux-256color LANG=C.UTF-8 bash --norc --noprofile"
    tm send-keys -t clock "script -q -f -c 'tty-clock -s' clock.typescript" Enter
    local cp=""
    for _ in $(seq 1 100); do
        cp=$(pgrep -x tty-clock || true)
        [ -n "$cp" ] && break
        sleep 0.05
    done
    [ -n "$cp" ] || { echo "bench: tty-clock did not start" >&2; return 1; }
    cp=${cp%%$'\n'*}
    sleep 1
    # nanoseconds from schedstat: a C clock uses too little for the tick counters in stat
    local a s z e m
    a=$(cut -d' ' -f1 "/proc/$cp/schedstat"); m=$(stat -c %s "$work/clock.typescript"); s=$(date +%s.%N)
    sleep "$secs"
    z=$(cut -d' ' -f1 "/proc/$cp/schedstat"); e=$(date +%s.%N)
    clock_cpu=$(awk -v a="$a" -v z="$z" -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", (z - a) / 1e9 * 60 / (e - s) }')
    clock_bytes=$(awk -v m="$m" -v n="$(stat -c %s "$work/clock.typescript")" -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", (n - m) / (e - s) }')
    tm send-keys -t clock q
    sleep 0.3
}

run_player
awk -v s="$t0" -v e="$t1" -v c0="$c0" -v c1="$c1" -v b0="$b0" -v b1="$b1" -v hz="$hz" -v hwm="$hwm" \
    -v ff="$first_ms" -v launcher="$launcher" -v minutes="$minutes" -v state="$state" 'BEGIN {
  d = e - s
  printf "launcher: %s%s\n", launcher, (state == "countdown" ? "" : " (" state ")")
  printf "first frame: %s ms after launch (the JVM had used %.0f ms of CPU by then)\n", ff, c0 / hz * 1000
  printf "%s: %.1f s; cpu %.2f CPU-s = %.3f CPU-s per minute; whole process %.2f CPU-s\n", state, d, (c1 - c0) / hz, (c1 - c0) / hz * 60 / d, c1 / hz
  n = split(minutes, m, " ")
  if (n > 1) {
    line = "per minute:"
    for (i = 1; i <= n; i++) line = line sprintf(" %s", m[i])
    printf "%s CPU-s\n", line
  }
  printf "bytes to the terminal meanwhile: %d = %.1f bytes/s\n", b1 - b0, (b1 - b0) / d
  printf "peak resident memory: %.1f MB\n", hwm / 1024
}'

# the same CPU in nanoseconds, from the threads alive at the end (ticks are too coarse for an idle
# screen), and the JVM's wake-ups and preemptions
awk -v s="$t0" -v e="$t1" '
    FNR == NR { cpu[$1] = $3; vol[$1] = $6; inv[$1] = $7; next }
    { c += $3 - cpu[$1]; v += $6 - vol[$1]; n += $7 - inv[$1] }
    END { d = (e - s) / 60; printf "threads: %.4f CPU-s per minute; %.0f wake-ups and %.0f preemptions per minute\n", c / 1e9 / d, v / d, n / d }' \
    "$work/threads0" "$work/threads1"

if $threads; then
    echo "threads (per minute):            CPU ms  scheduled   wake-ups preemptions"
    awk -v s="$t0" -v e="$t1" '
        FNR == NR { cpu[$1] = $3; runs[$1] = $5; vol[$1] = $6; inv[$1] = $7; next }
        { d = (e - s) / 60; c = ($3 - cpu[$1]) / 1e6 / d; w = ($5 - runs[$1]) / d
          if (c >= 0.05 || w >= 0.5) printf "  %-24s %10.1f %10.0f %10.0f %10.0f\n", $2, c, w, ($6 - vol[$1]) / d, ($7 - inv[$1]) / d }' \
        "$work/threads0" "$work/threads1" | sort -k2 -nr
fi

if $clock && command -v tty-clock >/dev/null && ! $idle; then
    run_clock && awk -v c0="$c0" -v c1="$c1" -v s="$t0" -v e="$t1" -v hz="$hz" -v b0="$b0" -v b1="$b1" \
        -v cc="$clock_cpu" -v cb="$clock_bytes" 'BEGIN {
      d = e - s; cpu = (c1 - c0) / hz * 60 / d; bytes = (b1 - b0) / d
      printf "tty-clock: %.4f CPU-s per minute, %.1f bytes/s; limber is %.1fx its CPU, %.1fx its bytes\n", cc, cb, (cc > 0 ? cpu / cc : 0), (cb > 0 ? bytes / cb : 0)
    }'
fi
