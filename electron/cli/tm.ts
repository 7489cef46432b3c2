// Translation memory commands (issue 12): translate, tm, link, unlink, align. Glossary findings are in `check`.
import type { Command } from './types.ts';
import { LANGS, type Lang } from '../shared/review.ts';
import { errors } from '../shared/errors.ts';
import type { DiffOp } from '../tm/fuzzy.ts';

function requireArg(positionals: string[], index: number, what: string): string {
  const value = positionals[index];
  if (!value) throw errors.invalidArgument(`thiếu ${what} / missing ${what}`);
  return value;
}

function lang(value: unknown, flag: string): Lang {
  if (typeof value !== 'string' || !(LANGS as readonly string[]).includes(value)) throw errors.invalidArgument(`${flag} vi|en`);
  return value as Lang;
}

/** Differences as "[-old-] {+new+}", the convention of word diffs in a terminal. */
export function diffText(diff: readonly DiffOp[]): string {
  return diff.map((d) => (d.op === 'same' ? d.text : d.op === 'removed' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');
}

const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export const translate: Command = {
  summary: 'Create the linked English (or Vietnamese) version of a review from the translation memory',
  usage: 'translate ID --to en|vi [--json]',
  options: { to: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const id = requireArg(positionals, 0, 'ID');
    const result = services.tm.translate(id, lang(values.to, '--to'));
    if (values.json) {
      out(JSON.stringify({ id: result.review.id, review: result.review, summary: result.summary, segments: result.segments }, null, 2));
      return 0;
    }
    out(result.review.id);
    const s = result.summary;
    out(`# ${s.total} sentences: ${s.exact} exact, ${s.fuzzy} fuzzy (≥ 70 %), ${s.none} to translate`);
    for (const seg of result.segments) {
      const mark = seg.kind === 'none' ? '  -  ' : `${String(seg.score).padStart(3)} %`;
      out(`${mark}\t${seg.unitIndex}.${seg.sentenceIndex}\t${short(seg.sourceText)}`);
      if (seg.kind !== 'none') out(`\t\t→ ${short(seg.targetText)}`);
      if (seg.kind === 'fuzzy') out(`\t\t  differences: ${diffText(seg.diff)}`);
    }
    return 0;
  },
};

export const tm: Command = {
  summary: 'Print the translation memory’s best matches for a sentence (language guessed, or --from)',
  usage: 'tm "SENTENCE" [--from vi|en] [--limit N] [--json]',
  options: { from: { type: 'string' }, limit: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const sentence = positionals.join(' ').trim();
    if (!sentence) throw errors.invalidArgument('thiếu câu / missing SENTENCE');
    const limit = values.limit === undefined ? 5 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw errors.invalidArgument('--limit 1–50');
    const matches = services.tm.matches(sentence, { ...(values.from !== undefined && { from: lang(values.from, '--from') }), limit });
    const terms = services.tm.glossaryHits(sentence, values.from === undefined ? undefined : lang(values.from, '--from'));
    if (values.json) {
      out(JSON.stringify({ matches, glossary: terms.map((h) => ({ key: h.term.key, vi: h.term.vi, en: h.term.en })) }, null, 2));
      return 0;
    }
    if (matches.length === 0) out('Không có câu nào khớp từ 70 % trở lên. / No match of 70 % or more.');
    for (const m of matches) {
      out(`${String(m.score).padStart(3)} %\t${m.year}\t${m.adapted ?? m.target}`);
      if (m.score < 100) out(`\tdifferences: ${diffText(m.diff)}`);
    }
    for (const h of terms) out(`glossary: ${h.term.vi} → ${h.term.en.join(' / ')}`);
    return 0;
  },
};

export const link: Command = {
  summary: 'Link two reviews (one Vietnamese, one English) as translations of each other',
  usage: 'link ID1 ID2',
  run({ services, positionals, out }) {
    const pair = services.tm.link(requireArg(positionals, 0, 'ID1'), requireArg(positionals, 1, 'ID2'));
    out(`linked: ${pair.vi.id} (vi) ⇄ ${pair.en.id} (en)`);
    return 0;
  },
};

export const unlink: Command = {
  summary: 'Remove the translation link of a review (or only the one between ID1 and ID2)',
  usage: 'unlink ID1 [ID2]',
  run({ services, positionals, out }) {
    const n = services.tm.unlink(requireArg(positionals, 0, 'ID'), positionals[1]);
    out(n ? `unlinked (${n})` : 'Không có liên kết nào để gỡ. / There was no link to remove.');
    return 0;
  },
};

export const align: Command = {
  summary: 'Show the sentence alignment of a linked pair; --pair VI_INDEXES EN_INDEXES corrects one bead',
  usage: 'align ID [--with ID2] [--pair "3" "4,5"] [--reset] [--json]',
  options: { with: { type: 'string' }, pair: { type: 'string', multiple: true }, reset: { type: 'boolean' } },
  run({ services, values, positionals, out }) {
    const id = requireArg(positionals, 0, 'ID');
    const other = typeof values.with === 'string' ? values.with : undefined;
    const indexes = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean).map(Number);
    const pair = Array.isArray(values.pair) ? values.pair.map(String) : [];
    const alignment = values.reset ? services.tm.resetCorrections(id, other)
      : pair.length ? services.tm.correct(id, other, indexes(pair[0]), indexes(pair[1]))
      : services.tm.alignment(id, other);
    if (values.json) { out(JSON.stringify(alignment, null, 2)); return 0; }
    out(`${alignment.vi.title} ⇄ ${alignment.en.title} (${alignment.corrections} corrections)`);
    for (const u of alignment.units) {
      const range = (first: number, count: number) => (count === 0 ? '-' : count === 1 ? `${first}` : `${first},${first + 1}`);
      out(`${range(u.viFirst, u.viCount).padEnd(7)} ${range(u.enFirst, u.enCount).padEnd(7)} ${u.corrected ? 'fixed' : u.confidence.toFixed(2)}\t${short(u.viText, 60)}\t${short(u.enText, 60)}`);
    }
    return 0;
  },
};
