// The command table. Each command is a small module; add new ones here.
import type { Command } from './types.ts';
import { list, remove, restore, show } from './reviews.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { search } from './search.ts';
// reuse (issue 11)
import { concordance, roll, similar } from './reuse.ts';
// drafting (issue 10)
import { check, newReview, ref, saveTemplate, templates } from './drafting.ts';

export const commands: Record<string, Command> = {
  list,
  new: newReview, // drafting (issue 10): from a template; `--title` alone still makes a blank review
  show,
  delete: remove,
  restore,
  export: exportCommand,
  import: importCommand,
  search,
  // reuse (issue 11)
  roll,
  similar,
  concordance,
  // drafting (issue 10)
  check,
  templates,
  'save-template': saveTemplate,
  ref,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return `Review Desk CLI\nusage: npm run cli -- <command> [--data-dir DIR]\n\n${lines.join('\n')}\n`;
}
