// `inbox`, `inbox add`, `inbox letter` through the real CLI on a real library folder (issue 14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { tempDir } from '../test/temp.ts';
import { makeContributions } from '../inbox/testing/contributions.ts';
import type { AddOutcome, Board } from '../shared/inbox.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');
function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('inbox add files five ministries\' contributions, the board shows them, --from decides, letter writes the công văn', async (t) => {
  const dir = tempDir(t);
  const id = cli(dir, 'new', '--title', 'Báo cáo tổng kết 2026', '--year', '2026', '--lang', 'vi').out.trim();
  const made = makeContributions(join(dir, 'files'));
  const added = cli(dir, 'inbox', 'add', id, ...made.map((m) => m.file));
  assert.equal(added.code, 0, added.err + added.out);
  const lines = added.out.trim().split('\n');
  assert.equal(lines.length, 6);
  assert.match(lines[1]!, /^filed\t\S+\t.*bao-cao-dau-tu\.docx\tBộ Tài chính \(tên cũ \/ former name: Bộ Kế hoạch và Đầu tư\)\tv1/);
  assert.match(lines[5]!, /Bộ Giáo dục và Đào tạo\tv2 \(thay bản \/ supersedes v1\)/);

  const board = JSON.parse(cli(dir, 'inbox', id, '--json').out) as Board;
  assert.deepEqual(board.rows.filter((r) => r.state === 'received').map((r) => r.ministry.key).sort(), ['moet', 'mof', 'moh', 'moit', 'sbv']);
  const text = cli(dir, 'inbox', id, '--deadline', '2026-11-25', '--meeting', '2026-12-10');
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /hạn \/ deadline: 25\/11\/2026\thọp \/ meeting: 10\/12\/2026/);
  // The meeting date is the review's own: Properties (`show`) has it.
  assert.match(cli(dir, 'show', id, '--json').out, /"meetingDate": "2026-12-10"/);
  assert.match(text.out, /^received\tmoit\tBộ Công Thương\t.*cong-van-1234\.docx\tv1\t20\/11\/2026/m);
  assert.match(text.out, /còn thiếu \/ missing \(\d+\): .*Bộ Quốc phòng/);

  // --from overrides what the file says; a name the app does not know is refused before anything is read.
  const other = join(dir, 'files', 'Bo_Y_te_gop_y.docx');
  const unknown = cli(dir, 'inbox', 'add', id, other, '--from', 'Bộ Không Có');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /Không nhận ra bộ, ngành “Bộ Không Có”/);
  const dup = JSON.parse(cli(dir, 'inbox', 'add', id, other, '--from', 'moh', '--json').out) as AddOutcome[];
  assert.equal(dup[0]!.status, 'duplicate');

  const out = join(dir, 'cong-van.docx');
  const letter = cli(dir, 'inbox', 'letter', id, '--out', out);
  assert.equal(letter.code, 0, letter.err);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  assert.match(xml, /Kính gửi:/);
  assert.match(xml, /- Bộ Quốc phòng;/);
  assert.match(xml, /V\/v đề nghị đóng góp/);
  assert.match(xml, /dự kiến tổ chức ngày 10\/12\/2026/);
  const asked = JSON.parse(cli(dir, 'inbox', id, '--json').out) as Board;
  assert.ok(asked.rows.every((r) => r.askedAt !== null));
  const reminder = cli(dir, 'inbox', 'letter', id, '--out', join(dir, 'nhac.docx'), '--reminder');
  // Asked today, deadline 25/11/2026: late only once that day has passed on this machine's clock.
  if (asked.today > '2026-11-25') assert.equal(reminder.code, 0, reminder.err);
  else { assert.equal(reminder.code, 1); assert.match(reminder.err, /Không có bộ, ngành nào chậm gửi/); }
});

test('comments import places a returned file\'s changes and lists what it could not place', async (t) => {
  const dir = tempDir(t);
  const { createServices } = await import('../services/index.ts');
  const { doc, paragraph } = await import('../shared/doc-build.ts');
  const { returnWithRevisions } = await import('../inbox/testing/returned.ts');
  const { writeFileSync } = await import('node:fs');
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const id = services.reviews.create({ title: 'Dự thảo', year: 2026, lang: 'vi', content: doc([paragraph('Hợp tác kinh tế ASEAN đạt kết quả tốt.'), paragraph('Đoạn sẽ bị xoá.')]) }).id;
  const circulated = join(dir, 'gui.docx');
  await services.export.docx(id, services.export.settingsFor(id), circulated);
  services.reviews.save(id, doc([paragraph('Hợp tác kinh tế ASEAN đạt kết quả tốt.')]), 'manual');
  services.close();
  const back = join(dir, 'tra-lai.docx');
  writeFileSync(back, await returnWithRevisions(readFileSync(circulated), [
    { paragraph: 'Hợp tác kinh tế ASEAN đạt kết quả tốt.', pieces: ['Hợp tác kinh tế ASEAN đạt kết quả ', { ins: 'rất ', author: 'Phạm Minh' }, 'tốt.'] },
    { paragraph: 'Đoạn sẽ bị xoá.', pieces: ['Đoạn sẽ ', { del: 'bị xoá', author: 'Phạm Minh' }, '.'] },
  ]));
  const run = cli(dir, 'comments', 'import', id, back, '--from', 'Bộ Tài chính');
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^imported\t\S+\t.*tra-lai\.docx\tBộ Tài chính\t0 góp ý \/ comments\t1 thay đổi \/ changes\t1 không gắn được \/ not anchored$/m);
  assert.match(run.out, /^ {2}! deletion\tPhạm Minh \(Bộ Tài chính\)\tbị xoá/m);
  const shown = JSON.parse(cli(dir, 'show', id, '--json').out) as { content: { root: { children: { children: { type: string; text: string }[] }[] } } };
  assert.deepEqual(shown.content.root.children[0]!.children.map((c) => [c.type, c.text]), [['text', 'Hợp tác kinh tế ASEAN đạt kết quả '], ['review-change', 'rất '], ['text', 'tốt.']]);
  assert.equal(cli(dir, 'comments', 'import', id).code, 1, 'no file: a usage error');
});
