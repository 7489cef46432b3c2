// ship (issue 13): backup, backups, restore FILE, archive export FILE [IDS…], archive import FILE.
import { existsSync, statSync } from 'node:fs';
import type { Command } from './types.ts';
import { restore as restoreReview } from './reviews.ts';
import { errors } from '../shared/errors.ts';
import type { Resolution } from '../archive/import.ts';

export const backupCommand: Command = {
  summary: 'Back up the library now (SQLite online backup into the backup folder)',
  usage: 'backup [--json]',
  async run({ services, values, out }) {
    const info = await services.backups.backupNow('manual');
    out(values.json ? JSON.stringify(info, null, 2) : info.path);
    return 0;
  },
};

export const backupsCommand: Command = {
  summary: 'List the backups (newest first) and the backup folder',
  usage: 'backups [--json]',
  run({ services, values, out }) {
    const status = services.backups.status();
    if (values.json) out(JSON.stringify(status, null, 2));
    else {
      out(`# ${status.folder}`);
      for (const b of status.backups) out(`${b.createdAt}\t${b.kind}\t${b.bytes}\t${b.path}`);
    }
    return 0;
  },
};

/** `restore FILE` restores the library from a backup file (backing up the current state first);
 *  `restore ID` (not a file) still restores a review from the trash. */
export const restoreCommand: Command = {
  summary: 'restore FILE: restore the library from a backup (current state backed up first); restore ID: a review from the trash',
  usage: 'restore FILE | ID',
  async run(ctx) {
    const [target] = ctx.positionals;
    if (!target || !existsSync(target) || !statSync(target).isFile()) return restoreReview.run(ctx);
    const { restored, safetyCopy } = await ctx.services.backups.restorePath(target);
    ctx.out(`restored from: ${restored.path}`);
    ctx.out(`previous state backed up to: ${safetyCopy.path}`);
    return 0;
  },
};

const RESOLUTIONS = ['mine', 'theirs', 'both'] as const;

export const archiveCommand: Command = {
  summary: 'archive export FILE [IDS…]: the library (or those reviews) to one .rdlib file; archive import FILE: import one',
  usage: 'archive export FILE [IDS…] | archive import FILE [--on-conflict mine|theirs|both] [--dry-run] [--json]',
  options: { 'on-conflict': { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run({ services, values, positionals, out }) {
    const [verb, file, ...ids] = positionals;
    if (!file || (verb !== 'export' && verb !== 'import')) throw errors.invalidArgument('archive export FILE [IDS…] | archive import FILE');
    if (verb === 'export') {
      const manifest = await services.archive.export(file, ids);
      out(values.json ? JSON.stringify(manifest, null, 2) : `${manifest.reviews.length} review(s) → ${file}`);
      return 0;
    }
    const onConflict = values['on-conflict'];
    if (onConflict !== undefined && !RESOLUTIONS.includes(onConflict as Resolution)) throw errors.invalidArgument('--on-conflict mine|theirs|both');
    const plan = await services.archive.inspect(file);
    for (const r of plan.reviews) out(`${r.status}\t${r.id}\t${r.year}\t${r.title}`);
    for (const r of plan.library) if (r.status !== 'same') out(`${r.status}\t${r.table}\t${r.key}`);
    if (values['dry-run']) return 0;
    if (plan.conflicts > 0 && !onConflict) {
      process.stderr.write(`${plan.conflicts} xung đột: chọn --on-conflict mine|theirs|both; chưa nhập gì.\n${plan.conflicts} conflict(s): choose --on-conflict mine|theirs|both; nothing was imported.\n`);
      return 3;
    }
    const { result } = await services.archive.import(file, onConflict ? { all: onConflict as Resolution } : {});
    out(values.json ? JSON.stringify(result, null, 2) : `added ${result.added}, updated ${result.updated}, copies ${result.copies}, kept ${result.kept}`);
    return 0;
  },
};
