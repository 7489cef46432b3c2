// Roll-forward over document blocks, and the pure accept/reject of marks (CLI, export checks, tests).
// A block's text runs are rolled one by one (a change never spans two runs with different formatting);
// each change becomes a roll-mark run between plain runs of the same format.
import type { DocBlock, DocInline, DocList, DocListItem, DocRollMark, DocState, DocTableCell, DocText, Provenance } from '../shared/doc.ts';
import { rollText, type RollChange, type RollNote, type RollOptions } from './roll/roll.ts';
import { text } from '../shared/doc-build.ts';

export interface RolledBlocks { blocks: DocBlock[]; changes: RollChange[]; notes: RollNote[] }

function mark(base: DocText, change: RollChange): DocRollMark {
  return { ...base, type: 'roll-mark', text: change.new, oldText: change.old, rule: change.rule };
}

/**
 * A past review's field chips ("Năm [2025] là dịp nhìn lại chặng đường [30] năm") hold that review's
 * values: inserted as chips they kept 2025 and 30 in a 2026 draft with nothing to review. They become
 * text, joined to the runs around them, so the roll reads the whole sentence and marks what changes.
 */
function fieldsAsText(children: readonly DocInline[]): DocInline[] {
  const out: DocInline[] = [];
  let prevWasField = false;
  for (const child of children) {
    const isField = child.type === 'field';
    const run: DocInline = isField
      ? { ...text(child.text, child.format), style: child.style }
      : child;
    const last = out[out.length - 1];
    if (run.type === 'text' && last?.type === 'text' && (isField || prevWasField)
      && last.format === run.format && last.style === run.style && last.mode === 'normal' && run.mode === 'normal') {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push(run);
    prevWasField = isField;
  }
  return out;
}

function rollInlines(children: readonly DocInline[], options: RollOptions, out: RolledBlocks): DocInline[] {
  const result: DocInline[] = [];
  for (const child of fieldsAsText(children)) {
    if (child.type !== 'text') { result.push(child); continue; }
    const { changes, notes } = rollText(child.text, options);
    out.changes.push(...changes);
    out.notes.push(...notes);
    const text = child.text.normalize('NFC');
    let at = 0;
    for (const change of changes) {
      if (change.start > at) result.push({ ...child, text: text.slice(at, change.start) });
      result.push(mark(child, change));
      at = change.end;
    }
    if (at < text.length || changes.length === 0) result.push({ ...child, text: text.slice(at) });
  }
  return result;
}

function rollList(list: DocList, options: RollOptions, out: RolledBlocks): DocList {
  return {
    ...list,
    children: list.children.map((item): DocListItem => ({
      ...item,
      children: item.children.flatMap((c): (DocInline | DocList)[] =>
        c.type === 'list' ? [rollList(c, options, out)] : rollInlines([c], options, out)),
    })),
  };
}

function rollBlock(block: DocBlock, options: RollOptions, out: RolledBlocks): DocBlock {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'photo-caption':
      return { ...block, children: rollInlines(block.children, options, out) } as DocBlock;
    case 'carry-checklist':
      // Last year's orientations, quoted as they were written: their years are history, not this year's.
      return block;
    case 'list':
      return rollList(block, options, out);
    case 'table':
      return {
        ...block,
        children: block.children.map((row) => ({
          ...row,
          children: row.children.map((cell): DocTableCell => ({
            ...cell,
            children: cell.children.map((b) => rollBlock(b, options, out) as DocTableCell['children'][number]),
          })),
        })),
      };
    default:
      // A drafting checklist (issue 10) holds plain item strings, where no mark can go: copied as it is.
      return block;
  }
}

/** The blocks brought to options.toYear, every change a mark; top-level blocks get `provenance`. */
export function rollBlocks(blocks: readonly DocBlock[], options: RollOptions, provenance?: Provenance): RolledBlocks {
  const out: RolledBlocks = { blocks: [], changes: [], notes: [] };
  for (const block of blocks) {
    const rolled = rollBlock(structuredClone(block), options, out);
    if (provenance && (rolled.type === 'paragraph' || rolled.type === 'heading' || rolled.type === 'list')) rolled.$ = { ...rolled.$, provenance };
    out.blocks.push(rolled);
  }
  return out;
}

type Visit = (node: DocInline) => DocInline;

function mapInlines<T>(node: T, visit: Visit): T {
  if (!node || typeof node !== 'object') return node;
  const record = node as { children?: unknown[] };
  if (!Array.isArray(record.children)) return node;
  return {
    ...node,
    children: record.children.map((child) => {
      const c = child as DocInline | { type: string; children?: unknown[] };
      if (c.type === 'roll-mark') return visit(c as DocRollMark);
      return mapInlines(c, visit);
    }),
  };
}

/** Every pending mark in document order (a walk, no copy: the check calls it on every save). */
export function listMarks(state: DocState): { blockIndex: number; mark: DocRollMark }[] {
  const out: { blockIndex: number; mark: DocRollMark }[] = [];
  const walk = (node: unknown, blockIndex: number) => {
    const children = (node as { children?: unknown[] }).children;
    if (!Array.isArray(children)) return;
    for (const child of children) {
      if ((child as { type?: string }).type === 'roll-mark') out.push({ blockIndex, mark: child as DocRollMark });
      else walk(child, blockIndex);
    }
  };
  state.root.children.forEach((block, blockIndex) => walk(block, blockIndex));
  return out;
}

/** The state with every mark accepted (its new text) or rejected (its old text), as plain text runs. */
export function settleMarks(state: DocState, how: 'accept' | 'reject'): DocState {
  const settle: Visit = (m) => {
    const { oldText, rule: _rule, ...rest } = m as DocRollMark;
    return { ...rest, type: 'text', text: how === 'accept' ? rest.text : oldText } as DocText;
  };
  return { ...state, root: mergeTextRuns(mapInlines(state.root, settle)) };
}

/** Adjacent plain runs of the same format and style become one (as Lexical normalizes them). */
function mergeTextRuns<T>(node: T): T {
  if (!node || typeof node !== 'object') return node;
  const record = node as { children?: unknown[] };
  if (!Array.isArray(record.children)) return node;
  const merged: unknown[] = [];
  for (const child of record.children.map((c) => mergeTextRuns(c))) {
    const last = merged[merged.length - 1] as DocText | undefined;
    const c = child as DocText;
    if (last && last.type === 'text' && c.type === 'text' && last.format === c.format && last.style === c.style && last.mode === 'normal' && c.mode === 'normal') {
      merged[merged.length - 1] = { ...last, text: last.text + c.text };
    } else merged.push(child);
  }
  return { ...node, children: merged.filter((c) => (c as DocText).type !== 'text' || (c as DocText).text !== '') };
}
