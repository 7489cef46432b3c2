// Runs @doyensec/electronegativity over the app's sources (tests left out) with its online lookups
// stubbed, and fails unless every finding has an answer in scripts/electronegativity-answers.json
// (fixed findings disappear; the rest are explained there) and every answer still matches a finding.
//   node scripts/electronegativity.ts        (CI: .github/workflows/release.yml)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

export interface Finding { issue: string; severity: string; confidence: string; file: string; location: string; sample: string }
export interface Answer { issue: string; file: string; answer: string }

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell.trim()); cell = ''; }
    else if (c === '\n') { row.push(cell.trim()); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell.trim()); rows.push(row); }
  return rows;
}

export function runElectronegativity(): Finding[] {
  const work = mkdtempSync(join(tmpdir(), 'rd-electronegativity-'));
  try {
    const scan = join(work, 'scan');
    const skip = (path: string) => /\.test\.ts$|[\\/]electron[\\/]test[\\/]|[\\/]editor[\\/]dev[\\/]/.test(path);
    for (const dir of ['electron', 'renderer']) cpSync(join(root, dir), join(scan, dir), { recursive: true, filter: (p) => !skip(p) });
    cpSync(join(root, 'package.json'), join(scan, 'package.json'));
    const out = join(work, 'findings.csv');
    const run = spawnSync(process.execPath, [
      '--require', join(root, 'scripts', 'electronegativity-offline.cjs'),
      join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
      '-i', scan, '-r', '-e', electronVersion, '-o', out,
    ], { encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`electronegativity failed (${run.status}): ${run.stderr}`);
    const [, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    return rows.filter((r) => r.length >= 6).map(([issue, severity, confidence, file, location, sample]) => ({ issue: issue!, severity: severity!, confidence: confidence!, file: file!, location: location!, sample: sample! }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function unanswered(findings: Finding[], answers: Answer[]): { open: Finding[]; stale: Answer[] } {
  const key = (x: { issue: string; file: string }) => `${x.issue} ${x.file}`;
  const answered = new Set(answers.map(key));
  const found = new Set(findings.map(key));
  return { open: findings.filter((f) => !answered.has(key(f))), stale: answers.filter((a) => !found.has(key(a))) };
}

if (import.meta.main) {
  const answers = (JSON.parse(readFileSync(join(root, 'scripts', 'electronegativity-answers.json'), 'utf8')) as { answers: Answer[] }).answers;
  const findings = runElectronegativity();
  const { open, stale } = unanswered(findings, answers);
  for (const f of findings) console.log(`${open.includes(f) ? 'OPEN    ' : 'answered'} ${f.issue} ${f.file}:${f.location} (${f.severity}/${f.confidence})`);
  for (const a of stale) console.log(`stale answer (no such finding any more): ${a.issue} ${a.file}`);
  if (open.length || stale.length) {
    console.error(`[electronegativity] ${open.length} finding(s) without an answer, ${stale.length} stale answer(s): fix them or explain them in scripts/electronegativity-answers.json`);
    process.exit(1);
  }
  console.log(`[electronegativity] ${findings.length} finding(s), each answered (Electron ${electronVersion}, online lookups stubbed)`);
}
