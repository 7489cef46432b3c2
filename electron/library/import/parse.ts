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
import { htmlToBlocks } from './html.ts';
import { markdownToBlocks } from './markdown.ts';
import { textToBlocks } from './text.ts';
import { shapeBlocks } from './shape.ts';
import { isChromeLine } from './chrome.ts';
import { detectMeta, type DetectedMeta } from './metadata.ts';

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

interface Converted { blocks: DocBlock[]; images: number; dateHint?: string; chromeRemoved: number; notes: UserMessage[] }

async function convert(buf: Buffer, format: ImportFormat, file: string): Promise<Converted> {
  const kind = sniff(buf);
  if (format === 'docx') {
    if (kind === 'cfb') throw importErrors.encrypted(file);
    if (kind !== 'zip') throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
    const { blocks, images } = await docxToBlocks(buf, file);
    return { blocks: shapeBlocks(blocks), images, chromeRemoved: 0, notes: [] };
  }
  if (kind !== 'text') throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
  const decoded = decodeText(buf, file);
  const notes = decoded.note ? [decoded.note] : [];
  if (format === 'md') return { ...markdownToBlocks(decoded.text), chromeRemoved: 0, notes };
  if (format === 'html') {
    const { blocks, images } = await htmlToBlocks(decoded.text);
    const kept = blocks.filter((b) => b.type !== 'paragraph' || !isChromeLine(blockText(b)));
    return { blocks: shapeBlocks(kept), images, chromeRemoved: blocks.length - kept.length, notes };
  }
  const { blocks, dateHint, chromeRemoved } = textToBlocks(decoded.text);
  return { blocks, images: 0, dateHint, chromeRemoved, notes };
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
  const notes = [...converted.notes];
  if (converted.images > 0) notes.push(importNotes.imagesDropped(converted.images));
  if (converted.chromeRemoved > 0) notes.push(importNotes.chromeRemoved(converted.chromeRemoved));
  return { content, meta, notes, textHash: normalizedTextHash(content) };
}
