#!/bin/sh
# Text-mode figures by cross-validation: each set scored with the model trained without it
# (see bench/train_text_models.sh), then the hand-labelled examples with the shipped model.
cd "$(dirname "$0")/.."
for set in scrapinghub-aeb fundus trafilatura-eval; do
  sets=$set
  [ $set = trafilatura-eval ] && sets=trafilatura-eval,tsolewski-pl
  PRASA_TEXT_MODEL=$PWD/bench/text-model-without-$set.txt python3 bench/quality.py --mode text --sets $sets | grep -v '^predictions'
done
python3 bench/text_examples.py | tail -12
