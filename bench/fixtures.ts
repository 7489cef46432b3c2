// Realistic large reviews for benchmarks: sentences from the seed articles, shaped like a report.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocBlock, DocState } from '../electron/shared/doc.ts';
import { doc, heading, list, paragraph, table } from '../electron/shared/doc-build.ts';

const SAMPLES = resolve(import.meta.dirname, '..', 'data', 'samples');
const SEEDS = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

export function seedSentences(): string[] {
  let dir = SAMPLES;
  try { readdirSync(dir); } catch { dir = SEEDS; }
  const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
  return text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter((s) => s.length > 40 && s.length < 400);
}

/** About `paragraphs` blocks (≈ 15 per page): headings every 20, a list every 50, a table every 200. */
export function bigReview(paragraphs: number, seed = 1): DocState {
  const sentences = seedSentences();
  let n = seed;
  const pick = () => sentences[(n = (n * 1103515245 + 12345) % 2147483648) % sentences.length]!;
  const blocks: DocBlock[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 200 === 0) blocks.push(heading(1, `${toRoman(i / 200 + 1)}. KẾT QUẢ HỢP TÁC ASEAN PHẦN ${i / 200 + 1}`));
    else if (i % 20 === 0) blocks.push(heading(2, `${(i % 200) / 20}. ${pick().slice(0, 60)}`));
    else if (i % 50 === 7) blocks.push(list('bullet', [pick(), pick(), list('bullet', [pick()])]));
    else if (i % 200 === 101) blocks.push(table([['Nội dung', 'Kết quả'], [pick(), pick()]]));
    else blocks.push(paragraph(`${pick()} ${pick()}`));
  }
  return doc(blocks);
}

function toRoman(value: number): string {
  const map: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of map) while (value >= v) { out += s; value -= v; }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
