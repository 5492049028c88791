#!/bin/sh
# Trains the text-mode model shipped in src/Prasa/Lexicons/text-model.txt (on every set with truth) and
# one model per evaluated set, trained on the other sets only (cross-validation by dataset): a set's
# figures are measured with PRASA_TEXT_MODEL=bench/text-model-without-<set>.txt, never with a model that
# saw its pages. tsolewski-pl shares pages with trafilatura-eval, so both use the same fold.
# The headline chooser learns from truth titles (fundus, trafilatura-eval) and, for the sets whose truth
# has none (scrapinghub-aeb, cleaneval-dev: "html" below), from the titles HTML mode reads in their pages'
# markup (og:title, h1, JSON-LD): no truth of an evaluated set is involved.
#   fold                      line model trained on                              titles trained on
#   without-scrapinghub-aeb   fundus, cleaneval-dev, trafilatura-eval            fundus, trafilatura-eval, cleaneval-dev html
#   without-fundus            scrapinghub-aeb, cleaneval-dev, trafilatura-eval   trafilatura-eval, scrapinghub-aeb html, cleaneval-dev html
#   without-trafilatura-eval  scrapinghub-aeb, cleaneval-dev, fundus             fundus, scrapinghub-aeb html, cleaneval-dev html
#   shipped                   all four                                           all of the above
# The examples (../shared/examples) are in no training set.
# usage: bench/train_text_models.sh [SHARED_BENCH_DIR]
set -e
cd "$(dirname "$0")/.."
B=${1:-../shared/bench}
H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
# HTML-mode titles do not depend on the text model; the line weights alone keep the CLI loadable while the
# title features change.
grep -v '^title' src/Prasa/Lexicons/text-model.txt > "$H/lines-only.txt"
for set in scrapinghub-aeb cleaneval-dev; do
  PRASA_TEXT_MODEL="$H/lines-only.txt" ./prasa extract "$B/$set/pages" --mode html -q -f jsonl -o "$H/$set.jsonl"
done
SH="$B/scrapinghub-aeb=$H/scrapinghub-aeb.jsonl"
CE="$B/cleaneval-dev=$H/cleaneval-dev.jsonl"
dotnet build -c Release tools/TextTrainer -v q -nologo >/dev/null
T="dotnet tools/TextTrainer/bin/Release/net10.0/TextTrainer.dll"
$T --data $B/fundus,$B/cleaneval-dev,$B/trafilatura-eval --titles $B/fundus,$B/trafilatura-eval,$CE --out bench/text-model-without-scrapinghub-aeb.txt &
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/trafilatura-eval --titles $B/trafilatura-eval,$SH,$CE --out bench/text-model-without-fundus.txt
wait
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/fundus --titles $B/fundus,$SH,$CE --out bench/text-model-without-trafilatura-eval.txt &
$T --data $B/scrapinghub-aeb,$B/cleaneval-dev,$B/fundus,$B/trafilatura-eval --titles $B/fundus,$B/trafilatura-eval,$SH,$CE --out src/Prasa/Lexicons/text-model.txt
wait
