#!/bin/sh
# Retrains the bundled model exactly as shipped, from the repository root, and measures it.
# The real replies' texts are read by id from ../shared/real (never copied into the project).
set -eu
REAL=${REAL:-../shared/real}
swift build -c release --product rebound
.build/release/rebound train \
  corpus/dev.jsonl corpus/support-a.jsonl corpus/support-b.jsonl corpus/hard-cases.jsonl \
  corpus/blame-voices.jsonl corpus/excuse-voices.jsonl corpus/short-replies.jsonl \
  corpus/offers-a.jsonl corpus/offers-b.jsonl corpus/hard-readings.jsonl corpus/offer-readings.jsonl \
  corpus/turns-and-promises.jsonl corpus/excuse-shapes.jsonl corpus/gifts-and-gestures.jsonl corpus/denials-and-vouching.jsonl corpus/blame-shapes.jsonl corpus/reasons-and-causes.jsonl corpus/saying-back.jsonl corpus/rudeness-shapes.jsonl \
  corpus/public-replies-a.jsonl corpus/public-replies-b.jsonl corpus/small-business-pitfalls.jsonl \
  corpus/real/train.jsonl=4 "$REAL/tune.jsonl=4" \
  --texts "$REAL/pool.jsonl" \
  --output Sources/ReboundKit/Resources/model.bin \
  --measure corpus/test.jsonl --measure corpus/holdout-blame.jsonl --measure corpus/holdout-fresh.jsonl \
  --measure corpus/real/test.jsonl --measure corpus/holdout-offers.jsonl --measure corpus/holdout-december.jsonl \
  --measure corpus/holdout-rudeness.jsonl
# Rebuild, so the release binary carries the model just written.
swift build -c release --product rebound >/dev/null
