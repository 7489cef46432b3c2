// Circulated and returned (issue 14): the draft exported, sent back by two authors of a ministry with
// comments and tracked changes, imported against the draft as it is now (one paragraph edited since,
// one deleted): every comment and change on the right words, the lost ones listed; accepting all gives
// the expected text and a clean export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createServices } from '../services/index.ts';
import { tempDir } from '../test/temp.ts';
import { doc, heading, inlineText, paragraph } from '../shared/doc-build.ts';
import type { DocBlock, DocCommentMark, DocInline, DocParagraph, DocState } from '../shared/doc.ts';
import { returnWithRevisions } from './testing/returned.ts';

const P1 = 'Kim ngạch thương mại giữa Việt Nam và ASEAN tiếp tục tăng mạnh trong năm 2026.';
const P2 = 'Việt Nam đã tham gia đầy đủ các hội nghị cấp cao và cấp bộ trưởng ASEAN.';
const P3 = 'Đoạn này sẽ bị xoá khỏi dự thảo sau khi gửi lấy ý kiến.';
const P4 = 'Năm 2027, tiếp tục thúc đẩy thực thi Tầm nhìn Cộng đồng ASEAN 2045.';

/** Accept every tracked change (what "accept all" does in the panel): insertions stay, deletions go. */
function acceptAll(state: DocState): DocState {
  const inline = (c: DocInline): DocInline[] => {
    if (c.type === 'review-change') return c.change === 'insertion' ? [{ ...c, type: 'text' } as DocInline] : [];
    if (c.type === 'comment-mark') return [{ ...c, children: c.children.flatMap((r) => inline(r) as DocCommentMark['children']) }];
    return [c];
  };
  return { root: { ...state.root, children: state.root.children.map((b) => ('children' in b && (b.type === 'paragraph' || b.type === 'heading') ? { ...b, children: (b as DocParagraph).children.flatMap(inline) } : b)) } } as DocState;
}

test('two authors\' comments and tracked changes land on the right words; the lost ones are listed', async (t) => {
  const dir = tempDir(t);
  const services = createServices({ dataDir: dir, mode: 'cli' });
  t.after(() => services.close());
  const draft = services.reviews.create({
    title: 'Báo cáo tổng kết 2026', year: 2026, lang: 'vi', kind: 'report',
    content: doc([heading(1, 'I. KẾT QUẢ'), paragraph(P1), paragraph(P2), paragraph(P3), heading(1, 'II. PHƯƠNG HƯỚNG'), paragraph(P4)]),
  });
  const circulated = join(dir, 'du-thao-gui-lay-y-kien.docx');
  await services.export.docx(draft.id, services.export.settingsFor(draft.id), circulated);
  services.inbox.markCirculated(draft.id);

  const returned = await returnWithRevisions(readFileSync(circulated), [
    { paragraph: P1, pieces: ['Kim ngạch thương mại giữa Việt Nam và ASEAN tiếp tục ', { del: 'tăng mạnh', author: 'Trần Thị Bình' }, { ins: 'tăng trưởng ổn định', author: 'Trần Thị Bình' }, ' trong năm 2026.'] },
    { paragraph: P2, pieces: ['Việt Nam đã tham gia ', { comment: 'Đề nghị nêu số hội nghị cụ thể.', on: 'đầy đủ', author: 'Lê Văn Cường' }, ' các hội nghị cấp cao và cấp bộ trưởng ASEAN', { ins: ' năm 2026', author: 'Lê Văn Cường' }, '.'] },
    { paragraph: P3, pieces: ['Đoạn này sẽ bị xoá ', { comment: 'Giữ lại đoạn này.', on: 'khỏi dự thảo', author: 'Trần Thị Bình' }, ' sau khi gửi lấy ý kiến.'] },
    { paragraph: P4, pieces: ['Năm 2027, tiếp tục thúc đẩy ', { del: 'thực thi ', author: 'Trần Thị Bình' }, 'Tầm nhìn Cộng đồng ASEAN 2045.'] },
  ]);
  const back = join(dir, 'Bo_Cong_Thuong_gop_y.docx');
  writeFileSync(back, returned);

  // Since circulation the drafter edited P4 (a word added before the change) and deleted P3.
  const now = services.reviews.get(draft.id).content.root.children as DocBlock[];
  services.reviews.save(draft.id, doc([now[0]!, now[1]!, now[2]!, now[4]!, paragraph('Năm 2027, Việt Nam tiếp tục thúc đẩy thực thi Tầm nhìn Cộng đồng ASEAN 2045.')]), 'manual');

  const [outcome] = await services.inbox.importReturns(draft.id, [{ path: back }]);
  assert.ok(outcome?.status === 'imported', JSON.stringify(outcome));
  assert.equal(outcome.ministry?.key, 'moit', 'the ministry from the file name');
  assert.equal(outcome.changes, 4);
  assert.equal(outcome.comments, 1);
  assert.deepEqual(outcome.unanchored.map((u) => [u.kind, u.text]), [['comment', 'Giữ lại đoạn này.']], 'the comment on the deleted paragraph is listed');

  const content = services.reviews.get(draft.id).content;
  const p1 = content.root.children[1] as DocParagraph;
  const changes = (p: DocParagraph) => p.children.flatMap((c) => (c.type === 'review-change' ? [[c.change, c.text, c.author]] : c.type === 'comment-mark' ? c.children.filter((r) => r.type === 'review-change').map((r) => [(r as { change: string }).change, r.text, (r as { author: string }).author]) : []));
  assert.deepEqual(changes(p1), [['deletion', 'tăng mạnh', 'Trần Thị Bình (Bộ Công Thương)'], ['insertion', 'tăng trưởng ổn định', 'Trần Thị Bình (Bộ Công Thương)']]);
  const p2 = content.root.children[2] as DocParagraph;
  const mark = p2.children.find((c): c is DocCommentMark => c.type === 'comment-mark')!;
  assert.equal(inlineText(mark.children), 'đầy đủ', 'the comment is on its words');
  assert.equal(mark.comments[0]!.author, 'Lê Văn Cường (Bộ Công Thương)');
  assert.equal(mark.comments[0]!.text, 'Đề nghị nêu số hội nghị cụ thể.');
  assert.deepEqual(changes(p2), [['insertion', ' năm 2026', 'Lê Văn Cường (Bộ Công Thương)']]);
  // Edited since circulation: the deletion still finds its words.
  const p4 = content.root.children[4] as DocParagraph;
  assert.deepEqual(changes(p4), [['deletion', 'thực thi ', 'Trần Thị Bình (Bộ Công Thương)']]);

  const accepted = acceptAll(content);
  assert.equal(inlineText((accepted.root.children[1] as DocParagraph).children), 'Kim ngạch thương mại giữa Việt Nam và ASEAN tiếp tục tăng trưởng ổn định trong năm 2026.');
  assert.equal(inlineText((accepted.root.children[2] as DocParagraph).children), 'Việt Nam đã tham gia đầy đủ các hội nghị cấp cao và cấp bộ trưởng ASEAN năm 2026.');
  assert.equal(inlineText((accepted.root.children[4] as DocParagraph).children), 'Năm 2027, Việt Nam tiếp tục thúc đẩy Tầm nhìn Cộng đồng ASEAN 2045.');
  services.reviews.save(draft.id, accepted, 'manual');
  const clean = join(dir, 'clean.docx');
  await services.export.docx(draft.id, services.export.settingsFor(draft.id), clean);
  const xml = await (await JSZip.loadAsync(readFileSync(clean))).file('word/document.xml')!.async('string');
  assert.doesNotMatch(xml, /<w:ins |<w:del /, 'no revision left in the export');
  assert.match(xml, /tăng trưởng ổn định/);

  // Pending changes export as Word revisions by their authors (nothing silently applied).
  services.reviews.save(draft.id, content, 'manual');
  const pending = join(dir, 'pending.docx');
  await services.export.docx(draft.id, services.export.settingsFor(draft.id), pending);
  const pendingXml = await (await JSZip.loadAsync(readFileSync(pending))).file('word/document.xml')!.async('string');
  assert.match(pendingXml, /<w:del [^>]*w:author="Trần Thị Bình \(Bộ Công Thương\)"/);
  assert.match(pendingXml, /<w:ins [^>]*w:author="Lê Văn Cường \(Bộ Công Thương\)"/);

  // The same file twice is refused; the board lists the return with what was lost.
  const [again] = await services.inbox.importReturns(draft.id, [{ path: back }]);
  assert.equal(again?.status, 'duplicate');
  const board = services.inbox.board(draft.id);
  assert.equal(board.returns.length, 1);
  assert.equal(board.returns[0]!.unanchored[0]!.text, 'Giữ lại đoạn này.');
  assert.ok(board.circulatedAt);
  // The draft as it was before the import is in its history.
  const versions = services.db.prepare('SELECT content FROM versions WHERE review_id = ? ORDER BY id').all(draft.id) as { content: string }[];
  assert.ok(versions.some((v) => !v.content.includes('review-change') && v.content.includes('Việt Nam tiếp tục thúc đẩy thực thi')));
});
