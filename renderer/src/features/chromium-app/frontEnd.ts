// Which front end the renderer runs in, asked once: the Chromium app picks and saves files in the page
// (Chromium's own pickers), the desktop app and the e2e bridge through the main side's dialogs.
import { api } from '../../api/index.ts';

export type FrontEnd = Awaited<ReturnType<typeof api.app.info>>['frontEnd'];

let asked: Promise<FrontEnd> | null = null;

export function frontEnd(): Promise<FrontEnd> {
  asked ??= api.app.info({}).then((info) => info.frontEnd).catch(() => { asked = null; return 'electron' as const; });
  return asked;
}
