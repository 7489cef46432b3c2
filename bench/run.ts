// npm run bench: runs every bench/*.bench.ts (or those named on the command line) in its own process;
// each prints one JSON object on its last stdout line. Results go to bench/results/<name>.json and
// bench/results/all.json, with the machine they ran on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, resolve } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w))).sort();
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
// Running a subset keeps the other benchmarks' last results in all.json.
const previous = (() => {
  try { return (JSON.parse(readFileSync(resolve(dir, 'results', 'all.json'), 'utf8')) as { results: Record<string, unknown> }).results; } catch { return {}; }
})();
const results: Record<string, unknown> = wanted.length ? { ...previous } : {};
let failed = false;
mkdirSync(resolve(dir, 'results'), { recursive: true });

for (const file of files) {
  const name = basename(file, '.bench.ts');
  console.error(`[bench] ${name} …`);
  const run = spawnSync(process.execPath, ['--expose-gc', resolve(dir, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    if (run.status !== 0) throw new Error(`exit ${run.status}`);
    results[name] = JSON.parse(last);
  } catch (error) {
    failed = true;
    results[name] = { error: String(error), output: run.stdout.slice(-2000) };
  }
  writeFileSync(resolve(dir, 'results', `${name}.json`), JSON.stringify({ machine, result: results[name] }, null, 2));
}
const all = { date: new Date().toISOString(), machine, results };
writeFileSync(resolve(dir, 'results', 'all.json'), JSON.stringify(all, null, 2));
console.log(JSON.stringify(all, null, 2));
process.exit(failed ? 1 : 0);
