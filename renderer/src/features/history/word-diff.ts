// Word-level diff that respects Vietnamese: tokens come from Intl.Segmenter('vi', word), so a syllable
// with its tone marks ("Đặng", "nghị") is one token and never split into letters; spaces and
// punctuation are tokens of their own. jsdiff's diffArrays aligns the token lists.
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

/** Parts that turn `before` into `after`: deleted parts are only in before, inserted only in after. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffArrays(wordTokens(before), wordTokens(after));
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
