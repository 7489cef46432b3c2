import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldWithMap, tokenize } from './fold.ts';
import { parseQuery, toMatchExpression } from './search/query.ts';
import { snippet } from './search/snippet.ts';

test('folding removes tone marks, folds đ/Đ to d, lowers case', () => {
  assert.equal(fold('Đặng Hoàng Giang'), 'dang hoang giang');
  assert.equal(fold('Đề án 161'), 'de an 161');
  assert.equal(fold('ĐẠI HỘI ĐỒNG ơ ư ă â ê ô'), 'dai hoi dong o u a a e o');
  // NFD input (as some IMEs send it) folds the same as NFC.
  assert.equal(fold('Việt Nam'.normalize('NFD')), fold('Việt Nam'));
});

test('foldWithMap maps every folded unit back to the original text', () => {
  const original = 'Thứ trưởng Đặng Hoàng Giang chủ trì';
  const { folded, map } = foldWithMap(original);
  assert.equal(folded, fold(original));
  const at = folded.indexOf('dang hoang giang');
  const end = at + 'dang hoang giang'.length;
  assert.equal(original.slice(map[at], map[end]), 'Đặng Hoàng Giang');
  // Decomposed input: a base letter + marks still maps to one whole original run.
  const nfd = foldWithMap('Đề án'.normalize('NFD'));
  assert.equal(nfd.folded, 'de an');
  assert.equal(nfd.original, 'Đề án');
  assert.deepEqual(tokenize(nfd.folded).map((t) => nfd.original.slice(nfd.map[t.start], nfd.map[t.end])), ['Đề', 'án']);
});

test('queries are folded, quoted token by token, and never carry FTS syntax', () => {
  assert.equal(toMatchExpression(parseQuery('Đặng Hoàng Giang ')), '"dang" "hoang" "giang"');
  assert.equal(toMatchExpression(parseQuery("de an 161")), "\"de\" \"an\" \"161\"*");
  assert.equal(toMatchExpression(parseQuery("cac bo")), "\"cac\" \"bo\"", "no prefix search for two letters");
  assert.equal(toMatchExpression(parseQuery('"đề án 161" asean ')), '"de an 161" "asean"');
  assert.equal(toMatchExpression(parseQuery('59-KL/TW ')), '"59 kl tw"');
  for (const nasty of ['"', 'AND (', ')', '*', 'NEAR(a b)', 'folded:x', '^x', '"unclosed phrase', '-', "'; DROP TABLE reviews; --"]) {
    const expression = toMatchExpression(parseQuery(nasty));
    if (expression === null) continue;
    // Only quoted word tokens, an optional trailing *, separated by spaces.
    assert.match(expression, /^("[\p{L}\p{N} ]+"\*? ?)+$/u, nasty);
  }
  assert.equal(toMatchExpression(parseQuery('  " ( ) ')), null);
});

test('snippets are cut from the original text with the hits flagged', () => {
  const text = 'Ngày 9/12, Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang đã chủ trì Cuộc họp liên ngành.';
  const parts = snippet(text, parseQuery('dang hoang giang '));
  assert.equal(parts.map((p) => p.text).join(''), text);
  assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ['Đặng Hoàng Giang']);
  // A phrase marks only its consecutive occurrence, not the same words elsewhere.
  const phrase = snippet('Đề án 161 và đề xuất; án lệ', parseQuery('"de an 161"'));
  assert.deepEqual(phrase.filter((p) => p.hit).map((p) => p.text), ['Đề án 161']);
  assert.deepEqual(phrase.map((p) => p.hit), [true, false]);
  // Long text: a window around the first hit, with ellipses.
  const long = `${'Hợp tác ASEAN tiếp tục phát triển. '.repeat(30)}Kết luận số 59-KL/TW của Bộ Chính trị. ${'Nội dung khác. '.repeat(30)}`;
  const cut = snippet(long, parseQuery('59-KL/TW '));
  const joined = cut.map((p) => p.text).join('');
  assert.ok(joined.startsWith('…') && joined.endsWith('…'), joined);
  assert.ok(joined.length < 260, String(joined.length));
  // Hits separated by punctuation stay separate pieces.
  assert.deepEqual(cut.filter((p) => p.hit).map((p) => p.text), ['59', 'KL', 'TW']);
});
