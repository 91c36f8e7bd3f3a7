#!/usr/bin/env bash
# End-to-end tests of the full-screen player, driven through tmux the way a person would use it:
# start the real program in a detached session of a known size, send keys, poll capture-pane
# until the expected text appears or a timeout passes. After every exit the terminal must be as
# it was: `stty -g` unchanged, off the alternate screen, cursor visible. A failing check prints
# the pane. Usage: e2e/tui.sh   (after `mvn -q -B package -DskipTests`; needs tmux)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jar="$root/target/limber.jar"
[ -f "$jar" ] || { echo "e2e: build first: mvn -q -B package -DskipTests" >&2; exit 2; }
command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 2; }
# the launcher as a person runs it (flags, class-data archive), or the bare jar
if [ -x "$root/target/limber" ]; then limber="$root/target/limber"; else limber="java -jar '$jar'"; fi

work=$(mktemp -d)
sock="limber-e2e-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/routines" "$work/home"
cat > "$work/routines/e2e.conf" <<'CONF'
title = "E2E check"
prepare = 0s
rest = 0s
switch = 0s
steps = [
  { name = "Hold steady", time = 40s, how = "Breathe slowly and keep still." }
  { name = "Second hold", time = 40s }
  { name = "Last hold", time = 40s }
]
CONF
cat > "$work/routines/paced.conf" <<'CONF'
title = "Paced check"
prepare = 0s
rest = 0s
steps = [
  { name = "Slow curls", reps = 10, tempo { up = 2s, hold = 2s, down = 3s } }
  { name = "After curls", time = 40s }
]
CONF
cat > "$work/routines/pain.conf" <<'CONF'
title = "Pain check"
pain-check = true
prepare = 0s
steps = [ { name = "Gentle hold", time = 40s } ]
CONF
cat > "$work/routines/unicode.conf" <<'CONF'
title = "Утренняя разминка 早操"
prepare = 0s
rest = 0s
steps = [
  { name = "Растяжка 股四头肌", time = 40s, how = "Медленно тянитесь. 慢慢地伸展大腿前侧。", sides = [left, right] }
]
CONF

# A session that lives for the whole run, so the server does not exit between scenarios.
tm new-session -d -s keeper -x 20 -y 5 "sleep 100000"
failures=0
passes=0
session=0
pane=""

# Starts "limber ARGS" in a fresh session of WxH, recording stty -g before and after.
start() {
    local w=$1 h=$2
    shift 2
    session=$((session + 1))
    pane="s$session"
    # Each scenario has its own home: a session quit in one would otherwise be offered for resuming in the next.
    mkdir -p "$work/home.$pane"
    tm new-session -d -s "$pane" -x "$w" -y "$h" -c "$work" \
        "env -i PATH=\"$PATH\" HOME=\"$work/home.$pane\" LIMBER_HOME=\"$work/home.$pane\" TERM=tmux-256color LANG=C.UTF-8 bash --norc --noprofile"
    tm set-option -t "$pane" -g remain-on-exit on >/dev/null
    tm send-keys -t "$pane" "stty -g > before.$pane; $limber $*; echo \"EXIT=\$?\"; stty -g > after.$pane; echo DONE" Enter
}

capture() { tm capture-pane -p -t "$pane"; }

# The JVM playing in pane $1 of this run, found among the pane's own processes: pgrep over the
# whole machine would find another suite's player when two run at once, and signal it.
player_pid() {
    local queue next p
    queue=$(tm display -p -t "$1" '#{pane_pid}')
    while [ -n "$queue" ]; do
        next=""
        for p in $queue; do
            if [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ]; then echo "$p"; return; fi
            next="$next $(pgrep -P "$p" | tr '\n' ' ')"
        done
        queue=$(echo $next)
    done
}

fail() {
    echo "FAIL [$pane] $1"
    echo "----- pane -----"
    capture
    echo "----------------"
    failures=$((failures + 1))
}

pass() {
    echo "ok   [$pane] $1"
    passes=$((passes + 1))
}

# wait_for REGEX [SECONDS]: polls the pane until it matches.
wait_for() {
    local re=$1 limit=${2:-10} t=0
    while [ "$t" -lt $((limit * 10)) ]; do
        capture | grep -qE -- "$re" && return 0
        sleep 0.1
        t=$((t + 1))
    done
    return 1
}

# wait_for_true COMMAND [SECONDS] / wait_for_false COMMAND [SECONDS]: polls until the command succeeds (fails).
wait_for_true() {
    local t=0
    while [ "$t" -lt $((${2:-10} * 10)) ]; do
        "$1" && return 0
        sleep 0.1
        t=$((t + 1))
    done
    return 1
}
wait_for_false() {
    local t=0
    while [ "$t" -lt $((${2:-10} * 10)) ]; do
        "$1" || return 0
        sleep 0.1
        t=$((t + 1))
    done
    return 1
}

# wait_gone REGEX [SECONDS]
wait_gone() {
    local re=$1 limit=${2:-10} t=0
    while [ "$t" -lt $((limit * 10)) ]; do
        capture | grep -qE -- "$re" || return 0
        sleep 0.1
        t=$((t + 1))
    done
    return 1
}

check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

digits() { capture | grep '██' ; }

# After the program exits: the terminal is as it was.
check_restored() {
    if ! wait_for '^DONE' 20; then
        fail "the program did not exit"
        return
    fi
    if cmp -s "$work/before.$pane" "$work/after.$pane"; then pass "stty -g is as before"; else fail "stty -g changed: $(cat "$work/before.$pane") -> $(cat "$work/after.$pane")"; fi
    local alt cursor
    alt=$(tm display -p -t "$pane" '#{alternate_on}')
    cursor=$(tm display -p -t "$pane" '#{cursor_flag}')
    if [ "$alt" = 0 ]; then pass "off the alternate screen"; else fail "still on the alternate screen"; fi
    if [ "$cursor" = 1 ]; then pass "cursor visible"; else fail "cursor hidden"; fi
    tm kill-session -t "$pane"
}

echo "== the launcher's JVM flags"
if [ -x "$root/target/limber" ]; then
    # a collector of the person's own wins over the launcher's (two would stop the JVM)
    if LIMBER_JAVA_OPTS=-XX:+UseSerialGC "$root/target/limber" --version >/dev/null 2>&1; then
        pass "a collector in LIMBER_JAVA_OPTS starts"
    else
        echo "FAIL LIMBER_JAVA_OPTS=-XX:+UseSerialGC: the JVM did not start"
        failures=$((failures + 1))
    fi
fi

echo "== the launcher's class-data archives"
launcher_check() { # launcher_check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
maps_archive() { # maps_archive [VAR=VALUE...]: the JVM the launcher starts maps a dynamic archive
    env "$@" LIMBER_JAVA_OPTS=-Xlog:cds "$root/target/limber" --version 2>&1 | grep -q 'Mapped dynamic region'
}
# the build's archive serves the JDK that made it, which needs no cache of its own
if [ -x "$root/target/limber" ] && [ -f "$root/target/limber.jsa" ]; then
    launcher_check "the building JDK maps the build's archive" maps_archive XDG_CACHE_HOME="$work/cache17"
    launcher_check "and makes none in the cache folder" test ! -e "$work/cache17/limber"
fi
# `limber run` maps the player's own, smaller archive instead of the JDK's with limber.jsa on it
if [ -x "$root/target/limber" ] && [ -f "$root/target/limber-run.jsa" ]; then
    launcher_check "limber run maps the player's archive" sh -c "LIMBER_JAVA_OPTS=-XX:+PrintSharedArchiveAndExit \
        '$root/target/limber' run e2e 2>&1 | grep -Eq '^Static archive name: .*/limber-run\.jsa\$'"
fi
# G1's service thread otherwise wakes every second to see whether a periodic collection is due
if [ -x "$root/target/limber" ]; then
    launcher_check "G1's periodic-collection check is not every second" \
        sh -c "LIMBER_JAVA_OPTS=-XX:+PrintFlagsFinal '$root/target/limber' --version | grep -Eq 'G1PeriodicGCInterval += [1-9]'"
fi
# With one compiler thread there is none to add: the JVM need not recount them (and read the
# cgroup's memory files) after every compilation
if [ -x "$root/target/limber" ]; then
    launcher_check "the compiler threads are not recounted after each compilation" \
        sh -c "LIMBER_JAVA_OPTS=-XX:+PrintFlagsFinal '$root/target/limber' --version | grep -Eq 'UseDynamicNumberOfCompilerThreads += false'"
fi
# The player's compile options are the launcher's business: none of them reaches the person's
# screen; and a command that does not play (check) goes without them, its own compilations first
if [ -x "$root/target/limber" ]; then
    launcher_check "limber run's compile options print nothing" \
        sh -c "'$root/target/limber' run --help 2>&1 | { read -r line && [ \"\${line%% *}\" = Usage: ]; }"
    launcher_check "limber check runs without them" \
        sh -c "LIMBER_JAVA_OPTS=-XX:+PrintCommandLineFlags '$root/target/limber' check routines 2>&1 | { ! grep -q CompileThresholdScaling; }"
fi
# A closed standard input is the end of input, not the JVM's own class files read as commands
if [ -x "$root/target/limber" ]; then
    printf 'title = "Closed input"\nsteps = [ { name = "Hold", time = 1s } ]\n' > "$work/closed-input.conf"
    launcher_check "with stdin closed, plain mode reads no commands and plays to its end" \
        sh -c "LIMBER_HOME='$work/closed-home' '$root/target/limber' run --plain '$work/closed-input.conf' <&- 2>&1 |
            { ! grep -Eq 'how much does it hurt|Unknown command'; } && grep -q '\"status\":\"done\"' '$work/closed-home/journal.jsonl'"
fi
# JDK 24 and later get an AOT cache made for them in the cache folder on first use, silently:
# one for `limber run`, one for the other commands.
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
limber25() { # limber25 CACHE_HOME ARGS...: the launcher on JDK 25 with its own cache folder
    local home=$1
    shift
    XDG_CACHE_HOME="$home" LIMBER_JAVA="$jdk25" "$root/target/limber" "$@"
}
uses_aot_cache() { # uses_aot_cache CACHE_HOME ARGS...: the JVM the launcher starts runs from an AOT cache
    local home=$1
    shift
    XDG_CACHE_HOME="$home" LIMBER_JAVA="$jdk25" LIMBER_JAVA_OPTS=-Xlog:aot "$root/target/limber" "$@" 2>&1 |
        grep -q 'Using AOT-linked classes: true'
}
same_time() { [ ! "$1" -nt "$2" ] && [ ! "$1" -ot "$2" ]; }
# nothing but the caches themselves: no half-made cache or training configuration left behind
only_caches() { [ -z "$(find "$1/limber" -type f ! -name '*.aot' 2>/dev/null)" ]; }
if [ -x "$root/target/limber" ] && [ -x "$jdk25" ]; then
    c25="$work/cache25"
    for n in 1 2; do
        limber25 "$c25" --version >"$work/out25.$n" 2>"$work/err25.$n"
        rc=$?
        launcher_check "JDK 25, start $n: exits 0" test "$rc" = 0
        launcher_check "JDK 25, start $n: nothing on stderr" test ! -s "$work/err25.$n" || head -5 "$work/err25.$n"
        launcher_check "JDK 25, start $n: prints the version" grep -q '^limber ' "$work/out25.$n"
    done
    aot25=$(find "$c25/limber" -name '*.aot' ! -name '*-run.aot' 2>/dev/null | head -1)
    launcher_check "JDK 25: an AOT cache in the cache folder" test -s "$aot25"
    launcher_check "JDK 25: no dynamic archive" test -z "$(find "$c25/limber" -name '*.jsa')"
    launcher_check "JDK 25 runs from it" uses_aot_cache "$c25" --version
    launcher_check "JDK 25: it has limber.jar's time" same_time "$aot25" "$root/target/limber.jar"
    limber25 "$c25" run --help >/dev/null 2>"$work/err25.run"
    launcher_check "JDK 25, limber run: nothing on stderr" test ! -s "$work/err25.run" || head -5 "$work/err25.run"
    launcher_check "JDK 25, limber run: a cache of its own" test -s "${aot25%.aot}-run.aot"
    launcher_check "JDK 25, limber run runs from it" uses_aot_cache "$c25" run --help
    launcher_check "JDK 25: only finished caches in the folder" only_caches "$c25"
    # limber updated (or an older one put back): a cache whose time is not limber.jar's is made again
    touch -d '2000-01-01' "$aot25"
    limber25 "$c25" --version >/dev/null 2>"$work/err25.again"
    launcher_check "JDK 25: a cache of another limber.jar is made again" same_time "$aot25" "$root/target/limber.jar"
    launcher_check "JDK 25: silently" test ! -s "$work/err25.again" || head -5 "$work/err25.again"
    launcher_check "JDK 25 runs from the new one" uses_aot_cache "$c25" --version
    # two limbers started at once both train; each moves a whole cache into place
    limber25 "$work/cache25both" --version >"$work/out25.a" 2>"$work/err25.a" &
    first=$!
    limber25 "$work/cache25both" --version >"$work/out25.b" 2>"$work/err25.b"
    rc_b=$?
    wait "$first"
    rc_a=$?
    launcher_check "JDK 25, two at once: both exit 0" test "$rc_a$rc_b" = 00
    launcher_check "JDK 25, two at once: both print the version" grep -q '^limber ' "$work/out25.a" "$work/out25.b"
    launcher_check "JDK 25, two at once: nothing on stderr" test ! -s "$work/err25.a" -a ! -s "$work/err25.b"
    launcher_check "JDK 25, two at once: one whole cache" only_caches "$work/cache25both"
    launcher_check "JDK 25, two at once: the next start runs from it" uses_aot_cache "$work/cache25both" --version
    # a cache folder that cannot be made (a file is in its place; as root every folder is writable)
    : >"$work/notafolder"
    limber25 "$work/notafolder" --version >"$work/out25.ro" 2>"$work/err25.ro"
    rc=$?
    launcher_check "JDK 25, no cache folder: exits 0" test "$rc" = 0
    launcher_check "JDK 25, no cache folder: prints the version" grep -q '^limber ' "$work/out25.ro"
    launcher_check "JDK 25, no cache folder: nothing on stderr" test ! -s "$work/err25.ro" || head -5 "$work/err25.ro"
else
    echo "SKIP the JDK 25 cache checks: no $jdk25"
fi

echo "== a player's start finds all of limber's classes in the archive"
# The build's training reaches every limber class a player's start loads (a muted session with
# no journal: the training's sped-up session is a try-out and writes neither journal nor resume
# file), so none is read and verified from the jar.
if [ -x "$root/target/limber" ] && [ -f "$root/target/limber-run.jsa" ]; then
    person=$limber
    limber="LIMBER_JAVA_OPTS=-Xlog:class+load:file=classes.s$((session + 1)) $root/target/limber"
    start 80 24 run routines/e2e.conf --mute --no-journal
    limber=$person
    check "the player is up" wait_for 'Hold steady' 30
    tm send-keys -t "$pane" C-c
    check_restored
    from_jar=$(grep 'source: file:.*limber\.jar' "$work/classes.$pane" | sed 's/.*load\] //; s/ source.*//' | head -5)
    check "no limber class read from the jar${from_jar:+: }$(echo $from_jar)" test -z "$from_jar"
fi

echo "== a frame's code is compiled within the first frames"
# Methods that run once a frame (the frame's own, and the keyboard's wait in the JDK) reach the
# compiler after about ten frames instead of 256, four minutes of a countdown (see the launcher).
if [ -x "$root/target/limber" ]; then
    person=$limber
    limber="LIMBER_JAVA_OPTS=-Xlog:jit+compilation=debug:file=jit.s$((session + 1)) $root/target/limber"
    start 80 24 run routines/e2e.conf --mute --no-journal --speed 10
    limber=$person
    check "the player is up" wait_for 'Hold steady' 30
    # two steps of 40 s at ten times the speed: about 80 frames
    check "two steps are over" wait_for 'Last hold' 30
    tm send-keys -t "$pane" C-c
    check_restored
    for m in 'dev.limber.tui.PlayerFrame::update' 'java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject::awaitNanos'; do
        check "compiled by then: $m" grep -qF "$m" "$work/jit.$pane"
    done
fi

echo "== start, pause, help, skip, quit"
start 80 24 run routines/e2e.conf
check "step name and digits appear" wait_for 'Hold steady' 30
check "block digits" wait_for '██████' 5
check "header with position and time left" wait_for 'E2E check +1/3 · [0-9:]+ left' 2
tm send-keys -t "$pane" Space
check "space pauses" wait_for 'PAUSED · space to resume' 8
a=$(digits); sleep 1.5; b=$(digits)
check "the countdown stands still while paused" test "$a" = "$b"
tm send-keys -t "$pane" Space
check "space resumes" wait_gone 'PAUSED' 8
a=$(digits)
t=0; moved=1
while [ $t -lt 80 ]; do b=$(digits); [ "$a" != "$b" ] && { moved=0; break; }; sleep 0.1; t=$((t + 1)); done
check "the countdown moves after resuming" test "$moved" = 0
tm send-keys -t "$pane" '?'
check "? shows help" wait_for 'Esc or \? closes this' 8
check "help lists the keys" wait_for 'Ctrl-C +quit at once' 1
header() { capture | head -1; }
a=$(header); sleep 1.5; b=$(header)
check "the session's time stands still while help is open" test "$a" = "$b"
tm send-keys -t "$pane" Escape
check "Esc closes help" wait_gone 'closes this' 8
check "the countdown runs again after help" wait_gone 'PAUSED' 1
a=$(header)
t=0; moved=1
while [ $t -lt 30 ]; do b=$(header); [ "$a" != "$b" ] && { moved=0; break; }; sleep 0.1; t=$((t + 1)); done
check "the session's time moves again after help" test "$moved" = 0
tm send-keys -t "$pane" '?'
wait_for 'closes this' 8
tm send-keys -t "$pane" Escape q
check "Esc and q typed together close help, then ask to quit" wait_for 'Quit this session\?' 8
tm send-keys -t "$pane" n
wait_gone 'Quit this session' 8
tm send-keys -t "$pane" n
check "n skips to the next step" wait_for 'Second hold' 8
tm send-keys -t "$pane" q
check "q asks first" wait_for 'Quit this session\?' 8
tm send-keys -t "$pane" Escape
check "Esc keeps going" wait_gone 'Quit this session' 8
tm send-keys -t "$pane" q
wait_for 'Quit this session\?' 8
tm send-keys -t "$pane" y
check "y quits with a summary line" wait_for 'E2E check — stopped: ' 10
check_restored

echo "== the next start offers to resume; Esc changes nothing"
quit_home="$work/home.$pane"
mkdir -p "$work/home.s$((session + 1))"
cp -r "$quit_home/resume" "$work/home.s$((session + 1))/"
start 80 24 run routines/e2e.conf
check "offers to resume the step quit in, with its time left" wait_for 'Resume Second hold, 0:[0-9]{2} left\? \[Y/n\]' 30
check "says what Esc does" wait_for 'Esc changes nothing' 1
tm send-keys -t "$pane" Escape
check "Esc starts nothing and keeps the place" wait_for 'Not started; --resume continues' 8
check_restored
esc_home="$work/home.$pane"
check "the resume point is still there after Esc" test -f "$esc_home/resume/e2e.json"
mkdir -p "$work/home.s$((session + 1))"
cp -r "$esc_home/resume" "$work/home.s$((session + 1))/"
start 80 24 run routines/e2e.conf
wait_for 'Resume Second hold' 30 || fail "not offered again"
tm send-keys -t "$pane" Enter
check "Enter resumes there" wait_for 'Second hold' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== a resume point two days old: y still resumes, Enter alone starts over"
mkdir -p "$work/home.s$((session + 1))/resume"
sed -E 's/"saved":"[^"]*"/"saved":"'"$(date -u -d '-2 days' +%Y-%m-%dT%H:%M:%SZ)"'"/' "$esc_home/resume/e2e.json" \
    > "$work/home.s$((session + 1))/resume/e2e.json"
start 80 24 run routines/e2e.conf
check "offers it with its age and no as the default" wait_for 'Resume Second hold, 0:[0-9]{2} left \(stopped 2 days ago\)\? \[y/N\]' 30
tm send-keys -t "$pane" y Enter
check "y resumes there" wait_for 'Second hold' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== paced reps: one Enter asks, a second ends the step"
start 80 24 run routines/paced.conf
check "the paced step starts with its beat and seconds" wait_for 'UP · [12]s' 30
tm send-keys -t "$pane" Enter
check "one Enter says to press again" wait_for 'Press enter again to finish this step' 8
check "and the step goes on" wait_for 'Paced check +1/2' 1
tm send-keys -t "$pane" Enter
check "a second Enter ends the step" wait_for 'Paced check +2/2' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== Ctrl-C"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
tm send-keys -t "$pane" C-c
check "Ctrl-C quits at once" wait_for 'E2E check — stopped: ' 10
check_restored

echo "== Ctrl-Z, Ctrl-S and Ctrl-\\ do no harm"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
tm send-keys -t "$pane" C-z C-s 'C-\' 
sleep 0.5
tm send-keys -t "$pane" n
check "still running and listening" wait_for 'Second hold' 8
tm send-keys -t "$pane" q q
check "q q quits" wait_for 'stopped: ' 10
check_restored

echo "== started small, then enlarged to 80x24"
start 40 12 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
tm resize-window -t "$pane" -x 80 -y 24
check "reflows to 80x24" wait_for 'b ← back' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== resize 80x24 -> 40x12 -> 80x24"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
tm resize-window -t "$pane" -x 40 -y 12
check "reflows to 40x12" wait_for '^ space pause  n → next  \? help  q quit' 8
check "40x12 keeps the digits" wait_for '██' 1
tm resize-window -t "$pane" -x 80 -y 24
check "reflows back to 80x24" wait_for 'b ← back' 8
sleep 0.3
shot=$(capture)
check "one footer, on the last row" test "$(printf '%s\n' "$shot" | grep -c 'q quit')" = 1 -a "$(printf '%s\n' "$shot" | sed -n 24p | grep -c 'q quit')" = 1
check "one header" test "$(printf '%s\n' "$shot" | grep -c 'left')" = 1
check "one title" test "$(printf '%s\n' "$shot" | grep -c 'Hold steady')" = 1
tm send-keys -t "$pane" C-c
check_restored

echo "== SIGTERM"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
pid=$(player_pid "$pane")
kill -TERM "$pid"
check "SIGTERM quits" wait_for 'stopped: ' 10
check_restored

echo "== Cyrillic and CJK"
start 80 24 run routines/unicode.conf --speed 2
check "the title and step render" wait_for 'Растяжка 股四头肌 — LEFT' 30
check "the header renders" wait_for '^ Утренняя разминка 早操 ' 1
check "the instructions render" wait_for 'Медленно тянитесь. 慢慢地伸展大腿前侧。' 1
tm send-keys -t "$pane" C-c
check_restored

echo "== pain check-in on the screen, recorded in the journal"
start 80 24 run routines/pain.conf
check "asks the pain before, naming the routine" wait_for 'Before Pain check: how much does it hurt \(0-10\)\? Enter skips' 30
tm send-keys -t "$pane" 1 1 Enter
check "an answer out of range is asked again" wait_for 'Give a whole number' 8
tm send-keys -t "$pane" 3 Enter
check "then the session starts" wait_for 'Gentle hold' 8
tm send-keys -t "$pane" q y
# someone who stops because it hurts gives the reading that matters most
check "quitting early still asks the pain after" wait_for 'After Pain check: how much does it hurt' 10
tm send-keys -t "$pane" 6 Enter
check "then the summary" wait_for 'Pain check — stopped' 10
check "the journal has the pain before and after" grep -q '"painBefore":3,"painAfter":6' "$work/home.$pane/journal.jsonl"
check_restored

echo "== the terminal goes away (a closed window, a dropped ssh)"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
home="$work/home.$pane"
tm kill-session -t "$pane"
t=0
while [ $t -lt 100 ] && ! [ -s "$home/journal.jsonl" ]; do sleep 0.1; t=$((t + 1)); done
if grep -q '"completed":false' "$home/journal.jsonl" 2>/dev/null; then
    pass "the session is still recorded in the journal"
else
    echo "FAIL [$pane] the session is still recorded in the journal (journal: $(cat "$home/journal.jsonl" 2>&1))"
    failures=$((failures + 1))
fi
if [ -f "$home/resume/e2e.json" ]; then pass "and kept for --resume"; else echo "FAIL [$pane] no resume file"; failures=$((failures + 1)); fi

echo "== the terminal goes away while a question waits, with limber as the terminal's first process"
# No shell to pass the hangup on: limber only sees its input end. It must leave, not spin.
cp "$work/routines/pain.conf" "$work/routines/pain-lost.conf"
mkdir -p "$work/home.lost"
tm new-session -d -s lost -x 80 -y 24 -c "$work" \
    "env -i PATH=\"$PATH\" HOME=\"$work/home.lost\" LIMBER_HOME=\"$work/home.lost\" TERM=tmux-256color LANG=C.UTF-8 $limber run routines/pain-lost.conf"
pane=lost
wait_for 'how much does it hurt' 30 || fail "the question did not show"
lost=$(player_pid lost)
[ -n "$lost" ] || fail "no player in the pane"
tm kill-session -t lost
t=0
while [ $t -lt 100 ] && kill -0 "$lost" 2>/dev/null; do sleep 0.1; t=$((t + 1)); done
if kill -0 "$lost" 2>/dev/null; then
    echo "FAIL [lost] limber is still running after its terminal went away"
    kill "$lost"
    failures=$((failures + 1))
else
    pass "limber leaves when its terminal goes away during a question"
fi

echo "== picker"
# Two full sessions of a step that progresses: the picker gives the raised total, as show does.
mkdir -p "$work/home.s$((session + 1))"
plank='{"step":0,"name":"Plank","kind":"work","planned":30,"achieved":30}'
full='{"v":1,"routine":"grow","start":"2025-03-01T08:00:00Z","end":"2025-03-01T08:20:00Z","completed":true,"segments":['"$plank"']}'
printf '%s\n%s\n' "$full" "$full" > "$work/home.s$((session + 1))/journal.jsonl"
cat > "$work/routines/grow.conf" <<'CONF'
title = "Growing hold"
prepare = 0s
steps = [ { name = Plank, time = 30s, progress { add = 30s, max = 3m } } ]
CONF
start 80 24
check "limber alone opens the picker" wait_for 'pick a routine' 30
check "it lists the local routine" wait_for 'E2E check' 1
check "it gives the total with targets raised by the journal" wait_for 'Growing hold +1:30' 1
rm "$work/routines/grow.conf"
tm send-keys -t "$pane" q
check "q leaves the picker" wait_for '^EXIT=0' 10
check_restored

# ---- issue 12, the terminal: stopped and continued; terminal replies are not keys ----

echo "== stopped from outside and continued: the player's mode and a whole picture again"
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
pid=$(player_pid "$pane")
tty=$(tm display -p -t "$pane" '#{pane_tty}')
kill -STOP "$pid"
# What an interactive shell does when its job stops: its own settings back (keys wait for Enter
# and are echoed) and a "Stopped" line written over the picture. tmux's bash would not notice a
# stop of limber's JVM (not its own child), so the test does it.
stty -F "$tty" "$(cat "$work/before.$pane")"
printf '\r\n[1]+  Stopped                 limber run routines/e2e.conf\r\n' > "$tty"
wait_for 'Stopped' 5 || fail "the shell's line did not show"
kill -CONT "$pid"
check "continuing repaints the whole screen" wait_gone 'Stopped' 8
check "one header, on the first row" test "$(capture | sed -n 1p | grep -c 'E2E check')" = 1
mode=$(stty -F "$tty" -a)
check "keys are read one at a time again" grep -qw -- '-icanon' <<<"$mode"
check "and not echoed" grep -qw -- '-echo' <<<"$mode"
tm send-keys -t "$pane" n
check "a key acts without Enter" wait_for 'Second hold' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== a terminal's replies on the input are not keys"
# one hex word per byte, for tmux send-keys -H
reply() { tm send-keys -t "$pane" -H $(printf '%s' "$1" | od -An -tx1); }
start 80 24 run routines/e2e.conf
wait_for 'Hold steady' 30 || fail "did not start"
tm send-keys -t "$pane" n
wait_for ' 2/3 · ' 8 || fail "n did not skip"
# Taken apart into keys, the colour reply's "b" (of rgb) stepped back to the first step (b within
# 2 s of a step's start), the device attributes' "?" opened help and the DCS string's "m" muted.
reply $'\e]11;rgb:1e1e/1e1e/1e1e\a'
reply $'\e]11;rgb:1e1e/1e1e/1e1e\e\\'
sleep 0.5
check "an OSC colour reply does not step back" grep -q ' 2/3 · ' <<<"$(capture | sed -n 1p)"
reply $'\e[?62;c'
sleep 0.5
check "a device-attributes reply does not open help" test "$(capture | grep -c 'closes this')" = 0
reply $'\eP1$r0m\e\\'
sleep 0.5
check "a DCS string does not mute" test "$(capture | grep -c 'muted')" = 0
tm send-keys -t "$pane" '?'
check "a key after them still works" wait_for 'Esc or \? closes this' 8
tm send-keys -t "$pane" C-c
check_restored

# ---- issue 13: scrolling notes, the >20-minute warning inside the player, resuming with the time left
echo "== a long note scrolls to its last line at 40x12"
start 40 12 heat-ice
check "asks the pain first" wait_for 'Before Heat and ice:' 30
tm send-keys -t "$pane" Escape
check "Esc skips the pain question and starts" wait_gone 'Before Heat and ice:' 8
check "the note shows, marked as having more" wait_for '▼ more' 8
check "its end is not yet in sight" test "$(capture | grep -c 'when you are ready')" = 0
tm send-keys -t "$pane" Space
check "space pages on: the numb-skin and diabetes warning" wait_for 'diabetes' 8
tm send-keys -t "$pane" PageDown
check "PgDn reaches the last line" wait_for 'when you are ready\.' 8
check "marked as the end" wait_for '▲ more above' 2
tm send-keys -t "$pane" Up
check "↑ goes back up" wait_for '▲ ▼ more' 8
tm send-keys -t "$pane" C-c
check_restored

echo "== heat over 20 minutes is asked about inside the player, naming the option typed"
start 80 24 heat-ice --heat 25m
check "the warning is on the full screen" wait_for 'Warning: --heat 25m: 25m of heat is longer than 20' 30
check "as a question before anything plays" wait_for 'Play anyway\? \[Y/n\]' 1
check "on the alternate screen" test "$(tm display -p -t "$pane" '#{alternate_on}')" = 1
tm send-keys -t "$pane" n Enter
check "n plays nothing" wait_for 'Not started\.' 10
check_restored
start 80 24 heat-ice --heat 25m
wait_for 'Play anyway\? \[Y/n\]' 30 || fail "not asked"
tm send-keys -t "$pane" Escape
check "Esc on the warning plays nothing either" wait_for 'Not started\.' 10
check_restored

echo "== quit part-way through heat; the resume question names the phase and the time left"
start 80 24 heat-ice --heat 1m --ice 1m --rounds 1
wait_for 'how much does it hurt' 30 || fail "did not start"
tm send-keys -t "$pane" Enter
wait_for 'Get your packs ready' 8 || fail "no note"
tm send-keys -t "$pane" Enter
check "the heat phase starts, saying when the pack comes off" wait_for 'Heat off at [0-2][0-9]:[0-5][0-9]' 20
sleep 15
tm send-keys -t "$pane" q y
wait_for 'how much does it hurt' 10 && tm send-keys -t "$pane" Enter
check "quit" wait_for 'stopped: ' 10
check_restored
quit_home="$work/home.$pane"
mkdir -p "$work/home.s$((session + 1))"
cp -r "$quit_home/resume" "$work/home.s$((session + 1))/"
start 80 24 heat-ice --heat 1m --ice 1m --rounds 1
check "the question names the phase and the time left" wait_for 'Resume Heat and ice: Heat, 0:[0-4][0-9] left\? \[Y/n\]' 30
tm send-keys -t "$pane" Enter
# no pain question now: a resumed session keeps the answer its first part gave
check "the heat goes on with what it had left, not a full minute" wait_for '2/2 · 1:[0-4][0-9] left' 10
tm send-keys -t "$pane" C-c
check_restored
# ---- end of issue 13

echo "== a step's picture: beside the digits at 100x30, none at 40x12, none with pictures = off"
cat > "$work/routines/hug.conf" <<'CONF'
title = "Picture check"
prepare = 0s
steps = [ { name = "Knee hug", time = 40s, picture = knee-hug } ]
CONF
# left_of N REGEX / right_of N REGEX: some row's first N columns (or what follows them) match
left_of() { capture | LC_ALL=C.UTF-8 sed -E "s/^(.{0,$1}).*/\1/" | grep -qE -- "$2"; }
right_of() { capture | LC_ALL=C.UTF-8 sed -nE "s/^.{$1}//p" | grep -qE -- "$2"; }
half_blocks_right() { right_of 56 '[▀▄]'; }
start 100 30 run routines/hug.conf
check "the knee hug step plays" wait_for 'Knee hug' 30
check "half blocks on the right" wait_for_true half_blocks_right 5
check "the digits on the left" left_of 56 '██'
check "the footer names the picture key" wait_for 'i picture' 1
tm send-keys -t "$pane" i
check "i hides the picture" wait_for_false half_blocks_right 5
tm send-keys -t "$pane" i
check "i shows it again" wait_for_true half_blocks_right 5
tm send-keys -t "$pane" C-c
check_restored
start 40 12 run routines/hug.conf
check "at 40x12 the step plays" wait_for 'Knee hug' 30
sleep 1
check "at 40x12 no picture" test "$(capture | grep -cE '[▀▄]')" = 0
check "at 40x12 the countdown is intact" wait_for '██████' 2
tm send-keys -t "$pane" C-c
check_restored
mkdir -p "$work/home.s$((session + 1))"
echo 'pictures = off' > "$work/home.s$((session + 1))/limber.conf"
start 100 30 run routines/hug.conf
check "with pictures = off the step plays" wait_for 'Knee hug' 30
sleep 1
check "with pictures = off no picture" test "$(capture | grep -cE '[▀▄]')" = 0
tm send-keys -t "$pane" C-c
check_restored

echo
echo "e2e: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
