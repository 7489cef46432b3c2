// Generated contribution files for tests, e2e and benchmarks (issue 14): python-docx (Debian's
// python3-docx at /usr/bin/python3) writes real Word files, see make-contributions.py.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface MadeContribution { file: string; ministry: string | null; by?: string; former?: string; version?: number; docDate?: string }

const SCRIPT = resolve(import.meta.dirname, 'make-contributions.py');

export function makeContributions(outDir: string, options: { year?: number; count?: number; pages?: number } = {}): MadeContribution[] {
  const args = [SCRIPT, outDir, '--year', String(options.year ?? 2026)];
  if (options.count) args.push('--count', String(options.count));
  if (options.pages) args.push('--pages', String(options.pages));
  const run = spawnSync('/usr/bin/python3', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`make-contributions.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as MadeContribution[];
}
