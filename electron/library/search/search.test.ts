import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { tempServices } from '../../test/temp.ts';
import type { Services } from '../../services/index.ts';
import type { Lang, ReviewKind } from '../../shared/review.ts';
import type { SearchHit, SearchQuery } from '../../shared/library.ts';
import { blockText, doc, paragraph } from '../../shared/doc-build.ts';
import { createHandlers } from '../../ipc/handlers/index.ts';
import { seedDoc } from '../sections/testing/seed-docs.ts';
import { searchLibrary } from './service.ts';

const SEEDS: { prefix: string; title: string; year: number; lang: Lang; kind: ReviewKind }[] = [
  { prefix: '000', title: 'Họp liên ngành tổng kết hợp tác ASEAN 2023', year: 2023, lang: 'vi', kind: 'report' },
  { prefix: '001', title: 'Họp liên ngành hợp tác ASEAN 2016', year: 2016, lang: 'vi', kind: 'press' },
  { prefix: '002', title: 'Tổng kết hợp tác ASEAN năm 2025 và phương hướng 2026', year: 2025, lang: 'vi', kind: 'report' },
  { prefix: '003', title: 'Inter-sectoral meeting reviewing ASEAN cooperation 2023', year: 2023, lang: 'en', kind: 'press' },
  { prefix: '004', title: 'Hội nghị Đề án 161', year: 2025, lang: 'vi', kind: 'pillar' },
];

function library(t: TestContext): { services: Services; ids: Record<string, string> } {
  const services = tempServices(t);
  const ids: Record<string, string> = {};
  for (const s of SEEDS) ids[s.prefix] = services.reviews.create({ title: s.title, year: s.year, lang: s.lang, kind: s.kind, content: seedDoc(s.prefix) }).id;
  return { services, ids };
}

function search(services: Services, query: SearchQuery): SearchHit[] {
  return searchLibrary(services.db, query);
}

function hitText(hit: SearchHit): string {
  return hit.snippet.filter((p) => p.hit).map((p) => p.text).join(' ');
}

test('"dang hoang giang" finds "Đặng Hoàng Giang"; "de an 161" finds "Đề án 161"', (t) => {
  const { services, ids } = library(t);
  const giang = search(services, { q: 'dang hoang giang' });
  assert.ok(giang.length >= 2);
  assert.ok(giang.every((h) => h.reviewId === ids['002']));
  assert.match(hitText(giang[0]!), /Đặng Hoàng Giang/);
  // The hit's blockIndex points at the paragraph that holds the words.
  const content = services.reviews.get(ids['002']!).content;
  for (const hit of giang) assert.match(blockText(content.root.children[hit.blockIndex]!), /Đặng Hoàng Giang/);

  const deAn = search(services, { q: 'de an 161' });
  assert.ok(deAn.length >= 1);
  assert.ok(deAn.every((h) => h.reviewId === ids['004']));
  assert.match(hitText(deAn[0]!), /Đề án 161/);
  // Typed with tone marks, or upper case, the same results.
  assert.deepEqual(search(services, { q: 'ĐỀ ÁN 161' }).map((h) => h.blockIndex), deAn.map((h) => h.blockIndex));
  // The snippet is the original text, unfolded, no markup.
  assert.ok(deAn[0]!.snippet.every((p) => !/[<>]/.test(p.text)));
});

test('quoted phrases match words in order only; results are ranked', (t) => {
  const { services, ids } = library(t);
  const phrase = search(services, { q: '"hoang giang dang"' });
  assert.equal(phrase.length, 0);
  const inOrder = search(services, { q: '"ket luan so 59"' });
  assert.deepEqual(new Set(inOrder.map((h) => h.reviewId)), new Set([ids['000'], ids['002']]));
  // Words scattered in a paragraph match unquoted, not quoted.
  assert.ok(search(services, { q: 'asean viet nam' }).length > 0);
  assert.equal(search(services, { q: '"asean viet nam tham"' }).length, 0);
  const ranked = search(services, { q: 'asean' });
  for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.rank <= ranked[i]!.rank);
});

test('filters: year range, language, kind, section, limit', (t) => {
  const { services, ids } = library(t);
  const all = search(services, { q: 'asean', limit: 500 });
  assert.equal(new Set(all.map((h) => h.reviewId)).size, 5);
  assert.deepEqual(new Set(search(services, { q: 'asean', yearFrom: 2023, yearTo: 2023, limit: 500 }).map((h) => h.reviewId)), new Set([ids['000'], ids['003']]));
  assert.deepEqual(new Set(search(services, { q: 'asean', yearFrom: 2024, limit: 500 }).map((h) => h.reviewId)), new Set([ids['002'], ids['004']]));
  assert.deepEqual(new Set(search(services, { q: 'asean', lang: 'en', limit: 500 }).map((h) => h.year)), new Set([2023]));
  assert.ok(search(services, { q: 'asean', lang: 'en', limit: 500 }).every((h) => h.lang === 'en' && h.reviewId === ids['003']));
  assert.ok(search(services, { q: 'asean', kind: 'pillar', limit: 500 }).every((h) => h.reviewId === ids['004']));
  const orientations = search(services, { q: 'asean', section: 'orientations', limit: 500 });
  assert.ok(orientations.length > 0 && orientations.every((h) => h.section === 'orientations'));
  assert.ok(orientations.some((h) => h.reviewId === ids['002']));
  assert.equal(search(services, { q: 'asean', limit: 3 }).length, 3);
});

test('user input never breaks the query', (t) => {
  const { services } = library(t);
  for (const q of ['"', 'AND (', ')', '*', 'NEAR(', 'folded:asean', '"asean', 'asean OR', '', '   ', '^', "x' OR 1=1 --"]) {
    assert.doesNotThrow(() => search(services, { q }), q);
  }
  assert.ok(search(services, { q: '"asean' }).length > 0, 'an unclosed quote is a phrase to the end');
});

test('a review in the trash leaves the results and comes back on restore; emptying the trash drops its rows', (t) => {
  const { services, ids } = library(t);
  const id = ids['002']!;
  assert.ok(search(services, { q: 'timor leste' }).some((h) => h.reviewId === id));
  services.reviews.trash(id);
  assert.equal(search(services, { q: 'timor leste' }).filter((h) => h.reviewId === id).length, 0);
  services.reviews.restore(id);
  assert.ok(search(services, { q: 'timor leste' }).some((h) => h.reviewId === id));
  services.reviews.trash(id);
  services.reviews.emptyTrash();
  const count = (sql: string) => (services.db.prepare(sql).get(id) as { n: number }).n;
  assert.equal(count('SELECT count(*) AS n FROM search_blocks WHERE review_id = ?'), 0);
  assert.equal(count('SELECT count(*) AS n FROM sections WHERE review_id = ?'), 0);
  // No index entries left behind for the removed rows (contentless FTS: probe by term).
  const orphans = services.db.prepare(`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH '"timor"'
    AND rowid NOT IN (SELECT id FROM search_blocks)`).get() as { n: number };
  assert.equal(orphans.n, 0);
});

test('saving re-indexes: edited text is found, removed text is gone, unchanged blocks keep their rows', (t) => {
  const services = tempServices(t);
  const id = services.reviews.create({ title: 'T', year: 2025, lang: 'vi' }).id;
  services.reviews.save(id, doc([paragraph('Hội nghị Đề án 161.'), paragraph('Đặng Hoàng Giang chủ trì.')]), 'autosave');
  const before = services.db.prepare('SELECT id, text FROM search_blocks WHERE review_id = ? ORDER BY block_index').all(id) as { id: number; text: string }[];
  services.reviews.save(id, doc([paragraph('Mở đầu mới về kết nối hạ tầng.'), paragraph('Đặng Hoàng Giang chủ trì.')]), 'autosave');
  assert.equal(search(services, { q: 'de an' }).length, 0);
  const moved = search(services, { q: 'ket noi ha tang' });
  assert.equal(moved.length, 1);
  assert.equal(moved[0]!.blockIndex, 0);
  const giang = search(services, { q: 'dang hoang giang' });
  assert.equal(giang[0]!.blockIndex, 1);
  const after = services.db.prepare('SELECT id, text FROM search_blocks WHERE review_id = ? ORDER BY block_index').all(id) as { id: number; text: string }[];
  assert.equal(after[1]!.id, before[1]!.id, 'the unchanged paragraph kept its index row');
});

test('the IPC handlers search and list/correct sections', async (t) => {
  const { services, ids } = library(t);
  const handlers = createHandlers(services);
  const hits = await handlers['search:query']({ q: 'dang hoang giang', lang: 'vi' });
  assert.ok(hits.length > 0);
  const sections = await handlers['sections:list']({ reviewId: ids['002']! });
  assert.ok(sections.length > 1);
  const next = await handlers['sections:setKey']({ reviewId: ids['002']!, ordinal: 0, key: 'other' });
  assert.equal(next[0]!.key, 'other');
  assert.equal(next[0]!.corrected, true);
  // The search rows follow the corrected key.
  assert.ok(search(services, { q: 'dang hoang giang', section: 'other' }).some((h) => h.blockIndex === 0));
  await assert.rejects(async () => handlers['sections:setKey']({ reviewId: ids['002']!, ordinal: 999, key: 'other' }), /Section 1000/);
  await assert.rejects(async () => handlers['sections:list']({ reviewId: 'nope' }), /Could not find the review/);
});

test('the path for very common words (newest matches, then bm25) filters and excludes the trash alike', (t) => {
  const { services, ids } = library(t);
  const query: SearchQuery = { q: 'asean', yearFrom: 2023, yearTo: 2025, lang: 'vi', limit: 500 };
  const ranked = search(services, query);
  const recent = searchLibrary(services.db, query, { rankAllMax: 0 });
  const key = (h: SearchHit) => `${h.reviewId}#${h.blockIndex}`;
  assert.deepEqual(new Set(recent.map(key)), new Set(ranked.map(key)));
  for (let i = 1; i < recent.length; i++) assert.ok(recent[i - 1]!.rank <= recent[i]!.rank);
  services.reviews.trash(ids['000']!);
  assert.ok(searchLibrary(services.db, query, { rankAllMax: 0 }).every((h) => h.reviewId !== ids['000']));
  // With a small limit the newest matches are taken: from the last reviews written (004 has one match).
  const few = searchLibrary(services.db, { ...query, limit: 3 }, { rankAllMax: 0 });
  assert.equal(few.length, 3);
  assert.deepEqual(new Set(few.map((h) => h.reviewId)), new Set([ids['004'], ids['002']]));
});
