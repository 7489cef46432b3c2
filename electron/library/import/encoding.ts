// Turning text-file bytes into Unicode, deciding the encoding from the bytes the way browsers and
// Word do: a BOM; else valid UTF-8; else the encoding the file declares (<meta charset>, an XML
// declaration); else the legacy Vietnamese encodings (TCVN3/ABC, VNI, Windows-1258), but only when
// converting yields Vietnamese words; else a statistical detector (chardet), falling back to
// Windows-1252. Legacy text is converted to Unicode with a note saying which encoding was converted.
import chardet from 'chardet';
import type { UserMessage } from '../../shared/errors.ts';
import { importNotes } from './errors.ts';
import {
  readsAsVietnamese, tcvn3ToUnicode, vietnameseScore, vniToUnicode, windows1258ToUnicode, type LegacyEncoding,
} from './vietnamese-legacy.ts';

export interface Decoded {
  text: string;
  encoding: string;
  note?: UserMessage;
  /** Characters the bytes did not encode (U+FFFD in the text): a truncated UTF-16 file, bad UTF-8 after a BOM. */
  unreadable: number;
}

const REPLACEMENT = /\uFFFD/gu;

function withCount(decoded: Omit<Decoded, 'unreadable'>): Decoded {
  return { ...decoded, unreadable: decoded.text.match(REPLACEMENT)?.length ?? 0 };
}

/**
 * Refuse rather than import a review of "�": when unreadable characters are a tenth or more of the
 * text (not counting spaces), the file is not text in any encoding we know, or it is cut short.
 */
export function mostlyUnreadable(decoded: Decoded): boolean {
  if (!decoded.unreadable) return false;
  const visible = decoded.text.replace(/\s+/gu, '').length;
  return decoded.unreadable * 10 >= visible;
}

/** Labels the WHATWG decoder accepts; others (rare) are read as Windows-1252. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/** The charset a file declares in its first 2 KB: <meta charset>, http-equiv content, <?xml encoding?>. */
export function declaredCharset(head: string): string | null {
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  return xml ? xml[1]! : null;
}

function strictUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** The encoding is judged on the first 64 KB (a whole 50 MB file says nothing more); the file is converted whole. */
const SAMPLE_BYTES = 64 * 1024;

function sampleOf(text: string): string {
  return text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
}

type LegacyReading = { encoding: LegacyEncoding; convert: (buf: Uint8Array) => string };
const LEGACY: LegacyReading[] = [
  // One char per byte (Latin-1), as the fonts drew them.
  { encoding: 'TCVN3', convert: (buf) => tcvn3ToUnicode(new TextDecoder('latin1').decode(buf)) },
  { encoding: 'VNI', convert: (buf) => vniToUnicode(new TextDecoder('latin1').decode(buf)) },
  { encoding: 'Windows-1258', convert: (buf) => windows1258ToUnicode(buf) },
];

/** The legacy Vietnamese reading of the bytes that reads as Vietnamese best, converted whole; or null. */
function legacyReading(buf: Uint8Array): { encoding: LegacyEncoding; text: string } | null {
  const head = buf.subarray(0, SAMPLE_BYTES);
  const best = LEGACY
    .map((reading) => ({ reading, text: reading.convert(head) }))
    .filter((c) => readsAsVietnamese(c.text))
    .sort((a, b) => vietnameseScore(b.text).valid - vietnameseScore(a.text).valid)[0];
  return best ? { encoding: best.reading.encoding, text: best.reading.convert(buf) } : null;
}

/**
 * Valid UTF-8 can still carry font-encoded text pasted from an old document ("ViÖt Nam"): the text is
 * converted only when its non-ASCII words are not Vietnamese as they stand and become so converted.
 */
function legacyInsideUtf8(text: string): { encoding: LegacyEncoding; text: string } | null {
  const head = sampleOf(text);
  if (!/[\u00a0-\u00ff]/u.test(head) || /[^\u0000-\u00ff\u2000-\u206f\ufeff]/u.test(head) || readsAsVietnamese(head)) return null;
  if (readsAsVietnamese(tcvn3ToUnicode(head))) return { encoding: 'TCVN3', text: tcvn3ToUnicode(text) };
  if (readsAsVietnamese(vniToUnicode(head))) return { encoding: 'VNI', text: vniToUnicode(text) };
  return null;
}

export function decodeText(buf: Buffer): Decoded {
  return withCount(decodeBytes(buf));
}

function decodeBytes(buf: Buffer): Omit<Decoded, 'unreadable'> {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16BE' };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'UTF-8' };
  const utf8 = strictUtf8(buf);
  if (utf8 !== null) {
    const legacy = legacyInsideUtf8(utf8);
    if (legacy) return { text: legacy.text, encoding: legacy.encoding, note: importNotes.legacyConverted(legacy.encoding) };
    return { text: utf8, encoding: 'UTF-8' };
  }
  const declared = declaredCharset(new TextDecoder('latin1').decode(buf.subarray(0, 2048)));
  const declaredDecoder = declared ? decoderFor(declared) : null;
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    return { text: declaredDecoder.decode(buf), encoding: declaredDecoder.encoding };
  }
  const legacy = legacyReading(buf);
  if (legacy) return { text: legacy.text, encoding: legacy.encoding, note: importNotes.legacyConverted(legacy.encoding) };
  const detected = chardet.detect(buf);
  const decoder = (detected && detected !== 'UTF-8' ? decoderFor(detected) : null) ?? new TextDecoder('windows-1252');
  return { text: decoder.decode(buf), encoding: decoder.encoding, note: importNotes.decodedAs(decoder.encoding) };
}
