#!/usr/bin/env bash
# Big and hostile inputs: each case runs the release build once and prints its wall time,
# peak memory (max RSS), exit status and the first line it wrote to standard error. Every
# case should end in seconds, under 200 MB, with a message naming what was refused.
# Run from the repository root:  Benchmarks/big-inputs.sh
set -uo pipefail
swift build -c release --product rebound >/dev/null || exit 1
bin="$(swift build -c release --show-bin-path)/rebound"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export REBOUND_SCENARIOS="$PWD/scenarios" REBOUND_TRANSCRIPTS="$dir/transcripts" REBOUND_CACHE_DIR="$dir/cache"

# A reply of about BYTES bytes on one line.
reply() { yes "I am so sorry about the cabin, we will refund you today." | head -c "$1" | tr '\n' ' '; }
# A corpus line (JSON) whose reply is about BYTES bytes.
corpus_line() { printf '{"text": "%s", "labels": ["apologize"]}\n' "$(reply "$1")"; }
transcript_header() {
  printf 'format: 1\nscenario: lost-pants\ntrainee: bench\nmode: practice\nstarted: 2026-12-01T10:00:00Z\n\n'
}

run() {
  local label="$1" input="$2"
  shift 2
  local start end status
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$dir/memory" "$@" <"$input" >"$dir/stdout" 2>"$dir/stderr"
  status=$?
  end=$(date +%s%N)
  # The message: standard error's first line, else a refusal printed with the session.
  local message
  message="$(grep -v '^Command exited' "$dir/stderr" | head -1)"
  [ -n "$message" ] || message="$(grep -m1 'characters long' "$dir/stdout")"
  printf '%-44s %6s ms  %7s KB  exit %-3s %s\n' "$label" $(((end - start) / 1000000)) "$(tail -1 "$dir/memory")" "$status" \
    "$(echo "$message" | cut -c1-110)"
}

reply 5000000 >"$dir/reply-5mb.txt"
echo >>"$dir/reply-5mb.txt"
(reply 5000000; echo) >"$dir/play-input.txt"
{ corpus_line 200; corpus_line 5000000; corpus_line 200; } >"$dir/corpus-long-line.jsonl"
# Corpora of many ordinary replies: just under the 8 MB limit, and far over it.
awk 'BEGIN { for (i = 1; i <= 38000; i++) printf "{\"text\": \"I am so sorry about the cabin (%d), we will refund you today and change the lock on it tonight, and your dives are on us.\", \"labels\": [\"apologize\", \"answer\"]}\n", i }' >"$dir/corpus-8mb.jsonl"
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$dir/corpus-8mb.jsonl"; done >"$dir/corpus-80mb.jsonl"
mkdir -p "$dir/huge" "$dir/full"
{ transcript_header; printf 'trainee: %s\n' "$(reply 50000000)"; } >"$dir/huge/huge.txt"
# A transcript just under the 1 MB limit: thousands of short turns.
{ transcript_header; awk 'BEGIN { for (i = 1; total < 1030000; i++) { line = sprintf("customer [mood 50]: Go on.\ntrainee: I am so sorry, we will refund you today and fix the lock (%d).\n", i); total += length(line); printf "%s", line } }'; } >"$dir/full/full.txt"
cp Tests/ReboundCLITests/CustomRubric.swift "$dir/custom.swift"
awk '/static let text = """/{flag=1; next} /^    """/{flag=0} flag {sub(/^    /, ""); print}' "$dir/custom.swift" |
  sed 's/phrases: \[shoo\]/phrases: ["(shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please) (shoo|go|away|now|please)"]/' >"$dir/explosive.yaml"

echo "case                                         time      peak     status / first message"
run "score: a 5 MB reply on standard input" "$dir/reply-5mb.txt" "$bin" score
run "play: a 5 MB reply typed" "$dir/play-input.txt" "$bin" play lost-pants --trainee bench
run "eval: a corpus with one 5 MB line" /dev/null "$bin" eval "$dir/corpus-long-line.jsonl"
run "eval: an 8 MB corpus (38,000 replies)" /dev/null "$bin" eval "$dir/corpus-8mb.jsonl"
run "eval: a corpus ten times that (65 MB)" /dev/null "$bin" eval "$dir/corpus-80mb.jsonl"
run "grade --format html: a 50 MB transcript" /dev/null "$bin" grade "$dir/huge" --format html --output "$dir/huge.html"
run "grade --format html: a 1 MB transcript" /dev/null "$bin" grade "$dir/full" --format html --output "$dir/full.html"
run "score --rubric: a phrase that multiplies out" /dev/null "$bin" score --rubric "$dir/explosive.yaml" "shoo"
