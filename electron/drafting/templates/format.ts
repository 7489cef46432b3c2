// The template file format (templates/README.md): a YAML front-matter header between "---" lines, then a
// Markdown body. Headings carry their section key as "{#key}" at the end; facts are fields "{{name}}";
// a paragraph holding only "{{carry-forward}}" is where last year's orientations become a checklist.
// Pure (markdown-it and yaml are plain JS): parsing gives a template or its problems, never throws.
import MarkdownIt from 'markdown-it';

import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { DocBlock, DocField, DocInline, DocState, DocCarryChecklist } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { doc, heading, list, paragraph, table, tableCell, text } from '../../shared/doc-build.ts';
import { LANGS, REVIEW_KINDS } from '../../shared/review.ts';
import { SECTION_KEYS, type SectionKey } from '../../shared/sections.ts';
import type { UserMessage } from '../../shared/errors.ts';
import type { FileProblem } from '../problems.ts';
import { FIELD_PATTERN } from '../fields/registry.ts';

export const CARRY_FORWARD = 'carry-forward';

const exportPreset = z.object({
  profile: z.enum(['decree30', 'international']).optional(),
  parentAgency: z.string().optional(),
  agency: z.string().optional(),
  /** The number pattern after "Số:", e.g. "…/BC-BNG": the registry fills the number. */
  numberPattern: z.string().optional(),
  place: z.string().optional(),
  addressees: z.array(z.string()).optional(),
  distribution: z.array(z.string()).optional(),
  signingAuthority: z.array(z.string()).optional(),
  signerName: z.string().optional(),
}).strict();
export type ExportPreset = z.output<typeof exportPreset>;

export const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'id' }),
  name: z.string().min(1),
  kind: z.enum(REVIEW_KINDS),
  lang: z.enum(LANGS),
  title: z.string().min(1),
  description: z.string().optional(),
  export: exportPreset.optional(),
  /** Fixed values for fields (the sample report's meeting facts): they win over computed ones. */
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}).strict();
export type TemplateMeta = z.output<typeof frontMatterSchema>;

export interface Template {
  meta: TemplateMeta;
  file: string;
  origin: 'bundled' | 'user';
  /** The body as a document whose fields are still empty. */
  body: DocState;
  /** Section keys set by "{#key}" headings: the heading's top-level block index and its key. */
  sections: { blockIndex: number; key: SectionKey }[];
  /** Field names in order of first use (title first). */
  fieldNames: string[];
}

export interface TemplateParse { template: Template | null; problems: FileProblem[] }

const msg = {
  noFrontMatter: (): UserMessage => ({ vi: 'Thiếu phần đầu “---” (front matter) với id, name, kind, lang, title.', en: 'Missing the “---” front matter with id, name, kind, lang, title.' }),
  unclosedFrontMatter: (): UserMessage => ({ vi: 'Phần đầu “---” không có dòng “---” đóng lại.', en: 'The “---” front matter is not closed by a “---” line.' }),
  yaml: (d: string): UserMessage => ({ vi: `Phần đầu không đúng cú pháp YAML: ${d}`, en: `The front matter is not valid YAML: ${d}` }),
  field: (f: string, why: string, whyVi: string): UserMessage => ({ vi: `Trường “${f}” ở phần đầu: ${whyVi}`, en: `Front matter “${f}”: ${why}` }),
  sectionKey: (k: string): UserMessage => ({ vi: `Khóa mục “${k}” không tồn tại. Các khóa: ${SECTION_KEYS.join(', ')}.`, en: `Unknown section key “${k}”. Keys: ${SECTION_KEYS.join(', ')}.` }),
  braces: (): UserMessage => ({ vi: 'Trường viết sai: dùng {{tên}} (chữ cái, số, “-”), đóng bằng “}}”.', en: 'Malformed field: write {{name}} (letters, digits, “-”), closed with “}}”.' }),
  carryPlace: (): UserMessage => ({ vi: '{{carry-forward}} phải đứng một mình trong một đoạn.', en: '{{carry-forward}} must be a paragraph on its own.' }),
  unsupported: (what: string): UserMessage => ({ vi: `Mẫu không hỗ trợ “${what}”; phần này bị bỏ qua.`, en: `Templates do not support “${what}”; it is left out.` }),
  empty: (): UserMessage => ({ vi: 'Mẫu không có nội dung.', en: 'The template has no body.' }),
};

const md = new MarkdownIt('commonmark', { html: true }).enable('table');
type Token = ReturnType<typeof md.parse>[number];

export function fieldNode(name: string, value = '', confirmed = value !== '', format = 0): DocField {
  return { type: 'field', version: 1, name, text: value.normalize('NFC'), confirmed, format, style: '', mode: 'token', detail: 0 };
}

/** Splits text into text runs and field nodes. */
export function withFields(value: string, format = 0): DocInline[] {
  const out: DocInline[] = [];
  let last = 0;
  for (const m of value.matchAll(FIELD_PATTERN)) {
    if (m.index > last) out.push(text(value.slice(last, m.index), format));
    out.push(fieldNode(m[1]!, '', false, format));
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push(text(value.slice(last), format));
  return out;
}

function inlineOf(token: Token): DocInline[] {
  const out: DocInline[] = [];
  let format = 0;
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text': case 'code_inline': out.push(...withFields(child.content, child.type === 'code_inline' ? format | TEXT_FORMAT.code : format)); break;
      case 'softbreak': out.push(text(' ', format)); break;
      case 'hardbreak': out.push({ type: 'linebreak', version: 1 }); break;
      case 'strong_open': format |= TEXT_FORMAT.bold; break;
      case 'strong_close': format &= ~TEXT_FORMAT.bold; break;
      case 'em_open': format |= TEXT_FORMAT.italic; break;
      case 'em_close': format &= ~TEXT_FORMAT.italic; break;
      default: break; // links keep their text (children), html comments vanish
    }
  }
  // Merge neighbouring text runs of one format (softbreaks split them).
  const merged: DocInline[] = [];
  for (const node of out) {
    const prev = merged.at(-1);
    if (prev?.type === 'text' && node.type === 'text' && prev.format === node.format) merged[merged.length - 1] = text(prev.text + node.text, node.format);
    else merged.push(node);
  }
  return merged;
}

const SECTION_MARK = /\s*\{#([a-z][a-z-]*)\}\s*$/;

function frontMatter(source: string): { yaml: string; body: string; bodyLine: number } | 'missing' | 'unclosed' {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return 'missing';
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return 'unclosed';
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

export function parseTemplate(file: string, source: string, origin: 'bundled' | 'user' = 'bundled'): TemplateParse {
  const problems: FileProblem[] = [];
  const problem = (line: number | null, reason: UserMessage) => problems.push({ file, origin, line, reason });
  const fm = frontMatter(source);
  if (fm === 'missing' || fm === 'unclosed') {
    problem(1, fm === 'missing' ? msg.noFrontMatter() : msg.unclosedFrontMatter());
    return { template: null, problems };
  }
  const counter = new LineCounter();
  const yamlDoc = parseDocument(fm.yaml, { lineCounter: counter, prettyErrors: false });
  if (yamlDoc.errors.length) {
    for (const e of yamlDoc.errors) problem(1 + counter.linePos(e.pos[0]).line, msg.yaml(e.message.split('\n')[0] ?? ''));
    return { template: null, problems };
  }
  const parsedMeta = frontMatterSchema.safeParse(yamlDoc.toJS());
  if (!parsedMeta.success) {
    for (const issue of parsedMeta.error.issues) {
      const path = issue.path.map(String);
      const node = yamlDoc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? 1 + counter.linePos(node.range[0]).line : 1;
      const name = path.join('.') || '—';
      if (issue.code === 'invalid_type' && node === undefined) problem(line, msg.field(name, 'is required', 'bắt buộc phải có'));
      else if (issue.code === 'unrecognized_keys') problem(line, msg.field(issue.keys.join(', '), 'is not a front-matter field', 'không phải là trường của phần đầu'));
      else if (issue.code === 'invalid_value') problem(line, msg.field(name, `must be one of ${issue.values.join(', ')}`, `phải là một trong ${issue.values.join(', ')}`));
      else problem(line, msg.field(name, issue.message, issue.message));
    }
    return { template: null, problems };
  }
  const meta = parsedMeta.data;
  const lineAt = (t: Token) => (t.map ? fm.bodyLine + t.map[0] : null);
  // Lines whose {{ … }} does not form a field (an unclosed or misspelt one).
  // (HTML comments are notes for template authors: their text may mention {{…}} freely.)
  const uncommented = fm.body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  uncommented.split(/\r?\n/).forEach((l, i) => {
    const rest = l.replace(FIELD_PATTERN, '');
    if (/\{\{|\}\}/.test(rest)) problem(fm.bodyLine + i, msg.braces());
  });

  const tokens = md.parse(fm.body, {});
  const blocks: DocBlock[] = [];
  const sections: Template['sections'] = [];
  let i = 0;
  const listOf = (start: number): { block: DocBlock; next: number } => {
    const open = tokens[start]!;
    const ordered = open.type === 'ordered_list_open';
    const items: DocInline[][] = [];
    let j = start + 1;
    let depth = 0;
    let current: DocInline[] = [];
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') { depth++; continue; }
      if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') { if (depth === 0) break; depth--; continue; }
      if (t.type === 'list_item_open' && depth === 0) current = [];
      if (t.type === 'inline') { if (current.length) current.push({ type: 'linebreak', version: 1 }); current.push(...inlineOf(t)); }
      if (t.type === 'list_item_close' && depth === 0) items.push(current);
    }
    if (depth > 0 || items.length === 0) problem(lineAt(open), msg.unsupported('nested list'));
    const start1 = ordered ? Number(open.attrGet('start') ?? 1) : 1;
    return { block: list(ordered ? 'number' : 'bullet', items, start1), next: j + 1 };
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      const inline = tokens[i + 1]!;
      const level = Math.min(3, Number(t.tag.slice(1))) as 1 | 2 | 3;
      let content = inline.content;
      const mark = SECTION_MARK.exec(content);
      if (mark) {
        content = content.slice(0, mark.index);
        const key = mark[1]!;
        if ((SECTION_KEYS as readonly string[]).includes(key)) sections.push({ blockIndex: blocks.length, key: key as SectionKey });
        else problem(lineAt(t), msg.sectionKey(key));
        // Re-read the heading without its mark, so emphasis inside it still applies.
        const reparsed = md.parseInline(content, {})[0];
        blocks.push(heading(level, reparsed ? inlineOf(reparsed) : withFields(content)));
      } else blocks.push(heading(level, inlineOf(inline)));
      i += 3;
      continue;
    }
    if (t.type === 'paragraph_open') {
      const inline = tokens[i + 1]!;
      const raw = inline.content.trim();
      if (raw === `{{${CARRY_FORWARD}}}`) {
        const checklist: DocCarryChecklist = { type: 'carry-checklist', version: 1, fromReviewId: null, fromYear: null, items: [] };
        blocks.push(checklist);
      } else {
        if (raw.includes(`{{${CARRY_FORWARD}}}`)) problem(lineAt(t), msg.carryPlace());
        blocks.push(paragraph(inlineOf(inline).filter((n) => !(n.type === 'field' && n.name === CARRY_FORWARD))));
      }
      i += 3;
      continue;
    }
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const { block, next } = listOf(i);
      blocks.push(block);
      i = next;
      continue;
    }
    if (t.type === 'table_open') {
      const rows: ReturnType<typeof tableCell>[][] = [];
      let row: ReturnType<typeof tableCell>[] = [];
      let header = false;
      let j = i + 1;
      for (; j < tokens.length && tokens[j]!.type !== 'table_close'; j++) {
        const c = tokens[j]!;
        if (c.type === 'thead_open') header = true;
        if (c.type === 'thead_close') header = false;
        if (c.type === 'tr_open') row = [];
        if (c.type === 'tr_close') rows.push(row);
        if (c.type === 'inline') row.push(tableCell([paragraph(inlineOf(c))], { header }));
      }
      blocks.push(table(rows));
      i = j + 1;
      continue;
    }
    if (t.type === 'html_block' || t.type === 'hr') { i++; continue; } // comments are notes for template authors
    if (t.type === 'blockquote_open' || t.type === 'fence' || t.type === 'code_block') problem(lineAt(t), msg.unsupported(t.type.replace('_open', '')));
    i++;
  }
  if (blocks.length === 0) problem(fm.bodyLine, msg.empty());
  const body = doc(blocks);
  const fieldNames: string[] = [];
  for (const m of meta.title.matchAll(FIELD_PATTERN)) if (!fieldNames.includes(m[1]!)) fieldNames.push(m[1]!);
  visitFields(body, (f) => { if (!fieldNames.includes(f.name)) fieldNames.push(f.name); });
  return { template: { meta, file, origin, body, sections, fieldNames }, problems };
}

/** Calls fn for every field node in a document (paragraphs, headings, lists, tables). */
export function visitFields(state: DocState, fn: (field: DocField, blockIndex: number) => void): void {
  visitFieldsIn(state.root.children, fn);
}

/** visitFields over some top-level blocks (`blockIndex` counts from the first of them). */
export function visitFieldsIn(blocks: readonly DocBlock[], fn: (field: DocField, blockIndex: number) => void): void {
  const walk = (node: unknown, blockIndex: number): void => {
    if (!node || typeof node !== 'object') return;
    const rec = node as { type?: string; children?: unknown[] };
    if (rec.type === 'field') { fn(node as DocField, blockIndex); return; }
    if (Array.isArray(rec.children)) for (const c of rec.children) walk(c, blockIndex);
  };
  blocks.forEach((b, index) => walk(b, index));
}
