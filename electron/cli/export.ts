// export ID --out FILE.docx|FILE.pdf [--profile decree30|international] [--pdf]
// Uses the review's remembered export settings (or their defaults), as the export dialog would.
import { resolve } from 'node:path';
import type { Command } from './types.ts';
import { EXPORT_PROFILES, type ExportProfile } from '../shared/export.ts';
import { errors } from '../shared/errors.ts';

export const exportCommand: Command = {
  summary: 'Export a review to Word (Decree 30 or international layout) or PDF',
  usage: 'export ID --out FILE.docx|FILE.pdf [--profile decree30|international] [--pdf] [--marks accept|track] [--json]',
  options: { out: { type: 'string' }, profile: { type: 'string' }, pdf: { type: 'boolean' }, marks: { type: 'string' } },
  async run({ services, values, positionals, out }) {
    const [id] = positionals;
    if (!id) throw errors.invalidArgument('thiếu ID / missing ID');
    if (typeof values.out !== 'string' || !values.out) throw errors.invalidArgument('--out FILE');
    const profile = values.profile;
    if (profile !== undefined && !EXPORT_PROFILES.includes(profile as ExportProfile)) {
      throw errors.invalidArgument(`--profile ${EXPORT_PROFILES.join('|')}`);
    }
    const marks = values.marks;
    if (marks !== undefined && marks !== 'accept' && marks !== 'track') throw errors.invalidArgument('--marks accept|track');
    let path = resolve(values.out);
    const pdf = values.pdf === true || path.toLowerCase().endsWith('.pdf');
    if (pdf && !path.toLowerCase().endsWith('.pdf')) path = path.replace(/\.docx$/i, '') + '.pdf';
    const settings = { ...services.export.settingsFor(id), ...(profile ? { profile: profile as ExportProfile } : {}) };
    const result = pdf ? await services.export.pdf(id, settings, path, marks) : await services.export.docx(id, settings, path, marks);
    if (values.json) out(JSON.stringify(result, null, 2));
    else out(`${result.path}\t${result.bytes} bytes${result.pages ? `\t${result.pages} pages` : ''}`);
    return 0;
  },
};
