// Tone-mark and "đ" folding that keeps string length, so positions found in folded text index the original.
export function foldChar(c: string): string {
  if (c === 'đ') return 'd';
  if (c === 'Đ') return 'D';
  return c.normalize('NFD')[0] ?? c;
}

/** "Đỗ Hùng Việt" → "Do Hung Viet"; same length as the (NFC) input. */
export function foldSameLength(value: string): string {
  let out = '';
  for (const c of value.normalize('NFC')) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

export function foldKey(value: string): string {
  return foldSameLength(value).toLowerCase().replace(/\s+/gu, ' ').trim();
}
