// The pre-Unicode Vietnamese encodings that ministries' archives still hold, converted to Unicode:
// TCVN3 (ABC, TCVN 5712:1993 "VN3", the .VnTime fonts) and VNI Windows (the VNI-Times fonts). Both are
// font encodings: the bytes are Latin-1/Windows-1252 code points that the font draws as Vietnamese.
// Tables from the published charts (TCVN 5712:1993 VN3; VNI for Windows as documented by VNI Software
// and implemented by Unikey's converter). Windows-1258 is decoded by TextDecoder then NFC-composed.

/** TCVN3 (ABC) byte → Unicode letter, for the .VnTime family (lower case plus the seven capitals). */
const TCVN3_TABLE: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/**
 * VNI Windows: a letter is an ASCII base plus mark characters ("eä" = ệ); ơ ư đ and some i/y forms
 * are single characters. Lower-case marks; upper case uses the same marks 0x20 lower in the code page.
 */
const VNI_MARKS_LOWER: Record<string, string> = {
  'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
};
const VNI_HAT = 'â'; // circumflex on a, e, o (with a tone: á à å ã ä)
const VNI_HAT_TONED: Record<string, string> = { 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323' };
const VNI_BREVE_TONED: Record<string, string> = { 'ê': '', 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323' };
const VNI_SINGLE_LOWER: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

function upperLatin1(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0x20);
}

function withUpper<T>(table: Record<string, T>, map: (value: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...table };
  for (const [key, value] of Object.entries(table)) out[upperLatin1(key)] = map(value);
  return out;
}

const MARKS = withUpper(VNI_MARKS_LOWER, (v) => v);
const HAT_TONED = withUpper(VNI_HAT_TONED, (v) => v);
const BREVE_TONED = withUpper(VNI_BREVE_TONED, (v) => v);
const SINGLE = withUpper(VNI_SINGLE_LOWER, (v) => v.toLocaleUpperCase('vi'));
const HATS = new Set([VNI_HAT, upperLatin1(VNI_HAT)]);

/** Converts TCVN3 text (each char a byte, as Latin-1/Windows-1252 decoding or a Word run gives it). */
export function tcvn3ToUnicode(text: string, upperFont = false): string {
  let out = '';
  for (const char of text) {
    const mapped = TCVN3_TABLE[char.charCodeAt(0)];
    out += mapped ?? char;
  }
  // .VnTimeH and the other "H" fonts draw every letter as a capital.
  return upperFont ? out.toLocaleUpperCase('vi') : out;
}

/** Converts VNI Windows text to Unicode (NFC). */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1] ?? '';
    const lowerBase = char.toLowerCase();
    if (lowerBase === 'a' && (next in BREVE_TONED)) {
      out += `${char}\u0306${BREVE_TONED[next]}`;
      i++;
    } else if ('aeo'.includes(lowerBase) && (HATS.has(next) || next in HAT_TONED)) {
      out += `${char}\u0302${HAT_TONED[next] ?? ''}`;
      i++;
    } else if (char in SINGLE) {
      const single = SINGLE[char]!;
      // ơ/ư take a following tone mark ("ôù" = ớ).
      if ('ơưƠƯ'.includes(single) && next in MARKS) { out += single + MARKS[next]; i++; } else out += single;
    } else if (/[aeiouyAEIOUY]/u.test(char) && next in MARKS) {
      out += char + MARKS[next];
      i++;
    } else out += char;
  }
  return out.normalize('NFC');
}

/** Windows-1258 bytes (base letters plus combining tone bytes) as NFC Unicode. */
export function windows1258ToUnicode(bytes: Uint8Array): string {
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
}

const TONED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:uyê|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|oa|oă|oe|uâ|uê|uơ|uy|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|yê|iu|oi|ôi|ơi|ua|uô|ui|ưa|ươ|ưi|ưu|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?$/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Whether a word is a well-formed Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLocaleLowerCase('vi').normalize('NFD');
  if ((decomposed.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/**
 * How Vietnamese a text reads: among its words that carry a Vietnamese letter beyond ASCII, how many
 * are well-formed syllables. Mojibake and foreign words (Zürich, Ñandú) fail the syllable shape.
 */
export function vietnameseScore(text: string): { words: number; valid: number } {
  let words = 0;
  let valid = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (!/[^\u0000-\u007f]/u.test(word)) continue;
    words++;
    if (TONED.test(word.toLocaleLowerCase('vi')) && isVietnameseSyllable(word)) valid++;
  }
  return { words, valid };
}

/** True when a text reads as Vietnamese: several non-ASCII words, nearly all of them real syllables. */
export function readsAsVietnamese(text: string): boolean {
  const { words, valid } = vietnameseScore(text);
  return valid >= Math.min(3, words) && valid >= 1 && valid / Math.max(1, words) >= 0.8;
}

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258';

/** The font families that carry TCVN3 (".VnTime", ".VnArialH"…) and VNI ("VNI-Times"…) text in Word files. */
export function legacyFontEncoding(font: string | undefined): { encoding: 'TCVN3' | 'VNI'; upper: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.?vn[a-z]/iu.test(name) && name.startsWith('.')) return { encoding: 'TCVN3', upper: /H$/u.test(name) };
  if (/^VNI[- ]/iu.test(name)) return { encoding: 'VNI', upper: false };
  return null;
}

/** Converts a run's text written in a legacy font. */
export function convertLegacyRun(textValue: string, font: { encoding: 'TCVN3' | 'VNI'; upper: boolean }): string {
  return font.encoding === 'TCVN3' ? tcvn3ToUnicode(textValue, font.upper) : vniToUnicode(textValue);
}
