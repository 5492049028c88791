#!/usr/bin/env python3
"""Which source a set's title truth follows when a page's headline sources disagree.

For every page with an h1, og:title and a JSON-LD headline, compares the first h1, og:title and the
JSON-LD headline (folded as ../shared/tools/score.py folds titles) and counts which of them the truth
equals. Evaluation only: reads ../shared/bench, writes nothing.

usage: python3 bench/title_sources.py [SET ...]   (default: trafilatura-eval fundus)
"""
import html
import json
import os
import re
import sys
from collections import Counter

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'bench')
sys.path.insert(0, os.path.join(BENCH, '..', 'tools'))
import score  # noqa: E402


def text(markup):
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', markup))).strip()


def og_title(raw):
    m = (re.search(r'<meta[^>]+(?:property|name)=["\']og:title["\'][^>]*content=["\']([^"\']*)', raw, re.I)
         or re.search(r'<meta[^>]+content=["\']([^"\']*)["\'][^>]*(?:property|name)=["\']og:title', raw, re.I))
    return html.unescape(m.group(1)) if m else None


def ld_headline(raw):
    m = re.search(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', raw)
    if not m:
        return None
    try:
        return html.unescape(json.loads('"' + m.group(1) + '"'))
    except json.JSONDecodeError:
        return None


def count(dataset):
    counts = Counter()
    for line in open(os.path.join(BENCH, dataset, 'truth.jsonl'), encoding='utf-8'):
        truth = json.loads(line)
        if not truth.get('title'):
            continue
        path = os.path.join(BENCH, dataset, 'pages', truth['id'] + '.html')
        raw = open(path, 'rb').read().decode('utf-8', 'replace')
        h1s = [t for t in (text(m.group(1)) for m in re.finditer(r'<h1[^>]*>(.*?)</h1>', raw, re.S | re.I)) if len(t) > 3]
        og, ld = og_title(raw), ld_headline(raw)
        if not h1s or og is None or ld is None:
            continue
        h, o, d, t = score.fold(h1s[0]), score.fold(og), score.fold(ld), score.fold(truth['title'])

        def which(**named):
            return next((name for name, value in named.items() if t == value), 'other')

        if o == d and h != o:
            counts[('og:title = JSON-LD ≠ h1', which(h1=h, declared=o))] += 1
        elif o != d and h == o:
            counts[('h1 = og:title ≠ JSON-LD', which(h1=h, jsonld=d))] += 1
        elif o != d and h == d:
            counts[('h1 = JSON-LD ≠ og:title', which(h1=h, og=o))] += 1
    return counts


def main():
    for dataset in sys.argv[1:] or ['trafilatura-eval', 'fundus']:
        counts = count(dataset)
        print(dataset)
        for situation in sorted({s for s, _ in counts}):
            print(f'  {situation}: ' + ', '.join(f'{w} {n}' for (s, w), n in sorted(counts.items()) if s == situation))


if __name__ == '__main__':
    main()
