// import PATH... [--json]: files and folders into the library, one line per file.
import type { Command } from './types.ts';
import type { ImportOutcome } from '../shared/library.ts';
import { errors } from '../shared/errors.ts';
import { collectImport } from '../library/import/collect.ts';
import { runImport } from '../library/import/jobs.ts';

/** Batches at least this long report progress on stderr (stdout stays one line per file). */
const PROGRESS_FROM = 10;

export function outcomeLine(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported': return `imported\t${outcome.reviewId}\t${outcome.file}\t${outcome.title}`;
    case 'duplicate': return `duplicate\t${outcome.existingId}\t${outcome.file}\t${outcome.title}${outcome.inTrash ? '\t(in trash: restore it with `restore ID`)' : ''}`;
    case 'error': return `error\t${outcome.code}\t${outcome.file}\t${outcome.message.vi} / ${outcome.message.en}${outcome.message.detail ? `\t(${outcome.message.detail})` : ''}`;
    case 'skipped': return `skipped\t-\t${outcome.file}\t${outcome.reason.vi} / ${outcome.reason.en}`;
  }
}

export const importCommand: Command = {
  summary: 'Import past reviews (.docx .txt .md .html; .doc .rtf .odt with LibreOffice; folders recursively)',
  usage: 'import PATH... [--json]',
  async run({ services, values, positionals, out }) {
    if (positionals.length === 0) throw errors.invalidArgument('thiếu PATH / missing PATH');
    const { files, problems } = await collectImport(positionals);
    if (!values.json) for (const outcome of problems) out(outcomeLine(outcome));
    const progress = files.length >= PROGRESS_FROM;
    const imported = await runImport(services, files, {
      onOutcome: (outcome, done, total) => {
        if (!values.json) out(outcomeLine(outcome));
        if (progress) process.stderr.write(`[${done}/${total}] ${outcome.status} ${outcome.file}\n`);
      },
    });
    const outcomes = [...problems, ...imported];
    if (values.json) out(JSON.stringify(outcomes, null, 2));
    return outcomes.some((o) => o.status === 'error') ? 1 : 0;
  },
};
