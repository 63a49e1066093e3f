// The CLIs over archives: plain-text files and folders as input, --jobs with output in input order, progress only on
// a terminal, and memory that does not grow with the input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLE_ARTICLE, nativeCli, nodeCli, runBoth, runNative, scratch } from './core.mjs';

test('files and folders: a folder gives its *.txt files, recursively, each folder in name order; a bad path is an error record', () => {
  const dir = path.join(scratch, 'articles');
  for (const d of ['sub', 'a', 'z.txt']) mkdirSync(path.join(dir, d), { recursive: true });
  const files = { 'b.txt': 'B said “yes.”', 'a.txt': 'date 2022-01-07\nA.', 'sub/c.txt': 'C.', 'a/d.txt': 'D.',
    'z.txt/e.txt': 'E.', 'notes.md': 'not an article', 'B.txt': 'capital first' };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
  const single = path.join(scratch, 'single.md');
  writeFileSync(single, 'Any name, when given by itself.');
  const run = runBoth([`${dir}/`, single, path.join(scratch, 'nope.txt')]);
  assert.equal(run.status, 1);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => path.relative(scratch, o.id)), ['articles/B.txt', 'articles/a/d.txt', 'articles/a.txt',
    'articles/b.txt', 'articles/sub/c.txt', 'articles/z.txt/e.txt', 'single.md', 'nope.txt']);
  assert.equal(out[0].id, `${dir}/B.txt`);
  assert.deepEqual(out.at(-1).error, { code: 'unreadable', message: `cannot read ${path.join(scratch, 'nope.txt')}` });
  assert.equal(out[2].dct.value, '2022-01-07');
  assert.equal(runBoth([path.join(dir, 'sub')], 'standard input is not read').stdout.split('\n').length, 2);
});

// Documents of very different sizes, so that with several jobs they finish out of order.
function archive(count) {
  const lines = [];
  for (let i = 0; i < count; i++) {
    const text = i % 7 === 0 ? EXAMPLE_ARTICLE.repeat(1 + (i % 5)) : EXAMPLE_ARTICLE.slice(0, 200 + i);
    lines.push(i % 50 === 49 ? 'broken' : JSON.stringify({ id: `doc-${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

test('--jobs 1, 2 and 7 write the same bytes as the Node CLI, in input order', () => {
  const input = archive(300);
  const one = runBoth(['--jobs', '1'], input);
  assert.equal(one.status, 1);
  const ids = one.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, Array.from({ length: 300 }, (_, i) => (i % 50 === 49 ? null : `doc-${i}`)));
  for (const jobs of ['2', '7']) {
    for (const format of ['jsonl', 'csv']) {
      const r = runNative(['--jobs', jobs, '--format', format], input);
      assert.equal(r.stdout, format === 'jsonl' ? one.stdout : runNative(['--jobs', '1', '--format', format], input).stdout);
    }
  }
  assert.equal(runNative([], input).stdout, one.stdout, 'the default (one job per core) too');
});

test('progress goes to stderr only when stderr is a terminal', () => {
  const input = archive(60);
  assert.equal(runBoth([], input).stderr, '');
  // script(1) runs the command on a pseudo-terminal; the progress line ends with a line break when the run is done.
  for (const cli of [nativeCli, `${process.execPath} ${nodeCli}`]) {
    const file = path.join(scratch, 'progress-in.jsonl');
    writeFileSync(file, input);
    const r = spawnSync('script', ['-qec', `${cli} --format md < ${file} > /dev/null`, '/dev/null'], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /\rnewsmark: 60 documents, 0\.\d MB, [\d.]+ MB\/s, 1 errors(, ETA \d+:\d\d)?\x1b\[K\r?\n$/);
  }
});

test('memory stays bounded by the documents in flight, not by the input', () => {
  const doc = `${JSON.stringify({ id: 'm', text: EXAMPLE_ARTICLE })}\n`;
  const rss = (count) => {
    const file = path.join(scratch, `rss-${count}.jsonl`);
    writeFileSync(file, doc.repeat(count));
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `${nativeCli} --jobs 2 < ${file} > /dev/null`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stderr.trim().split('\n').at(-1));  // KB
  };
  const small = rss(100);
  const large = rss(5000);  // 10 MB of input
  assert.ok(large < small + 4096, `peak RSS ${small} KB for 0.2 MB of input, ${large} KB for 10 MB`);
});
