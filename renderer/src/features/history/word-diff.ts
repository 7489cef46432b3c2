// Word-level diff that respects Vietnamese: tokens come from Intl.Segmenter('vi', word), so a syllable
// with its tone marks ("Đặng", "nghị") is one token and never split into letters; spaces and
// punctuation are tokens of their own. jsdiff's diffArrays aligns the token lists, within a bound
// (edit length and time) so that comparing two very different long documents cannot stall the window.
import { diffArrays } from 'diff';

export interface DiffPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of segmenter.segment(text.normalize('NFC'))) tokens.push(segment);
  return tokens;
}

export interface DiffBounds {
  /** Most inserted + deleted tokens considered (Myers' cost grows with it). */
  maxEditLength: number;
  /** Milliseconds after which the diff gives up. */
  timeoutMs: number;
}

/** About 10,000 changed words, and a quarter of a second: far beyond what a person reads as a diff. */
export const DEFAULT_DIFF_BOUNDS: DiffBounds = { maxEditLength: 20_000, timeoutMs: 250 };

/**
 * Parts that turn `before` into `after`: deleted parts are only in before, inserted only in after.
 * Null when the texts differ by more than `bounds` allow ("too many changes to show").
 */
export function wordDiff(before: string, after: string, bounds: DiffBounds = DEFAULT_DIFF_BOUNDS): DiffPart[] | null {
  const changes = diffArrays(wordTokens(before), wordTokens(after), { maxEditLength: bounds.maxEditLength, timeout: bounds.timeoutMs });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const kind: DiffPart['kind'] = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  }
  return parts;
}

export function isUnchanged(parts: readonly DiffPart[]): boolean {
  return parts.every((part) => part.kind === 'same');
}
