// The command table. Each command is a small module; add new ones here.
import type { Command } from './types.ts';
import { create, list, remove, restore, show } from './reviews.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { search } from './search.ts';
// tm (issue 12)
import { align, link, tm, tmCheck, translate, unlink } from './tm.ts';

export const commands: Record<string, Command> = {
  list,
  new: create,
  show,
  delete: remove,
  restore,
  export: exportCommand,
  import: importCommand,
  search,
  // tm (issue 12); `check` is shared with drafting and reuse: merge their findings into one command
  translate,
  tm,
  link,
  unlink,
  align,
  check: tmCheck,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return `Review Desk CLI\nusage: npm run cli -- <command> [--data-dir DIR]\n\n${lines.join('\n')}\n`;
}
