import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SimilarityIndex } from './index.ts';
import { boundedDistance, fuzzyScore } from './score.ts';
import { wordKeys } from './tokens.ts';
import { matchDiff } from './diff.ts';

test('word keys fold tone marks and đ, and drop punctuation', () => {
  assert.deepEqual(wordKeys('Bộ Nội vụ, Đặng Hoàng Giang.'), ['bo', 'noi', 'vu', 'dang', 'hoang', 'giang']);
  assert.deepEqual(wordKeys('ngày 8/8/2023 số 59-KL'), ['ngay', '8/8/2023', 'so', '59', 'kl']);
});

test('fuzzy score is 1 − word edits / longer length, tone-insensitive', () => {
  assert.equal(fuzzyScore(wordKeys('Bo Noi vu chu tri'), wordKeys('Bộ Nội vụ chủ trì')), 1);
  assert.equal(fuzzyScore(wordKeys('a b c d e f g h i j'), wordKeys('a b c d e f g h i x')), 0.9);
  assert.equal(fuzzyScore(wordKeys('a b c d'), wordKeys('a b c d e f g h')), 0.5);
  assert.equal(fuzzyScore([], []), 1);
});

test('bounded distance gives Infinity past its limit and the exact distance within it', () => {
  const a = [1, 2, 3, 4, 5, 6];
  const b = [1, 9, 3, 4, 8, 6, 7];
  assert.equal(boundedDistance(a, b, 3), 3);
  assert.equal(boundedDistance(a, b, 2), Infinity);
  assert.equal(boundedDistance([], [1, 2], 5), 2);
});

test('the index finds ≥ 70 % matches, best first, and never a worse one', () => {
  const index = new SimilarityIndex<{ year: number }>();
  index.add('a', 'Các bộ, ngành đã phát huy tinh thần chủ động, tích cực, trách nhiệm, sáng tạo trong hợp tác ASEAN.', { year: 2023 });
  index.add('b', 'Các bộ, ngành đã phát huy tinh thần chủ động, tích cực và trách nhiệm trong hợp tác ASEAN.', { year: 2024 });
  index.add('c', 'Timor-Leste trở thành thành viên thứ 11 của ASEAN.', { year: 2025 });
  const hits = index.query('cac bo nganh da phat huy tinh than chu dong tich cuc trach nhiem sang tao trong hop tac ASEAN');
  assert.deepEqual(hits.map((h) => h.occurrences[0]!.year), [2023, 2024]);
  assert.equal(hits[0]!.score, 1);
  assert.ok(hits[1]!.score >= 0.7 && hits[1]!.score < 1);
  // Exhaustive check against the plain score: nothing ≥ 70 % is missed, nothing below is returned.
  const q = 'Timor-Leste trở thành thành viên thứ 11';
  const expected = fuzzyScore(wordKeys(q), wordKeys('Timor-Leste trở thành thành viên thứ 11 của ASEAN.'));
  const found = index.query(q);
  assert.equal(expected >= 0.7, found.length === 1);
});

test('identical texts are one match with every occurrence; removal and filters work', () => {
  const index = new SimilarityIndex<{ year: number; id: string }>((a, b) => b.year - a.year);
  const text = 'Hội nghị nhất trí tiếp tục tăng cường công tác thông tin, thường xuyên trao đổi.';
  index.add('x1', text, { year: 2021, id: 'x' });
  index.add('y1', text, { year: 2024, id: 'y' });
  let hits = index.query(text);
  assert.equal(hits.length, 1);
  assert.deepEqual(hits[0]!.occurrences.map((o) => o.year), [2024, 2021]);
  hits = index.query(text, { filter: (p) => p.id !== 'y' });
  assert.deepEqual(hits[0]!.occurrences.map((o) => o.year), [2021]);
  index.remove('x1');
  index.remove('y1');
  assert.equal(index.query(text).length, 0);
  assert.equal(index.size, 0);
});

test('matches agree with a brute-force scan on random texts', () => {
  const vocab = 'hợp tác asean việt nam bộ ngành chủ động tích cực trách nhiệm kết nối cộng đồng tầm nhìn chiến lược'.split(' ');
  let seed = 3;
  const rand = (k: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * k);
  const texts: string[] = [];
  const index = new SimilarityIndex<number>();
  for (let i = 0; i < 400; i++) {
    const len = 4 + rand(10);
    texts.push(Array.from({ length: len }, () => vocab[rand(vocab.length)]).join(' '));
    index.add(String(i), texts[i]!, i);
  }
  for (let q = 0; q < 40; q++) {
    const base = texts[rand(texts.length)]!.split(' ');
    base[rand(base.length)] = vocab[rand(vocab.length)]!;
    const query = base.join(' ');
    const brute = new Set(texts.filter((t) => fuzzyScore(wordKeys(query), wordKeys(t)) >= 0.7).map((t) => wordKeys(t).join(' ')));
    const got = new Set(index.query(query, { limit: 10_000 }).map((m) => wordKeys(m.text).join(' ')));
    assert.deepEqual([...got].sort(), [...brute].sort());
  }
});

test('word differences mark what the match adds and what the query has instead', () => {
  const parts = matchDiff('Bộ Lao động chủ trì hội nghị', 'Bộ Nội vụ chủ trì hội nghị');
  assert.deepEqual(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()]), [['removed', 'Lao động'], ['added', 'Nội vụ']]);
  assert.equal(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''), 'Bộ Nội vụ chủ trì hội nghị');
  assert.ok(matchDiff('Bo Noi vu', 'Bộ Nội vụ').every((p) => p.kind === 'same'));
});
