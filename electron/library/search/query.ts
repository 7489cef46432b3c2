// User input → a safe FTS5 MATCH expression. Every term is folded, cut into word tokens and written
// inside double quotes, so no user character ever reaches FTS5's query syntax ('"', 'AND (', '*', ':'
// and column filters are just text here). Bare words must all occur (FTS5's implicit AND); "quoted
// words" must occur as a phrase; a word with inner punctuation (59-KL/TW) is a phrase of its parts.
import { fold, TOKEN } from '../fold.ts';

export interface QueryPhrase {
  /** Folded tokens that must appear consecutively. */
  terms: string[];
  /** The last term matches as a prefix (the word being typed). */
  prefix: boolean;
  /** Bare words typed next to each other share a run: "dang hoang giang" is one run of three words.
   *  Highlighting prefers the run's words where they stand together (see snippet.ts). Quoted phrases
   *  have no run. */
  run?: number;
}

export interface ParsedQuery { phrases: QueryPhrase[] }

/** More than this many phrases is not a search any more; the rest is ignored. */
export const MAX_PHRASES = 32;

function termsOf(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  const phrases: QueryPhrase[] = [];
  let lastBare: QueryPhrase | null = null;
  // Alternating outside/inside quotes; an unclosed quote runs to the end of the input.
  const parts = text.split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    const run = index;
    if (quoted) {
      const terms = termsOf(part);
      if (terms.length) phrases.push({ terms, prefix: false });
      lastBare = null;
      return;
    }
    for (const word of part.split(/\s+/u)) {
      const terms = termsOf(word);
      if (!terms.length) continue;
      const phrase: QueryPhrase = { terms, prefix: false, run };
      phrases.push(phrase);
      lastBare = phrase;
    }
  });
  // The last bare word still being typed (no space after it) also finds longer words.
  const typing = lastBare as QueryPhrase | null;
  if (typing && phrases[phrases.length - 1] === typing && !/\s$/u.test(text) && typing.terms.at(-1)!.length >= 3) {
    typing.prefix = true;
  }
  return { phrases: phrases.slice(0, MAX_PHRASES) };
}

/** The MATCH expression, or null when the input holds no word to look for. */
export function toMatchExpression(query: ParsedQuery): string | null {
  if (!query.phrases.length) return null;
  return query.phrases.map((p) => `"${p.terms.join(' ')}"${p.prefix ? '*' : ''}`).join(' ');
}
