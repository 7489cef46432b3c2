// One file's bytes → a document and its detected metadata. Pure apart from the parsers; no database.
import { createHash } from 'node:crypto';
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { blockText, doc, docText } from '../../shared/doc-build.ts';
import type { UserMessage } from '../../shared/errors.ts';
import { importErrors, importNotes } from './errors.ts';
import type { ImportFormat } from './formats.ts';
import { sniff, SNIFFED_NAMES } from './sniff.ts';
import { decodeText } from './encoding.ts';
import { docxToBlocks } from './docx.ts';
import { convertToDocx } from './legacy.ts';
import { htmlToBlocks } from './html.ts';
import { markdownToBlocks } from './markdown.ts';
import { textToBlocks } from './text.ts';
import { shapeBlocks } from '../../shared/shape.ts';
import { isChromeLine } from './chrome.ts';
import { detectMeta, type DetectedMeta } from './metadata.ts';
import { liftAdminFrame } from './admin-frame.ts';

export interface ParsedFile {
  content: DocState;
  meta: DetectedMeta;
  notes: UserMessage[];
  /** SHA-256 of the NFC, whitespace-collapsed text: the same article from another file is a duplicate. */
  textHash: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function normalizedTextHash(content: DocState): string {
  return sha256(docText(content).normalize('NFC').replace(/\s+/gu, ' ').trim());
}

interface Converted {
  blocks: DocBlock[];
  images: number;
  dateHint?: string;
  chromeRemoved: number;
  notes: UserMessage[];
  /** Set when a Decree 30 frame (header, BÁO CÁO, closing) was lifted out of the body. */
  frame?: { summary?: string; fields: DetectedMeta['fields'] };
}

/** Lifts the administrative frame (header table, "BÁO CÁO" + summary, Kính gửi, closing) out of the body. */
function withoutFrame(converted: Converted): Converted {
  const { blocks, summary, fields } = liftAdminFrame(converted.blocks);
  if (blocks.length === converted.blocks.length) return converted;
  return { ...converted, blocks, frame: summary === undefined ? { fields } : { summary, fields } };
}

async function convert(buf: Buffer, format: ImportFormat, file: string): Promise<Converted> {
  const kind = sniff(buf);
  if (format === 'doc' || format === 'rtf' || format === 'odt') {
    const expected = { doc: 'cfb', rtf: 'text', odt: 'zip' }[format];
    if (kind !== expected || (format === 'rtf' && !buf.subarray(0, 5).toString('latin1').startsWith('{\\rtf'))) {
      throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
    }
    const { blocks, images } = await docxToBlocks(await convertToDocx(buf, format, file), file);
    return withoutFrame({ blocks: shapeBlocks(blocks), images, chromeRemoved: 0, notes: [importNotes.converted(format)] });
  }
  if (format === 'docx') {
    if (kind === 'cfb') throw importErrors.encrypted(file);
    if (kind !== 'zip') throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
    const { blocks, images } = await docxToBlocks(buf, file);
    return withoutFrame({ blocks: shapeBlocks(blocks), images, chromeRemoved: 0, notes: [] });
  }
  if (kind !== 'text') throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
  const decoded = decodeText(buf, file);
  const notes = decoded.note ? [decoded.note] : [];
  if (format === 'md') return withoutFrame({ ...markdownToBlocks(decoded.text), chromeRemoved: 0, notes });
  if (format === 'html') {
    const { blocks, images } = await htmlToBlocks(decoded.text);
    const kept = blocks.filter((b) => b.type !== 'paragraph' || !isChromeLine(blockText(b)));
    return withoutFrame({ blocks: shapeBlocks(kept), images, chromeRemoved: blocks.length - kept.length, notes });
  }
  const { blocks, dateHint, chromeRemoved } = textToBlocks(decoded.text);
  return withoutFrame({ blocks, images: 0, dateHint, chromeRemoved, notes });
}

export async function parseFile(buf: Buffer, format: ImportFormat, file: string, fallbackYear: number): Promise<ParsedFile> {
  const converted = await convert(buf, format, file);
  const content = doc(converted.blocks);
  if (!docText(content).trim()) throw importErrors.noText(file);
  const meta = detectMeta({
    blocks: converted.blocks.map((b) => ({ text: blockText(b), heading: b.type === 'heading' })),
    dateHint: converted.dateHint,
    fallbackYear,
  });
  if (converted.frame) {
    // A Decree 30 report: its summary line is its title, and it is a report whatever the body says.
    meta.kind = 'report';
    if (converted.frame.summary) {
      meta.title = converted.frame.summary;
      // "… năm 2025 và phương hướng năm 2026": the first year of the summary is the year under review.
      const year = /\b(19[6-9]\d|2\d\d\d)\b/u.exec(converted.frame.summary)?.[1];
      if (year) meta.year = Number(year);
    }
    meta.fields = { ...meta.fields, ...converted.frame.fields };
  }
  const notes = [...converted.notes];
  if (converted.images > 0) notes.push(importNotes.imagesDropped(converted.images));
  if (converted.chromeRemoved > 0) notes.push(importNotes.chromeRemoved(converted.chromeRemoved));
  return { content, meta, notes, textHash: normalizedTextHash(content) };
}
