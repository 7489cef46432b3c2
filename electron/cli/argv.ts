// Splits a command line into global options and the command, as git and npm do: the global options
// (--data-dir DIR, --json, --help) may stand before or after the command name.
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Command } from './types.ts';

export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export type SplitArgv =
  | { kind: 'help' }
  /** The command name, and every other token (global options included) for the command's own parser. */
  | { kind: 'command'; name: string; rest: string[] }
  | { kind: 'error'; message: string };

/** Finds the command name among the tokens: the first one that is neither a global option nor its value. */
export function splitArgv(argv: readonly string[]): SplitArgv {
  const before: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i]!;
    if (token === '--data-dir') {
      if (i + 1 >= argv.length) return { kind: 'error', message: 'thiếu giá trị cho --data-dir / --data-dir needs a folder' };
      before.push(token, argv[i + 1]!);
      i += 1;
    } else if (token.startsWith('--data-dir=') || token === '--json' || token === '--help' || token === '-h') {
      before.push(token);
    } else if (token === '--') {
      break;
    } else if (token.startsWith('-')) {
      return { kind: 'error', message: `tuỳ chọn không rõ trước lệnh / unknown option before the command: ${token}` };
    } else {
      if (token === 'help') return { kind: 'help' };
      return { kind: 'command', name: token, rest: [...before, ...argv.slice(i + 1)] };
    }
  }
  return before.some((t) => t === '--help' || t === '-h') ? { kind: 'help' } : { kind: 'error', message: 'thiếu lệnh / missing command' };
}

/** `COMMAND --help`: what the command does, its usage and its options. */
export function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options ?? {}).map(([option, config]) => `  --${option}${config.type === 'string' ? ' VALUE' : ''}`);
  return [
    `${command.summary}`,
    ``,
    `usage: npm run cli -- ${command.usage.startsWith(name) ? command.usage : `${name} ${command.usage}`}`,
    ...(options.length > 0 ? ['', 'options:', ...options] : []),
    '',
    'global options (before or after the command):',
    '  --data-dir DIR   the library folder (default: the app\'s own)',
    '  --json           machine-readable output',
    '  --help, -h       this help',
    '',
  ].join('\n');
}
