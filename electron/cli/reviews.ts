// list, new, show, delete, restore.
import type { Command } from './types.ts';
import { LANGS, REVIEW_KINDS, type Lang, type ReviewKind } from '../shared/review.ts';
import { docText } from '../shared/doc-build.ts';
import { errors } from '../shared/errors.ts';

function requireOne(positionals: string[], what: string): string {
  const [value] = positionals;
  if (!value) throw errors.invalidArgument(`thiếu ${what} / missing ${what}`);
  return value;
}

export const list: Command = {
  summary: 'List the reviews in the library (newest year first)',
  usage: 'list [--trash] [--json]',
  options: { trash: { type: 'boolean' } },
  run({ services, values, out }) {
    const reviews = services.reviews.list(values.trash === true);
    if (values.json) out(JSON.stringify(reviews, null, 2));
    else for (const r of reviews) out(`${r.id}\t${r.year}\t${r.lang.toUpperCase()}\t${r.kind}\t${r.status}\t${r.title}`);
    return 0;
  },
};

export const create: Command = {
  summary: 'Create a blank review and print its id',
  usage: 'new --title T --year Y --lang vi|en [--kind report|press|pillar|talking-points|other] [--json]',
  options: { title: { type: 'string' }, year: { type: 'string' }, lang: { type: 'string' }, kind: { type: 'string' } },
  run({ services, values, out }) {
    const title = typeof values.title === 'string' ? values.title.trim() : '';
    const year = Number(values.year);
    const lang = values.lang as Lang;
    const kind = (values.kind ?? 'report') as ReviewKind;
    if (!title) throw errors.invalidArgument('--title');
    if (!Number.isInteger(year) || year < 1967 || year > 2200) throw errors.invalidArgument('--year (1967–2200)');
    if (!LANGS.includes(lang)) throw errors.invalidArgument('--lang vi|en');
    if (!REVIEW_KINDS.includes(kind)) throw errors.invalidArgument(`--kind ${REVIEW_KINDS.join('|')}`);
    const meta = services.reviews.create({ title, year, lang, kind });
    out(values.json ? JSON.stringify(meta, null, 2) : meta.id);
    return 0;
  },
};

export const show: Command = {
  summary: 'Show one review: metadata, or its text (--text), or everything (--json)',
  usage: 'show ID [--text|--json]',
  options: { text: { type: 'boolean' } },
  run({ services, values, positionals, out }) {
    const review = services.reviews.get(requireOne(positionals, 'ID'));
    if (values.json) out(JSON.stringify(review, null, 2));
    else if (values.text) out(docText(review.content));
    else {
      out(`${review.title}`);
      out(`id: ${review.id}\nyear: ${review.year}\nlang: ${review.lang}\nkind: ${review.kind}\nstatus: ${review.status}`);
      out(`updated: ${review.updatedAt}${review.deletedAt ? `\nin trash since: ${review.deletedAt}` : ''}`);
    }
    return 0;
  },
};

export const remove: Command = {
  summary: 'Move a review to the trash',
  usage: 'delete ID',
  run({ services, positionals, out }) {
    const meta = services.reviews.trash(requireOne(positionals, 'ID'));
    out(`moved to trash: ${meta.id}\t${meta.title}`);
    return 0;
  },
};

export const restore: Command = {
  summary: 'Restore a review from the trash',
  usage: 'restore ID',
  run({ services, positionals, out }) {
    const meta = services.reviews.restore(requireOne(positionals, 'ID'));
    out(`restored: ${meta.id}\t${meta.title}`);
    return 0;
  },
};
