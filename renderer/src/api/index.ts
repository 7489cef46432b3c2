// The one place in the renderer that touches window.rdTransport: a typed API object built from the
// contract's channel names. Errors arrive as envelopes and are rethrown as ApiError with both messages.
import type { Api, Channel, Envelope, Transport } from '../../../electron/ipc/contract.ts';
import type { SerializedError, UserMessage } from '../../../electron/shared/errors.ts';
import { CHANNEL_NAMES } from './channels.ts';

declare global {
  interface Window {
    rdTransport?: Transport;
  }
}

export class ApiError extends Error {
  readonly code: string;
  readonly userMessage: UserMessage;
  constructor(error: SerializedError) {
    super(error.message.en);
    this.name = 'ApiError';
    this.code = error.code;
    this.userMessage = error.message;
  }
}

function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (arg: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = async (arg: unknown) => {
      const envelope = (await transport.invoke(channel, arg ?? {})) as Envelope<unknown>;
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  return api as unknown as Api;
}

function transport(): Transport {
  if (!window.rdTransport) throw new Error('Review Desk: no bridge to the main process (window.rdTransport is missing).');
  return window.rdTransport;
}

export const api: Api = createApi({ invoke: (channel, arg) => transport().invoke(channel, arg) });

export function messageOf(error: unknown, locale: 'vi' | 'en'): string {
  if (error instanceof ApiError) return error.userMessage[locale];
  return error instanceof Error ? error.message : String(error);
}

export type { Channel };
