import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates, userTemplatesDir } from './load.ts';
import { deleteUserTemplate, renameUserTemplate, restoreUserTemplate, withTemplateName } from './manage.ts';
import { defaultResourcesDir } from '../../services/index.ts';
import { tempDir, tempServices } from '../../test/temp.ts';
import { visitFields } from './format.ts';
import { AppError } from '../../shared/errors.ts';

const ROOT = defaultResourcesDir();
const SOURCE = '---\n# my notes for colleagues\nid: user.bao-cao.vi\nname: Báo cáo của vụ   # old name\nkind: report\nlang: vi\ntitle: "Năm {{year}}"\n---\n# I. TÌNH HÌNH {#asean-results}\n\nNăm {{year}}.\n';

function withUserTemplate(dataDir: string): void {
  mkdirSync(userTemplatesDir(dataDir), { recursive: true });
  writeFileSync(join(userTemplatesDir(dataDir), 'user.bao-cao.vi.md'), SOURCE);
}
const load = (dataDir: string) => loadTemplates({ resourcesDir: ROOT, dataDir });

test('renaming a user template changes its name only: the header comments and the body stay as written', (t) => {
  const dataDir = tempDir(t);
  withUserTemplate(dataDir);
  renameUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi', '  Báo cáo Vụ ASEAN 2026 ');
  const text = readFileSync(join(userTemplatesDir(dataDir), 'user.bao-cao.vi.md'), 'utf8');
  assert.match(text, /# my notes for colleagues/u);
  assert.ok(text.endsWith('# I. TÌNH HÌNH {#asean-results}\n\nNăm {{year}}.\n'));
  const set = load(dataDir);
  assert.deepEqual(set.problems, []);
  assert.equal(set.templates.find((x) => x.meta.id === 'user.bao-cao.vi')!.meta.name, 'Báo cáo Vụ ASEAN 2026');
  assert.equal(set.templates.length, 7, 'the six bundled and this one, no copy');
  // A name YAML would misread ("Mẫu: …", "# …") is quoted.
  renameUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi', 'Mẫu: "năm" # 2026');
  assert.equal(load(dataDir).templates.find((x) => x.meta.id === 'user.bao-cao.vi')!.meta.name, 'Mẫu: "năm" # 2026');
  assert.throws(() => withTemplateName('no header', 'x'));
});

test('an empty name, a bundled template and an unknown id are refused with a message; nothing is written', (t) => {
  const dataDir = tempDir(t);
  withUserTemplate(dataDir);
  const code = (fn: () => void) => { try { fn(); return 'none'; } catch (e) { assert.ok(e instanceof AppError); return e.code; } };
  assert.equal(code(() => renameUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi', '   ')), 'template-name');
  assert.equal(code(() => renameUserTemplate(dataDir, load(dataDir), 'annual-report.vi', 'X')), 'template-bundled');
  assert.equal(code(() => deleteUserTemplate(dataDir, load(dataDir), 'annual-report.vi')), 'template-bundled');
  assert.equal(code(() => deleteUserTemplate(dataDir, load(dataDir), 'nope')), 'template-not-found');
  assert.equal(code(() => restoreUserTemplate(dataDir, '../library.sqlite')), 'template-not-found');
  assert.equal(readFileSync(join(userTemplatesDir(dataDir), 'user.bao-cao.vi.md'), 'utf8'), SOURCE);
  assert.ok(existsSync(join(ROOT, 'templates', 'annual-report.vi.md')));
});

test('a deleted user template leaves the list, stays on disk, and Undo puts it back', (t) => {
  const dataDir = tempDir(t);
  withUserTemplate(dataDir);
  const kept = deleteUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi');
  assert.ok(!load(dataDir).templates.some((x) => x.meta.id === 'user.bao-cao.vi'));
  assert.deepEqual(load(dataDir).problems, []);
  assert.equal(readFileSync(join(userTemplatesDir(dataDir), '.deleted', kept), 'utf8'), SOURCE);
  assert.equal(restoreUserTemplate(dataDir, kept), 'user.bao-cao.vi.md');
  assert.ok(load(dataDir).templates.some((x) => x.meta.id === 'user.bao-cao.vi'));
  // Deleted twice: the second copy does not overwrite the first.
  const first = deleteUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi');
  withUserTemplate(dataDir);
  const second = deleteUserTemplate(dataDir, load(dataDir), 'user.bao-cao.vi');
  assert.notEqual(first, second);
});

test('the preview is the draft the template makes for the year from the reference data, with nothing written to the library', (t) => {
  const s = tempServices(t);
  const before = s.reviews.list().length;
  const preview = s.drafting.previewTemplate('annual-report.vi', 2026);
  assert.match(preview.title, /năm 2026, phương hướng năm 2027/u);
  const chairs: string[] = [];
  visitFields(preview.content, (f) => { if (f.name === 'chair') chairs.push(f.text); });
  assert.ok(chairs.length > 0 && chairs.every((c) => c === 'Phi-líp-pin'), chairs.join());
  assert.equal(s.reviews.list().length, before);
  assert.throws(() => s.drafting.previewTemplate('nope', 2026), (e: unknown) => e instanceof AppError && e.code === 'template-not-found');
});
