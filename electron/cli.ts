// Review Desk from a terminal: the same services as the app, for bulk work and scripting.
//   npm run cli -- <command> [options] [--data-dir DIR] [--json]
import { parseArgs } from 'node:util';
import { createServices } from './services/index.ts';
import { defaultDataDir } from './services/data-dir.ts';
import { AppError, storageError } from './shared/errors.ts';
import { commands, usage } from './cli/commands.ts';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, ...command.options },
    allowPositionals: true,
    strict: true,
  });
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
  const services = createServices({ dataDir, mode: 'cli' });
  try {
    return await command.run({ services, values, positionals, out: (line) => process.stdout.write(line + '\n') });
  } finally {
    services.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    const known = error instanceof AppError ? error : storageError(error); // disk full, read-only, damaged
    if (known) process.stderr.write(`${known.userMessage.vi}\n${known.userMessage.en}\n`);
    else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
