// Word comment ranges (run-level ids from the reader) → comment-mark inlines holding the comments'
// bodies, so comments show in the editor, stay in versions and go back to Word on export.
import type { DocBlock, DocCommentMark, DocInline, DocList, DocRun } from '../../../shared/doc.ts';
import type { Run } from './wordml.ts';
import type { WordComment } from './read-docx.ts';

function mark(ids: readonly string[], comments: Map<string, WordComment>, children: DocRun[]): DocCommentMark {
  return {
    type: 'comment-mark', version: 1, format: '', indent: 0, direction: 'ltr',
    ids: [...ids],
    comments: ids.map((id) => comments.get(id)!).map((c) => ({ id: c.id, author: c.author, date: c.date, text: c.text })),
    children,
  };
}

function plain(run: Run): DocRun {
  const { commentIds: _ids, ...rest } = run as DocRun & { commentIds?: unknown };
  return rest as DocRun;
}

/** Groups consecutive runs with the same comment ids into one mark; runs without comments stay bare. */
export function withCommentMarks(runs: readonly DocInline[], comments: Map<string, WordComment>): DocInline[] {
  const out: DocInline[] = [];
  let group: { key: string; ids: readonly string[]; children: DocRun[] } | null = null;
  const flush = () => { if (group) out.push(mark(group.ids, comments, group.children)); group = null; };
  for (const inline of runs as Run[]) {
    if (inline.type === 'comment-mark') { flush(); out.push(inline); continue; }
    const ids = (inline.commentIds ?? []).filter((id) => comments.has(id));
    if (!ids.length) { flush(); out.push(plain(inline)); continue; }
    const key = ids.join('\u0000');
    if (group && (group as { key: string }).key !== key) flush();
    if (!group) group = { key, ids, children: [] };
    (group as { children: DocRun[] }).children.push(plain(inline));
  }
  flush();
  return out;
}

function inList(list: DocList, comments: Map<string, WordComment>): DocList {
  return {
    ...list,
    children: list.children.map((item) => ({
      ...item,
      children: item.children.some((c) => c.type === 'list')
        ? item.children.map((c) => (c.type === 'list' ? inList(c, comments) : c))
        : withCommentMarks(item.children as DocInline[], comments),
    })),
  };
}

/** Every block's runs through withCommentMarks (paragraphs, headings, list items, table cells). */
export function applyCommentMarks(blocks: DocBlock[], comments: Map<string, WordComment>): DocBlock[] {
  return blocks.map((block): DocBlock => {
    switch (block.type) {
      case 'paragraph': case 'heading': case 'photo-caption': return { ...block, children: withCommentMarks(block.children, comments) } as DocBlock;
      case 'list': return inList(block, comments);
      case 'table': return {
        ...block,
        children: block.children.map((row) => ({
          ...row,
          children: row.children.map((cell) => ({ ...cell, children: applyCommentMarks(cell.children, comments) as typeof cell.children })),
        })),
      };
      case 'carry-checklist': return block;
    }
  });
}
