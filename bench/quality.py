#!/usr/bin/env python3
"""Quality benchmark: runs `prasa extract` over the shared benchmark sets in HTML and text mode, scores
the output with the reference scorer (../shared/tools/score.py) and prints one table.

usage: bench/quality.py [--shared DIR] [--mode html|text|both] [--sets a,b] [--check] [--update] [--out DIR]

  --check   compare with bench/baseline.json; exit 1 when a figure is more than 0.005 below it
  --update  write the figures measured now into bench/baseline.json (only those that rose, unless --force)
"""
import argparse, json, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOLERANCE = 0.005

# set name -> (pages of the run, truth dir, figures to report: (key, path into the scorer's JSON))
SETS = {
    'scrapinghub-aeb': ('scrapinghub-aeb', 'scrapinghub-aeb', None, [('body F1', ('body', 'f1'))]),
    'trafilatura-eval': ('trafilatura-eval', 'trafilatura-eval', None,
                         [('snippet F', ('snippets', 'f')), ('title', ('title', 'accuracy')),
                          ('author', ('author', 'accuracy')), ('date', ('date', 'accuracy'))]),
    'tsolewski-pl': ('tsolewski-pl', 'tsolewski-pl', 'news', [('snippet F', ('snippets', 'f'))]),
    'fundus': ('fundus', 'fundus', None,
               [('body F1', ('body', 'f1')), ('title', ('title', 'accuracy')),
                ('author', ('author', 'accuracy')), ('date', ('date', 'accuracy'))]),
    'htmldate-eval': ('trafilatura-eval', 'htmldate-eval', None, [('date', ('date', 'accuracy'))]),
    'cleaneval-dev': ('cleaneval-dev', 'cleaneval-dev', None, [('body F1', ('body', 'f1'))]),
}


def prasa(args):
    launcher = os.path.join(ROOT, 'prasa')
    return subprocess.run([launcher] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def genre_ids(truth_dir, genre):
    ids = []
    for line in open(os.path.join(truth_dir, 'truth.jsonl'), encoding='utf-8'):
        row = json.loads(line)
        if row.get('genre') == genre:
            ids.append(row['id'])
    return ids


def run_set(shared, name, mode, out_dir, cache):
    pages_set, truth_set, genre, figures = SETS[name]
    sub = 'pages' if mode == 'html' else 'text'
    key = (pages_set, mode)
    pages_dir = os.path.join(shared, pages_set, sub)
    if not os.path.isdir(pages_dir):
        return None
    if key not in cache:
        out = os.path.join(out_dir, f'{pages_set}.{mode}.jsonl')
        n = len(os.listdir(pages_dir))
        t0 = time.perf_counter()
        r = prasa(['extract', pages_dir, '--mode', mode, '--format', 'jsonl', '-o', out])
        elapsed = time.perf_counter() - t0
        errors = sum(1 for l in open(out, encoding='utf-8') if '"error"' in l[:400] and json.loads(l).get('error'))
        if r.returncode not in (0, 1):
            sys.exit(f'prasa failed on {pages_dir}: {r.stderr[-2000:]}')
        cache[key] = (out, n, elapsed, errors)
    out, n, elapsed, errors = cache[key]
    cmd = [sys.executable, os.path.join(shared, '..', 'tools', 'score.py'), os.path.join(shared, truth_set), out, '--json']
    if genre:
        ids_file = os.path.join(out_dir, f'{truth_set}.{genre}.ids')
        with open(ids_file, 'w') as f:
            f.write('\n'.join(genre_ids(os.path.join(shared, truth_set), genre)))
        cmd += ['--ids', ids_file]
    res = json.loads(subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True).stdout)
    values = {}
    for label, path in figures:
        v = res
        for p in path:
            v = v.get(p) if isinstance(v, dict) else None
        if v is not None:
            values[label] = round(v, 4)
    return {'values': values, 'pages': n, 'ms_per_page': round(1000 * elapsed / max(n, 1), 2), 'errors': errors}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared', 'bench'))
    ap.add_argument('--mode', default='both', choices=['html', 'text', 'both'])
    ap.add_argument('--sets', default=','.join(SETS))
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--force', action='store_true')
    ap.add_argument('--out')
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        print(f'quality bench skipped: {a.shared} is absent')
        return 0
    prasa(['--help'])  # builds once before anything is timed
    out_dir = a.out or tempfile.mkdtemp(prefix='prasa-bench-')
    os.makedirs(out_dir, exist_ok=True)
    modes = ['html', 'text'] if a.mode == 'both' else [a.mode]
    results, cache = {}, {}
    print(f'{"set":<18} {"mode":<5} {"measure":<10} {"value":>7} {"baseline":>9}  {"ms/page":>8}  errors')
    baseline_path = os.path.join(HERE, 'baseline.json')
    baseline = json.load(open(baseline_path)) if os.path.exists(baseline_path) else {}
    failed = []
    for mode in modes:
        for name in a.sets.split(','):
            r = run_set(a.shared, name, mode, out_dir, cache)
            if r is None:
                continue
            for label, v in r['values'].items():
                k = f'{name}/{mode}/{label}'
                results[k] = v
                base = baseline.get(k)
                mark = ''
                if base is not None and v < base - TOLERANCE:
                    mark = '  << below baseline'
                    failed.append(k)
                print(f'{name:<18} {mode:<5} {label:<10} {v:7.3f} {base if base is not None else "":>9}  {r["ms_per_page"]:8.2f}  {r["errors"]}{mark}')
    print(f'predictions in {out_dir}')
    if a.update:
        merged = dict(baseline)
        for k, v in results.items():
            if a.force or k not in merged or v > merged[k]:
                merged[k] = v
        with open(baseline_path, 'w') as f:
            json.dump(dict(sorted(merged.items())), f, indent=2)
            f.write('\n')
        print(f'baseline written: {baseline_path}')
    if a.check and failed:
        print('quality gate FAILED: ' + ', '.join(failed))
        return 1
    if a.check:
        print('quality gate passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
