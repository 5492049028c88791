// Runs Mozilla Readability (with jsdom) over every file of the given folders, the way prasa extract does:
// one JSON line per page on stdout. Used by bench/speed.py as the peer in the speed comparison.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();
function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else {
    yield path;
  }
}

for (const arg of process.argv.slice(2)) {
  for (const file of files(arg)) {
    let record;
    try {
      const dom = new JSDOM(readFileSync(file), { url: 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      record = { source: file, title: article?.title ?? null, text: article?.textContent ?? '' };
      dom.window.close();
    } catch (e) {
      record = { source: file, error: String(e) };
    }
    process.stdout.write(JSON.stringify(record) + '\n');
  }
}
