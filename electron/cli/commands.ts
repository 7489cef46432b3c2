// The command table. Each command is a small module; add new ones here.
import type { Command } from './types.ts';
import { list, remove, show } from './reviews.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { search } from './search.ts';
// drafting (issue 10)
import { check, newReview, ref, saveTemplate, templates } from './drafting.ts';
// ship (issue 13)
import { archiveCommand, backupCommand, backupsCommand, restoreCommand } from './ship.ts';
// reuse (issue 11)
import { concordance, roll, similar } from './reuse.ts';
// tm (issue 12); glossary findings join `check` (services/index.ts)
import { align, link, tm, translate, unlink } from './tm.ts';
// inbox (issue 14)
import { commentsCommand, inboxCommand } from './inbox.ts';

export const commands: Record<string, Command> = {
  list,
  new: newReview, // drafting (issue 10): from a template; `--title` alone still makes a blank review
  show,
  delete: remove,
  export: exportCommand,
  import: importCommand,
  search,
  // drafting (issue 10)
  check,
  templates,
  'save-template': saveTemplate,
  ref,
  // ship (issue 13): `restore FILE` restores a backup; `restore ID` still restores from the trash
  restore: restoreCommand,
  backup: backupCommand,
  backups: backupsCommand,
  archive: archiveCommand,
  // reuse (issue 11)
  roll,
  similar,
  concordance,
  // tm (issue 12)
  translate,
  tm,
  link,
  unlink,
  align,
  // inbox (issue 14)
  inbox: inboxCommand,
  comments: commentsCommand,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return `Review Desk CLI\nusage: npm run cli -- [--data-dir DIR] [--json] <command> [options]\n       (global options may also follow the command; COMMAND --help for one command)\n\n${lines.join('\n')}\n`;
}
