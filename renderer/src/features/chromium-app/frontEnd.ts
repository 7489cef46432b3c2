// Which front end the renderer runs in, asked once: the Chromium app picks and saves files in the page
// (Chromium's own pickers), the desktop app and the e2e bridge through the main side's dialogs.
import { useEffect, useState } from 'react';
import { api } from '../../api/index.ts';

export type FrontEnd = Awaited<ReturnType<typeof api.app.info>>['frontEnd'];

let asked: Promise<FrontEnd> | null = null;

export function frontEnd(): Promise<FrontEnd> {
  asked ??= api.app.info({}).then((info) => info.frontEnd).catch(() => { asked = null; return 'electron' as const; });
  return asked;
}

export function useFrontEnd(): FrontEnd | null {
  const [value, setValue] = useState<FrontEnd | null>(null);
  useEffect(() => {
    let live = true;
    void frontEnd().then((v) => { if (live) setValue(v); });
    return () => { live = false; };
  }, []);
  return value;
}
