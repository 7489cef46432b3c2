// search QUERY [--year Y|Y1-Y2] [--lang vi|en] [--kind K] [--section KEY] [--limit N] [--json]
import type { Command } from './types.ts';
import { LANGS, REVIEW_KINDS, type Lang, type ReviewKind } from '../shared/review.ts';
import { SECTION_KEYS, type SectionKey } from '../shared/sections.ts';
import type { SearchQuery } from '../shared/library.ts';
import { errors } from '../shared/errors.ts';
import { searchLibrary, MAX_LIMIT } from '../library/search/service.ts';
import { invalidYear } from '../library/search/errors.ts';

function yearRange(value: string): { yearFrom: number; yearTo: number } {
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(value.trim());
  if (!m) throw invalidYear(value);
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return { yearFrom: Math.min(from, to), yearTo: Math.max(from, to) };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw errors.invalidArgument(`${flag} ${allowed.join('|')}`);
  return value as T;
}

export const search: Command = {
  summary: 'Search all reviews (tone marks and đ ignored; "quoted phrases")',
  usage: 'search QUERY [--year Y|Y1-Y2] [--lang vi|en] [--kind K] [--section KEY] [--limit N] [--json]',
  options: {
    year: { type: 'string' }, lang: { type: 'string' }, kind: { type: 'string' }, section: { type: 'string' }, limit: { type: 'string' },
  },
  run({ services, values, positionals, out }) {
    const q = positionals.join(' ').trim();
    if (!q) throw errors.invalidArgument('thiếu từ khoá / missing QUERY');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)) throw errors.invalidArgument(`--limit 1–${MAX_LIMIT}`);
    const query: SearchQuery = {
      q,
      ...(typeof values.year === 'string' && yearRange(values.year)),
      lang: oneOf<Lang>(values.lang, LANGS, '--lang'),
      kind: oneOf<ReviewKind>(values.kind, REVIEW_KINDS, '--kind'),
      section: oneOf<SectionKey>(values.section, SECTION_KEYS, '--section'),
      limit,
    };
    const hits = searchLibrary(services.db, query);
    if (values.json) {
      out(JSON.stringify(hits, null, 2));
      return 0;
    }
    if (!hits.length) out('Không tìm thấy kết quả. / No results.');
    for (const hit of hits) {
      out(`${hit.year}\t${hit.lang}\t${hit.section ?? '-'}\t${hit.title}\t(${hit.reviewId} #${hit.blockIndex})`);
      out(`    ${hit.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('').replace(/\s+/gu, ' ')}`);
    }
    return 0;
  },
};
