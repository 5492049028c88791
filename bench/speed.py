#!/usr/bin/env python3
"""Speed benchmark, whole process: prasa over the scrapinghub-aeb pages (HTML) and their text dumps, on one
core (taskset -c 0, --jobs 1) and on all cores, side by side with Mozilla Readability + jsdom run the same
way; then peak memory over a corpus of N pages (the sets repeated) at two sizes. Every figure is the median
of --runs runs, the runs of prasa and its peer interleaved so that both see the same machine load.

usage: bench/speed.py [--shared DIR] [--runs 3] [--repeat 5] [--memory 5000,20000] [--no-peer] [--no-memory] [--no-text]

Prints pages/s (wall, and per CPU second: the figure a busy machine disturbs least), CPU seconds, MB/s of
input, peak RSS, and the ratios.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DLL = os.path.join(ROOT, 'src', 'Prasa.Cli', 'bin', 'Release', 'net10.0', 'Prasa.Cli.dll')


def build():
    subprocess.run(['dotnet', 'build', os.path.join(ROOT, 'src', 'Prasa.Cli', 'Prasa.Cli.csproj'), '-c', 'Release',
                    '-nologo', '-v', 'quiet', '-clp:ErrorsOnly'], check=True)


def peer_ready():
    d = os.path.join(HERE, 'readability')
    if not os.path.isdir(os.path.join(d, 'node_modules')):
        if not shutil.which('npm'):
            return False
        r = subprocess.run(['npm', 'install', '--silent', '--no-audit', '--no-fund'], cwd=d)
        if r.returncode != 0:
            return False
    return shutil.which('node') is not None


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (wall s, user+sys s, peak RSS MB)."""
    with tempfile.NamedTemporaryFile('r', suffix='.time') as tf, tempfile.TemporaryFile('w+b') as out:
        t0 = time.perf_counter()
        r = subprocess.run(['/usr/bin/time', '-f', '%U %S %M', '-o', tf.name] + cmd, stdout=out,
                           stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - t0
        if r.returncode not in (0, 1):
            sys.exit(f'failed ({r.returncode}): {" ".join(cmd)}\n{r.stderr.decode(errors="replace")[-2000:]}')
        user, sys_, rss = tf.read().split()[-3:]
    return wall, float(user) + float(sys_), int(rss) / 1024


def size_of(paths):
    total = 0
    for p in paths:
        for root, _, files in os.walk(p):
            total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def repeated(folder, times, tmp):
    """A folder of `times` links to `folder`, so one prasa run reads the set `times` over."""
    d = tempfile.mkdtemp(prefix='rep-', dir=tmp)
    for i in range(times):
        os.symlink(os.path.abspath(folder), os.path.join(d, f'r{i:04d}'))
    return d


def prasa_cmd(paths, mode, jobs, one_core):
    cmd = ['dotnet', DLL, 'extract'] + paths + ['--mode', mode, '--format', 'jsonl', '--quiet', '-o', '/dev/null']
    cmd += ['--jobs', str(jobs)]
    return (['taskset', '-c', '0'] if one_core else []) + cmd


def median_runs(runs, fns):
    results = {k: [] for k in fns}
    for _ in range(runs):
        for k, fn in fns.items():
            results[k].append(fn())
    return {k: tuple(statistics.median(x[i] for x in v) for i in range(3)) for k, v in results.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared', 'bench'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--repeat', type=int, default=5, help='times prasa reads the page set in one run')
    ap.add_argument('--memory', default='5000,20000')
    ap.add_argument('--no-peer', action='store_true')
    ap.add_argument('--no-memory', action='store_true')
    ap.add_argument('--no-text', action='store_true', help='skip the text-dump run')
    ap.add_argument('--only-memory', action='store_true')
    a = ap.parse_args()
    pages = os.path.join(a.shared, 'scrapinghub-aeb', 'pages')
    texts = os.path.join(a.shared, 'scrapinghub-aeb', 'text')
    if not os.path.isdir(pages):
        print(f'speed bench skipped: {pages} is absent')
        return 0
    build()
    cores = os.cpu_count() or 1
    n = len(os.listdir(pages))
    tmp = tempfile.mkdtemp(prefix='prasa-speed-')
    rep_pages = repeated(pages, a.repeat, tmp)
    # Text dumps are small (about 10 KB a page): read them more times so process start-up does not dominate.
    text_repeat = a.repeat * 6
    rep_texts = repeated(texts, text_repeat, tmp)
    html_mb = size_of([pages]) / 1e6
    text_mb = size_of([texts]) / 1e6
    peer = not a.no_peer and peer_ready()
    fns = {
        'prasa html, 1 core': lambda: timed(prasa_cmd([rep_pages], 'html', 1, True)),
        f'prasa html, {cores} cores': lambda: timed(prasa_cmd([rep_pages], 'html', cores, False)),
        'prasa text, 1 core': lambda: timed(prasa_cmd([rep_texts], 'text', 1, True)),
    }
    if a.no_text:
        del fns['prasa text, 1 core']
    if peer:
        fns['readability+jsdom html, 1 core'] = lambda: timed(['taskset', '-c', '0', 'node', os.path.join(HERE, 'readability', 'extract.mjs'), pages])
    if a.only_memory:
        fns = {}
    print(f'scrapinghub-aeb: {n} pages, {html_mb:.1f} MB HTML, {text_mb:.1f} MB text dumps; {cores} cores; '
          f'prasa reads the pages {a.repeat}x and the text dumps {a.repeat * 6}x per run; medians of {a.runs} interleaved runs')
    load0 = os.getloadavg()[0]
    res = median_runs(a.runs, fns) if fns else {}
    if fns:
        # Other processes on the machine slow the all-cores run most: say how busy it was.
        print(f'load average (1 min) before / after the runs: {load0:.1f} / {os.getloadavg()[0]:.1f} on {cores} cores')
    print(f'{"run":<34} {"pages/s":>9} {"MB/s":>7} {"wall s":>7} {"cpu s":>7} {"pages/cpu s":>11} {"peak MB":>8}')
    figures = {}
    for k, (wall, cpu, rss) in res.items():
        count = n if k.startswith('readability') else n * (text_repeat if 'text' in k else a.repeat)
        mb = (text_mb if 'text' in k else html_mb) * count / n
        figures[k] = {'pages_per_s': count / wall, 'mb_per_s': mb / wall, 'wall_s': wall, 'cpu_s': cpu, 'peak_mb': rss,
                      'cpu_pages_per_s': count / cpu}
        print(f'{k:<34} {count / wall:9.1f} {mb / wall:7.1f} {wall:7.2f} {cpu:7.2f} {count / cpu:11.1f} {rss:8.0f}')
    if figures:
        one = figures['prasa html, 1 core']['pages_per_s']
        allc = figures[f'prasa html, {cores} cores']['pages_per_s']
        print(f'all cores vs one core: {allc / one:.2f}x by wall time; CPU per page '
              f'{1000 * figures[f"prasa html, {cores} cores"]["cpu_s"] / (n * a.repeat):.2f} ms vs '
              f'{1000 * figures["prasa html, 1 core"]["cpu_s"] / (n * a.repeat):.2f} ms on one core')
    if peer and figures:
        r = figures['readability+jsdom html, 1 core']
        print(f'prasa vs Readability+jsdom, one core: {one / r["pages_per_s"]:.1f}x by wall time, '
              f'{figures["prasa html, 1 core"]["cpu_pages_per_s"] / r["cpu_pages_per_s"]:.1f}x by CPU time')
    if not a.no_memory:
        for target in [int(x) for x in a.memory.split(',')]:
            times = max(1, round(target / n))
            rep = repeated(pages, times, tmp)
            wall, cpu, rss = timed(prasa_cmd([rep], 'html', cores, False) + ['--dedup', 'mark'])
            print(f'memory: {times * n} pages ({times}x the set, {cores} jobs, --dedup mark): peak RSS {rss:.0f} MB, '
                  f'{times * n / wall:.0f} pages/s, {cpu:.1f} s CPU')
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
