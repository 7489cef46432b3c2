// The glossary of the reference data (drafting, data/reference/glossary.yaml plus the user's edits in
// the library) as the translation memory's terms. "Blueprint / Master Plan" is two accepted
// renderings; an abbreviation (APSC) is accepted too. Re-read when the user's edits change.
import type { Db } from '../store/db.ts';
import { loadReference } from '../drafting/reference/load.ts';
import type { ReferenceData } from '../drafting/reference/index.ts';
import type { GlossaryTerm } from './glossary.ts';

export function glossaryTerms(data: ReferenceData): GlossaryTerm[] {
  return data.glossary.map((g) => ({
    key: g.key,
    vi: g.vi,
    en: [...g.en.split(/\s+\/\s+/u).map((s) => s.trim()).filter(Boolean), ...(g.abbr ? [g.abbr] : [])],
  }));
}

/** A provider for the TM service: the terms, cached until the stored edits change. */
export function referenceGlossary(db: Db, resourcesDir: string): () => readonly GlossaryTerm[] {
  let cache: { stamp: string; terms: GlossaryTerm[] } | null = null;
  return () => {
    const stamp = JSON.stringify(db.prepare("SELECT count(*) AS n, max(updated_at) AS u FROM reference_edits WHERE kind = 'glossary'").get());
    if (!cache || cache.stamp !== stamp) cache = { stamp, terms: glossaryTerms(loadReference({ resourcesDir, db }).data) };
    return cache.terms;
  };
}
