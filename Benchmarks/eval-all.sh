#!/bin/sh
# Measures the scorer on every held-out set, three ways, with `rebound eval`:
#   rubric   — the rubric alone (--no-model)
#   baseline — a plain learned model: the same training corpora, word and byte n-grams only,
#              no rubric features (trained here with --rule-scale 0 into .build/baseline.bin)
#   model    — the rubric with the bundled learned layer (the default)
# Real replies' texts are read by id from ../shared/real (never copied into the project).
set -eu
REAL=${REAL:-../shared/real}
swift build -c release --product rebound >/dev/null
B=.build/release/rebound
$B train corpus/dev.jsonl corpus/support-a.jsonl corpus/support-b.jsonl corpus/hard-cases.jsonl \
  corpus/blame-voices.jsonl corpus/excuse-voices.jsonl corpus/short-replies.jsonl \
  corpus/offers-a.jsonl corpus/offers-b.jsonl corpus/hard-readings.jsonl corpus/offer-readings.jsonl \
  corpus/turns-and-promises.jsonl corpus/excuse-shapes.jsonl corpus/gifts-and-gestures.jsonl corpus/denials-and-vouching.jsonl corpus/blame-shapes.jsonl corpus/reasons-and-causes.jsonl corpus/saying-back.jsonl corpus/rudeness-shapes.jsonl \
  corpus/public-replies-a.jsonl corpus/public-replies-b.jsonl corpus/small-business-pitfalls.jsonl \
  corpus/real/train.jsonl=4 "$REAL/tune.jsonl=4" --texts "$REAL/pool.jsonl" \
  --rule-scale 0 --output .build/baseline.bin >/dev/null
row() { # file, label, options…
  file=$1; name=$2; shift 2
  $B eval "$file" --texts "$REAL/pool.jsonl" --json "$@" | python3 -c '
import json, sys
d = json.load(sys.stdin); labels = ["acknowledge", "communicate", "apologize", "answer", "excuse", "blame", "rude"]
f = [d["labels"][l]["f1"] for l in labels]
four = (f[0] + f[1] + f[2] + f[4]) / 4
print("| %s | %s | %d | **%.3f** | %.3f | %s |" % (sys.argv[1], sys.argv[2], d["count"], d["macro_f1"], four, " | ".join("%.2f" % x for x in f)))
' "$file" "$name"
}
echo "| corpus | scorer | replies | macro-F1 (7) | macro-F1 (ack, comm, apol, excuse) | acknowledge | communicate | apologize | answer | excuse | blame | rude |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for file in corpus/real/test.jsonl corpus/holdout-blame.jsonl corpus/holdout-fresh.jsonl corpus/holdout-december.jsonl corpus/holdout-rudeness.jsonl corpus/test.jsonl corpus/holdout-offers.jsonl; do
  row "$file" rubric --no-model
  row "$file" baseline --model .build/baseline.bin
  row "$file" "rubric + model"
done
# Something extra (docs/extras.md), on the held-out replies annotated for offers.
extra() { # label, options…
  name=$1; shift
  $B eval corpus/holdout-offers.jsonl --json "$@" | python3 -c '
import json, sys
e = json.load(sys.stdin).get("extra") or {}
print("| holdout-offers | %s | %.3f | %.3f | %.3f | %d |" % (sys.argv[1], e.get("precision", 0), e.get("recall", 0), e.get("f1", 0), e.get("support", 0)))
' "$name"
}
echo
echo "| corpus | scorer | extra precision | extra recall | extra F1 | replies with an extra |"
echo "|---|---|---|---|---|---|"
extra rubric --no-model
extra baseline --model .build/baseline.bin
extra "rubric + model"
