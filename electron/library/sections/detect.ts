// Cutting a review into keyed sections (block ranges of the top-level content).
// - Structured reviews (two or more h1/h2 headings besides an unnumbered title at the top) are split at every
//   h1/h2 heading; a heading's key comes from its words, else from its parent h1, else from its first
//   paragraph, else 'other'. Blocks before the first heading are read as an article (below).
// - Articles are read paragraph by paragraph: a paragraph continues the current section unless a cue at
//   its head opens another one (cues.ts). Lists, "+"/"-" lines, connectives ("Bên cạnh đó", "Along with
//   that"), photo captions and paragraphs after a line ending in ":" always continue.
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { blockText } from '../../shared/doc-build.ts';
import type { SectionKey } from '../../shared/sections.ts';
import { fold } from '../fold.ts';
import { CAPTION, CONTINUATION, HEADING_CUES, KEY_PRIORITY, PARAGRAPH_CUES, type Cue } from './cues.ts';

export interface DetectedSection {
  key: SectionKey;
  title: string;
  blockStart: number;
  /** Exclusive. */
  blockEnd: number;
}

const PILLARS: readonly SectionKey[] = ['pillar-political-security', 'pillar-economic', 'pillar-socio-cultural'];
const TITLE_CHARS = 80;
/** The " date 2023-12 " prefix some saved web articles carry. */
const DATE_PREFIX = /^\s*date \d{4}-\d{2}(-\d{2})?\s+/;

/** All keys whose cues match, best first (KEY_PRIORITY). */
export function matchingKeys(folded: string, cueList: readonly Cue[], year?: number): SectionKey[] {
  const found = new Set<SectionKey>();
  for (const cue of cueList) {
    if (found.has(cue.key)) continue;
    const m = cue.re.exec(folded);
    if (m && m.index < cue.within) found.add(cue.key);
  }
  if (year !== undefined && !found.has('orientations')) {
    // "năm 2026" / "in 2026" near the head of a paragraph of the 2025 review looks ahead.
    const next = String(year + 1);
    const m = new RegExp(`(nam|in|for) ${next}\\b`).exec(folded);
    if (m && m.index < 110) found.add('orientations');
  }
  // A paragraph naming two or more pillars is an overview, not one pillar's results.
  if (PILLARS.filter((k) => found.has(k)).length >= 2) for (const k of PILLARS) found.delete(k);
  return KEY_PRIORITY.filter((k) => found.has(k));
}

/** Cues look at most ~220 characters into a paragraph, captions at its end: fold only those parts, so
 *  re-detecting a 3,000-paragraph review on autosave stays cheap. */
function foldedHead(text: string): string {
  const part = text.length > 400 ? `${text.slice(0, 300)} … ${text.slice(-80)}` : text;
  return fold(part).replace(DATE_PREFIX, '').trim();
}

/** "I.", "1.", "a)", "A." …: a numbered heading is a section, never the document's title. */
const NUMBERED = /^\s*([ivxlcdm]+|\d+|[a-zđ])[.)]\s/iu;

function titleOf(text: string): string {
  const clean = text.replace(DATE_PREFIX, '').replace(/\s+/gu, ' ').trim();
  if (clean.length <= TITLE_CHARS) return clean;
  const cut = clean.slice(0, TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

function isBoundaryHeading(block: DocBlock): boolean {
  return block.type === 'heading' && (block.tag === 'h1' || block.tag === 'h2');
}

function firstNonEmpty(blocks: readonly DocBlock[]): number {
  return blocks.findIndex((b) => blockText(b).trim() !== '');
}

/** Article reading over blocks [from, to). */
function detectArticle(blocks: readonly DocBlock[], from: number, to: number, year: number | undefined, out: DetectedSection[]): void {
  let current: DetectedSection | null = null;
  let previousText = '';
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    const text = blockText(block);
    const folded = foldedHead(text);
    if (!folded) {
      if (current) current.blockEnd = i + 1;
      continue;
    }
    const continues = block.type === 'list' || CONTINUATION.test(folded) || CAPTION.test(folded) || /:\s*$/u.test(previousText);
    previousText = text;
    if (!current) {
      const keys = matchingKeys(folded, block.type === 'heading' ? HEADING_CUES : PARAGRAPH_CUES, year);
      // The head of an article is the meeting (who, when, how many) unless it plainly opens something else.
      const key = keys.length === 0 || keys.includes('meeting') ? 'meeting' : keys[0]!;
      // Blank blocks before the first text belong to the first section.
      current = { key, title: titleOf(text), blockStart: from, blockEnd: i + 1 };
      out.push(current);
      continue;
    }
    const key = continues ? undefined : matchingKeys(folded, block.type === 'heading' ? HEADING_CUES : PARAGRAPH_CUES, year)[0];
    if (key && key !== current.key) {
      current = { key, title: titleOf(text), blockStart: i, blockEnd: i + 1 };
      out.push(current);
    } else {
      current.blockEnd = i + 1;
    }
  }
}

function headingKey(blocks: readonly DocBlock[], at: number, end: number, parentKey: SectionKey | null, year: number | undefined): SectionKey {
  const block = blocks[at]!;
  const own = matchingKeys(foldedHead(blockText(block)), HEADING_CUES, year)[0];
  if (own) return own;
  if (block.type === 'heading' && block.tag === 'h2' && parentKey) return parentKey;
  for (let i = at + 1; i < end; i++) {
    const folded = foldedHead(blockText(blocks[i]!));
    if (!folded) continue;
    return matchingKeys(folded, PARAGRAPH_CUES, year)[0] ?? 'other';
  }
  return 'other';
}

export function detectSections(content: DocState, year?: number): DetectedSection[] {
  const blocks = content.root.children;
  const out: DetectedSection[] = [];
  if (!blocks.length) return out;
  const first = firstNonEmpty(blocks);
  const title = first >= 0 && !NUMBERED.test(blockText(blocks[first]!)) ? first : -1;
  const boundaries = blocks.map((b, i) => (isBoundaryHeading(b) && i !== title ? i : -1)).filter((i) => i >= 0);
  if (boundaries.length < 2) {
    detectArticle(blocks, 0, blocks.length, year, out);
    return out;
  }
  if (boundaries[0]! > 0) detectArticle(blocks, 0, boundaries[0]!, year, out);
  let parentKey: SectionKey | null = null;
  boundaries.forEach((at, n) => {
    const end = boundaries[n + 1] ?? blocks.length;
    const key = headingKey(blocks, at, end, parentKey, year);
    const block = blocks[at]!;
    if (block.type === 'heading' && block.tag === 'h1') parentKey = key;
    out.push({ key, title: titleOf(blockText(block)), blockStart: at, blockEnd: end });
  });
  return out;
}
