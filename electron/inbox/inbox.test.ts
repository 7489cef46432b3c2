// The contributions workflow (issue 14) over a real library folder and real Word files written by
// python-docx: five ministries (one under its pre-2025 name, one sending twice), the board, versions,
// the merge data with provenance, and the request and reminder letters read back from the .docx.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { createServices } from '../services/index.ts';
import { tempDir } from '../test/temp.ts';
import { doc, heading, paragraph } from '../shared/doc-build.ts';
import type { DocBlock } from '../shared/doc.ts';
import { makeContributions } from './testing/contributions.ts';
import { createInboxService } from './service.ts';

function draftServices(t: TestContext, now = new Date('2026-11-28T09:00:00')) {
  const dir = tempDir(t);
  const services = createServices({ dataDir: dir, mode: 'cli' });
  // A fixed clock: "late" depends on today.
  const inbox = withClock(services, now);
  t.after(() => services.close());
  const draft = services.reviews.create({
    title: 'Báo cáo tổng kết hợp tác ASEAN năm 2026', year: 2026, lang: 'vi', kind: 'report',
    content: doc([
      heading(1, 'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2026'), paragraph('Năm 2026, hợp tác ASEAN đạt nhiều kết quả.'),
      heading(1, 'II. PHƯƠNG HƯỚNG NĂM 2027'), paragraph('Năm 2027, Việt Nam tiếp tục tham gia tích cực.'),
    ]),
  });
  return { services, inbox, draft, dir };
}

// The service with a fixed clock, over the same parts createServices wires.
function withClock(services: ReturnType<typeof createServices>, now: Date) {
  return createInboxService({ db: services.db, reviews: services.reviews, resourcesDir: services.options.resourcesDir, exportSettings: (id) => services.export.settingsFor(id), now: () => now });
}

test('five ministries: each file goes to the right current ministry, the second version supersedes the first', async (t) => {
  const { inbox, draft, dir } = draftServices(t);
  const made = makeContributions(join(dir, 'files'));
  const outcomes = await inbox.add(draft.id, made.map((m) => ({ path: m.file })));
  assert.deepEqual(outcomes.map((o) => o.status), made.map(() => 'filed'), JSON.stringify(outcomes.filter((o) => o.status !== 'filed')));
  for (const [i, o] of outcomes.entries()) {
    assert.ok(o.status === 'filed');
    assert.equal(o.contribution.ministry.key, made[i]!.ministry, `${made[i]!.file}`);
    assert.equal(o.detection.by, made[i]!.by, `${made[i]!.file} detected by`);
  }
  const planning = outcomes[1]!;
  assert.ok(planning.status === 'filed');
  assert.equal(planning.detection.former?.key, 'mpi', 'the pre-2025 name is kept as what the file said');
  assert.equal(planning.contribution.ministry.nameVi, 'Bộ Tài chính');
  const trade = outcomes[0]!;
  assert.ok(trade.status === 'filed');
  assert.equal(trade.contribution.docNumber, '1234/BCT-ĐB');
  assert.equal(trade.contribution.docDate, '2026-11-20');
  assert.ok(trade.contribution.sections.some((s) => s.key === 'orientations'), JSON.stringify(trade.contribution.sections));

  const [v1, v2] = outcomes.slice(4) as Extract<typeof outcomes[number], { status: 'filed' }>[];
  assert.equal(v1!.contribution.version, 1);
  assert.equal(v2!.contribution.version, 2);
  assert.equal(v2!.contribution.supersedes, v1!.contribution.id);
  assert.equal(v2!.superseded?.id, v1!.contribution.id);
  const diff = inbox.changes(v2!.contribution.id)!;
  assert.deepEqual(diff.changes.map((c) => c.kind), ['changed', 'added']);
  assert.match(diff.changes[0]!.after, /lần thứ 13/);
  assert.match(diff.changes[1]!.after, /AUN/);

  const board = inbox.board(draft.id);
  const row = (key: string) => board.rows.find((r) => r.ministry.key === key)!;
  for (const key of ['moit', 'mof', 'moh', 'sbv', 'moet']) assert.equal(row(key).state, 'received', key);
  assert.equal(row('moet').versions, 2);
  assert.equal(row('moet').latest?.id, v2!.contribution.id);
  assert.equal(row('mod').state, 'not-asked');
  assert.equal(board.rows.some((r) => r.ministry.key === 'mofa'), false, 'the requester is not its own contributor');
  assert.equal(board.counts.received, 5);
  assert.ok(!board.missing.some((m) => m.key === 'moit'));
  assert.equal(board.unused.length, 5, 'superseded versions are not listed as unused');

  // The same file again is refused as a duplicate; nothing new is filed.
  const again = await inbox.add(draft.id, [{ path: made[0]!.file }]);
  assert.equal(again[0]!.status, 'duplicate');
  assert.equal(inbox.board(draft.id).rows.find((r) => r.ministry.key === 'moit')!.versions, 1);
});

test('a file whose sender cannot be told waits for the user; --from files it; an unknown name is refused clearly', async (t) => {
  const { inbox, draft, dir } = draftServices(t);
  const made = makeContributions(join(dir, 'files'));
  const health = made.find((m) => m.ministry === 'moh')!;
  // The same bytes under a name that says nothing.
  const anonymous = join(dir, 'files', 'gop-y.docx');
  (await import('node:fs')).writeFileSync(anonymous, readFileSync(health.file));
  const [waiting] = await inbox.add(draft.id, [{ path: anonymous }]);
  assert.equal(waiting!.status, 'needs-ministry');
  assert.equal(inbox.board(draft.id).counts.received, 0, 'nothing filed');
  const [filed] = await inbox.add(draft.id, [{ path: anonymous, ministry: 'Bộ Y tế' }]);
  assert.ok(filed?.status === 'filed');
  assert.equal(filed.contribution.ministry.key, 'moh');
  assert.equal(filed.contribution.detectedBy, 'user');
  const [bad] = await inbox.add(draft.id, [{ path: made[0]!.file, ministry: 'Bộ Không Tồn Tại' }]);
  assert.ok(bad?.status === 'error');
  assert.equal(bad.code, 'inbox-unknown-ministry');
  assert.match(bad.message.vi, /Không nhận ra bộ, ngành/);
  const [missing] = await inbox.add(draft.id, [{ path: join(dir, 'nope.docx') }]);
  assert.equal(missing!.status, 'error');
});

test('merge: a ministry\'s paragraph for the caret\'s section inserts with provenance, and the board counts it merged', async (t) => {
  const { services, inbox, draft, dir } = draftServices(t);
  const made = makeContributions(join(dir, 'files'));
  await inbox.add(draft.id, made.map((m) => ({ path: m.file })));
  const orientations = inbox.section(draft.id, 'orientations');
  assert.deepEqual(orientations.map((s) => s.contribution.ministry.key).sort(), ['moet', 'mof', 'moh', 'moit', 'sbv']);
  const trade = orientations.find((s) => s.contribution.ministry.key === 'moit')!;
  assert.match(trade.paragraphs[0]!.text, /DEFA/);
  assert.equal(trade.paragraphs[0]!.used, false);
  const { blocks, label } = inbox.insert(trade.contribution.id, trade.paragraphs[0]!.blockIndex, trade.paragraphs[0]!.blockIndex + 1);
  assert.equal(label, 'Bộ Công Thương, 20/11/2026');
  assert.equal(blocks.length, 1);
  const p = (blocks[0] as DocBlock & { $?: { provenance?: { title: string; contribution?: { ministry: string } } } }).$?.provenance;
  assert.equal(p?.title, 'Bộ Công Thương, 20/11/2026');
  assert.equal(p?.contribution?.ministry, 'moit');

  const current = services.reviews.get(draft.id);
  services.reviews.save(draft.id, doc([...current.content.root.children as DocBlock[], ...blocks]), 'manual');
  const board = inbox.board(draft.id);
  const row = board.rows.find((r) => r.ministry.key === 'moit')!;
  assert.equal(row.state, 'merged');
  assert.equal(row.usedBlocks, 1);
  assert.ok(row.totalBlocks >= 3);
  assert.ok(!board.unused.some((c) => c.ministry.key === 'moit'));
  assert.equal(inbox.section(draft.id, 'orientations').find((s) => s.contribution.ministry.key === 'moit')!.paragraphs[0]!.used, true);
  // The inserted paragraph is now in the draft's section: others like it are flagged.
  const again = inbox.section(draft.id, 'orientations').find((s) => s.contribution.ministry.key === 'moit')!;
  assert.equal(again.paragraphs[0]!.similarInDraft, 100);
});

async function letterText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

test('the request letter goes to every contributor and marks them asked; the reminder goes to the late ones only', async (t) => {
  const { services, inbox, draft, dir } = draftServices(t);
  inbox.setRound(draft.id, { deadline: '2026-11-25', letterNumber: '3456/BNG-ASEAN' });
  // The letter names the review's own meeting date (Properties), not a second one kept by the board.
  services.reviews.update(draft.id, { fields: { meetingDate: '2026-12-10' } });
  for (const key of [...inbox.board(draft.id).rows.map((r) => r.ministry.key)]) if (!['moit', 'moh', 'moc'].includes(key)) inbox.removeContributor(draft.id, key);
  const request = join(dir, 'cong-van.docx');
  const sent = await inbox.letter(draft.id, { path: request });
  assert.deepEqual(sent.recipients.map((r) => r.key).sort(), ['moc', 'moh', 'moit']);
  const text = await letterText(request);
  assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(text, /Số: 3456\/BNG-ASEAN/);
  assert.match(text, /V\/v đề nghị đóng góp cho Báo cáo tổng kết tình hình hợp tác ASEAN năm 2026/);
  assert.match(text, /Kính gửi:\n- Bộ Công Thương;\n- Bộ Xây dựng;\n- Bộ Y tế\./);
  assert.match(text, /trước ngày 25\/11\/2026/);
  assert.match(text, /dự kiến tổ chức ngày 10\/12\/2026/);
  assert.match(text, /- Kết quả hợp tác ASEAN năm 2026;\n- Phương hướng năm 2027\./, 'the sections wanted are the draft\'s');
  assert.match(text, /Nơi nhận:\n- Như trên;\n- Lưu: VT, ASEAN\./);
  assert.match(text, /^BỘ NGOẠI GIAO$/m, 'the Ministry issues the letter when the review names no agency');
  assert.match(text, /TL\. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ ASEAN/);
  const board = inbox.board(draft.id);
  assert.ok(board.rows.every((r) => r.askedAt === '2026-11-28'));
  // The deadline passed (today is 28/11): all three asked are late until one sends.
  assert.equal(board.counts.late, 3);
  const made = makeContributions(join(dir, 'files'));
  await inbox.add(draft.id, [{ path: made[0]!.file }]);
  const reminder = join(dir, 'nhac.docx');
  const reminded = await inbox.letter(draft.id, { path: reminder, reminder: true });
  assert.deepEqual(reminded.recipients.map((r) => r.key).sort(), ['moc', 'moh']);
  const reminderText = await letterText(reminder);
  assert.match(reminderText, /chưa nhận được báo cáo/);
  assert.match(reminderText, /công văn số 3456\/BNG-ASEAN/);
  assert.doesNotMatch(reminderText, /Bộ Công Thương/);
  assert.ok(inbox.board(draft.id).rows.filter((r) => r.ministry.key !== 'moit').every((r) => r.remindedAt === '2026-11-28'));
  // A letter to a wrong extension fails before anything is marked.
  await assert.rejects(inbox.letter(draft.id, { path: join(dir, 'x.pdf') }), /\.docx/);
});

test('no reminder when nobody is late; the contributors list is editable', async (t) => {
  const { inbox, draft, dir } = draftServices(t);
  await assert.rejects(inbox.letter(draft.id, { path: join(dir, 'r.docx'), reminder: true }), (e: Error & { code?: string }) => e.code === 'inbox-none-late');
  const before = inbox.board(draft.id).rows.length;
  inbox.addContributor(draft.id, 'Ủy ban Quản lý vốn nhà nước', true);
  assert.equal(inbox.board(draft.id).rows.length, before + 1);
  // A former name added by the user is the current ministry.
  inbox.removeContributor(draft.id, 'mae');
  inbox.addContributor(draft.id, 'Bộ Tài nguyên và Môi trường');
  assert.ok(inbox.board(draft.id).rows.some((r) => r.ministry.key === 'mae'));
  assert.throws(() => inbox.setRound(draft.id, { deadline: '2026-02-30' }), /2026-02-30/);
});

test('a library archive carries the round: contributors, both versions, and the board reads the same on the other machine', async (t) => {
  const { services, inbox, draft, dir } = draftServices(t);
  inbox.setRound(draft.id, { deadline: '2026-11-25' });
  const made = makeContributions(join(dir, 'files'));
  await inbox.add(draft.id, made.map((m) => ({ path: m.file })));
  const archive = join(dir, 'thu-vien.rdlib');
  await services.archive.export(archive);
  const other = createServices({ dataDir: join(dir, 'other'), mode: 'cli' });
  t.after(() => other.close());
  await other.archive.import(archive);
  const before = inbox.board(draft.id);
  const after = other.inbox.board(draft.id);
  assert.equal(after.deadline, '2026-11-25');
  assert.deepEqual(after.rows.map((r) => [r.ministry.key, r.state, r.versions]), before.rows.map((r) => [r.ministry.key, r.state, r.versions]));
  const moet = after.rows.find((r) => r.ministry.key === 'moet')!;
  assert.equal(other.inbox.changes(moet.latest!.id)!.changes.length, 2);
});
