#!/usr/bin/env bash
# Start-up benchmark: how long each command takes from launch to done when it has almost
# nothing to do, RUNS times each (default 15), printing the median wall time and peak memory
# (max RSS). `play` and `learn` get no input, so they stop right after the brief and the
# customer's first line (or the lesson's first page); `grade` reads one transcript.
# Run from the repository root:  Benchmarks/startup-bench.sh [RUNS] [debug|release]
set -euo pipefail
runs="${1:-15}"
configuration="${2:-release}"
swift build -c "$configuration" --product rebound >/dev/null
bin="$(swift build -c "$configuration" --show-bin-path)/rebound"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export REBOUND_TRANSCRIPTS="$dir/transcripts" REBOUND_SCENARIOS="$PWD/scenarios" REBOUND_CACHE_DIR="$dir/cache"
printf "I'm so sorry.\n" | "$bin" play lost-pants --trainee bench >/dev/null 2>&1
transcript="$(find "$dir/transcripts" -name '*.txt' | head -1)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label="$1"
  shift
  : >"$dir/times"
  : >"$dir/memories"
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$dir/memory" "$@" </dev/null >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$dir/times"
    cat "$dir/memory" >>"$dir/memories"
  done
  printf '%-34s median %4s ms   peak %6s KB\n' "$label" "$(median <"$dir/times")" "$(median <"$dir/memories")"
}

echo "$configuration build, $runs runs each, on $(nproc) cores"
measure "rebound --version (the floor)" "$bin" --version
measure "rebound score \"I'm so sorry\"" "$bin" score "I'm so sorry"
measure "rebound score --no-model" "$bin" score --no-model "I'm so sorry"
measure "rebound play lost-pants" "$bin" play lost-pants --trainee bench
measure "rebound learn" "$bin" learn --trainee bench
measure "rebound grade (one transcript)" "$bin" grade "$transcript"
