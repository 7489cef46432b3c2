// Finding the review a newly imported one translates: same year, the other language, and at least
// one matching cue (chair's name with tone marks folded, meeting date, or delegate count).
import type { ReviewFields, ReviewMeta } from '../../shared/review.ts';
import type { DetectedMeta } from './metadata.ts';
import { foldKey } from '../fold.ts';

function cues(fields: ReviewFields): string[] {
  const out: string[] = [];
  if (typeof fields.chairName === 'string' && fields.chairName) out.push(`chair:${foldKey(fields.chairName)}`);
  if (typeof fields.meetingDate === 'string' && fields.meetingDate.length >= 10) out.push(`date:${fields.meetingDate}`);
  if (typeof fields.delegates === 'number') out.push(`delegates:${fields.delegates}`);
  return out;
}

/** The best candidate among live reviews, or null. A review already in a translation pair is skipped. */
export function findTranslationOf(meta: DetectedMeta, existing: readonly ReviewMeta[]): ReviewMeta | null {
  const paired = new Set(existing.flatMap((r) => (r.translationOf ? [r.id, r.translationOf] : [])));
  const mine = new Set(cues(meta.fields));
  let best: { review: ReviewMeta; score: number } | null = null;
  for (const review of existing) {
    if (review.lang === meta.lang || review.year !== meta.year || paired.has(review.id) || review.deletedAt) continue;
    const score = cues(review.fields).filter((cue) => mine.has(cue)).length;
    if (score > 0 && (!best || score > best.score)) best = { review, score };
  }
  return best?.review ?? null;
}
