// Keeping the user's key corrections when a review is re-saved and its sections are detected again.
// For each corrected section of the previous detection, the correction goes to the first new section that:
//   1. has the same title (whitespace/case-insensitive) and overlaps the old block range (the section moved
//      because paragraphs were added or removed above it, or it grew or shrank at its end); else
//   2. shares the most paragraph texts with the old section, provided those shared paragraphs are at least
//      half of the new section's paragraphs (its heading or first paragraph was edited, or a paragraph was
//      added inside it; a section that merely absorbed one stray paragraph is not taken over).
// A correction that finds no section is dropped: the text it named is gone. A new section takes at most one
// correction (the first that claims it).
import type { Section } from '../../shared/sections.ts';
import type { DetectedSection } from './detect.ts';

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function overlaps(a: { blockStart: number; blockEnd: number }, b: { blockStart: number; blockEnd: number }): boolean {
  return Math.min(a.blockEnd, b.blockEnd) > Math.max(a.blockStart, b.blockStart);
}

/** Texts of blocks [start, end), empty blocks left out. */
function textsIn(texts: readonly (string | undefined)[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const text = texts[i];
    if (text && text.trim()) out.push(text);
  }
  return out;
}

/**
 * @param oldTexts the previous content's block texts by block index (what the index held)
 * @param newTexts the new content's block texts
 */
export function applyCorrections(
  reviewId: string,
  detected: readonly DetectedSection[],
  previous: readonly Section[],
  oldTexts: readonly (string | undefined)[],
  newTexts: readonly string[],
): Section[] {
  const sections: Section[] = detected.map((d, ordinal) => ({ reviewId, ordinal, ...d, corrected: false }));
  for (const old of previous) {
    if (!old.corrected) continue;
    const free = sections.filter((s) => !s.corrected);
    let target = free.find((s) => sameTitle(s.title, old.title) && overlaps(s, old));
    if (!target) {
      const oldSet = new Set(textsIn(oldTexts, old.blockStart, old.blockEnd));
      let best = 0;
      for (const s of free) {
        const texts = textsIn(newTexts, s.blockStart, s.blockEnd);
        const shared = texts.filter((t) => oldSet.has(t)).length;
        if (shared > best && shared * 2 >= texts.length) { best = shared; target = s; }
      }
    }
    if (target) { target.key = old.key; target.corrected = true; }
  }
  return sections;
}
