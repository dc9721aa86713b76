#!/usr/bin/env bash
# Grading benchmark: generates transcripts of about eight turns (10,000 and 50,000 by
# default), then for each size reads them all with `cat` and grades them with the release
# build of `rebound grade` in every format, RUNS times each (default 3). Prints the median
# wall time and peak memory (max RSS) of each, its ratio to `cat`, and for the larger size
# the ratio to the smaller one. Run from the repository root:
#   Benchmarks/grade-bench.sh [RUNS] [SIZES…]        e.g.  Benchmarks/grade-bench.sh 5 10000
set -euo pipefail
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000)
formats=(table markdown csv json html)
swift build -c release --product rebound >/dev/null
swift build -c release --product ReboundBench >/dev/null
bin="$(swift build -c release --show-bin-path)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export REBOUND_SCENARIOS="$PWD/scenarios"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
milliseconds() { echo $(( $(date +%s%N) / 1000000 )); }

declare -A previous
echo "on $(nproc) cores, $runs runs each"
for size in "${sizes[@]}"; do
  folder="$dir/t$size"
  "$bin/ReboundBench" --generate-transcripts "$folder" --count "$size" >/dev/null
  : >"$dir/cat"
  for _ in $(seq 1 "$runs"); do
    start=$(milliseconds)
    find "$folder" -name '*.txt' -exec cat {} + >/dev/null
    echo $(( $(milliseconds) - start )) >>"$dir/cat"
  done
  cat_ms=$(median <"$dir/cat")
  echo "$size transcripts ($(du -sh "$folder" | cut -f1)): cat median $cat_ms ms"
  for format in "${formats[@]}"; do
    : >"$dir/times"
    : >"$dir/memories"
    for _ in $(seq 1 "$runs"); do
      start=$(milliseconds)
      /usr/bin/time -f "%M" -o "$dir/memory" "$bin/rebound" grade "$folder" --format "$format" --output "$dir/report" 2>/dev/null || true
      echo $(( $(milliseconds) - start )) >>"$dir/times"
      cat "$dir/memory" >>"$dir/memories"
    done
    ms=$(median <"$dir/times")
    line=$(printf '  %-8s median %6s ms  %5sx cat  peak %6s KB' "$format" "$ms" \
      "$(awk -v a="$ms" -v b="$cat_ms" 'BEGIN {printf "%.1f", a / b}')" "$(median <"$dir/memories")")
    if [ -n "${previous[$format]:-}" ]; then
      line+=$(awk -v a="$ms" -v b="${previous[$format]}" 'BEGIN {printf "  %.2fx the smaller size", a / b}')
    fi
    previous[$format]=$ms
    echo "$line"
  done
  rm -rf "$folder"
done
