// The diff as a reader wants it: the changed passages only, each with a few words of context either
// side, instead of the whole document with a few marks somewhere in it. Pure, so it is tested without
// a browser.
import { wordTokens, type DiffPart } from './word-diff.ts';

export interface DiffHunk {
  /** True when text of the document was left out before this hunk (shown as "…"). */
  gapBefore: boolean;
  parts: DiffPart[];
  /** True when text was left out after it. */
  gapAfter: boolean;
}

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/** The first (or last) `words` words of a text, with the spaces and punctuation between them. */
function takeWords(text: string, words: number, from: 'start' | 'end'): string {
  const tokens = wordTokens(text);
  if (from === 'end') tokens.reverse();
  const out: string[] = [];
  let seen = 0;
  for (const token of tokens) {
    // A line break ends the context: the neighbouring paragraph is not part of this change.
    if (token.includes('\n')) break;
    if (isWord(token)) {
      if (seen === words) break;
      seen += 1;
    }
    out.push(token);
  }
  if (from === 'end') out.reverse();
  return out.join('');
}

function wordCount(text: string): number {
  return wordTokens(text).filter(isWord).length;
}

/**
 * Groups the changes into hunks with `context` words before and after each. Unchanged text longer
 * than twice the context (or spanning paragraphs) between two changes splits them into two hunks.
 */
export function diffHunks(parts: readonly DiffPart[], context = 8): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | null = null;
  parts.forEach((part, index) => {
    if (part.kind !== 'same') {
      if (!current) {
        const before = index > 0 ? parts[index - 1]!.text : '';
        const lead = takeWords(before, context, 'end').replace(/^\s+/, '');
        current = { gapBefore: lead.length < before.trim().length, parts: lead ? [{ kind: 'same', text: lead }] : [], gapAfter: false };
        hunks.push(current);
      }
      current.parts.push({ ...part });
      return;
    }
    if (!current) return;
    const isLast = index === parts.length - 1;
    const keepWhole = !isLast && wordCount(part.text) <= context * 2 && !part.text.includes('\n');
    if (keepWhole) {
      current.parts.push({ ...part });
      return;
    }
    const trail = takeWords(part.text, context, 'start').replace(/\s+$/, '');
    if (trail) current.parts.push({ kind: 'same', text: trail });
    current.gapAfter = trail.length < part.text.trim().length;
    current = null;
  });
  return hunks;
}
