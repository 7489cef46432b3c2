// Drafting commands (issue 10): new from a template, check, templates, save-template, ref list/set/reset.
import type { Command } from './types.ts';
import { LANGS, REVIEW_KINDS, type Lang, type ReviewKind } from '../shared/review.ts';
import { errors } from '../shared/errors.ts';
import { create } from './reviews.ts';
import { findingText } from '../drafting/check/index.ts';
import { problemText } from '../drafting/problems.ts';
import { REF_KINDS, isRefKind, type RefEntry } from '../drafting/reference/schema.ts';
import { AppError } from '../shared/errors.ts';
import { refMessages } from '../drafting/reference/messages.ts';
import { TITLE_BLOCK } from '../shared/fields.ts';

export const newReview: Command = {
  summary: 'Draft a new review from a template and the review it builds on (or a blank one with --title)',
  usage: 'new --year Y --lang vi|en --kind KIND [--template NAME] [--from ID|auto|none] [--json] | new --title T --year Y --lang L',
  options: { ...create.options, template: { type: 'string' }, from: { type: 'string' } },
  run(ctx) {
    const { services, values, out } = ctx;
    // The blank review of before: a title and no template or base.
    if (typeof values.title === 'string' && values.template === undefined && values.from === undefined) return create.run(ctx);
    const year = Number(values.year ?? new Date().getFullYear());
    const lang = (values.lang ?? 'vi') as Lang;
    const kind = (values.kind ?? 'report') as ReviewKind;
    if (!LANGS.includes(lang)) throw errors.invalidArgument('--lang vi|en');
    if (!REVIEW_KINDS.includes(kind)) throw errors.invalidArgument(`--kind ${REVIEW_KINDS.join('|')}`);
    const result = services.drafting.newReview({
      year, lang, kind,
      ...(typeof values.template === 'string' ? { template: values.template } : {}),
      from: typeof values.from === 'string' ? values.from : 'auto',
    });
    if (typeof values.title === 'string' && values.title.trim()) services.reviews.update(result.review.id, { title: values.title });
    if (values.json) { out(JSON.stringify({ ...result, review: services.reviews.getMeta(result.review.id) }, null, 2)); return 0; }
    out(result.review.id);
    process.stderr.write([
      `${result.review.title}`,
      `template: ${result.template}; built on: ${result.builtOn ? `${result.builtOn.title} (${result.builtOn.id})` : 'none'}`,
      `checklist items carried: ${result.carried}${result.untranslated ? ` (${result.untranslated} not translated: no translation in the memory)` : ''}; empty fields: ${result.empty.join(', ') || '—'}; unconfirmed: ${result.unconfirmed.join(', ') || '—'}`,
    ].join('\n') + '\n');
    return 0;
  },
};

export const check: Command = {
  summary: 'List what is left in a draft: empty fields, unconfirmed facts, checklist items without a status',
  usage: 'check ID [--json] [--lang vi|en]',
  options: { lang: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const id = positionals[0];
    if (!id) throw errors.invalidArgument('thiếu ID / missing ID');
    const findings = services.drafting.check(id);
    if (values.json) out(JSON.stringify(findings, null, 2));
    else {
      const lang = values.lang === 'en' ? 'en' : 'vi';
      for (const f of findings) out(`${f.target.blockIndex === TITLE_BLOCK ? 'title' : `block ${f.target.blockIndex}`}\t${findingText(f, lang)}`);
      if (findings.length === 0) out(lang === 'vi' ? 'Không còn việc cần làm.' : 'Nothing left to do.');
    }
    return findings.length === 0 ? 0 : 3;
  },
};

export const templates: Command = {
  summary: 'List the templates (bundled and yours) and any template file with an error',
  usage: 'templates [--json]',
  run({ services, values, out }) {
    const set = services.drafting.listTemplates();
    if (values.json) { out(JSON.stringify(set, null, 2)); return 0; }
    for (const t of set.templates) out(`${t.id}\t${t.kind}\t${t.lang}\t${t.origin}\t${t.name}`);
    for (const p of set.problems) out(`ERROR\t${p.origin}\t${problemText(p, 'vi')}\n\t\t${p.reason.en}`);
    return 0;
  },
};

export const saveTemplate: Command = {
  summary: 'Save a review as a template in your data folder (its structure and fields, its text as boilerplate)',
  usage: 'save-template ID --name NAME [--json]',
  options: { name: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const id = positionals[0];
    if (!id) throw errors.invalidArgument('thiếu ID / missing ID');
    const info = services.drafting.saveAsTemplate(id, typeof values.name === 'string' ? values.name : '');
    out(values.json ? JSON.stringify(info, null, 2) : `${info.id}\t${info.file}`);
    return 0;
  },
};

function entryLine(kind: string, e: RefEntry): string {
  const { origin, key, source, confirmed, unconfirmed, note, ...rest } = e as RefEntry & { note?: string };
  const values = Object.entries(rest).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}${origin.userFields.includes(k) ? '*' : ''}`).join('; ');
  const flags = [confirmed ? 'confirmed' : 'UNCONFIRMED', unconfirmed.length ? `unconfirmed: ${unconfirmed.join(',')}` : '', origin.bundled ? '' : 'added by you'].filter(Boolean).join(', ');
  return `${kind}\t${key}\t${values}\t[${flags}]\tsource: ${source}${note ? `\tnote: ${note}` : ''}`;
}

export const ref: Command = {
  summary: 'Reference data: list (--kind K) or set/reset a value (your edits are kept in the library, marked *)',
  usage: 'ref list [--kind K] [--json] | ref set KIND KEY FIELD VALUE | ref reset KIND KEY FIELD',
  options: { kind: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const [verb, ...args] = positionals;
    if (verb === 'list' || verb === undefined) {
      const kind = values.kind;
      if (typeof kind === 'string' && !isRefKind(kind)) throw new AppError('reference-kind', refMessages.unknownKind(kind));
      const refData = services.drafting.reference();
      const kinds = typeof kind === 'string' ? [kind as (typeof REF_KINDS)[number]] : [...REF_KINDS];
      if (values.json) {
        out(JSON.stringify({ ...Object.fromEntries(kinds.map((k) => [k, refData.data[k]])), problems: refData.problems, editProblems: refData.editProblems }, null, 2));
        return 0;
      }
      for (const k of kinds) for (const e of refData.data[k]) out(entryLine(k, e));
      for (const p of refData.problems) out(`ERROR\t${problemText(p, 'vi')}\n\t${p.reason.en}`);
      for (const p of refData.editProblems) out(`EDIT IGNORED\t${p.edit.kind} ${p.edit.key} ${p.edit.field}: ${p.reason.vi} / ${p.reason.en}`);
      return refData.problems.length ? 3 : 0;
    }
    if (verb === 'set') {
      const [kind, key, field, ...rest] = args;
      if (!kind || !key || !field || rest.length === 0) throw errors.invalidArgument('ref set KIND KEY FIELD VALUE');
      const entry = services.drafting.setReference(kind, key, field, rest.join(' '));
      out(entry ? entryLine(kind, entry) : `${kind}\t${key}\t(saved; the new entry appears once its required fields are set)`);
      return 0;
    }
    if (verb === 'reset') {
      const [kind, key, field] = args;
      if (!kind || !key || !field) throw errors.invalidArgument('ref reset KIND KEY FIELD');
      out(services.drafting.resetReference(kind, key, field) ? 'reset' : 'nothing to reset');
      return 0;
    }
    throw errors.invalidArgument('ref list|set|reset');
  },
};
