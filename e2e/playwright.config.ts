import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI: the "wheel, click after the last words, Enter" route of editor-caret.spec.ts still
  // fails now and then when the whole suite loads the machine (text at the top of the document; issue 8
  // stays open for it). A retried test is reported as flaky by the summary, never as passed silently.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['./summary-reporter.ts']] : [['list'], ['./summary-reporter.ts']],
  outputDir: '../test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure', actionTimeout: 15_000 },
});
