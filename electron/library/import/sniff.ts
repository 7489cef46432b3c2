// What a file really is, from its first bytes, whatever its extension says.
export type Sniffed = 'zip' | 'cfb' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'binary' | 'text';

const MAGIC: [Sniffed, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['cfb', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
];

/** Human names for the refusal message ("this is a PNG image"), in both UI languages. */
export const SNIFFED_NAMES: Record<Sniffed, { vi: string; en: string }> = {
  zip: { vi: 'một tệp nén ZIP', en: 'a ZIP archive' },
  cfb: { vi: 'một tệp Office cũ (Word 97–2003, .doc) hoặc tệp đã đặt mật khẩu', en: 'an old Office file (Word 97–2003, .doc) or a password-protected file' },
  png: { vi: 'một ảnh PNG', en: 'a PNG image' },
  jpeg: { vi: 'một ảnh JPEG', en: 'a JPEG image' },
  gif: { vi: 'một ảnh GIF', en: 'a GIF image' },
  pdf: { vi: 'một tệp PDF', en: 'a PDF file' },
  binary: { vi: 'dữ liệu nhị phân (không phải chữ)', en: 'binary data (not text)' },
  text: { vi: 'văn bản thuần (không phải tệp Word)', en: 'plain text (not a Word file)' },
};

/** Control bytes other than tab/CR/LF/FF/ESC: text files have almost none; random bytes ~12 %. */
function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return !isUtf16(buf);
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) control++;
  }
  return control / Math.max(1, sample.length) > 0.01;
}

function isUtf16(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

export function sniff(buf: Buffer): Sniffed {
  for (const [kind, bytes] of MAGIC) if (bytes.every((b, i) => buf[i] === b)) return kind;
  return looksBinary(buf) ? 'binary' : 'text';
}
