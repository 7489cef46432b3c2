// The handler edge: refuses unknown channels and bad arguments, and turns every outcome into an
// Envelope carrying a bilingual user message. Electron's ipcMain glue and the browser-mode bridge
// both call dispatch(); sender checks happen in the Electron glue, which alone knows frames.
import { contract, isChannel, type Channel, type Envelope } from './contract.ts';
import type { Handlers } from './handlers/types.ts';
import { errors, serializeError } from '../shared/errors.ts';

export async function dispatch(handlers: Handlers, channel: unknown, arg: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: serializeError(errors.invalidArgument(`unknown channel ${String(channel).slice(0, 80)}`)) };
  }
  const parsed = contract[channel].input.safeParse(arg ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || channel}: ${issue.message}`).join('; ');
    return { ok: false, error: serializeError(errors.invalidArgument(detail)) };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'AppError')) console.error(`[ipc] ${channel as Channel} failed`, error);
    return { ok: false, error: serializeError(error) };
  }
}
