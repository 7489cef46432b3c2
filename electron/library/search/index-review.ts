// Bringing one review's sections and search rows in step with its content. Runs inside the writing
// transaction (hooks.changed), on every autosave, so it does as little as it can: blocks whose text is
// unchanged keep their index entry and only have their position/section updated; only new or edited
// blocks are folded and indexed, and only vanished ones are removed.
import type { Db } from '../../store/db.ts';
import type { Review } from '../../shared/review.ts';
import type { Section, SectionKey } from '../../shared/sections.ts';
import { blockText } from '../../shared/doc-build.ts';
import { replaceSections, selectSections } from '../../store/sections.ts';
import {
  deleteIndexedBlock, insertIndexedBlock, markIndexed, moveIndexedBlock, selectIndexedBlocks, type IndexedBlock,
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

/** Re-detects sections (keeping corrections) and syncs the review's search rows. */
export function indexReview(db: Db, review: Review, at = new Date().toISOString()): Section[] {
  const blocks = review.content.root.children;
  const texts = blocks.map(blockText);
  const indexed = selectIndexedBlocks(db, review.id);
  const previous = selectSections(db, review.id);
  const oldTexts: string[] = [];
  if (previous.some((s) => s.corrected)) for (const row of indexed) oldTexts[row.blockIndex] = row.text;
  const sections = applyCorrections(review.id, detectSections(review.content, review.year), previous, oldTexts, texts);
  if (!sameSections(previous, sections)) replaceSections(db, review.id, sections);
  syncBlocks(db, review.id, indexed, texts, keysByBlock(sections, blocks.length));
  markIndexed(db, review.id, DETECTOR_VERSION, at);
  return sections;
}

function syncBlocks(db: Db, reviewId: string, indexed: readonly IndexedBlock[], texts: readonly string[], keys: readonly (SectionKey | null)[]): void {
  const byText = new Map<string, IndexedBlock[]>();
  for (const row of indexed) {
    const rows = byText.get(row.text);
    if (rows) rows.push(row);
    else byText.set(row.text, [row]);
  }
  texts.forEach((text, blockIndex) => {
    if (text.trim() === '') return;
    const section = keys[blockIndex] ?? null;
    const rows = byText.get(text);
    if (rows?.length) {
      const at = rows.findIndex((r) => r.blockIndex === blockIndex);
      const [row] = rows.splice(at >= 0 ? at : 0, 1);
      if (row!.blockIndex !== blockIndex || row!.section !== section) moveIndexedBlock(db, row!.id, blockIndex, section);
      return;
    }
    insertIndexedBlock(db, reviewId, blockIndex, section, text, fold(text));
  });
  for (const rows of byText.values()) for (const row of rows) deleteIndexedBlock(db, row.id);
}
