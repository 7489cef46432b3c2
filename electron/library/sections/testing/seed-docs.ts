// Test helper: the seed articles as documents. Blank-line or line-separated paragraphs, "+ …" lines
// kept as paragraphs (the importer's own shaping is tested by the importer; here we test detection).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocState } from '../../../shared/doc.ts';
import { doc, paragraph } from '../../../shared/doc-build.ts';

const CANDIDATES = [
  resolve(import.meta.dirname, '..', '..', '..', '..', 'data', 'samples'),
  resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'seeds'),
];

export function seedDir(): string {
  for (const dir of CANDIDATES) {
    try { if (readdirSync(dir).some((f) => f.endsWith('.txt'))) return dir; } catch { /* try the next */ }
  }
  throw new Error('seed documents not found');
}

export function seedText(prefix: string): string {
  const dir = seedDir();
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} not found`);
  return readFileSync(resolve(dir, file), 'utf8');
}

export function textToDoc(text: string): DocState {
  const lines = text.normalize('NFC').split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  return doc(lines.map((l) => paragraph(l)));
}

export function seedDoc(prefix: string): DocState {
  return textToDoc(seedText(prefix));
}
