// Word-by-word differences between the paragraph under the caret and a match, for highlighting.
// jsdiff aligns the word lists by their folded keys (tone-mark-insensitive like the score); each part
// keeps the words as the MATCH writes them (same / only in the match) or as the query does (only in the
// query), with the spacing and punctuation of their own text.
import { diffArrays } from 'diff';
import { words, type Word } from './tokens.ts';

export interface MatchDiffPart {
  /** same: in both; added: only in the match (what reusing it brings); removed: only in the query. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The text from word i's start up to word j's start (a word with what follows it), or to the end. */
function span(text: string, list: readonly Word[], i: number, j: number): string {
  const start = i === 0 ? 0 : list[i]!.start;
  const end = j < list.length ? list[j]!.start : text.length;
  return text.slice(start, end);
}

export function matchDiff(query: string, match: string): MatchDiffPart[] {
  const q = query.normalize('NFC');
  const m = match.normalize('NFC');
  const qw = words(q);
  const mw = words(m);
  const changes = diffArrays(qw, mw, { comparator: (a, b) => a.key === b.key, timeout: 100 });
  const parts: MatchDiffPart[] = [];
  const push = (kind: MatchDiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (!changes) return [{ kind: 'added', text: m }];
  let qi = 0;
  let mi = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) { push('removed', span(q, qw, qi, qi + count)); qi += count; continue; }
    if (change.added) { push('added', span(m, mw, mi, mi + count)); mi += count; continue; }
    push('same', span(m, mw, mi, mi + count));
    qi += count;
    mi += count;
  }
  return parts;
}
