#!/usr/bin/env python3
"""Memory over one long run: prasa over the scrapinghub-aeb pages repeated until about N pages, both cores,
`--dedup mark`, its resident memory read from /proc every 0.25 s. Prints min / median / max per quarter
of the run: a peak figure alone grows a little with run length because a longer run meets more
collection cycles; the quarters show whether memory itself climbs with the page count.

usage: bench/rss_trace.py [--shared DIR] [--pages 40000]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speed  # noqa: E402  (its build step, DLL path and repeated-folder helper)


def rss_mb(pid):
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(speed.ROOT, '..', 'shared', 'bench'))
    ap.add_argument('--pages', type=int, default=40000)
    a = ap.parse_args()
    pages = os.path.join(a.shared, 'scrapinghub-aeb', 'pages')
    if not os.path.isdir(pages):
        print(f'memory trace skipped: {pages} is absent')
        return 0
    speed.build()
    n = len(os.listdir(pages))
    times = max(1, round(a.pages / n))
    folder = speed.repeated(pages, times, tempfile.mkdtemp(prefix='prasa-rss-'))
    cmd = ['dotnet', speed.DLL, 'extract', folder, '--quiet', '-o', '/dev/null', '--dedup', 'mark']
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    while proc.poll() is None:
        v = rss_mb(proc.pid)
        if v is not None and (samples or v >= 50):  # from the end of start-up on
            samples.append(v)
        time.sleep(0.25)
    if proc.returncode not in (0, 1) or len(samples) < 8:
        sys.exit(f'run failed or too short ({proc.returncode}, {len(samples)} samples)')
    q = len(samples) // 4
    print(f'{times * n} pages ({times}x the set), both cores, --dedup mark; resident memory every 0.25 s:')
    for i in range(4):
        part = samples[i * q:(i + 1) * q] if i < 3 else samples[3 * q:]
        print(f'  quarter {i + 1}: min {min(part):.0f}  median {statistics.median(part):.0f}  max {max(part):.0f} MB')
    return 0


if __name__ == '__main__':
    sys.exit(main())
