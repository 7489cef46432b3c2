// Expanding what the user picked (files and folders) into the list of files to import.
// Folders are walked recursively, keeping only supported extensions and skipping hidden files and
// folders and Word's "~$" lock files. Files named explicitly are kept as given, so an unsupported or
// missing one is reported rather than silently skipped.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatOf } from './formats.ts';

function hidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (hidden(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && formatOf(entry.name)) out.push(path);
  }
}

export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, out);
    else out.push(path);
  }
  return [...new Set(out)];
}
