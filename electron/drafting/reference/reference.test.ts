import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadReference, setReferenceValue, resetReferenceValue } from './load.ts';
import { buildReference, parseReferenceFile, chairOf, somHeadAt, anniversariesIn, formerMinistries, policyChain, summitsOf, yearsSince } from './index.ts';
import { openDb } from '../../store/db.ts';
import { tempDir } from '../../test/temp.ts';
import { AppError } from '../../shared/errors.ts';
import { selectReferenceEdits } from '../../store/reference-edits.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

test('the bundled reference loads without problems and answers the drafting questions', () => {
  const { data, problems } = loadReference({ resourcesDir: ROOT });
  assert.deepEqual(problems, []);
  const y2026 = chairOf(data, 2026, 'en');
  assert.equal(y2026.name.value, 'the Philippines', 'as a sentence writes it');
  assert.equal(y2026.theme.value, 'Navigating Our Future, Together');
  assert.equal(y2026.theme.confirmed, true);
  assert.equal(chairOf(data, 2026, 'vi').theme.confirmed, false, 'the Vietnamese rendering varies');
  const y2027 = chairOf(data, 2027, 'vi');
  assert.equal(y2027.code, 'SG');
  assert.equal(y2027.name.confirmed, true);
  assert.equal(y2027.theme.value, null);
  assert.equal(y2027.theme.confirmed, false);
  assert.equal(chairOf(data, 2028, 'en').name.confirmed, false, 'rotation only');
  assert.equal(chairOf(data, 2040, 'en').name.value, null);
  assert.equal(somHeadAt(data, 2025)?.nameVi, 'Đặng Hoàng Giang');
  assert.equal(somHeadAt(data, '2024-03')?.nameVi, 'Đỗ Hùng Việt');
  assert.equal(somHeadAt(data, 2026), undefined, 'unknown: the app asks');
  assert.deepEqual(anniversariesIn(data, 2027, 'vi').map((a) => a.phrase), ['kỷ niệm 60 năm thành lập ASEAN', 'kỷ niệm 20 năm ký kết Hiến chương ASEAN']);
  assert.equal(yearsSince(data, 'vn-joined', 2025), 30);
  assert.deepEqual(summitsOf(data, 2026).map((s) => [s.number, s.confirmed]), [[48, false], [49, false]]);
  const mpi = formerMinistries(data).find((f) => f.former.key === 'mpi');
  assert.deepEqual(mpi?.successors.map((s) => s.nameVi), ['Bộ Tài chính']);
  assert.deepEqual(policyChain(data, 'de-an-161').map((d) => d.code), ['161/QĐ-TTg', '155/QĐ-TTg']);
  for (const kind of Object.keys(data) as (keyof typeof data)[]) {
    for (const e of data[kind]) assert.ok(e.source.length > 0 && typeof e.confirmed === 'boolean', `${kind} ${e.key}`);
  }
});

test('a broken file is reported with file, line and reason; its good entries and the other files still load', () => {
  const broken = [
    'kind: chairs',
    'entries:',
    '  - { key: "2026", year: 2026, chair: PH, themeEn: x, themeVi: y, source: s, confirmed: true }',
    '  - { key: "20x6", year: twenty, chair: PH, source: s, confirmed: true }',
    '  - { key: "2031", year: 2031, chair: FR, source: s, confirmed: false }',
    '  - { key: "2032", year: 2032, chair: VN, confirmed: false }',
  ].join('\n');
  const members = 'kind: members\nentries:\n  - { key: PH, nameVi: P, nameEn: Philippines, joined: "1967-08-08", source: s, confirmed: true }\n  - { key: VN, nameVi: V, nameEn: Viet Nam, joined: "1995-07-28", source: s, confirmed: true }\n';
  const bad = 'kind: summits\nentries: [ { key: 1\n';
  const ref = buildReference([{ file: 'chairs.yaml', text: broken }, { file: 'members.yaml', text: members }, { file: 'summits.yaml', text: bad }]);
  assert.deepEqual(ref.data.chairs.map((c) => c.key), ['2026']);
  assert.equal(ref.data.members.length, 2);
  const where = ref.problems.map((p) => `${p.file}:${p.line}`);
  assert.ok(where.includes('chairs.yaml:4'), where.join(' '));
  assert.ok(where.includes('chairs.yaml:5'), where.join(' '));
  assert.ok(where.includes('chairs.yaml:6'), where.join(' '));
  assert.ok(where.some((w) => w.startsWith('summits.yaml:')), where.join(' '));
  const text = ref.problems.map((p) => p.reason.en).join('\n');
  assert.match(text, /“year”: must be a year/);
  assert.match(text, /“FR” is not an ASEAN member state/);
  assert.match(text, /“source”: is required/);
  assert.match(ref.problems.map((p) => p.reason.vi).join('\n'), /không phải là nước thành viên ASEAN/);
});

test('a file with no kind is one problem on line 1', () => {
  const parsed = parseReferenceFile('x.yaml', 'hello: world\n');
  assert.equal(parsed.kind, null);
  assert.deepEqual(parsed.problems.map((p) => p.line), [1]);
});

test('user edits are stored in the library, shown as theirs, refused when they do not fit, and survive a new bundled file', (t) => {
  const db = openDb(join(tempDir(t), 'lib.sqlite'));
  t.after(() => db.close());
  const updated = setReferenceValue(db, ROOT, 'chairs', '2027', 'themeEn', 'ASEAN at 60');
  assert.equal(updated && 'themeEn' in updated ? updated.themeEn : null, 'ASEAN at 60');
  let { data } = loadReference({ resourcesDir: ROOT, db });
  const y2027 = chairOf(data, 2027, 'en');
  assert.equal(y2027.theme.value, 'ASEAN at 60');
  assert.equal(y2027.theme.confirmed, true);
  assert.equal(y2027.theme.user, true);
  assert.equal(y2027.name.user, false);

  assert.throws(() => setReferenceValue(db, ROOT, 'chairs', '2031', 'chair', 'FR'), (e: unknown) => e instanceof AppError && /not an ASEAN member state/.test(e.userMessage.en));
  assert.throws(() => setReferenceValue(db, ROOT, 'chairs', '2027', 'year', 'next'), (e: unknown) => e instanceof AppError && /must be a year/.test(e.userMessage.en) && /phải là một năm/.test(e.userMessage.vi));
  assert.throws(() => setReferenceValue(db, ROOT, 'summits', '48', 'date', '2026-13'), /real date/);
  assert.throws(() => setReferenceValue(db, ROOT, 'rulers', '1', 'x', 'y'), /no reference kind/);
  assert.throws(() => setReferenceValue(db, ROOT, 'chairs', '2027', 'colour', 'red'), /not a field/);

  // A new entry from its key and one field.
  setReferenceValue(db, ROOT, 'chairs', '2031', 'chair', 'ID');
  ({ data } = loadReference({ resourcesDir: ROOT, db }));
  const y2031 = data.chairs.find((c) => c.key === '2031');
  assert.equal(y2031?.chair, 'ID');
  assert.equal(y2031?.origin.bundled, false);

  // An upgrade with different bundled files: the edit still applies on top.
  const upgraded = buildReference([
    { file: 'members.yaml', text: 'kind: members\nentries:\n  - { key: SG, nameVi: Singapore, nameEn: Singapore, joined: "1967-08-08", source: s, confirmed: true }\n  - { key: ID, nameVi: Indonesia, nameEn: Indonesia, joined: "1967-08-08", source: s, confirmed: true }\n' },
    { file: 'chairs.yaml', text: 'kind: chairs\nentries:\n  - { key: "2027", year: 2027, chair: SG, themeEn: "Official theme", themeVi: null, source: new, confirmed: true }\n' },
  ], selectReferenceEdits(db));
  assert.equal(upgraded.data.chairs.find((c) => c.key === '2027')?.themeEn, 'ASEAN at 60');
  assert.equal(upgraded.data.chairs.find((c) => c.key === '2031')?.chair, 'ID');

  assert.equal(resetReferenceValue(db, 'chairs', '2027', 'themeEn'), true);
  ({ data } = loadReference({ resourcesDir: ROOT, db }));
  assert.equal(chairOf(data, 2027, 'en').theme.value, null);
});
