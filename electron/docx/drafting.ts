// Converters for the drafting nodes (issue 10): a field is written as its value (an empty one as "…",
// the export dialog lists empty fields first); the carry-forward checklist as ordinary report text —
// one "-" item per orientation with its result under it, never a status chip.
import type { Paragraph, ParagraphChild, Table } from 'docx';
import type { DocCarryChecklist, DocField } from '../shared/doc.ts';
import { list, text } from '../shared/doc-build.ts';
import type { ConvertContext } from './context.ts';
import { textRuns } from './inline.ts';

export const EMPTY_FIELD_TEXT = '…';

export function fieldRuns(node: DocField, ctx: ConvertContext): ParagraphChild[] {
  const value = node.text === '' ? EMPTY_FIELD_TEXT : node.text;
  return textRuns({ type: 'text', version: 1, text: value, format: node.format, style: '', mode: 'normal', detail: 0 }, ctx);
}

type ConvertBlock = (node: { type: string }, kind: 'block', ctx: ConvertContext) => (Paragraph | Table)[];

export function carryChecklistBlocks(node: DocCarryChecklist, ctx: ConvertContext, convert: ConvertBlock): (Paragraph | Table)[] {
  if (node.items.length === 0) return [];
  const items = node.items.map((item) => {
    const result = item.result.trim();
    return result ? [text(item.text.trim()), { type: 'linebreak' as const, version: 1 as const }, text(result)] : [text(item.text.trim())];
  });
  return convert(list('bullet', items), 'block', ctx);
}
