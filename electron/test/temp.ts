// Test helpers: a fresh data folder per test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { createServices, type Services } from '../services/index.ts';

export function tempDir(t: TestContext, prefix = 'rd-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function tempServices(t: TestContext): Services {
  const services = createServices({ dataDir: tempDir(t), mode: 'cli' });
  t.after(() => services.close());
  return services;
}
