// Putting a returned draft's comments and tracked changes on the draft as it is now (issue 14), pure.
// Each returned paragraph with changes or comments is matched to a top-level paragraph or heading of
// the draft: the one whose text is the paragraph as circulated (its unchanged and deleted text), else
// the most similar (≥ 60 % of the words, the reuse issue's fuzzy score). Positions are carried from the
// circulated wording to the draft's current wording through a character diff, so an edit made since
// circulation moves them with it; a deletion whose words are no longer there, or a paragraph found
// nowhere, is listed as unanchored, never dropped.
import { diffChars } from 'diff';
import type { DocBlock, DocCommentBody, DocCommentMark, DocInline, DocReviewChange, DocRun, DocState, DocText } from '../shared/doc.ts';
import { inlineText } from '../shared/doc-build.ts';
import type { UnanchoredItem } from '../shared/inbox.ts';
import { fuzzyScore } from '../reuse/similarity/score.ts';
import { wordKeys } from '../reuse/similarity/tokens.ts';
import type { ReturnedComment, ReturnedFile, ReturnedParagraph } from './returned-docx.ts';

export const MATCH_MIN = 0.6;

export interface AnchorOptions {
  /** The ministry the file came from (its reference key and name), shown with each author. */
  ministry: { key: string; nameVi: string } | null;
  /** Prefix of the comment ids placed, so two files' comments never share an id. */
  idPrefix: string;
}

export interface AnchorResult { content: DocState; comments: number; changes: number; unanchored: UnanchoredItem[] }

type Op =
  | { kind: 'ins'; at: number; text: string; author: string; date: string; comments: string[] }
  | { kind: 'del'; from: number; to: number; author: string; date: string }
  | { kind: 'comment'; from: number; to: number; id: string };

/** Maps offsets of `a` to offsets of `b`; a position inside text `b` no longer has is `null` when strict. */
function offsetMap(a: string, b: string): (pos: number, strict: boolean) => number | null {
  if (a === b) return (pos) => pos;
  const parts = diffChars(a, b);
  return (pos, strict) => {
    let ai = 0; let bi = 0;
    for (const part of parts) {
      const n = part.value.length;
      if (part.added) { bi += n; continue; }
      if (part.removed) {
        if (pos < ai + n || (pos === ai + n && strict && pos > ai)) return strict && pos > ai ? null : bi;
        ai += n; continue;
      }
      if (pos <= ai + n) return bi + (pos - ai);
      ai += n; bi += n;
    }
    return bi;
  };
}

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The draft block a returned paragraph belongs to, or -1. */
function matchBlock(original: string, blocks: readonly { index: number; text: string; keys: string[] }[], used: ReadonlySet<number>): number {
  const wanted = norm(original);
  const exact = blocks.find((b) => !used.has(b.index) && norm(b.text) === wanted) ?? blocks.find((b) => norm(b.text) === wanted);
  if (exact) return exact.index;
  const keys = wordKeys(original);
  let best = -1; let score = MATCH_MIN;
  for (const b of blocks) {
    if (!b.keys.length || Math.min(b.keys.length, keys.length) / Math.max(b.keys.length, keys.length) < MATCH_MIN) continue;
    const s = fuzzyScore(keys, b.keys);
    if (s > score || (s === score && best !== -1 && used.has(best) && !used.has(b.index))) { score = s; best = b.index; }
  }
  return best;
}

interface Atom { node: DocRun; start: number; end: number; marks: DocCommentMark | null }

function runLength(node: DocRun): number {
  return inlineText([node]).length;
}

function flatten(children: readonly DocInline[]): Atom[] {
  const out: Atom[] = [];
  let pos = 0;
  const push = (node: DocRun, marks: DocCommentMark | null) => { const n = runLength(node); out.push({ node, start: pos, end: pos + n, marks }); pos += n; };
  for (const c of children) {
    if (c.type === 'comment-mark') for (const r of c.children) push(r, c);
    else push(c, null);
  }
  return out;
}

/** Splits text atoms at the given positions (other runs are not split: a position inside one snaps to its end). */
function splitAt(atoms: Atom[], cuts: readonly number[]): Atom[] {
  const set = [...new Set(cuts)].sort((x, y) => x - y);
  const out: Atom[] = [];
  for (const atom of atoms) {
    const inside = set.filter((c) => c > atom.start && c < atom.end);
    if (!inside.length || atom.node.type !== 'text') { out.push(atom); continue; }
    const text = (atom.node as DocText).text;
    let from = atom.start;
    for (const cut of [...inside, atom.end]) {
      out.push({ ...atom, node: { ...(atom.node as DocText), text: text.slice(from - atom.start, cut - atom.start) }, start: from, end: cut });
      from = cut;
    }
  }
  return out;
}

function change(text: string, kind: 'insertion' | 'deletion', author: string, date: string, ministry: string, like?: DocRun): DocReviewChange {
  const format = like && 'format' in like && typeof like.format === 'number' ? like.format : 0;
  const style = like && 'style' in like && typeof like.style === 'string' ? like.style : '';
  return { type: 'review-change', version: 1, text, format, style, mode: 'normal', detail: 0, change: kind, author, ministry, date };
}

/** Applies one paragraph's operations (draft coordinates) to its inline children. */
function apply(children: readonly DocInline[], ops: readonly Op[], bodies: ReadonlyMap<string, DocCommentBody>, ministry: string): DocInline[] {
  const cuts = ops.flatMap((o) => (o.kind === 'ins' ? [o.at] : [o.from, o.to]));
  const atoms = splitAt(flatten(children), cuts);
  interface Piece { node: DocRun; marks: DocCommentMark | null; ids: string[] }
  const pieces: Piece[] = [];
  const commentOps = ops.filter((o): o is Extract<Op, { kind: 'comment' }> => o.kind === 'comment');
  const idsAt = (start: number, end: number) => commentOps.filter((c) => c.from <= start && end <= c.to && c.from < c.to).map((c) => c.id);
  const insertionsAt = (pos: number) => ops.filter((o): o is Extract<Op, { kind: 'ins' }> => o.kind === 'ins' && o.at === pos);
  const emitInsertions = (pos: number, like?: DocRun) => {
    for (const ins of insertionsAt(pos)) pieces.push({ node: change(ins.text, 'insertion', ins.author, ins.date, ministry, like), marks: null, ids: ins.comments });
  };
  const emitted = new Set<number>();
  for (const atom of atoms) {
    if (!emitted.has(atom.start)) { emitInsertions(atom.start, atom.node); emitted.add(atom.start); }
    const del = ops.find((o): o is Extract<Op, { kind: 'del' }> => o.kind === 'del' && o.from <= atom.start && atom.end <= o.to && atom.start < atom.end);
    const node: DocRun = del && atom.node.type === 'text' ? change((atom.node as DocText).text, 'deletion', del.author, del.date, ministry, atom.node) : atom.node;
    pieces.push({ node, marks: atom.marks, ids: idsAt(atom.start, atom.end) });
  }
  const end = atoms.at(-1)?.end ?? 0;
  if (!emitted.has(end)) emitInsertions(end, atoms.at(-1)?.node);
  // Regroup: consecutive pieces under the same comments (the draft's own and the new ones) share a mark.
  const out: DocInline[] = [];
  let group: { key: string; mark: DocCommentMark } | null = null;
  for (const piece of pieces) {
    const own = piece.marks;
    const ids = [...(own?.ids ?? []), ...piece.ids];
    if (!ids.length) { group = null; out.push(piece.node); continue; }
    const key = ids.join('\u0000');
    if (!group || group.key !== key) {
      const comments = [...(own?.comments ?? []), ...piece.ids.map((id) => bodies.get(id)!).filter(Boolean)];
      const mark: DocCommentMark = { type: 'comment-mark', version: 1, format: own?.format ?? '', indent: own?.indent ?? 0, direction: own?.direction ?? 'ltr', ids, comments, children: [] };
      group = { key, mark };
      out.push(mark);
    }
    group.mark.children.push(piece.node);
  }
  return out;
}

function authorLabel(author: string, ministry: AnchorOptions['ministry']): string {
  const name = author.trim() || '—';
  return ministry ? `${name} (${ministry.nameVi})` : name;
}

export function anchorReturned(content: DocState, returned: ReturnedFile, options: AnchorOptions): AnchorResult {
  const blocks = content.root.children.map((b, index) => ({ block: b as DocBlock, index }))
    .filter(({ block }) => block.type === 'paragraph' || block.type === 'heading')
    .map(({ block, index }) => {
      const text = inlineText((block as Extract<DocBlock, { type: 'paragraph' | 'heading' }>).children);
      return { index, text, keys: wordKeys(text) };
    });
  const used = new Set<number>();
  const unanchored: UnanchoredItem[] = [];
  const bodies = new Map<string, DocCommentBody>();
  const placedComments = new Set<string>();
  let changes = 0;
  const ministryKey = options.ministry?.key ?? '';
  const perBlock = new Map<number, Op[]>();
  const commentBody = (c: ReturnedComment): DocCommentBody => ({ id: `${options.idPrefix}${c.id}`, author: authorLabel(c.author, options.ministry), date: c.date, text: c.text });

  const lostParagraph = (p: ReturnedParagraph, original: string, comments: ReadonlyMap<string, ReturnedComment>) => {
    const context = norm(original).slice(0, 160);
    for (const s of p.segments) if (s.kind !== 'same') unanchored.push({ kind: s.kind === 'ins' ? 'insertion' : 'deletion', author: authorLabel(s.author, options.ministry), text: s.text, context });
    for (const id of new Set(p.segments.flatMap((s) => s.comments))) {
      const c = comments.get(id);
      if (c && !placedComments.has(id)) { placedComments.add(id); unanchored.push({ kind: 'comment', author: authorLabel(c.author, options.ministry), text: c.text, context }); }
    }
  };

  for (const p of returned.paragraphs) {
    const interesting = p.segments.some((s) => s.kind !== 'same' || s.comments.length > 0);
    if (!interesting) continue;
    const original = p.segments.filter((s) => s.kind !== 'ins').map((s) => s.text).join('');
    const index = p.inTable ? -1 : matchBlock(original || p.segments.map((s) => s.text).join(''), blocks, used);
    if (index === -1) { lostParagraph(p, original, returned.comments); continue; }
    used.add(index);
    const target = blocks.find((b) => b.index === index)!;
    const map = offsetMap(original, target.text);
    const ops = perBlock.get(index) ?? [];
    const ranges = new Map<string, { from: number; to: number }>();
    let pos = 0;
    for (const s of p.segments) {
      const start = pos;
      if (s.kind !== 'ins') pos += s.text.length;
      for (const id of s.comments) {
        if (s.kind === 'ins') continue; // a comment on inserted words goes with the insertion
        const r = ranges.get(id);
        ranges.set(id, r ? { from: Math.min(r.from, start), to: Math.max(r.to, pos) } : { from: start, to: pos });
      }
      if (s.kind === 'del') {
        const from = map(start, true); const to = map(pos, true);
        if (from === null || to === null || to <= from || target.text.slice(from, to) !== s.text) {
          unanchored.push({ kind: 'deletion', author: authorLabel(s.author, options.ministry), text: s.text, context: norm(target.text).slice(0, 160) });
        } else { ops.push({ kind: 'del', from, to, author: authorLabel(s.author, options.ministry), date: s.date }); changes++; }
      } else if (s.kind === 'ins') {
        const at = map(start, false)!;
        const ids = s.comments.filter((id) => returned.comments.has(id));
        ops.push({ kind: 'ins', at, text: s.text, author: authorLabel(s.author, options.ministry), date: s.date, comments: ids.map((id) => `${options.idPrefix}${id}`) });
        for (const id of ids) { bodies.set(`${options.idPrefix}${id}`, commentBody(returned.comments.get(id)!)); placedComments.add(id); }
        changes++;
      }
    }
    for (const [id, r] of ranges) {
      const c = returned.comments.get(id);
      if (!c || placedComments.has(id)) continue;
      const from = map(r.from, false)!; const to = map(r.to, false)!;
      if (to <= from) { unanchored.push({ kind: 'comment', author: authorLabel(c.author, options.ministry), text: c.text, context: norm(target.text).slice(0, 160) }); placedComments.add(id); continue; }
      ops.push({ kind: 'comment', from, to, id: `${options.idPrefix}${id}` });
      bodies.set(`${options.idPrefix}${id}`, commentBody(c));
      placedComments.add(id);
    }
    perBlock.set(index, ops);
  }
  // Comments of the file that sit on no text at all (a point in an empty paragraph).
  for (const [id, c] of returned.comments) {
    if (!placedComments.has(id)) unanchored.push({ kind: 'comment', author: authorLabel(c.author, options.ministry), text: c.text, context: '' });
  }
  const children = content.root.children.map((b, i) => {
    const ops = perBlock.get(i);
    if (!ops?.length) return b;
    const block = b as Extract<DocBlock, { type: 'paragraph' | 'heading' }>;
    return { ...block, children: apply(block.children, ops, bodies, ministryKey) };
  });
  const placed = [...bodies.keys()].length;
  return { content: { ...content, root: { ...content.root, children } as DocState['root'] }, comments: placed, changes, unanchored };
}
