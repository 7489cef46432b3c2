// reuse (issue 11): roll, similar, concordance, check — the reuse engine from a terminal.
import type { Command } from './types.ts';
import { LANGS, type Lang } from '../shared/review.ts';
import { SECTION_KEYS, type SectionKey } from '../shared/sections.ts';
import { blockText } from '../shared/doc-build.ts';
import { errors } from '../shared/errors.ts';

function text(positionals: string[], what: string): string {
  const value = positionals.join(' ').trim();
  if (!value) throw errors.invalidArgument(`thiếu ${what} / missing ${what}`);
  return value;
}

function lang(value: unknown): Lang | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(LANGS as readonly string[]).includes(value)) throw errors.invalidArgument('--lang vi|en');
  return value as Lang;
}

export const roll: Command = {
  summary: "Print a section brought to year Y (every change accepted), then each change (old → new)",
  usage: 'roll ID --section KEY --to-year Y [--json]',
  options: { section: { type: 'string' }, 'to-year': { type: 'string' } },
  run({ services, values, positionals, out }) {
    const id = text(positionals, 'ID');
    const key = values.section;
    if (typeof key !== 'string' || !(SECTION_KEYS as readonly string[]).includes(key)) throw errors.invalidArgument(`--section ${SECTION_KEYS.join('|')}`);
    const toYear = Number(values['to-year']);
    if (!Number.isInteger(toYear) || toYear < 1967 || toYear > 2200) throw errors.invalidArgument('--to-year YYYY');
    const result = services.reuse.rollSection({ reviewId: id, key: key as SectionKey, toYear });
    const textOut = result.blocks.map(blockText).join('\n\n');
    if (values.json) {
      out(JSON.stringify({ review: result.review, toYear, text: textOut, changes: result.changes.map((c) => ({ old: c.old, new: c.new, rule: c.rule })), notes: result.notes }, null, 2));
      return 0;
    }
    out(textOut);
    out('');
    out(`# ${result.changes.length} thay đổi / changes (${result.review.year} → ${toYear})`);
    for (const c of result.changes) out(`${c.old} → ${c.new}\t(${c.rule})`);
    for (const n of result.notes) out(`! ${n.text}\t(${n.rule}: chưa rõ giá trị mới / new value unknown)`);
    return 0;
  },
};

export const similar: Command = {
  summary: 'The closest past paragraphs (fuzzy ≥ 70 %, tone marks ignored) with their scores',
  usage: 'similar "TEXT" [--lang vi|en] [--limit N] [--json]',
  options: { lang: { type: 'string' }, limit: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const query = text(positionals, 'TEXT');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 50)) throw errors.invalidArgument('--limit 1–50');
    const matches = services.reuse.similar({ text: query, lang: lang(values.lang), limit });
    if (values.json) { out(JSON.stringify(matches, null, 2)); return 0; }
    if (!matches.length) out('Không có đoạn nào giống từ 70 % trở lên. / No paragraph matches 70 % or more.');
    for (const m of matches) {
      const first = m.occurrences[0]!;
      out(`${m.score}%\t${first.year}\t${first.lang}\t${first.section ?? '-'}\t${first.title}\t(${first.reviewId} #${first.blockIndex})${m.total > 1 ? `\t+${m.total - 1}` : ''}`);
      out(`    ${m.diff.map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `[+${p.text.trim()}+] ` : `[-${p.text.trim()}-] `)).join('').replace(/\s+/gu, ' ')}`);
    }
    return 0;
  },
};

export const concordance: Command = {
  summary: 'Every past sentence containing a phrase, newest year first',
  usage: 'concordance "PHRASE" [--lang vi|en] [--limit N] [--json]',
  options: { lang: { type: 'string' }, limit: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const phrase = text(positionals, 'PHRASE');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 1000)) throw errors.invalidArgument('--limit 1–1000');
    const lines = services.reuse.concordance({ phrase, lang: lang(values.lang), limit });
    if (values.json) { out(JSON.stringify(lines, null, 2)); return 0; }
    if (!lines.length) out('Không tìm thấy câu nào. / No sentence found.');
    for (const l of lines) out(`${l.ref.year}\t${l.ref.lang}\t${l.ref.reviewId} #${l.ref.blockIndex}\t${l.before}[${l.match}]${l.after}`);
    return 0;
  },
};

