// The command table. Each command is a small module; add new ones here.
import type { Command } from './types.ts';
import { create, list, remove, restore, show } from './reviews.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { search } from './search.ts';
// reuse (issue 11)
import { check, concordance, roll, similar } from './reuse.ts';

export const commands: Record<string, Command> = {
  list,
  new: create,
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
  check,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return `Review Desk CLI\nusage: npm run cli -- <command> [--data-dir DIR]\n\n${lines.join('\n')}\n`;
}
