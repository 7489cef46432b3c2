// One file's bytes → a document and its detected metadata. Pure apart from the parsers; no database.
import { createHash } from 'node:crypto';
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { blockText, doc, docText, photoCaption } from '../../shared/doc-build.ts';
import { AppError, type UserMessage } from '../../shared/errors.ts';
import { findSoffice } from '../../export/pdf.ts';
import { importErrors, importNotes } from './errors.ts';
import { extensionFor, type ImportFormat } from './formats.ts';
import { sniff, SNIFFED_NAMES, type Sniffed } from './sniff.ts';
import { decodeText, mostlyUnreadable } from './encoding.ts';
import { docxToBlocks, type WordConversion } from './docx.ts';
import { convertToDocx } from './legacy.ts';
import { htmlToBlocks } from './html.ts';
import { markdownToBlocks } from './markdown.ts';
import { isPhotoCaption, textToBlocks } from './text.ts';
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

/** `extra`: what a file holds besides the body (page headers/footers, comments); empty for plain text. */
export function normalizedTextHash(content: DocState, extra = ''): string {
  const body = docText(content).normalize('NFC').replace(/\s+/gu, ' ').trim();
  const rest = extra.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return sha256(rest ? `${body}\u0000${rest}` : body);
}

interface Converted {
  blocks: DocBlock[];
  images: number;
  dateHint?: string;
  chromeRemoved: number;
  notes: UserMessage[];
  /** Set when a Decree 30 frame (header, BÁO CÁO, closing) was lifted out of the body. */
  frame?: { summary?: string; fields: DetectedMeta['fields'] };
  /** Word files: page headers/footers and comments, kept as fields and marks; counted in the text hash. */
  word?: Pick<WordConversion, 'headers' | 'footers' | 'comments' | 'notes'>;
}

/** Lifts the administrative frame (header table, "BÁO CÁO" + summary, Kính gửi, closing) out of the body. */
function withoutFrame(converted: Converted): Converted {
  const { blocks, summary, fields } = liftAdminFrame(converted.blocks);
  if (blocks.length === converted.blocks.length) return converted;
  return { ...converted, blocks, frame: summary === undefined ? { fields } : { summary, fields } };
}

/** A Word package read by the streaming reader; the footnotes block follows the body. */
async function fromWord(buf: Buffer, file: string, extraNotes: UserMessage[]): Promise<Converted> {
  const word = await docxToBlocks(buf, file);
  const lifted = withoutFrame({ blocks: shapeBlocks(word.blocks), images: 0, chromeRemoved: 0, notes: [...extraNotes, ...word.warnings] });
  return { ...lifted, blocks: [...lifted.blocks, ...word.notes], word };
}

/**
 * LibreOffice, where installed, tries any file it may open before the import says no. `refusal`: what
 * to say when the file is not what its name says and LibreOffice cannot read it either (or is not
 * installed); null when the file is what it says, so LibreOffice's own failure is the message.
 */
async function throughLibreOffice(buf: Buffer, file: string, refusal: (() => AppError) | null): Promise<Converted> {
  if (!findSoffice()) throw refusal ? refusal() : importErrors.needsLibreOffice(file, extensionFor(file));
  let converted: Buffer;
  try {
    converted = await convertToDocx(buf, extensionFor(file), file);
  } catch (error) {
    // LibreOffice could not open it either: the original refusal says what the file is.
    if (refusal && error instanceof AppError && error.code === 'import-conversion-failed') {
      const first = refusal();
      throw new AppError(first.code, { ...first.userMessage, detail: error.userMessage.detail ?? '' });
    }
    throw error;
  }
  const result = await fromWord(converted, file, [importNotes.converted(extensionFor(file))]);
  // For bytes it has no filter for, LibreOffice falls back to reading them as text: junk is no review,
  // nor is a binary file's own signature read back as letters ("ÐÏ\u0011à…" of a damaged .doc).
  const out = result.blocks.map(blockText).join('\n');
  if (looksLikeJunk(out) || signatureReadAsText(buf, out)) {
    throw refusal ? refusal() : importErrors.conversionFailed(file, 'LibreOffice read the file as text; the result is not text');
  }
  return result;
}

/**
 * LibreOffice's text fallback read a binary file: the file's first bytes (its signature) come back as
 * characters, as Latin-1 ("ÐÏ…") or as UTF-16 in either byte order ("탏ᇠ…" for an OLE2 .doc).
 */
function signatureReadAsText(buf: Buffer, out: string): boolean {
  const head = buf.subarray(0, 4);
  if (head.length < 4 || !head.some((b) => b < 0x20 || b > 0x7e)) return false;
  const swapped = Buffer.from([head[1]!, head[0]!, head[3]!, head[2]!]);
  const readings = [head.toString('latin1').replace(/[\u0000-\u001f]/gu, ''), head.toString('utf16le'), swapped.toString('utf16le')];
  const start = out.slice(0, 4000);
  return readings.some((r) => r.length >= 2 && start.includes(r));
}

/** Text that is mostly symbols, control and replacement characters came from bytes that are not text. */
export function looksLikeJunk(value: string): boolean {
  const sample = value.slice(0, 20_000);
  if (!sample.trim()) return false;
  const plain = sample.match(/[\p{L}\p{N}\s.,;:!?()"'“”‘’%\-–/]/gu)?.length ?? 0;
  return plain / sample.length < 0.85;
}

const EXPECTED: Record<'doc' | 'rtf' | 'odt' | 'office', Sniffed[]> = {
  doc: ['cfb'], rtf: ['text'], odt: ['zip'], office: ['cfb', 'binary', 'text', 'zip'],
};

async function convert(buf: Buffer, format: ImportFormat, file: string): Promise<Converted> {
  const kind = sniff(buf);
  if (format === 'doc' || format === 'rtf' || format === 'odt' || format === 'office') {
    const looksRight = EXPECTED[format].includes(kind) && (format !== 'rtf' || buf.subarray(0, 5).toString('latin1').startsWith('{\\rtf'));
    // Word 2.0 .doc, Word 2003 XML saved as .doc, RTF with a stray NUL byte: LibreOffice reads them.
    return throughLibreOffice(buf, file, looksRight ? null : () => (findSoffice()
      ? importErrors.notWhatItSays(file, SNIFFED_NAMES[kind])
      : importErrors.libreOfficeWouldOpen(file, SNIFFED_NAMES[kind])));
  }
  if (format === 'docx') {
    if (kind === 'zip') return fromWord(buf, file, []);
    // An old .doc renamed .docx, or a password-protected file (also CFB): LibreOffice tells them apart.
    if (kind === 'cfb') return throughLibreOffice(buf, file, () => importErrors.encrypted(file));
    // Word 2003 XML, HTML or RTF saved as .docx open in LibreOffice; plain text named .docx is a mistake.
    const markup = /^\s*(?:<|\{\\rtf)/u.test(buf.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/u, ''));
    if ((kind === 'text' && markup) || kind === 'binary') {
      return throughLibreOffice(buf, file, () => (findSoffice() ? importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]) : importErrors.libreOfficeWouldOpen(file, SNIFFED_NAMES[kind])));
    }
    throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
  }
  if (kind !== 'text') throw importErrors.notWhatItSays(file, SNIFFED_NAMES[kind]);
  const decoded = decodeText(buf);
  if (mostlyUnreadable(decoded)) throw importErrors.undecodable(file, decoded.encoding.toUpperCase());
  const notes = [
    ...(decoded.note ? [decoded.note] : []),
    ...(decoded.unreadable ? [importNotes.unreadableChars(decoded.unreadable, decoded.encoding.toUpperCase())] : []),
  ];
  if (format === 'md') {
    const md = markdownToBlocks(decoded.text);
    return withoutFrame({ blocks: md.blocks, images: md.images, chromeRemoved: 0, notes });
  }
  if (format === 'html') {
    const { blocks, images } = await htmlToBlocks(decoded.text);
    const kept = blocks.filter((b) => b.type !== 'paragraph' || !isChromeLine(blockText(b)));
    return withoutFrame({ blocks: shapeBlocks(kept), images, chromeRemoved: blocks.length - kept.length, notes });
  }
  const { blocks, dateHint, chromeRemoved } = textToBlocks(decoded.text);
  return withoutFrame({ blocks, images: 0, dateHint, chromeRemoved, notes });
}

/** Web photo captions ("… (Ảnh: An Đăng/TTXVN)") among top-level paragraphs become their own kind. */
function markCaptions(blocks: DocBlock[]): DocBlock[] {
  return blocks.map((b) => (b.type === 'paragraph' && isPhotoCaption(blockText(b)) ? photoCaption(b.children) : b));
}

export async function parseFile(buf: Buffer, format: ImportFormat, file: string, fallbackYear: number): Promise<ParsedFile> {
  const raw = await convert(buf, format, file);
  const converted = { ...raw, blocks: markCaptions(raw.blocks) };
  const content = doc(converted.blocks);
  if (!docText(content).trim()) {
    const besides = converted.notes.find((n) => n.en.includes('not imported'))
      ?? (converted.images ? importNotes.notImported({ images: converted.images, objects: 0, drawings: 0 }) : undefined);
    throw importErrors.noText(file, besides);
  }
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
  if (converted.images > 0) notes.push(importNotes.notImported({ images: converted.images, objects: 0, drawings: 0 }));
  if (converted.chromeRemoved > 0) notes.push(importNotes.chromeRemoved(converted.chromeRemoved));
  const word = converted.word;
  // Capped well under the contract's 10,000 characters a field may hold, so the user can edit them.
  if (word?.headers.length) meta.fields.pageHeader = word.headers.join('\n').slice(0, 5000);
  if (word?.footers.length) meta.fields.pageFooter = word.footers.join('\n').slice(0, 5000);
  const kept = (word?.headers.length ?? 0) + (word?.footers.length ?? 0);
  if (kept) notes.push(importNotes.headersKept(kept));
  if (word?.comments.length) notes.push(importNotes.commentsKept(word.comments.length));
  // Files that differ only in their headers, footers or comments are different files.
  const extra = word ? [...word.headers, ...word.footers, ...word.comments.map((c) => `${c.author}: ${c.text}`)].join('\n') : '';
  return { content, meta, notes, textHash: normalizedTextHash(content, extra) };
}
