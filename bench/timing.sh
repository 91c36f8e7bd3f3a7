# Timing for the benches that run limber as a whole process several times (sourced; RUNS runs):
#   median          the median of the numbers on stdin
#   run LABEL HOME COMMAND...   runs COMMAND with LIMBER_HOME=HOME, prints its median wall and CPU time
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
