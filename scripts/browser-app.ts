// `npm start` where Electron is not installed: Review Desk in a Chromium app window (scripts/chromium-app.ts).
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../electron/services/data-dir.ts';
import { launchChromiumApp, StartDeclined } from './chromium-app.ts';
import { startBackupSchedule } from '../electron/backup/service.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, headless: { type: 'boolean' }, 'no-samples': { type: 'boolean' } },
  strict: false,
});
const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
const headless = values.headless === true || (!process.env.DISPLAY && process.platform === 'linux');
if (headless) console.log('[start] No display: running headless (use xvfb-run npm start to see the window).');
const running = await launchChromiumApp({ dataDir, headless, samples: values['no-samples'] !== true }).catch((error: unknown) => {
  if (error instanceof StartDeclined) process.exit(1);
  // A library that cannot be opened (no permission, a full disk…): the message, not a stack trace.
  const message = typeof error === 'object' && error !== null ? (error as { userMessage?: { vi: string; en: string } }).userMessage : undefined;
  console.error(message ? `[start] ${message.vi}\n[start] ${message.en}` : error);
  process.exit(1);
});
console.log(`[start] Library: ${dataDir}. Close the window (or press Ctrl+C) to quit.`);
// ship (issue 13): the same automatic backups as the desktop app (at start, then daily).
const backups = running.app.services.backups;
void backups.backupNow('start').catch((error: unknown) => console.error('[start] backup failed:', error));
const stopBackups = startBackupSchedule(backups, (error) => console.error('[start] daily backup failed:', error));
let quitting = false;
const quit = async () => {
  if (quitting) return;
  quitting = true;
  stopBackups();
  await running.close();
  process.exit(0);
};
running.page.on('close', () => void quit());
running.context.on('close', () => void quit());
process.on('SIGINT', () => void quit());
process.on('SIGTERM', () => void quit());
