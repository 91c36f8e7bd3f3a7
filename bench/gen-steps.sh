#!/usr/bin/env bash
# Writes a valid routine with N steps (default 5000) to stdout, for benchmarks: a mix of timed
# steps (some per side), paced and tapped reps, cycles and notes, half of them built from
# ${library...} entries. Pauses are 0s so N steps stay under the 10,000-segment limit.
set -euo pipefail
n=${1:-5000}
cat <<'HEAD'
title = "Generated benchmark routine"
about = "Many steps, to time limber check"
prepare = 0s
rest = 0s
switch = 0s
params { hold = 30s, reps = 10 }
library {
  hold { name = "Library hold", how = "Hold the position and breathe slowly.", time = ${params.hold} }
  curl { name = "Library curl", how = "Curl up, hold, lower slowly.", reps = ${params.reps}, tempo { up = 2s, hold = 1s, down = 2s } }
}
steps = [
HEAD
awk -v n="$n" 'BEGIN {
  for (i = 1; i <= n; i++) {
    k = i % 8
    if (k == 0) printf "  { name = \"Stretch %d\", how = \"Ease into the stretch and hold it without bouncing.\", time = 30s, sides = [left, right] }\n", i
    else if (k == 1) printf "  ${library.hold} { name = \"Hold %d\" }\n", i
    else if (k == 2) printf "  ${library.curl}\n"
    else if (k == 3) printf "  { name = \"Tapped %d\", reps = 12 }\n", i
    else if (k == 4) printf "  { name = \"Note %d\", how = \"Take a breath.\" }\n", i
    else if (k == 5) printf "  { name = \"Plank %d\", time = 45s, progress { add = 15s, max = 2m } }\n", i
    else if (k == 6) printf "  { name = \"Paced %d\", reps = 8, tempo = 3s, tone = work }\n", i
    else printf "  ${library.hold} { time = 20s }\n"
  }
}'
echo "]"
