#!/usr/bin/env bash
# What each start-up trick saves (docs/ARCHITECTURE.md#start-up), measured in fresh JVMs with the
# launcher's flags: ROUNDS interleaved rounds (default 25), medians of wall time and of CPU time
# (user+sys, from wait4); FILTER keeps the rows whose name contains it. Needs a packaged build
# (mvn -o package) and python3; run from anywhere. Usage: start-tricks.sh [ROUNDS [FILTER]]
# The machine should be as quiet as you can make it; the medians still tell the order of things.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-25}
filter=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$root/target/limber.jar
picocli=$(ls ~/.m2/repository/info/picocli/picocli/*/picocli-*[0-9].jar | tail -1)
mkdir "$work/classes"
javac -nowarn -cp "$jar" -d "$work/classes" "$root/bench/start/StartProbe.java"
jar cf "$work/probe.jar" -C "$work/classes" .
# Two archives trained the way the build trains limber.jsa, plus every probe mode: one with
# picocli as limber.jar holds it (compiled from source), one with picocli's own jar first.
cd "$root"
for v in source:"$jar:$work/probe.jar" jar:"$picocli:$jar:$work/probe.jar"; do
    java -XX:ArchiveClassesAtExit="$work/${v%%:*}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 \
        -XX:+UseG1GC -cp "${v#*:}" dev.limber.cli.StartProbe train </dev/null >/dev/null 2>&1
done
mkdir "$work/noarchive"
cp "$root/target/limber" "$jar" "$work/noarchive/"
WORK=$work JAR=$jar PICOCLI=$picocli ROUNDS=$rounds FILTER=$filter ROOT=$root python3 - <<'EOF'
import os, time, statistics as st
w, jar, pico, root = os.environ['WORK'], os.environ['JAR'], os.environ['PICOCLI'], os.environ['ROOT']
# the launcher's JVM flags (src/main/sh/limber) and its archive flags
flags = ("-XX:+UnlockDiagnosticVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 "
         "-XX:+UseG1GC -XX:G1ConcRefinementServiceIntervalMillis=3600000 -XX:G1PeriodicGCInterval=86400000 "
         "-XX:G1ConcRefinementThreads=1 -XX:-UseDynamicNumberOfCompilerThreads -Xss4m -XX:-UsePerfData -Xms16m -Xmx256m -XX:AsyncDeflationInterval=0 "
         "-XX:GuaranteedSafepointInterval=0 -XX:ArchiveRelocationMode=0 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off").split()
def probe(mode, archive='source', cp=None, env=None):
    return (['java', *flags, f'-XX:SharedArchiveFile={w}/{archive}.jsa', '-cp', cp or f'{jar}:{w}/probe.jar',
             'dev.limber.cli.StartProbe', mode], env)
# C.UTF-8 reaches Java as plain en (plain C already as en_US)
c_locale = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8')
run = ['run', 'sciatica-relief', '--plain', '--mute', '--no-journal', '--speed', '10000']
cases = {
    'jvm only (floor)': probe('none'),
    'run read by QuickRun': probe('quick'),
    'run built with picocli\'s API': probe('spec'),
    'run built from annotations, alone': probe('one'),
    'run built from annotations, with every command': probe('all'),
    'same, picocli from its jar': probe('all', 'jar', f'{pico}:{jar}:{w}/probe.jar'),
    'warm-up work, on the main thread': probe('warm'),
    'first String.format, locale en': probe('fmt', env=c_locale),
    'first String.format, en made en_US': probe('fmt-us', env=c_locale),
    'first record equals, generated': probe('eq-record'),
    'first record equals, written out': probe('eq-hand'),
    'limber run --plain (whole session), with limber.jsa': ([f'{root}/target/limber', *run], None),
    'limber run --plain (whole session), without': ([f'{w}/noarchive/limber', *run], None),
}
cases = {k: v for k, v in cases.items() if os.environ['FILTER'] in k}
res = {k: [] for k in cases}
null = os.open('/dev/null', os.O_RDWR)
for _ in range(int(os.environ['ROUNDS'])):
    for name, (argv, env) in cases.items():
        r, wr = os.pipe()
        t = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(null, 0); os.dup2(wr, 1); os.dup2(null, 2)
            os.execvpe(argv[0], argv, env or os.environ)
        os.close(wr)
        out = b''
        while chunk := os.read(r, 65536):
            out += chunk
        os.close(r)
        _, status, ru = os.wait4(pid, 0)
        wall = (time.perf_counter() - t) * 1000
        res[name].append((wall, (ru.ru_utime + ru.ru_stime) * 1000, out.decode().split()))
print(f"{int(os.environ['ROUNDS'])} interleaved rounds; medians in ms")
for name, v in res.items():
    inproc = name.startswith(('warm', 'first'))
    extra = ''
    if inproc:
        cols = list(zip(*[x[2] for x in v]))
        extra = '  in process: ' + ' + '.join(f"{st.median(float(c) for c in col):.1f}" for col in cols
                                               if all(s.replace('.', '', 1).isdigit() for s in col))
    print(f"{name:52} wall {st.median(x[0] for x in v):6.1f}  cpu {st.median(x[1] for x in v):6.1f}{extra}")
EOF
