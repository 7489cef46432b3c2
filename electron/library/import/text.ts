// Plain text → DocState blocks: a " date YYYY-MM(-DD)" prefix becomes metadata, web chrome goes,
// paragraphs glued by a scraper ("…Việt Nam.Phát biểu…") are split, photo captions become
// their own paragraph kind, and the "I./1./a)/-/+" shapes become headings and lists.
import type { DocBlock } from '../../shared/doc.ts';
import { paragraph, photoCaption } from '../../shared/doc-build.ts';
import { removeChrome } from './chrome.ts';
import { shapeBlocks } from '../../shared/shape.ts';

export interface TextConversion { blocks: DocBlock[]; dateHint?: string; chromeRemoved: number }

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/u;
const CAPTION = /\((?:Ảnh|Photo|Nguồn ảnh)\s*:[^)]*\)\s*\|?\s*$|^.{0,200}(?:Ảnh|Photo):\s*[^.]{1,60}$/u;

/** A web photo caption: "… (Ảnh: An Đăng/TTXVN)", "Toàn cảnh hội nghị. Ảnh: TTXVN". */
export function isPhotoCaption(value: string): boolean {
  return value.length <= 400 && CAPTION.test(value.trim());
}
/** Sentence end directly followed by a capitalized word: a paragraph break lost in scraping. */
const GLUED = /(?<=[\p{Ll}\d)”"])\.(?=\p{Lu}\p{Ll})/gu;

/** Strips a leading " date YYYY-MM(-DD)" and returns the date. */
export function takeDatePrefix(value: string): { text: string; date?: string } {
  const match = DATE_PREFIX.exec(value);
  return match ? { text: value.slice(match[0].length), date: match[1] } : { text: value };
}

/**
 * Hard-wrapped files (short lines inside blank-line-separated blocks) are joined back into paragraphs;
 * files with one paragraph per line are taken line by line.
 */
function paragraphsOf(lines: string[]): string[] {
  const nonEmpty = lines.filter((l) => l.trim());
  const blankSeparated = lines.some((l) => !l.trim());
  const average = nonEmpty.reduce((n, l) => n + l.length, 0) / Math.max(1, nonEmpty.length);
  if (!blankSeparated || average > 90) return nonEmpty.map((l) => l.trim());
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => { if (current.length) out.push(current.join(' ')); current = []; };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) { flush(); continue; }
    // A marker line starts its own paragraph even inside a block.
    if (/^(?:[-+•–]\s|[IVXL]+\.\s|\d{1,2}\.\s|[a-zđ]\)\s)/u.test(trimmed)) flush();
    current.push(trimmed);
  }
  flush();
  return out;
}

export function textToBlocks(raw: string): TextConversion {
  const { text: body, date } = takeDatePrefix(raw.normalize('NFC').replace(/\r\n?/gu, '\n'));
  const { lines, removed } = removeChrome(body.split('\n'));
  const blocks: DocBlock[] = [];
  for (const para of paragraphsOf(lines)) {
    for (const piece of para.replace(GLUED, '.\n').split('\n')) {
      const value = piece.replace(/[ \t]+/gu, ' ').trim();
      if (!value) continue;
      if (isPhotoCaption(value)) blocks.push(photoCaption(value.replace(/\s*\|\s*$/u, '')));
      else blocks.push(paragraph(value));
    }
  }
  return { blocks: shapeBlocks(blocks), dateHint: date, chromeRemoved: removed };
}
