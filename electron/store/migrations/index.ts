// The ordered list of migrations; PRAGMA user_version = how many have run. Append only.
import type { Migration } from './types.ts';
import { migration001 } from './001-reviews.ts';
import { migration002 } from './002-sources.ts';
import { migration003 } from './003-export-settings.ts';
import { migration004 } from './004-sections-search.ts';
// drafting (issue 10)
import { migration005 } from './005-reference-edits.ts';
import { migration006 } from './006-drafting-section-keys.ts';
// reuse (issue 11)
import { migration007 } from './007-reuse-links.ts';
// tm (issue 12)
import { migration011 } from './011-translation-memory.ts';
// inbox (issue 14): the ministries' contributions
import { migration012 } from './012-inbox-contributors.ts';
import { migration013 } from './013-inbox-contributions.ts';
// library (issue 15)
import { migration014 } from './014-library-order.ts';
// library (issue 15, lib2)
import { migration015 } from './015-trash-order.ts';
// inbox: the meeting date is the review's
import { migration016 } from './016-inbox-meeting-date.ts';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  // drafting (issue 10)
  migration005,
  migration006,
  // reuse (issue 11)
  migration007,
  // tm (issue 12)
  migration011,
  // inbox (issue 14)
  migration012,
  migration013,
  // library (issue 15)
  migration014,
  // library (issue 15, lib2)
  migration015,
  // inbox: the meeting date is the review's
  migration016,
];
