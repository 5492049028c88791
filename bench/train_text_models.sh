#!/bin/sh
# Trains the text-mode model shipped in src/Prasa/Lexicons/text-model.txt and the two cross-validation
# folds that the figures of the other sets are measured with (no set is scored by a model trained on it):
#   shipped        lines: scrapinghub-aeb, cleaneval-dev       titles: trafilatura-eval
#                  -> report fundus, tsolewski-pl, trafilatura-eval snippets, examples
#   scrapinghub    lines: fundus, cleaneval-dev, trafilatura-eval   titles: trafilatura-eval
#                  -> report scrapinghub-aeb (PRASA_TEXT_MODEL=bench/text-model-scrapinghub.txt)
#   trafilatura    lines: scrapinghub-aeb, cleaneval-dev       titles: fundus
#                  -> report trafilatura-eval titles (PRASA_TEXT_MODEL=bench/text-model-trafilatura.txt)
# usage: bench/train_text_models.sh [SHARED_BENCH_DIR]
set -e
cd "$(dirname "$0")/.."
B=${1:-../shared/bench}
dotnet build -c Release tools/TextTrainer -v q -nologo >/dev/null
T="dotnet tools/TextTrainer/bin/Release/net10.0/TextTrainer.dll"
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev --titles $B/trafilatura-eval --out src/Prasa/Lexicons/text-model.txt
$T --data $B/fundus,$B/cleaneval-dev,$B/trafilatura-eval --titles $B/trafilatura-eval --out bench/text-model-scrapinghub.txt
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev --titles $B/fundus --out bench/text-model-trafilatura.txt
