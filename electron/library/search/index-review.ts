// Bringing one review's sections and search rows in step with its content. Runs inside the writing
// transaction (hooks.changed), on every autosave, so it does as little as it can: blocks whose text is
// unchanged keep their index entry and only have their position/section updated; only new or edited
// blocks are folded and indexed, and only vanished ones are removed.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db.ts';
import type { Review } from '../../shared/review.ts';
import type { Section, SectionKey } from '../../shared/sections.ts';
import { blockText } from '../../shared/doc-build.ts';
import { replaceSections, selectSections } from '../../store/sections.ts';
import {
  deleteIndexedBlock, insertIndexedBlock, markIndexed, moveIndexedBlock, selectIndexedAt, selectIndexedBlocks, type IndexedBlock,
} from '../../store/search.ts';
import { detectSections } from '../sections/detect.ts';
import { applyCorrections } from '../sections/corrections.ts';
import { fold } from '../fold.ts';

/** Bump when section detection or folding changes: reviews indexed by an older one are redone at start. */
// 2: the templates' section keys (drafting, issue 10; migration 006 asks for re-detection too).
export const DETECTOR_VERSION = 2;

function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  return a.length === b.length && a.every((s, i) => {
    const t = b[i]!;
    return s.key === t.key && s.title === t.title && s.blockStart === t.blockStart && s.blockEnd === t.blockEnd && s.corrected === t.corrected;
  });
}

/** The section key of every top-level block. */
export function keysByBlock(sections: readonly Section[], blockCount: number): (SectionKey | null)[] {
  const keys: (SectionKey | null)[] = new Array<SectionKey | null>(blockCount).fill(null);
  for (const s of sections) for (let i = s.blockStart; i < Math.min(s.blockEnd, blockCount); i++) keys[i] = s.key;
  return keys;
}

/**
 * The review's search rows as the last indexReview in this process left them, with the stamp it wrote
 * (library_index.indexed_at). Reading the 3,000 rows of a long review back was ~8 ms of every autosave.
 * The copy is used only while the stored stamp is still that one: a rolled-back save, another process's
 * indexing, a section correction (setSectionOfBlocks) or a deleted index all leave another stamp, or none.
 */
const rowsCopy = new WeakMap<Db, Map<string, { stamp: string; rows: IndexedBlock[] }>>();

function indexedRows(db: Db, reviewId: string): IndexedBlock[] {
  const copy = rowsCopy.get(db)?.get(reviewId);
  if (copy && selectIndexedAt(db, reviewId) === copy.stamp) return copy.rows;
  return selectIndexedBlocks(db, reviewId);
}

function keepRows(db: Db, reviewId: string, stamp: string, rows: IndexedBlock[]): void {
  let byReview = rowsCopy.get(db);
  if (!byReview) rowsCopy.set(db, (byReview = new Map()));
  byReview.clear(); // the review being typed in: one copy is enough
  byReview.set(reviewId, { stamp, rows });
}

/** Re-detects sections (keeping corrections) and syncs the review's search rows. */
export function indexReview(db: Db, review: Review, at = new Date().toISOString()): Section[] {
  const blocks = review.content.root.children;
  const texts = blocks.map(blockText);
  const indexed = indexedRows(db, review.id);
  const previous = selectSections(db, review.id);
  const oldTexts: string[] = [];
  if (previous.some((s) => s.corrected)) for (const row of indexed) oldTexts[row.blockIndex] = row.text;
  const sections = applyCorrections(review.id, detectSections(review.content, review.year), previous, oldTexts, texts);
  if (!sameSections(previous, sections)) replaceSections(db, review.id, sections);
  const rows = syncBlocks(db, review.id, indexed, texts, keysByBlock(sections, blocks.length));
  // The time alone is not a stamp: a rolled-back save indexed in the same millisecond as the indexing
  // before it (or another process's, in the same millisecond) would leave an equal one, and the copy of
  // the rolled-back rows would pass for current. Each indexing writes a stamp of its own.
  const stamp = `${at} ${randomUUID()}`;
  markIndexed(db, review.id, DETECTOR_VERSION, stamp);
  keepRows(db, review.id, stamp, rows);
  return sections;
}

/** Brings the rows in step with the blocks' texts; returns the rows as they now are. A block keeps the row
 *  at its own index when the text is the same (the common case: one block edited); other blocks take any
 *  remaining row with their text; what is left is deleted. */
function syncBlocks(db: Db, reviewId: string, indexed: readonly IndexedBlock[], texts: readonly string[], keys: readonly (SectionKey | null)[]): IndexedBlock[] {
  const result: IndexedBlock[] = [];
  const keep = (row: IndexedBlock, blockIndex: number, section: string | null) => {
    if (row.blockIndex !== blockIndex || row.section !== section) moveIndexedBlock(db, row.id, blockIndex, section);
    result.push({ id: row.id, blockIndex, section, text: row.text });
  };
  const atIndex = new Map<number, IndexedBlock>();
  for (const row of indexed) if (!atIndex.has(row.blockIndex)) atIndex.set(row.blockIndex, row);
  const used = new Set<IndexedBlock>();
  const unmatched: number[] = [];
  texts.forEach((text, blockIndex) => {
    if (text.trim() === '') return;
    const row = atIndex.get(blockIndex);
    if (row && row.text === text) { used.add(row); keep(row, blockIndex, keys[blockIndex] ?? null); }
    else unmatched.push(blockIndex);
  });
  const byText = new Map<string, IndexedBlock[]>();
  for (const row of indexed) {
    if (used.has(row)) continue;
    const rows = byText.get(row.text);
    if (rows) rows.push(row);
    else byText.set(row.text, [row]);
  }
  for (const blockIndex of unmatched) {
    const text = texts[blockIndex]!;
    const section = keys[blockIndex] ?? null;
    const row = byText.get(text)?.shift();
    if (row) { keep(row, blockIndex, section); continue; }
    result.push({ id: insertIndexedBlock(db, reviewId, blockIndex, section, text, fold(text)), blockIndex, section, text });
  }
  for (const rows of byText.values()) for (const row of rows) deleteIndexedBlock(db, row.id);
  return result;
}
