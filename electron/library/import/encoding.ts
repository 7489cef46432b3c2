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

export interface Decoded { text: string; encoding: string; note?: UserMessage }

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

/** Each of the legacy Vietnamese readings of the bytes that reads as Vietnamese, the best first. */
function legacyReadings(buf: Uint8Array): { encoding: LegacyEncoding; text: string }[] {
  const bytes = new TextDecoder('latin1').decode(buf); // one char per byte, as the fonts drew them
  const candidates: { encoding: LegacyEncoding; text: string }[] = [
    { encoding: 'TCVN3', text: tcvn3ToUnicode(bytes) },
    { encoding: 'VNI', text: vniToUnicode(bytes) },
    { encoding: 'Windows-1258', text: windows1258ToUnicode(buf) },
  ];
  return candidates
    .filter((c) => readsAsVietnamese(c.text))
    .sort((a, b) => vietnameseScore(b.text).valid - vietnameseScore(a.text).valid);
}

/**
 * Valid UTF-8 can still carry font-encoded text pasted from an old document ("ViÖt Nam"): the text is
 * converted only when its non-ASCII words are not Vietnamese as they stand and become so converted.
 */
function legacyInsideUtf8(text: string): { encoding: LegacyEncoding; text: string } | null {
  if (readsAsVietnamese(text) || !/[\u00a0-\u00ff]/u.test(text) || /[^\u0000-\u00ff\u2000-\u206f\ufeff]/u.test(text)) return null;
  const tcvn3 = tcvn3ToUnicode(text);
  if (readsAsVietnamese(tcvn3)) return { encoding: 'TCVN3', text: tcvn3 };
  const vni = vniToUnicode(text);
  if (readsAsVietnamese(vni)) return { encoding: 'VNI', text: vni };
  return null;
}

export function decodeText(buf: Buffer): Decoded {
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
  const [legacy] = legacyReadings(buf);
  if (legacy) return { text: legacy.text, encoding: legacy.encoding, note: importNotes.legacyConverted(legacy.encoding) };
  const detected = chardet.detect(buf);
  const decoder = (detected && detected !== 'UTF-8' ? decoderFor(detected) : null) ?? new TextDecoder('windows-1252');
  return { text: decoder.decode(buf), encoding: decoder.encoding, note: importNotes.decodedAs(decoder.encoding) };
}
