// Calls the app's IPC contract from a spec through the page's bridge (the path the renderer uses):
// to read back what the app saved, or to act as "another writer" of the same review.
import type { Page } from '@playwright/test';

interface Envelope<T> { ok: boolean; value?: T; error?: unknown }

export async function invoke<T>(page: Page, channel: string, arg: unknown): Promise<T> {
  const envelope = await page.evaluate(([c, a]) => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<unknown> } };
    return w.rdTransport.invoke(c as string, a);
  }, [channel, arg] as const) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}
