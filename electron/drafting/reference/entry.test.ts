// The whole-entry form's save (reference:setEntry) over a real library: all fields or none, a new entry
// visible at once, refusals by field, and an edit that writes only what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadReference, resetReferenceValue, setReferenceEntry, setReferenceValue } from './load.ts';
import { kindForm, referenceForms } from './fields.ts';
import { REF_KINDS, type RefEntry } from './schema.ts';
import { openDb, type Db } from '../../store/db.ts';
import { tempDir, tempServices } from '../../test/temp.ts';
import { selectReferenceEdits } from '../../store/reference-edits.ts';
import type { TestContext } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function library(t: TestContext): Db {
  const db = openDb(join(tempDir(t), 'lib.sqlite'));
  t.after(() => db.close());
  return db;
}

const chair = (db: Db, key: string) => loadReference({ resourcesDir: ROOT, db }).data.chairs.find((c) => c.key === key);

test('a new Chair typed in one form is one save, and reads back at once with every field', (t) => {
  const db = library(t);
  const saved = setReferenceEntry(db, ROOT, 'chairs', 'add', '', { year: '2031', chair: 'ID', themeEn: 'One ASEAN', themeVi: 'Một ASEAN', source: '', confirmed: 'true', note: '' });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  if (!saved.ok) return;
  assert.equal(saved.key, '2031', 'the key is the year');
  assert.equal(saved.entry.key, '2031');
  const y2031 = chair(db, '2031');
  assert.equal(y2031?.chair, 'ID');
  assert.equal(y2031?.themeEn, 'One ASEAN');
  assert.equal(y2031?.themeVi, 'Một ASEAN');
  assert.equal(y2031?.origin.bundled, false);
  assert.ok(y2031?.source.includes('entered by the user'), 'an empty source is the user');
  assert.equal(y2031?.note, undefined, 'an empty note is no note');
  assert.deepEqual(new Set(saved.written), new Set(['year', 'chair', 'themeEn', 'themeVi', 'confirmed']));
});

test('a refused field is reported by name and nothing of the entry is written', (t) => {
  const db = library(t);
  const bad = setReferenceEntry(db, ROOT, 'summits', 'add', '', { number: '60', year: '2031', date: '2031-13', placeEn: 'Jakarta', placeVi: '' });
  assert.equal(bad.ok, false);
  if (bad.ok) return;
  const byField = Object.fromEntries(bad.refusals.map((r) => [r.field, r.reason]));
  assert.deepEqual(Object.keys(byField).sort(), ['date', 'placeVi']);
  assert.match(byField.date!.en, /real date/);
  assert.match(byField.date!.vi, /ngày dạng YYYY/);
  assert.match(byField.placeVi!.en, /required/);
  assert.deepEqual(selectReferenceEdits(db), [], 'the good fields were not written either');
  assert.equal(loadReference({ resourcesDir: ROOT, db }).data.summits.some((s) => s.key === '60'), false);

  // A bad year on a new Chair: refused on the year, the rest kept out too.
  const year = setReferenceEntry(db, ROOT, 'chairs', 'add', '', { year: 'next', chair: 'VN', themeEn: 'x' });
  assert.equal(year.ok, false);
  if (!year.ok) {
    assert.deepEqual(year.refusals.map((r) => r.field), ['year']);
    assert.match(year.refusals[0]!.reason.vi, /phải là một năm/);
  }
  // A country that is not a member: refused on the country.
  const fr = setReferenceEntry(db, ROOT, 'chairs', 'add', '', { year: '2032', chair: 'FR' });
  assert.equal(!fr.ok && fr.refusals.map((r) => `${r.field}: ${r.reason.en}`).join(), 'chair: “FR” is not an ASEAN member state (see the members list)');
  // An edit with one good and one bad field: neither is written.
  const mixed = setReferenceEntry(db, ROOT, 'chairs', 'edit', '2027', { themeEn: 'ASEAN at 60', year: '2028' });
  assert.equal(!mixed.ok && mixed.refusals.map((r) => r.field).join(), 'year');
  assert.deepEqual(selectReferenceEdits(db), []);
  assert.equal(chair(db, '2027')?.themeEn, null);
});

test('adding an entry whose key is taken is refused on the field the key comes from', (t) => {
  const db = library(t);
  const taken = setReferenceEntry(db, ROOT, 'chairs', 'add', '', { year: '2027', chair: 'SG', themeEn: 'x' });
  assert.equal(taken.ok, false);
  if (!taken.ok) {
    assert.deepEqual(taken.refusals.map((r) => r.field), ['year']);
    assert.match(taken.refusals[0]!.reason.vi, /đã có mục “2027”/);
  }
  const member = setReferenceEntry(db, ROOT, 'members', 'add', 'fr', { nameVi: 'Pháp', nameEn: 'France', joined: '2031' });
  assert.equal(!member.ok && member.refusals.map((r) => r.field).join(), 'key', 'a member code is two capitals');
  const noKey = setReferenceEntry(db, ROOT, 'glossary', 'add', '', { vi: 'Hiến chương', en: 'Charter' });
  assert.equal(!noKey.ok && noKey.refusals.map((r) => r.field).join(), 'key');
  assert.deepEqual(selectReferenceEdits(db), []);
});

test('an edit with every field prefilled writes only the fields that changed', (t) => {
  const db = library(t);
  const before = chair(db, '2027')!;
  const form: Record<string, string> = { year: '2027', chair: 'SG', themeEn: 'ASEAN at 60', themeVi: '', source: before.source, confirmed: 'true', note: before.note ?? '' };
  const saved = setReferenceEntry(db, ROOT, 'chairs', 'edit', '2027', form);
  assert.equal(saved.ok, true, JSON.stringify(saved));
  if (!saved.ok) return;
  assert.deepEqual(saved.written, ['themeEn']);
  assert.deepEqual(saved.entry.origin.userFields, ['themeEn']);
  assert.deepEqual(selectReferenceEdits(db).map((e) => e.field), ['themeEn']);
  const after = chair(db, '2027')!;
  assert.equal(after.themeEn, 'ASEAN at 60');
  assert.deepEqual(after.origin.userFields, ['themeEn'], 'the unchanged fields are still the data file’s');
  // Saving the same form again writes nothing new.
  const again = setReferenceEntry(db, ROOT, 'chairs', 'edit', '2027', form);
  assert.equal(again.ok && again.written.length, 0);
});

test('clearing a note removes it; resetting brings the data file’s back; text is stored as NFC', (t) => {
  const db = library(t);
  const decomposed = 'Chu\u0309 đe\u0302\u0300'; // "Chủ đề" typed with combining marks
  const saved = setReferenceEntry(db, ROOT, 'chairs', 'edit', '2027', { note: '', themeVi: decomposed });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  let y = chair(db, '2027')!;
  assert.equal(y.note, undefined);
  assert.equal(y.themeVi, 'Chủ đề'.normalize('NFC'));
  assert.equal(y.themeVi, decomposed.normalize('NFC'));
  assert.notEqual(y.themeVi, decomposed);
  resetReferenceValue(db, 'chairs', '2027', 'note');
  y = chair(db, '2027')!;
  assert.equal(y.note, 'ASEAN\'s 60th anniversary year.');
});

test('the forms describe every kind’s fields with the input each takes', () => {
  const forms = referenceForms();
  assert.deepEqual(Object.keys(forms).sort(), [...REF_KINDS].sort());
  const chairs = kindForm('chairs');
  assert.equal(chairs.keyFrom, 'year');
  assert.deepEqual(chairs.fields.map((f) => `${f.name}:${f.input}`), ['year:number', 'chair:member', 'themeEn:text', 'themeVi:text', 'source:text', 'confirmed:boolean', 'note:text']);
  assert.equal(chairs.fields.find((f) => f.name === 'chair')?.required, true);
  assert.equal(chairs.fields.find((f) => f.name === 'themeEn')?.required, false);
  assert.equal(kindForm('summits').keyFrom, 'number');
  assert.equal(kindForm('members').keyFrom, null);
  const dates = (k: keyof typeof forms) => forms[k].fields.filter((f) => f.input === 'date').map((f) => f.name);
  assert.deepEqual(dates('summits'), ['date']);
  assert.deepEqual(dates('som-heads'), ['from', 'to']);
  assert.deepEqual(dates('ministries'), ['renamedOn']);
  assert.deepEqual(dates('dates'), ['date'], 'the anniversary phrases are text, not dates');
  assert.equal(forms['som-heads'].fields.find((f) => f.name === 'acting')?.input, 'boolean');
  assert.equal(forms['policy-docs'].fields.find((f) => f.name === 'successor')?.input, 'ref');
  assert.equal(forms.ministries.fields.find((f) => f.name === 'successors')?.input, 'list');
  for (const kind of REF_KINDS) assert.ok(!forms[kind].fields.some((f) => f.name === 'key' || f.name === 'unconfirmed'), kind);
});

test('an entry begun field by field (ref set) and still incomplete is completed by the form', (t) => {
  const db = library(t);
  assert.equal(setReferenceValue(db, ROOT, 'chairs', '2033', 'themeEn', 'Begun in the CLI'), null, 'incomplete: not shown yet');
  assert.equal(chair(db, '2033'), undefined);
  const saved = setReferenceEntry(db, ROOT, 'chairs', 'add', '', { year: '2033', chair: 'KH', themeVi: '' });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  const entry = chair(db, '2033') as RefEntry<'chairs'> | undefined;
  assert.equal(entry?.chair, 'KH');
  assert.equal(entry?.themeEn, 'Begun in the CLI', 'the value stored before is kept');
  assert.equal(entry?.themeVi, null, 'an optional field left empty takes its default');
});

test('an entry the user added can be removed whole and put back; a bundled entry cannot be removed', (t) => {
  const services = tempServices(t);
  const d = services.drafting;
  const saved = d.setReferenceEntry('chairs', 'add', '', { year: '2031', chair: 'ID', themeEn: 'One ASEAN', themeVi: '', source: '', confirmed: 'true', note: 'mine' });
  assert.equal(saved.ok, true);
  d.setReferenceEntry('chairs', 'edit', '2026', { themeVi: 'Cùng nhau định hướng tương lai' });
  const { token } = d.removeReferenceEntry('chairs', '2031');
  assert.equal(d.reference().data.chairs.find((c) => c.key === '2031'), undefined);
  assert.equal(d.reference().data.chairs.find((c) => c.key === '2026')?.themeVi, 'Cùng nhau định hướng tương lai', 'other entries untouched');
  assert.equal(d.restoreReferenceEntry(token), true);
  const back = d.reference().data.chairs.find((c) => c.key === '2031');
  assert.equal(back?.themeEn, 'One ASEAN');
  assert.equal(back?.note, 'mine');
  assert.equal(d.restoreReferenceEntry(token), false, 'once');
  const code = (fn: () => unknown) => { try { fn(); return 'none'; } catch (e) { return (e as { code?: string }).code; } };
  assert.equal(code(() => d.removeReferenceEntry('chairs', '2026')), 'reference-bundled');
  assert.equal(code(() => d.removeReferenceEntry('chairs', '2099')), 'reference-no-entry');
  assert.equal(code(() => d.removeReferenceEntry('nope', '1')), 'reference-kind');
  assert.equal(d.reference().data.chairs.find((c) => c.key === '2026')?.themeVi, 'Cùng nhau định hướng tương lai');
});
