// A public corpus: the .docx test files of mammoth.js (BSD-2, testing/corpus/mammoth/LICENSE), made by
// Word and other producers, imported by the streaming reader; the text that comes out is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocCommentMark } from '../../shared/doc.ts';
import { docText } from '../../shared/doc-build.ts';
import { AppError } from '../../shared/errors.ts';
import { parseFile } from './parse.ts';

const DIR = join(import.meta.dirname, 'testing', 'corpus', 'mammoth');
const read = (name: string) => parseFile(readFileSync(join(DIR, name)), 'docx', name, 2025);

const TEXT: Record<string, string> = {
  'single-paragraph.docx': 'Walking on imported air',
  'strict-format.docx': 'Test',
  'utf8-bom.docx': 'This XML has a byte order mark.',
  'underline.docx': 'The Sunset Tree',
  'strikethrough.docx': "Today's Special: Salmon Sold out",
  'simple-list.docx': 'Apple\nBanana',
  'tables.docx': 'Above\n\nTop left\tTop right\nBottom left\tBottom right\n\nBelow',
  'text-box.docx': 'Datum plane',
  // Note numbers stand apart from the word ("Ouch[1]."), the notes follow without Word's "↑" links.
  'footnotes.docx': 'Ouch[1].[2]\n\nChú thích\n\n[1] A tachyon walks into a bar.\n\n[2] Fin.',
  'endnotes.docx': 'Ouch[1].[2]\n\nChú thích\n\n[1] A tachyon walks into a bar.\n\n[2] Fin.',
  'footnote-hyperlink.docx': '[1]\n\nChú thích\n\n[1] Example',
};

test('public .docx test files read as Word shows them', async () => {
  for (const [name, expected] of Object.entries(TEXT)) {
    const parsed = await read(name);
    assert.equal(docText(parsed.content), expected, name);
  }
});

test('comments.docx: both comments kept as marks on the text they annotate', async () => {
  const parsed = await read('comments.docx');
  const para = parsed.content.root.children[0]!;
  assert.ok(para.type === 'paragraph');
  const marks = para.children.filter((c): c is DocCommentMark => c.type === 'comment-mark');
  assert.deepEqual(marks.map((m) => [m.children.map((c) => (c.type === 'text' ? c.text : '')).join(''), m.comments.map((c) => `${c.author}: ${c.text}`)]), [
    ['Ouch', ['Michael Williamson: A tachyon walks into a bar.']],
    ['.', ['Michael Williamson: Fin.']],
  ]);
  assert.ok(parsed.notes.some((n) => n.en === '2 comment(s) kept on the text they annotate.'));
});

test('a picture-only file is refused as having no text, saying an image was not imported', async () => {
  await assert.rejects(read('tiny-picture.docx'), (error: unknown) => {
    assert.ok(error instanceof AppError && error.code === 'import-no-text');
    assert.match(error.userMessage.en, /1 image was not imported/u);
    assert.match(error.userMessage.vi, /1 hình ảnh không được nhập/u);
    return true;
  });
});
