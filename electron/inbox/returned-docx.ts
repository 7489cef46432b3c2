// A circulated draft that came back from a ministry (issue 14): its paragraphs as runs of unchanged,
// inserted (w:ins) and deleted (w:del) text, each with the Word comments over it, and the comments'
// bodies. Read with the import's guarded zip reader and a streaming XML parser; nothing else of the
// file matters here (the draft's own text is in the library).
import type { SaxesTagPlain } from 'saxes';
import { ZipPackage } from '../library/import/zip-guard.ts';
import { newParser } from '../library/import/ooxml/package-parts.ts';
import { importErrors } from '../library/import/errors.ts';

export type SegmentKind = 'same' | 'ins' | 'del';
export interface ReturnedSegment { kind: SegmentKind; text: string; author: string; date: string; comments: string[] }
export interface ReturnedParagraph { segments: ReturnedSegment[]; inTable: boolean }
export interface ReturnedComment { id: string; author: string; date: string; text: string }
export interface ReturnedFile { paragraphs: ReturnedParagraph[]; comments: Map<string, ReturnedComment> }

function readComments(xml: string | null, file: string): Map<string, ReturnedComment> {
  const out = new Map<string, ReturnedComment>();
  if (!xml) return out;
  const parser = newParser(file, 'word/comments.xml');
  let current: ReturnedComment | null = null;
  let lines: string[] = [];
  let inText = false;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'w:comment') { current = { id: a['w:id'] ?? '', author: a['w:author'] ?? '', date: a['w:date'] ?? '', text: '' }; lines = []; }
    else if (tag.name === 'w:p' && current) lines.push('');
    else if (tag.name === 'w:t') inText = !tag.isSelfClosing;
  });
  parser.on('text', (value) => { if (inText && current && lines.length) lines[lines.length - 1] += value; });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:comment' && current) {
      current.text = lines.map((l) => l.trim()).filter(Boolean).join('\n').normalize('NFC');
      out.set(current.id, current);
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}

export function readReturnedDocx(buf: Buffer, file: string): ReturnedFile {
  const zip = new ZipPackage(buf, file);
  const xml = zip.text('word/document.xml') ?? zip.text('word/document2.xml');
  if (xml === null) throw importErrors.truncated(file, 'word/document.xml missing');
  const comments = readComments(zip.text('word/comments.xml'), file);
  const paragraphs: ReturnedParagraph[] = [];
  const parser = newParser(file, 'word/document.xml');
  let para: ReturnedParagraph | null = null;
  let tableDepth = 0;
  let change: { kind: 'ins' | 'del'; author: string; date: string } | null = null;
  const active = new Set<string>();
  let inText = false;
  let skip = 0;
  const add = (text: string) => {
    if (!para || !text) return;
    const kind: SegmentKind = change?.kind ?? 'same';
    const ids = [...active];
    const last = para.segments.at(-1);
    if (last && last.kind === kind && last.author === (change?.author ?? '') && last.comments.join() === ids.join()) last.text += text;
    else para.segments.push({ kind, text, author: change?.author ?? '', date: change?.date ?? '', comments: ids });
  };
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    if (skip) { if (!tag.isSelfClosing) skip++; return; }
    switch (tag.name) {
      case 'w:tbl': tableDepth++; return;
      case 'w:p': para = { segments: [], inTable: tableDepth > 0 }; return;
      case 'w:ins': case 'w:del':
        if (!tag.isSelfClosing) change = { kind: tag.name === 'w:ins' ? 'ins' : 'del', author: a['w:author'] ?? '', date: a['w:date'] ?? '' };
        return;
      case 'w:t': case 'w:delText': inText = !tag.isSelfClosing; return;
      case 'w:tab': add('\t'); return;
      case 'w:br': case 'w:cr': add('\n'); return;
      case 'w:commentRangeStart': active.add(a['w:id'] ?? ''); return;
      case 'w:commentRangeEnd': active.delete(a['w:id'] ?? ''); return;
      case 'w:commentReference': {
        // A comment with no range annotates the text just before it.
        const id = a['w:id'] ?? '';
        const last = para?.segments.at(-1);
        if (last && !last.comments.includes(id)) last.comments = [...last.comments, id];
        return;
      }
      case 'w:instrText': case 'w:rPrChange': case 'w:pPrChange': case 'mc:Fallback':
        if (!tag.isSelfClosing) skip = 1;
        return;
    }
  });
  parser.on('text', (value) => { if (inText && !skip) add(value); });
  parser.on('closetag', (tag) => {
    if (skip) { if (!tag.isSelfClosing) skip--; return; }
    switch (tag.name) {
      case 'w:tbl': tableDepth--; return;
      case 'w:p': if (para) paragraphs.push(para); para = null; return;
      case 'w:ins': case 'w:del': change = null; return;
      case 'w:t': case 'w:delText': inText = false; return;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw importErrors.truncated(file, `document.xml: ${error instanceof Error ? error.message.slice(0, 120) : 'XML'}`);
  }
  for (const p of paragraphs) for (const s of p.segments) s.text = s.text.normalize('NFC');
  return { paragraphs, comments };
}
