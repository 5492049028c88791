#!/bin/sh
# Trains the text-mode model shipped in src/Prasa/Lexicons/text-model.txt (on every set with truth) and
# one model per evaluated set, trained on the other sets only (cross-validation by dataset): a set's
# figures are measured with PRASA_TEXT_MODEL=bench/text-model-without-<set>.txt, never with a model that
# saw its pages. tsolewski-pl shares pages with trafilatura-eval, so both use the same fold.
#   fold                      line model trained on                         titles trained on
#   without-scrapinghub-aeb   fundus, cleaneval-dev, trafilatura-eval        fundus, trafilatura-eval
#   without-fundus            scrapinghub-aeb, cleaneval-dev, trafilatura-eval   trafilatura-eval
#   without-trafilatura-eval  scrapinghub-aeb, cleaneval-dev, fundus         fundus
#   shipped                   all four                                       fundus, trafilatura-eval
# The examples (../shared/examples) are in no training set.
# usage: bench/train_text_models.sh [SHARED_BENCH_DIR]
set -e
cd "$(dirname "$0")/.."
B=${1:-../shared/bench}
dotnet build -c Release tools/TextTrainer -v q -nologo >/dev/null
T="dotnet tools/TextTrainer/bin/Release/net10.0/TextTrainer.dll"
$T --data $B/fundus,$B/cleaneval-dev,$B/trafilatura-eval --titles $B/fundus,$B/trafilatura-eval --out bench/text-model-without-scrapinghub-aeb.txt &
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/trafilatura-eval --titles $B/trafilatura-eval --out bench/text-model-without-fundus.txt
wait
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/fundus --titles $B/fundus --out bench/text-model-without-trafilatura-eval.txt &
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/fundus,$B/trafilatura-eval --titles $B/fundus,$B/trafilatura-eval --out src/Prasa/Lexicons/text-model.txt
wait
