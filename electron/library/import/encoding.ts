// Turning text-file bytes into Unicode. UTF-8 (with or without BOM) and UTF-16 with BOM are read as is;
// invalid UTF-8 is tried as Windows-1258 and accepted only if it reads as Vietnamese. Text in the old
// font encodings (TCVN3/ABC, VNI) cannot be decoded reliably without the font, so it is refused with
// a message that names the guessed encoding and the usual converter (Unikey).
import { importErrors, importNotes } from './errors.ts';
import type { UserMessage } from '../../shared/errors.ts';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/giu;
/** Latin-1 symbols and letters Vietnamese never uses: the fingerprint of font-encoded (mojibake) text. */
const FOREIGN = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00ff\u0300-\u036f]/gu;
const ASCII_VOWEL = /[aeiouyAEIOUY]/;

export interface Decoded { text: string; note?: UserMessage }

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Mojibake test: many foreign Latin-1 signs compared with real Vietnamese letters. */
function looksFontEncoded(text: string): boolean {
  const foreign = count(text, FOREIGN);
  return foreign >= 5 && foreign > count(text, VIETNAMESE) * 0.3;
}

/**
 * VNI writes a base vowel then a separate mark byte ("Vieät"), all marks in 0xC0–0xFF; TCVN3 replaces
 * the whole vowel with one byte, and its commonest letters (ă â ê ô ơ ư đ, a with tones) sit in
 * 0xA8–0xB9, which VNI never uses.
 */
export function guessLegacyEncoding(chars: string): 'VNI' | 'TCVN3 (ABC)' {
  let high = 0;
  let symbols = 0;
  let afterVowel = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code < 0x80) continue;
    high++;
    if (code >= 0xa0 && code <= 0xbf) symbols++;
    if (ASCII_VOWEL.test(chars[i - 1] ?? '')) afterVowel++;
  }
  if (high === 0) return 'TCVN3 (ABC)';
  return symbols / high < 0.05 && afterVowel / high > 0.4 ? 'VNI' : 'TCVN3 (ABC)';
}

export function decodeText(buf: Buffer, file: string): Decoded {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    text = null;
  }
  if (text !== null) {
    // Valid UTF-8 can still carry font-encoded text pasted from an old document.
    if (looksFontEncoded(text)) throw importErrors.legacyEncoding(file, guessLegacyEncoding(text));
    return { text };
  }
  const latin = new TextDecoder('latin1').decode(buf);
  const cp1258 = new TextDecoder('windows-1258').decode(buf).normalize('NFC');
  if (count(cp1258, VIETNAMESE) > 0 && !looksFontEncoded(cp1258)) {
    return { text: cp1258, note: importNotes.decodedAs('Windows-1258') };
  }
  throw importErrors.legacyEncoding(file, guessLegacyEncoding(latin));
}
