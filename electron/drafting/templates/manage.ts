// The Templates screen's actions on the user's own templates (the files in templates/ of the data folder):
// rename (the header's `name`, the rest of the file kept as written, comments included), delete into
// templates/.deleted/ (out of the list, kept on disk, and put back by Undo). Bundled templates are part of
// the app and are never changed: a user who wants their own copy saves a review as a template.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { userTemplatesDir, type TemplateSet } from './load.ts';
import { parseTemplate, type Template } from './format.ts';
import { draftingErrors } from '../errors.ts';

const DELETED = '.deleted';

function userTemplate(set: TemplateSet, id: string): Template {
  const t = set.templates.find((x) => x.meta.id === id);
  if (!t) throw draftingErrors.templateNotFound(id);
  if (t.origin !== 'user') throw draftingErrors.templateBundled(t.meta.name);
  return t;
}

/** The file with its header's `name` set to `name` (YAML comments and layout kept). */
export function withTemplateName(source: string, name: string): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (lines[0]?.trim() !== '---' || end < 0) throw new Error('template without a header');
  const header = parseDocument(lines.slice(1, end).join('\n'));
  header.set('name', name);
  return ['---', header.toString().replace(/\n$/, ''), ...lines.slice(end)].join('\n');
}

/** Renames a user template; the file is rewritten atomically and read back before it replaces the old one. */
export function renameUserTemplate(dataDir: string, set: TemplateSet, id: string, name: string): void {
  const clean = name.normalize('NFC').trim();
  if (!clean) throw draftingErrors.templateNameEmpty();
  const t = userTemplate(set, id);
  const path = join(userTemplatesDir(dataDir), t.file);
  const text = withTemplateName(readFileSync(path, 'utf8'), clean);
  const reread = parseTemplate(t.file, text, 'user');
  if (!reread.template) throw draftingErrors.templateBroken(t.file, reread.problems[0]?.line ?? null, reread.problems[0]?.reason ?? { vi: 'không đọc lại được', en: 'could not be read back' });
  const tmp = join(userTemplatesDir(dataDir), `.${t.file}.tmp`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw draftingErrors.templateFile(t.file, error);
  }
}

/** Moves a user template out of the list; returns the name to give `restoreUserTemplate` for Undo. */
export function deleteUserTemplate(dataDir: string, set: TemplateSet, id: string): string {
  const t = userTemplate(set, id);
  const dir = userTemplatesDir(dataDir);
  let kept = t.file;
  try {
    mkdirSync(join(dir, DELETED), { recursive: true });
    for (let n = 2; existsSync(join(dir, DELETED, kept)); n++) kept = t.file.replace(/\.md$/iu, `-${n}.md`);
    renameSync(join(dir, t.file), join(dir, DELETED, kept));
  } catch (error) {
    throw draftingErrors.templateFile(t.file, error);
  }
  return kept;
}

/** Puts a deleted user template back under its own file name (or the next free one). */
export function restoreUserTemplate(dataDir: string, kept: string): string {
  const safe = basename(kept);
  const dir = userTemplatesDir(dataDir);
  const from = join(dir, DELETED, safe);
  if (safe !== kept || !safe.toLowerCase().endsWith('.md') || !existsSync(from)) throw draftingErrors.templateNotFound(kept);
  const original = safe.replace(/-\d+(\.md)$/iu, '$1');
  let name = original;
  for (let n = 2; existsSync(join(dir, name)); n++) name = original.replace(/\.md$/iu, `-${n}.md`);
  try { renameSync(from, join(dir, name)); } catch (error) { throw draftingErrors.templateFile(name, error); }
  return name;
}
