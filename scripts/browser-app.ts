// Review Desk in a Chromium window, for machines without Electron's binary: the built renderer, the
// real services over the user's data folder, and the same bridge the e2e browser mode uses.
// Native dialogs are not available here; file pickers answer from --import paths or do nothing.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { APP_ORIGIN, openBrowserApp } from '../e2e/bridge.ts';
import { defaultDataDir } from '../electron/services/data-dir.ts';
import { headlessDialogs } from '../electron/services/ports.ts';
import { startBackupSchedule } from '../electron/backup/service.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, headless: { type: 'boolean' }, 'no-samples': { type: 'boolean' } },
  strict: false,
});
const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
const probe = probeModes();
const headless = values.headless === true || (!process.env.DISPLAY && process.platform === 'linux');
if (headless) console.log('[start] No display: running headless (use xvfb-run npm start to see the window).');
const browser = await chromium.launch({
  executablePath: probe.chromium ?? undefined,
  headless,
  args: [...CHROMIUM_FLAGS, `--app=${APP_ORIGIN}/index.html`],
});
const context = await browser.newContext({ viewport: null });
const page = await context.newPage();
const app = await openBrowserApp(page, dataDir, headlessDialogs, values['no-samples'] !== true);
console.log(`[start] Library: ${dataDir}. Close the window (or press Ctrl+C) to quit.`);
// ship (issue 13): the same automatic backups as the desktop app (at start, then daily).
void app.services.backups.backupNow('start').catch((error: unknown) => console.error('[start] backup failed:', error));
const stopBackups = startBackupSchedule(app.services.backups, (error) => console.error('[start] daily backup failed:', error));
const quit = async () => { stopBackups(); await app.close(); await browser.close().catch(() => undefined); process.exit(0); };
page.on('close', quit);
process.on('SIGINT', quit);
process.on('SIGTERM', quit);
