// Issue 9 item 9: Markdown read by markdown-it (CommonMark + GFM), asserted on the text that comes out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockText } from '../../shared/doc-build.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { markdownToBlocks } from './markdown.ts';

test('intraword underscores stay; *emphasis* and **strong** become formats', () => {
  const [para] = markdownToBlocks('Tệp bao_cao_nam_2024.docx và snake_case_name có *nghiêng* và **đậm**.').blocks;
  assert.ok(para?.type === 'paragraph');
  assert.equal(blockText(para), 'Tệp bao_cao_nam_2024.docx và snake_case_name có nghiêng và đậm.');
  assert.ok(para.children.some((c) => c.type === 'text' && c.text === 'nghiêng' && c.format === TEXT_FORMAT.italic));
  assert.ok(para.children.some((c) => c.type === 'text' && c.text === 'đậm' && c.format === TEXT_FORMAT.bold));
});

test('fenced code blocks keep their lines, apart from the text around them; a "#" inside is not a heading', () => {
  const { blocks } = markdownToBlocks('Trước.\n\n```bash\n# không phải tiêu đề\nnpm start\n```\nSau.\n\n~~~\nkhối hai\n~~~\n');
  assert.deepEqual(blocks.map((b) => [b.type, blockText(b)]), [
    ['paragraph', 'Trước.'],
    ['paragraph', '# không phải tiêu đề\nnpm start'],
    ['paragraph', 'Sau.'],
    ['paragraph', 'khối hai'],
  ]);
  assert.ok(blocks.every((b) => b.type !== 'heading'));
});

test('GFM pipe tables with alignment colons are tables, cells aligned', () => {
  const { blocks } = markdownToBlocks('| Trụ cột | Số hoạt động |\n|:--------|-------------:|\n| Chính trị | 12 |\n| Kinh tế | 30 |\n');
  const [tbl] = blocks;
  assert.ok(tbl?.type === 'table');
  assert.deepEqual(tbl.children.map((row) => row.children.map((cell) => blockText(cell.children[0]!))), [['Trụ cột', 'Số hoạt động'], ['Chính trị', '12'], ['Kinh tế', '30']]);
  assert.equal(tbl.children[1]!.children[1]!.children[0]!.format, 'right');
  assert.equal(tbl.children[0]!.children[0]!.headerState, 1);
});

test('headings, nested lists, ordered start, images counted', () => {
  const { blocks, images } = markdownToBlocks('# I. Kết quả\n\n## 1. Chính trị\n\n3. ba\n4. bốn\n\n- a\n  - a1\n- b\n\n![ảnh](x.png)\n');
  assert.deepEqual(blocks.map((b) => [b.type === 'heading' ? b.tag : b.type, blockText(b)]), [
    ['h1', 'I. Kết quả'], ['h2', '1. Chính trị'], ['list', 'ba\nbốn'], ['list', 'a\na1\nb'],
  ]);
  const ordered = blocks[2]!;
  assert.ok(ordered.type === 'list' && ordered.listType === 'number' && ordered.start === 3);
  assert.equal(images, 1);
});
