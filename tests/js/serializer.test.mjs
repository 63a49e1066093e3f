// One serializer: the library's objects are JSON.parse of the core's own JSON (core/json/to_json.cpp, the CLI's
// writer), so JSON.stringify of a result is, byte for byte, the native CLI's line for the same document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLE_ARTICLE, newsmark, root, runNative } from './core.mjs';

const fixture = readFileSync(path.join(root, 'tests/js/fixtures/complete.jsonl'), 'utf8').split('\n').filter(Boolean);
const docs = [{ id: 'example', text: EXAMPLE_ARTICLE }, ...fixture.map((l) => JSON.parse(l))];

test('JSON.stringify of the library\'s result is the native CLI\'s line, on the example and the fixture', async () => {
  const nm = await newsmark();
  const native = runNative([], docs.map((d) => JSON.stringify(d)).join('\n')).stdout.split('\n');
  docs.forEach(({ id, text, dct, dateOrder }, i) => {
    assert.equal(JSON.stringify({ id, ...nm.analyze(text, { dct, dateOrder }) }), native[i], id);
  });
});
