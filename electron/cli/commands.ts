// The command table. Each command is a small module; add new ones here.
import type { Command } from './types.ts';
import { create, list, remove, show } from './reviews.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { search } from './search.ts';
// ship (issue 13)
import { archiveCommand, backupCommand, backupsCommand, restoreCommand } from './ship.ts';

export const commands: Record<string, Command> = {
  list,
  new: create,
  show,
  delete: remove,
  export: exportCommand,
  import: importCommand,
  search,
  // ship (issue 13): `restore FILE` restores a backup; `restore ID` still restores from the trash
  restore: restoreCommand,
  backup: backupCommand,
  backups: backupsCommand,
  archive: archiveCommand,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return `Review Desk CLI\nusage: npm run cli -- <command> [--data-dir DIR]\n\n${lines.join('\n')}\n`;
}
