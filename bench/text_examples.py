#!/usr/bin/env python3
"""Scores text mode on the hand-labelled dumps of ../shared/examples: title, date (to the day), author
and truncated exact; body token F1 (bag of words); and the confusion between true and predicted line
labels, from `prasa extract --mode text --explain`.

usage: bench/text_examples.py [--examples DIR]
"""
import argparse, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOKEN = re.compile(r'\w+', re.UNICODE)


def token_f1(truth, pred):
    t, p = Counter(TOKEN.findall(truth.lower())), Counter(TOKEN.findall(pred.lower()))
    tp = sum((t & p).values())
    if tp == 0:
        return 1.0 if not t and not p else 0.0
    prec, rec = tp / sum(p.values()), tp / sum(t.values())
    return 2 * prec * rec / (prec + rec)


def fold(s):
    return ' '.join((s or '').lower().split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--examples', default=os.path.join(ROOT, '..', 'shared', 'examples'))
    args = ap.parse_args()
    truth = {}
    for line in open(os.path.join(args.examples, 'truth.jsonl'), encoding='utf-8'):
        row = json.loads(line)
        truth[row['id']] = row
    r = subprocess.run([os.path.join(ROOT, 'prasa'), 'extract', os.path.join(args.examples, 'text'), '--mode', 'text',
                        '--explain', '--format', 'jsonl'], stdout=subprocess.PIPE, text=True)
    preds = {}
    for line in r.stdout.splitlines():
        if line.strip():
            a = json.loads(line)
            preds[os.path.splitext(os.path.basename(a['source']))[0]] = a
    exact = Counter()
    f1s = []
    confusion = Counter()
    for id_, t in sorted(truth.items()):
        p = preds.get(id_, {})
        checks = {
            'title': fold(p.get('title')) == fold(t.get('title')),
            'date': (p.get('published') or '')[:10] == (t.get('date') or '')[:10],
            'author': sorted(map(fold, p.get('author') or [])) == sorted(map(fold, t.get('author') or [])),
            'truncated': bool(p.get('truncated')) == bool(t.get('truncated')),
        }
        for k, ok in checks.items():
            exact[k] += ok
            if not ok:
                print(f'{id_}: {k} wrong: {p.get({"date": "published"}.get(k, k))!r} != {t.get(k)!r}')
        f1 = token_f1(t.get('body', ''), p.get('text', ''))
        f1s.append(f1)
        blocks = p.get('blocks') or []
        for i, line in enumerate(t['lines']):
            got = blocks[i]['label'] if i < len(blocks) and blocks[i]['text'] == line['text'] else 'missing'
            confusion[(line['label'], got)] += 1
            if got != line['label']:
                print(f'{id_}: line {line["n"]} {line["label"]} -> {got}: {line["text"][:70]}')
    n = len(truth)
    print(f'\npages {n}: ' + ', '.join(f'{k} {exact[k]}/{n}' for k in ('title', 'date', 'author', 'truncated'))
          + f', body token F1 {sum(f1s) / n:.3f} (min {min(f1s):.3f})')
    right = sum(v for (a, b), v in confusion.items() if a == b)
    print(f'line labels: {right}/{sum(confusion.values())} right')
    for (a, b), v in sorted(confusion.items()):
        if a != b:
            print(f'  {a:>14} -> {b:<14} {v}')


if __name__ == '__main__':
    main()
