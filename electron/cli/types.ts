import type { ParseArgsOptionsConfig } from 'node:util';
import type { Services } from '../services/index.ts';

export interface CommandContext {
  services: Services;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  out: (line: string) => void;
}

export interface Command {
  summary: string;
  usage: string;
  options?: ParseArgsOptionsConfig;
  run(ctx: CommandContext): Promise<number> | number;
}
