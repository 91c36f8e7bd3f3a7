#!/usr/bin/env bash
# Whole-process wall time of `limber check`, run through the launcher as a user would:
#   - a generated 5,000-step routine (target: median under 0.5 s on a 2-core machine)
#   - the built-in routines in routines/
#   - two hostile files that must end in an error line quickly (6,000-deep nesting, a
#     40-deep doubling substitution chain)
# Prints the median and the fastest of RUNS runs (default 15) for each. Run on demand:
#   bench/check-bench.sh            (builds target/limber first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}
[ -x target/limber ] && [ -f target/limber.jar ] || mvn -q -B package -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bench/gen-steps.sh 5000 > "$tmp/steps-5000.conf"

# Prints the median and fastest wall time of running "$@" $runs times (exit code 0 or 1), and the
# median CPU time (user + system), which other busy processes on the machine disturb less.
measure() {
    local walls=() cpus=() start end
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
            cpus+=("$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp/cpu")")
        else
            "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
        fi
        end=$(date +%s%N)
        walls+=($(( (end - start) / 1000000 )))
    done
    local cpu="n/a"
    if [ ${#cpus[@]} -gt 0 ]; then
        cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f s", t[int((NR + 1) / 2)] / 1000 }')
    fi
    printf '%s\n' "${walls[@]}" | sort -n | awk -v cpu="$cpu" '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "median %.3f s   fastest %.3f s   cpu %s\n", m / 1000, t[1] / 1000, cpu }'
}

echo "limber check, whole process, $runs runs each ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -1))"
printf '%-34s ' "5,000-step routine ($(( $(wc -c < "$tmp/steps-5000.conf") / 1024 )) KB)"
measure target/limber check "$tmp/steps-5000.conf"
printf '%-34s ' "routines/ ($(ls routines/*.conf | wc -l) files)"
measure target/limber check routines
printf '%-34s ' "6,000-deep nesting (error)"
measure target/limber check src/test/resources/bad/deep-nesting.conf
printf '%-34s ' "40-deep doubling chain (error)"
measure target/limber check src/test/resources/bad/doubling-chain.conf
printf '%-34s ' "limber --version (JVM start)"
measure target/limber --version
