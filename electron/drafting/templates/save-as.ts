// "Save as template": a review's structure and fields as a template file, its text as boilerplate. Pure.
import type { DocBlock, DocInline, DocState } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import type { Lang, ReviewKind } from '../../shared/review.ts';
import type { SectionKey } from '../../shared/sections.ts';
import { stringify } from 'yaml';
import { CARRY_FORWARD, type ExportPreset } from './format.ts';

export interface SaveAsInput {
  id: string;
  name: string;
  kind: ReviewKind;
  lang: Lang;
  title: string;
  year: number;
  content: DocState;
  /** Section key of each top-level block index that opens a section. */
  sectionStarts: ReadonlyMap<number, SectionKey>;
  exportPreset?: ExportPreset;
}

/** Markdown-significant characters at the start of a line or around text, escaped so the text reads back as it was. */
function escapeText(s: string): string {
  return s.replace(/([\\*_`[\]<>])/g, '\\$1').replace(/\{\{/g, '\\{\\{');
}

/** The review's year and the next one become fields, so the template works for any year. */
function yearsToFields(s: string, year: number): string {
  return s.replace(new RegExp(`\\b${year + 1}\\b`, 'g'), '{{nextYear}}').replace(new RegExp(`\\b${year}\\b`, 'g'), '{{year}}').replace(new RegExp(`\\b${year - 1}\\b`, 'g'), '{{prevYear}}');
}

function inline(children: readonly (DocInline | { type: string })[], year: number): string {
  let out = '';
  for (const c of children) {
    if (c.type === 'field') { out += `{{${(c as { name: string }).name}}}`; continue; }
    if (c.type === 'linebreak') { out += '\\\n'; continue; }
    if (c.type === 'tab') { out += ' '; continue; }
    if (c.type !== 'text') continue;
    const t = c as { text: string; format: number };
    let s = yearsToFields(escapeText(t.text), year);
    const trimmed = s.trim();
    if (trimmed && (t.format & TEXT_FORMAT.bold)) s = s.replace(trimmed, `**${trimmed}**`);
    else if (trimmed && (t.format & TEXT_FORMAT.italic)) s = s.replace(trimmed, `*${trimmed}*`);
    out += s;
  }
  // A paragraph that starts like a list or heading marker must not become one.
  return out.replace(/^(\s*)([#>+-]|\d+[.)])(\s)/, '$1\\$2$3');
}

function block(b: DocBlock, key: SectionKey | undefined, year: number): string {
  switch (b.type) {
    case 'heading': {
      const marks = '#'.repeat(Number(b.tag.slice(1)));
      return `${marks} ${inline(b.children, year).replace(/^\\/, '')}${key ? ` {#${key}}` : ''}`;
    }
    case 'paragraph': return inline(b.children, year);
    case 'list': return b.children.map((item, i) => {
      const marker = b.listType === 'number' ? `${b.start + i}.` : '-';
      return `${marker} ${inline(item.children.filter((c) => c.type !== 'list'), year).replace(/^\\/, '')}`;
    }).join('\n');
    case 'table': return b.children.map((row, r) => {
      const line = `| ${row.children.map((cell) => cell.children.map((p) => (p.type === 'list' ? '' : inline(p.children, year))).join(' ').replace(/\|/g, '\\|')).join(' | ')} |`;
      return r === 0 ? `${line}\n|${row.children.map(() => '---').join('|')}|` : line;
    }).join('\n');
    case 'carry-checklist': return `{{${CARRY_FORWARD}}}`;
  }
}

export function reviewToTemplate(input: SaveAsInput): string {
  const front: Record<string, unknown> = {
    id: input.id,
    name: input.name,
    kind: input.kind,
    lang: input.lang,
    title: yearsToFields(input.title, input.year),
  };
  if (input.exportPreset && Object.keys(input.exportPreset).length) front.export = input.exportPreset;
  const body = input.content.root.children
    .map((b, i) => block(b, input.sectionStarts.get(i), input.year))
    .filter((s) => s.trim() !== '')
    .join('\n\n');
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body}\n`;
}
