// `check ID`: the same list as the app's check panel. What is left to do (drafting, issue 10: empty
// fields, unconfirmed facts, checklist items without a status) and stale facts (reuse, issue 11: years,
// Chair/theme, titles, old ministry names, expired facts, pending marks), each with where it is.
import type { Command } from './types.ts';
import { errors } from '../shared/errors.ts';
import { findingText } from '../drafting/check/index.ts';

export const check: Command = {
  summary: 'What is left in a draft and what is stale: empty fields, unconfirmed facts, checklist items without a status, wrong years/Chair/titles, old ministry names, pending marks',
  usage: 'check ID [--json] [--lang vi|en]',
  options: { lang: { type: 'string' } },
  run({ services, values, positionals, out }) {
    const id = positionals[0];
    if (!id) throw errors.invalidArgument('thiếu ID / missing ID');
    const todo = services.drafting.check(id);
    const stale = services.reuse.check(id);
    if (values.json) {
      out(JSON.stringify([
        ...todo.map((f) => ({ ...f, blockIndex: f.target.blockIndex, area: 'drafting' as const })),
        ...stale.map((f) => ({ ...f, target: { blockIndex: f.blockIndex }, area: 'stale' as const })),
      ], null, 2));
    } else {
      const lang = values.lang === 'en' ? 'en' : 'vi';
      for (const f of todo) out(`#${f.target.blockIndex}\t${findingText(f, lang)}`);
      for (const f of stale) out(`#${f.blockIndex}\t[${f.kind}] ${f.message[lang]}${f.proposal ? `\t→ ${f.proposal}` : ''}\n    ${f.excerpt}`);
      if (todo.length + stale.length === 0) out(lang === 'vi' ? 'Không còn việc cần làm, không phát hiện thông tin cũ.' : 'Nothing left to do, nothing stale found.');
    }
    return todo.length + stale.length === 0 ? 0 : 3;
  },
};
