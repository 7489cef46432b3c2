// The ordered list of migrations; PRAGMA user_version = how many have run. Append only.
import type { Migration } from './types.ts';
import { migration001 } from './001-reviews.ts';
import { migration003 } from './003-export-settings.ts';

export const migrations: readonly Migration[] = [
  migration001,
  migration003,
];
