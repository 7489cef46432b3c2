// electron/shared/block-range.ts (shared by both sides, so its test lives with its main-side user, the check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { blockLeaves, textRange, type TextLeaf, type TextTree } from '../../shared/block-range.ts';
import { blockText, heading, list, paragraph, table, tableCell, text } from '../../shared/doc-build.ts';
import type { DocBlock, DocCommentMark, DocField, DocInline, DocRollMark } from '../../shared/doc.ts';
import { markdownToBlocks } from '../../library/import/markdown.ts';

const TEXT = new Set(['text']);

function field(name: string, value: string): DocField {
  return { type: 'field', version: 1, name, text: value, confirmed: true, format: 0, style: '', mode: 'token', detail: 0 };
}
function rollMark(value: string, old: string): DocRollMark {
  return { ...text(value), type: 'roll-mark', oldText: old, rule: 'reviewed-year' };
}
function commentMark(children: DocCommentMark['children']): DocCommentMark {
  return { type: 'comment-mark', version: 1, format: '', indent: 0, direction: null, ids: ['c1'], comments: [], children };
}

/** The block's text rebuilt from its leaves: the node each path leads to, and the separators in the gaps. */
function rebuilt(block: TextTree, leaves: TextLeaf[], whole: string): string {
  let out = '';
  for (const l of leaves) {
    out += whole.slice(out.length, l.start); // a separator: '\n' or '\t'
    let node: TextTree = block;
    for (const i of l.path) node = node.children![i]!;
    assert.equal(node.type, l.type);
    out += node.type === 'linebreak' ? '\n' : node.type === 'field' && node.text === '' ? '…' : node.text!;
  }
  return out + whole.slice(out.length);
}

const shapes: DocBlock[] = [
  paragraph([text('Năm '), field('year', '2026'), text(', Việt Nam '), text('đậm', 1), { type: 'linebreak', version: 1 }, text('dòng hai')]),
  paragraph([text('Trước '), commentMark([text('được bình luận'), field('chair', '')]), rollMark('2026', '2025'), text(' sau')]),
  heading(2, 'I. TÌNH HÌNH'),
  list('number', [[text('một '), text('hai', 2)], 'ba', list('bullet', ['bốn', [text('năm'), field('year', '2026')]]), 'sáu']),
  table([[tableCell([paragraph('ô một'), paragraph('dòng hai')]), 'ô hai'], ['ô ba', tableCell([paragraph([text('x '), field('year', '')])])]]),
];

test('the leaves of every shape of block, with their separators, are its blockText', () => {
  for (const block of shapes) {
    const whole = blockText(block);
    const leaves = blockLeaves(block);
    assert.equal(rebuilt(block, leaves, whole), whole, whole);
    for (const [a, b] of leaves.slice(1).map((l, i) => [leaves[i]!, l] as const)) assert.ok(a.end <= b.start);
  }
});

test('the sample report and the templates: every block rebuilt from its leaves', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const files = ['data/sample-report/annual-report-2025.vi.md', ...readdirSync(resolve(root, 'templates')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `templates/${f}`)];
  const blocks = files.flatMap((f) => markdownToBlocks(readFileSync(resolve(root, f), 'utf8')).blocks);
  assert.ok(blocks.length > 100 && blocks.some((b) => b.type === 'list') && blocks.some((b) => b.type === 'heading'));
  for (const block of blocks) {
    const whole = blockText(block);
    assert.equal(rebuilt(block, blockLeaves(block), whole), whole);
  }
});

test('a stretch inside one text node, across text nodes, and refused over a chip, a mark, a line break or a gap', () => {
  const [p, marked, , l, t] = shapes as [DocBlock, DocBlock, DocBlock, DocBlock, DocBlock];
  const leaves = blockLeaves(p);
  const whole = blockText(p);
  const at = whole.indexOf('Việt Nam');
  assert.deepEqual(textRange(leaves, at, 'Việt Nam'.length, TEXT), { from: { path: [2], offset: 2 }, to: { path: [2], offset: 10 } });
  const across = whole.indexOf('Nam đậm');
  assert.deepEqual(textRange(leaves, across, 'Nam đậm'.length, TEXT), { from: { path: [2], offset: 7 }, to: { path: [3], offset: 3 } });
  assert.equal(textRange(leaves, whole.indexOf('2026'), 4, TEXT), null, 'a field chip is not replaced as text');
  assert.ok(textRange(leaves, whole.indexOf('2026'), 4, new Set(['field'])), 'but can be highlighted');
  assert.equal(textRange(leaves, whole.indexOf('đậm'), 'đậm\ndòng'.length, TEXT), null);
  assert.equal(textRange(leaves, 0, 0, TEXT), null);
  assert.equal(textRange(leaves, whole.length, 1, TEXT), null);

  const markedText = blockText(marked);
  assert.deepEqual(textRange(blockLeaves(marked), markedText.indexOf('bình luận'), 9, TEXT), { from: { path: [1, 0], offset: 5 }, to: { path: [1, 0], offset: 14 } });
  assert.equal(textRange(blockLeaves(marked), markedText.indexOf('2026'), 4, TEXT), null, 'a roll-forward mark is settled in its own way');
  assert.equal(textRange(blockLeaves(marked), markedText.indexOf('Trước'), 'Trước được'.length, TEXT), null, 'not out of a comment');

  const listText = blockText(l);
  assert.deepEqual(textRange(blockLeaves(l), listText.indexOf('bốn'), 3, TEXT), { from: { path: [2, 0, 0, 0], offset: 0 }, to: { path: [2, 0, 0, 0], offset: 3 } });
  assert.equal(textRange(blockLeaves(l), listText.indexOf('ba'), 'ba\nbốn'.length, TEXT), null, 'not across list items');
  const tableText = blockText(t);
  assert.deepEqual(textRange(blockLeaves(t), tableText.indexOf('ba'), 2, TEXT), { from: { path: [1, 0, 0, 0], offset: 2 }, to: { path: [1, 0, 0, 0], offset: 4 } });
});

test('inline children of a list item keep their own index', () => {
  const inlineOf = (b: DocBlock, path: number[]) => path.reduce<TextTree>((n, i) => n.children![i]!, b) as DocInline;
  const l = shapes[3]!;
  const leaves = blockLeaves(l);
  assert.equal((inlineOf(l, leaves[1]!.path) as { text: string }).text, 'hai');
  assert.deepEqual(leaves[1]!.path, [0, 1]);
});
