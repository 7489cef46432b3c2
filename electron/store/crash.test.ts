// Fault test: a writer is killed with SIGKILL at random moments; every time, the database opens,
// passes integrity_check, and holds a whole, committed save (never a torn or older-than-reported one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { createServices } from '../services/index.ts';
import { tempDir } from '../test/temp.ts';
import { blockText } from '../shared/doc-build.ts';

const WRITER = resolve(import.meta.dirname, '..', 'test', 'autosave-writer.ts');
const KILLS = Number(process.env.RD_CRASH_KILLS ?? 50);

async function runAndKill(dataDir: string, reviewId: string, afterCommits: number): Promise<number> {
  const child = spawn(process.execPath, [WRITER, dataDir, reviewId], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lastReported = 0;
  let buffer = '';
  await new Promise<void>((done) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) lastReported = Number(line);
      if (lastReported >= afterCommits) {
        // Kill somewhere inside the next write: a random delay of 0–3 ms after a commit was reported.
        setTimeout(() => { child.kill('SIGKILL'); done(); }, Math.random() * 3);
        child.stdout.removeAllListeners('data');
      }
    });
  });
  await once(child, 'exit');
  return lastReported;
}

test(`the library survives ${KILLS} SIGKILLs of a writer in the middle of autosaves`, { timeout: 600_000 }, async (t) => {
  const dataDir = tempDir(t, 'rd-crash-');
  const setup = createServices({ dataDir, mode: 'cli' });
  const reviewId = setup.reviews.create({ title: 'Crash test', year: 2025, lang: 'vi' }).id;
  setup.close();

  let previous = 0;
  for (let round = 0; round < KILLS; round++) {
    const reported = await runAndKill(dataDir, reviewId, 1 + Math.floor(Math.random() * 4));
    const services = createServices({ dataDir, mode: 'cli' });
    try {
      const integrity = services.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
      assert.equal(integrity.integrity_check, 'ok', `round ${round}`);
      const blocks = services.reviews.get(reviewId).content.root.children;
      assert.equal(blocks.length, 200, `round ${round}: a whole save`);
      const counters = new Set(blocks.map((b) => blockText(b).split(':')[0]));
      assert.equal(counters.size, 1, `round ${round}: one save, not a mix`);
      const saved = Number([...counters][0]);
      // The stored save is the last reported one, or the one after it that committed before the kill.
      assert.ok(saved === reported || saved === reported + 1, `round ${round}: saved ${saved}, reported ${reported}`);
      const versions = services.versions.list(reviewId);
      for (const v of versions.slice(0, 3)) services.versions.get(v.id);
      assert.ok(saved >= 1 && reported >= 1);
      previous = saved;
    } finally {
      services.close();
    }
  }
  assert.ok(previous > 0);
});

// Burst rounds: the app is killed while someone types without a pause (a held key, an IME burst), with
// the app's own save loop (burst-typist.ts). The store must then hold everything typed up to at most 1 s
// before the last keystroke: "Đã lưu" is never more than a second from the truth.
const TYPIST = resolve(import.meta.dirname, '..', 'test', 'burst-typist.ts');
const BURSTS = Number(process.env.RD_CRASH_BURSTS ?? 5);

/** Runs the typist for `ms` of typing, kills it, and returns every keystroke it reported with its time. */
async function typeAndKill(dataDir: string, reviewId: string, ms: number): Promise<Map<number, number>> {
  const child = spawn(process.execPath, [TYPIST, dataDir, reviewId], { stdio: ['ignore', 'pipe', 'inherit'] });
  const typedAt = new Map<number, number>();
  let buffer = '';
  let killTimer: ReturnType<typeof setTimeout> | null = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [key, at] = line.split(' ').map(Number) as [number, number];
      typedAt.set(key, at);
    }
    // The burst's clock starts at the first keystroke (the child's start-up is not typing).
    killTimer ??= setTimeout(() => child.kill('SIGKILL'), ms);
  });
  await once(child.stdout, 'close'); // every line written before the kill has been read
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  return typedAt;
}

test(`killed during ${BURSTS} bursts of continuous typing, the store loses at most 1 s of it`, { timeout: 600_000 }, async (t) => {
  const dataDir = tempDir(t, 'rd-burst-');
  for (let round = 0; round < BURSTS; round++) {
    // A new review each round, so what is found can only come from this round's burst.
    const setup = createServices({ dataDir, mode: 'cli' });
    const reviewId = setup.reviews.create({ title: `Burst ${round}`, year: 2025, lang: 'vi' }).id;
    setup.close();
    const typedAt = await typeAndKill(dataDir, reviewId, 1500 + Math.random() * 2500);
    const services = createServices({ dataDir, mode: 'cli' });
    try {
      const integrity = services.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
      assert.equal(integrity.integrity_check, 'ok', `round ${round}`);
      const blocks = services.reviews.get(reviewId).content.root.children;
      assert.equal(blocks.length, 201, `round ${round}: a whole save of this burst`);
      const keys = blockText(blocks[200]!).trim().split(' ').map((k) => Number(k.slice(1)));
      const lastSaved = keys.at(-1)!;
      assert.deepEqual(keys, keys.map((_, i) => i + 1), `round ${round}: the typed text, in order`);
      const lastTyped = Math.max(...typedAt.keys());
      const lostMs = typedAt.get(lastTyped)! - typedAt.get(lastSaved)!;
      t.diagnostic(`round ${round}: typed ${lastTyped} keystrokes, ${lastSaved} stored, ${lostMs} ms of typing lost`);
      assert.ok(lastTyped > 20, `round ${round}: a real burst (${lastTyped} keystrokes)`);
      assert.ok(lostMs <= 1000, `round ${round}: ${lostMs} ms of typing lost (${lastTyped - lastSaved} keystrokes)`);
    } finally {
      services.close();
    }
  }
});
