// Keeping the user's key corrections when a review is re-saved and its sections are detected again.
// Rule (first that applies, for each corrected section of the previous detection):
//   1. a new section with the same title (whitespace/case-insensitive) whose block range overlaps the old one
//      (it moved because paragraphs were added or removed above it);
//   2. else a new section starting at the same block (its first paragraph was edited, so its title changed);
//   3. else the new section that overlaps the old range most, if the overlap is at least half of the
//      old or of the new section.
// A correction that finds no section is dropped: the text it named is gone. A new section takes at most one
// correction (the first that claims it).
import type { Section } from '../../shared/sections.ts';
import type { DetectedSection } from './detect.ts';

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function overlap(a: { blockStart: number; blockEnd: number }, b: { blockStart: number; blockEnd: number }): number {
  return Math.max(0, Math.min(a.blockEnd, b.blockEnd) - Math.max(a.blockStart, b.blockStart));
}

export function applyCorrections(reviewId: string, detected: readonly DetectedSection[], previous: readonly Section[]): Section[] {
  const sections: Section[] = detected.map((d, ordinal) => ({ reviewId, ordinal, ...d, corrected: false }));
  for (const old of previous) {
    if (!old.corrected) continue;
    const free = sections.filter((s) => !s.corrected);
    const byTitle = free.find((s) => sameTitle(s.title, old.title) && overlap(s, old) > 0);
    const byStart = byTitle ?? free.find((s) => s.blockStart === old.blockStart);
    let target = byStart;
    if (!target) {
      let best = 0;
      for (const s of free) {
        const o = overlap(s, old);
        const enough = o * 2 >= Math.min(old.blockEnd - old.blockStart, s.blockEnd - s.blockStart);
        if (o > best && enough) { best = o; target = s; }
      }
    }
    if (target) { target.key = old.key; target.corrected = true; }
  }
  return sections;
}
