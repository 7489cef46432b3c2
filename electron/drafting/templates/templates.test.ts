import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, visitFields } from './format.ts';
import { loadTemplates, userTemplatesDir } from './load.ts';
import { reviewToTemplate } from './save-as.ts';
import { defaultResourcesDir } from '../../services/index.ts';
import { tempDir, tempServices } from '../../test/temp.ts';
import { docText } from '../../shared/doc-build.ts';
import type { DocField } from '../../shared/doc.ts';
import { listSections } from '../../library/search/service.ts';

const ROOT = defaultResourcesDir();

test('every bundled template parses without problems and carries section keys and fields', (t) => {
  const set = loadTemplates({ resourcesDir: ROOT, dataDir: tempDir(t) });
  assert.deepEqual(set.problems, []);
  assert.deepEqual(set.templates.map((x) => x.meta.id).sort(), ['annual-report.en', 'annual-report.vi', 'pillar-review.vi', 'press-release.en', 'press-release.vi', 'talking-points.vi']);
  const report = set.templates.find((x) => x.meta.id === 'annual-report.vi')!;
  assert.deepEqual(report.meta.export?.signingAuthority, ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
  assert.equal(report.meta.export?.numberPattern, '…/BC-BNG');
  assert.ok(report.fieldNames.includes('year') && report.fieldNames.includes('nextChairTheme'));
  const keys = new Set(report.sections.map((s) => s.key));
  for (const k of ['asean-results', 'context', 'pillar-economic', 'connectivity', 'external-relations', 'vn-participation', 'policy', 'assessment', 'orientations', 'recommendations']) assert.ok(keys.has(k as never), k);
  assert.equal(report.body.root.children.filter((b) => b.type === 'carry-checklist').length, 1);
  assert.doesNotMatch(docText(report.body), /\{\{|\{#/);
});

test('template files with errors are listed with file, line and reason; the others still load', (t) => {
  const dataDir = tempDir(t);
  const dir = userTemplatesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'no-front.md'), '# Title\n\ntext\n');
  writeFileSync(join(dir, 'bad-yaml.md'), '---\nid: x\nname: [unclosed\n---\nbody\n');
  writeFileSync(join(dir, 'bad-kind.md'), '---\nid: bad-kind\nname: B\nkind: memo\nlang: vi\ntitle: T\n---\nbody\n');
  writeFileSync(join(dir, 'bad-body.md'), '---\nid: bad-body\nname: B\nkind: report\nlang: vi\ntitle: T {{year}}\n---\n# A {#nosuchkey}\n\nText {{year} and {{ok}}.\n');
  const set = loadTemplates({ resourcesDir: ROOT, dataDir });
  const where = set.problems.map((p) => `${p.file}:${p.line}`).sort();
  assert.deepEqual(where, ['bad-body.md:8', 'bad-body.md:10', 'bad-kind.md:4', 'bad-yaml.md:3', 'no-front.md:1'].sort());
  assert.match(set.problems.find((p) => p.file === 'bad-kind.md')!.reason.en, /kind.*must be one of report/);
  assert.match(set.problems.find((p) => p.file === 'bad-body.md' && p.line === 8)!.reason.vi, /Khóa mục “nosuchkey” không tồn tại/);
  // A template with only body warnings is still usable; the bundled ones all load.
  assert.ok(set.templates.some((x) => x.meta.id === 'bad-body'));
  assert.equal(set.templates.filter((x) => x.origin === 'bundled').length, 6);
  // And a new review still works with a broken user template around.
  const s = tempServices(t);
  assert.ok(s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'talking-points', from: 'none' }).review.id);
});

test('fields, emphasis, lists and the carry-forward mark parse into the document model', () => {
  const src = '---\nid: t\nname: T\nkind: report\nlang: vi\ntitle: "Năm {{year}}"\n---\n## 1. Bối cảnh {#context}\n\nChủ tịch **{{chair}}** năm {{year}}.\n\n- Một {{nextYear}}\n+ Hai\n\n{{carry-forward}}\n';
  const { template, problems } = parseTemplate('t.md', src);
  assert.deepEqual(problems, []);
  assert.ok(template);
  assert.deepEqual(template.sections, [{ blockIndex: 0, key: 'context' }]);
  const names: string[] = [];
  visitFields(template.body, (f: DocField) => names.push(`${f.name}${f.format ? '*' : ''}`));
  assert.deepEqual(names, ['chair*', 'year', 'nextYear']);
  assert.deepEqual(template.body.root.children.map((b) => b.type), ['heading', 'paragraph', 'list', 'list', 'carry-checklist']);
  assert.deepEqual(template.fieldNames, ['year', 'chair', 'nextYear']);
});

test('save as template: structure, fields and section keys come back; the years become fields; it is a user template', async (t) => {
  const s = tempServices(t);
  const draft = s.drafting.newReview({ year: 2026, lang: 'vi', kind: 'report', from: 'none' });
  const info = s.drafting.saveAsTemplate(draft.review.id, 'Báo cáo của tôi');
  assert.equal(info.origin, 'user');
  assert.equal(info.lang, 'vi');
  assert.ok(info.fields.includes('nextChairTheme'));
  const again = s.drafting.newReview({ year: 2031, lang: 'vi', kind: 'report', template: info.id, from: 'none' });
  const review = s.reviews.get(again.review.id);
  assert.equal(review.title, 'Báo cáo tổng kết tình hình hợp tác ASEAN và sự tham gia của Việt Nam năm 2031, phương hướng năm 2032');
  const original = s.reviews.get(draft.review.id);
  assert.equal(review.content.root.children.length, original.content.root.children.length);
  assert.deepEqual(listSections(s.db, review.id).map((x) => x.key), listSections(s.db, original.id).map((x) => x.key));
  assert.match(docText(review.content), /PHƯƠNG HƯỚNG NĂM 2032/);
  // A plain imported text: its year numbers become fields.
  const md = reviewToTemplate({ id: 'x', name: 'x', kind: 'press', lang: 'vi', title: 'Họp năm 2025', year: 2025, content: original.content, sectionStarts: new Map() });
  assert.match(md, /title: Họp năm \{\{year\}\}/);
});
