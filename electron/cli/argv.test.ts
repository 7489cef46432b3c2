import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { splitArgv } from './argv.ts';
import { tempDir } from '../test/temp.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('global options are found before and after the command name', () => {
  assert.deepEqual(splitArgv(['--data-dir', 'D', 'list']), { kind: 'command', name: 'list', rest: ['--data-dir', 'D'] });
  assert.deepEqual(splitArgv(['--json', '--data-dir=D', 'show', 'X']), { kind: 'command', name: 'show', rest: ['--json', '--data-dir=D', 'X'] });
  assert.deepEqual(splitArgv(['list', '--data-dir', 'D']), { kind: 'command', name: 'list', rest: ['--data-dir', 'D'] });
  assert.deepEqual(splitArgv(['--help']), { kind: 'help' });
  assert.deepEqual(splitArgv(['help']), { kind: 'help' });
  assert.equal(splitArgv(['--trash', 'list']).kind, 'error');
  assert.equal(splitArgv(['--data-dir']).kind, 'error');
  assert.equal(splitArgv([]).kind, 'error');
});

test('the CLI takes --data-dir before the command, and prints help for --help and COMMAND --help', (t) => {
  const dir = tempDir(t);
  const created = run('--data-dir', dir, 'new', '--title', 'Báo cáo 2026', '--year', '2026', '--lang', 'vi');
  assert.equal(created.code, 0, created.err);
  const before = run('--data-dir', dir, '--json', 'list');
  assert.equal(before.code, 0, before.err);
  assert.deepEqual((JSON.parse(before.out) as { title: string }[]).map((r) => r.title), ['Báo cáo 2026']);
  const after = run('list', '--data-dir', dir);
  assert.equal(after.code, 0, after.err);
  assert.match(after.out, /Báo cáo 2026/);

  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /usage: npm run cli -- \[--data-dir DIR\]/);
  assert.match(help.out, /import PATH/);
  const listHelp = run('list', '--help');
  assert.equal(listHelp.code, 0);
  assert.match(listHelp.out, /List the reviews/);
  assert.match(listHelp.out, /--trash/);
  const newHelp = run('--data-dir', dir, 'new', '-h');
  assert.equal(newHelp.code, 0);
  assert.match(newHelp.out, /--title VALUE/);

  const unknownBefore = run('--frob', 'list');
  assert.equal(unknownBefore.code, 2);
  assert.match(unknownBefore.err, /--frob/);
  assert.match(unknownBefore.err, /usage:/);
});
