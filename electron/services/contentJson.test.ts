import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentJson, spliceBlockJson } from './contentJson.ts';
import { doc, emptyDoc, heading, paragraph } from '../shared/doc-build.ts';
import type { DocState } from '../shared/doc.ts';

const samples: DocState[] = [
  emptyDoc(),
  doc([paragraph('Năm 2025')]),
  doc([heading(1, 'I. TÌNH HÌNH'), paragraph('Chủ tịch "ASEAN" $& $1 \\ \u2028 rd:children'), paragraph('')]),
];

test('the JSON is exactly JSON.stringify of the state, whatever the blocks hold', () => {
  for (const state of samples) assert.equal(contentJson(state).json, JSON.stringify(state));
});

test('given the blocks’ texts, it joins them instead of stringifying the blocks', () => {
  const state = doc([paragraph('một'), paragraph('hai')]);
  const { json } = contentJson(state, ['{"x":1}', '{"y":2}']);
  assert.deepEqual(JSON.parse(json).root.children, [{ x: 1 }, { y: 2 }]);
});

test('a splice of block texts gives the JSON of the spliced state', () => {
  const before = doc([paragraph('một'), paragraph('hai'), paragraph('ba')]);
  const { blocks } = contentJson(before);
  const added = [paragraph('hai hai'), paragraph('hai ba')];
  const after: DocState = { ...before, root: { ...before.root, children: [before.root.children[0]!, ...added, before.root.children[2]!] } };
  const spliced = spliceBlockJson(blocks, 1, 1, added.map((b) => JSON.stringify(b)));
  assert.equal(contentJson(after, spliced).json, JSON.stringify(after));
});

test('block texts that do not match the blocks are refused', () => {
  assert.throws(() => contentJson(doc([paragraph('một')]), []), /0 block texts for 1 blocks/);
});
