#!/usr/bin/env bash
# Grading benchmark: generates N transcripts of about eight turns (default 10,000), then
# grades them with the release build of `rebound grade` RUNS times (default 5), printing the
# wall time and peak memory (max RSS) of each run and their medians. Run from the repository
# root:  Benchmarks/grade-bench.sh [N] [RUNS]
set -euo pipefail
count="${1:-10000}"
runs="${2:-5}"
swift build -c release --product rebound >/dev/null
swift build -c release --product ReboundBench >/dev/null
bin="$(swift build -c release --show-bin-path)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$bin/ReboundBench" --generate-transcripts "$dir/transcripts" --count "$count" >/dev/null
echo "grading $count transcripts ($(du -sh "$dir/transcripts" | cut -f1)) on $(nproc) cores, $runs runs"
times=()
memories=()
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$dir/time" "$bin/rebound" grade "$dir/transcripts" --format json --output "$dir/report.json" 2>/dev/null || true
  read -r seconds kilobytes < "$dir/time"
  times+=("$seconds")
  memories+=("$kilobytes")
  echo "run $run: ${seconds} s, peak ${kilobytes} KB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: $(median "${times[@]}") s, peak memory $(median "${memories[@]}") KB"
