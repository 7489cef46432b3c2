// Node side of templates: the bundled folder (templates/ at the app root) and the user's folder (templates/
// in the data folder, kept across upgrades). A file with an error is listed with its problems; the others work.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileProblem } from '../problems.ts';
import { parseTemplate, type Template } from './format.ts';

export function bundledTemplatesDir(resourcesDir: string): string { return join(resourcesDir, 'templates'); }
export function userTemplatesDir(dataDir: string): string { return join(dataDir, 'templates'); }

export interface TemplateSet {
  templates: Template[];
  problems: FileProblem[];
}

function readDir(dir: string, origin: 'bundled' | 'user', out: TemplateSet): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.md') && n.toLowerCase() !== 'readme.md').sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') out.problems.push({ file: dir, origin, line: null, reason: { vi: `Không đọc được thư mục mẫu: ${String(error)}`, en: `Could not read the templates folder: ${String(error)}` } });
    return;
  }
  for (const name of names) {
    let text: string;
    try { text = readFileSync(join(dir, name), 'utf8'); } catch (error) {
      out.problems.push({ file: name, origin, line: null, reason: { vi: `Không đọc được tệp: ${String(error)}`, en: `Could not read the file: ${String(error)}` } });
      continue;
    }
    const parsed = parseTemplate(name, text, origin);
    out.problems.push(...parsed.problems);
    if (!parsed.template) continue;
    const clash = out.templates.findIndex((t) => t.meta.id === parsed.template!.meta.id);
    if (clash >= 0) {
      if (origin === 'user' && out.templates[clash]!.origin === 'bundled') {
        // A user template with a bundled template's id replaces it (their edited copy).
        out.templates[clash] = parsed.template;
        continue;
      }
      out.problems.push({ file: name, origin, line: 2, reason: { vi: `Mã mẫu “${parsed.template.meta.id}” trùng với tệp ${out.templates[clash]!.file}; tệp này bị bỏ qua.`, en: `Template id “${parsed.template.meta.id}” is already used by ${out.templates[clash]!.file}; this file is ignored.` } });
      continue;
    }
    out.templates.push(parsed.template);
  }
}

export function loadTemplates(options: { resourcesDir: string; dataDir: string }): TemplateSet {
  const out: TemplateSet = { templates: [], problems: [] };
  readDir(bundledTemplatesDir(options.resourcesDir), 'bundled', out);
  readDir(userTemplatesDir(options.dataDir), 'user', out);
  return out;
}

/** Writes a user template atomically (temp file + rename); an existing file of that name is not overwritten. */
export function writeUserTemplate(dataDir: string, baseName: string, text: string): string {
  const dir = userTemplatesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let name = `${baseName}.md`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${baseName}-${n}.md`;
  const tmp = join(dir, `.${name}.tmp`);
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, join(dir, name));
  return name;
}
