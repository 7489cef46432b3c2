// Review Desk from a terminal: the same services as the app, for bulk work and scripting.
//   npm run cli -- [--data-dir DIR] [--json] <command> [options]   (global options before or after)
import { parseArgs } from 'node:util';
import { createServices } from './services/index.ts';
import { defaultDataDir } from './services/data-dir.ts';
import { AppError, storageError } from './shared/errors.ts';
import { commands, usage } from './cli/commands.ts';
import { commandHelp, GLOBAL_OPTIONS, splitArgv } from './cli/argv.ts';

async function main(argv: string[]): Promise<number> {
  const split = splitArgv(argv);
  if (split.kind === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (split.kind === 'error') {
    process.stderr.write(`${split.message}\n\n${usage()}`);
    return 2;
  }
  const command = Object.hasOwn(commands, split.name) ? commands[split.name] : undefined;
  if (!command) {
    process.stderr.write(`lệnh không rõ / unknown command: ${split.name}\n\n${usage()}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: split.rest,
    options: { ...GLOBAL_OPTIONS, ...command.options },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(commandHelp(split.name, command));
    return 0;
  }
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
