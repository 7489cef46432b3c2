// reuse (issue 11): where a reused block came from, kept on the block as Lexical NodeState (serialized
// under "$" as { provenance }, see electron/shared/doc.ts BlockState), so it is saved with the draft and
// its versions and survives copy/paste inside the editor.
import { createState } from 'lexical';
import type { Provenance } from '../../../electron/shared/doc.ts';

function isProvenance(value: unknown): value is Provenance {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.reviewId === 'string' && typeof v.year === 'number' && typeof v.title === 'string'
    && (v.lang === 'vi' || v.lang === 'en') && (v.section === null || typeof v.section === 'string');
}

export const provenanceState = createState('provenance', {
  parse: (value: unknown): Provenance | null => (isProvenance(value) ? value : null),
});
